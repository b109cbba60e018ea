"""Making pages through the real actions, for the knowledge-base tests."""

from __future__ import annotations

from datetime import timedelta

from forum.accounts.models import OrgType, Role
from forum.db import utcnow
from forum.extensions import db
from forum.wiki import pages


def build_kb(forum):
    """Two agencies (one with a local office), a municipality, the association, people with
    every role, and a PBL group."""
    fk = forum.org("Försäkringskassan", handle="fk")
    fk_local = forum.org("FK Älvdalen", handle="fk-alvdalen", parent=fk)
    af = forum.org("Arbetsförmedlingen", type=OrgType.EMPLOYMENT_SERVICE, handle="af")
    muni = forum.org("Socialtjänsten", type=OrgType.MUNICIPAL_SOCIAL_SERVICES, handle="soc")
    assoc = forum.org("Förbundet", type=OrgType.COORDINATION_ASSOCIATION, handle="forbundet")
    people = {
        "fk_editor": forum.user(fk, roles=(Role.ORG_EDITOR,), username="fk.editor",
                                display_name="Frida Redaktör"),
        "fk": forum.user(fk, username="fk.member", display_name="Fia FK"),
        "fk_local": forum.user(fk_local, username="fk.local", display_name="Lars Lokal"),
        "af_editor": forum.user(af, roles=(Role.ORG_EDITOR,), username="af.editor",
                                display_name="Anders AF-redaktör"),
        "af": forum.user(af, username="af.member", display_name="Anna AF"),
        "soc": forum.user(muni, username="soc.member", display_name="Sune Soc"),
        "coordinator": forum.user(assoc, roles=(Role.COORDINATOR,), username="coord",
                                  display_name="Cora Koordinator"),
        "admin": forum.admin(assoc, username="admin", display_name="Ada Admin"),
        "observer": forum.user(af, roles=(Role.OBSERVER,), username="obs",
                               display_name="Olle Observer"),
    }
    group = forum.group("PBL Älvdalen", members=[people["fk"], people["af"],
                                                 people["coordinator"]],
                        observers=[people["observer"]])
    return {"orgs": {"fk": fk, "fk_local": fk_local, "af": af, "soc": muni, "assoc": assoc},
            "people": people, "group": group}


def page_form(title: str, body: str = "Innehåll.", **extra) -> dict:
    form = {"title": title, "body": body, "kind": "page"}
    form.update({k: str(v) if v is not None else "" for k, v in extra.items()})
    return form


def make_page(actor, title: str, body: str = "Innehåll.", org=None, when=None, **extra):
    form = page_form(title, body, organization_id=org.id if org else None, **extra)
    new = pages.check_new_page(actor, form, when or utcnow())
    page = pages.do_create_page(actor, new, when or utcnow())
    db.session.commit()
    return page


def boundary_form(org, mandate: str = "Vi finns för att hjälpa.", statements=(), asks=(),
                  **extra) -> dict:
    form = {"kind": "boundary", "organization_id": str(org.id),
            "title": f"{org.name} – gränser och uppdrag", "mandate": mandate}
    for n, item in enumerate(statements):
        section, text, basis, source = (list(item) + [""] * 4)[:4]
        form.update({f"st-{n}-section": section, f"st-{n}-text": text,
                     f"st-{n}-basis": basis or "practice", f"st-{n}-source": source})
        if len(item) > 4 and item[4]:
            form[f"st-{n}-id"] = str(item[4])
    for n, (topic, contact, time) in enumerate(asks):
        form.update({f"ask-{n}-topic": topic, f"ask-{n}-contact": contact,
                     f"ask-{n}-time": time})
    form.update(extra)
    return form


STATEMENTS = [
    ("must", "Bedöma arbetsförmågan vid dag 180.", "explicit", "SFB 27 kap. 48 §"),
    ("must_not", "Lämna ut uppgifter utan samtycke.", "explicit", "OSL 28 kap. 1 §"),
    ("can", "Kalla till avstämningsmöte.", "practice", ""),
]


def make_boundary(actor, org, statements=STATEMENTS, asks=(), **extra):
    new = pages.check_new_page(actor, boundary_form(org, statements=statements, asks=asks,
                                                    **extra), utcnow())
    page = pages.do_create_page(actor, new, utcnow())
    db.session.commit()
    return page


def edit_form(page, **changes) -> dict:
    """The edit form as the page's edit view would fill it, with some fields changed."""
    from forum.wiki import forms
    from forum.wiki.models import WikiRevision

    form = forms.from_page(page, db.session.get(WikiRevision, page.current_revision_id))
    form = {k: str(v) if v is not None else "" for k, v in form.items()}
    form.update(changes)
    return form


def save(actor, page, form, when=None):
    edit = pages.check_edit_page(actor, page, form, when or utcnow())
    revision = pages.do_save_page(actor, page, edit, when or utcnow())
    db.session.commit()
    return revision


def days(n: int):
    return utcnow() + timedelta(days=n)

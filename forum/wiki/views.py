"""Knowledge-base pages: read, create, edit (with conflict view), history, diff, restore.
Thin: parse, call the action inside one transaction, respond."""

from __future__ import annotations

from flask import (
    Blueprint,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from forum.accounts.models import Organization, User
from forum.db import unit_of_work, utcnow
from forum.db.after_response import after_response
from forum.errors import NotFound, ValidationError
from forum.extensions import db, limiter
from forum.pbl.access import group_ids
from forum.pbl.models import PblGroup
from forum.rollups import actions as insight_actions
from forum.text import word_diff
from forum.web.form_outcome import FormOutcome
from forum.web.helpers import form_dict, user_key
from forum.wiki import (
    access,
    boundaries,
    fields,
    following,
    forms,
    hooks,
    page_fragments,
    pages,
    queries,
    reviews,
)
from forum.wiki.models import PageKind, WikiRevision


def page_link(viewer, page_id: int) -> str:
    """An audit row's link to a page (forum/accounts/audit_links.py)."""
    return url_for("wiki.page", page_id=access.page_for_reader(viewer, page_id).id)


bp = Blueprint("wiki", __name__)
SAVE_LIMIT = "30 per minute"


def render_wiki(template: str, status: int = 200, *, tree_topic: str | None = None,
                **context):
    """Every knowledge-base page shows the page tree beside it (rendered once per reading
    scope and version of the pages: forum.wiki.page_fragments)."""
    context.setdefault("current_page", None)
    current = context["current_page"]
    context["wiki_aside"] = page_fragments.aside(current_user, current.id if current else None,
                                                 tree_topic, context.get("tree"))
    context.setdefault("today", fields.local_today(utcnow()))
    return render_template(template, **context), status


@bp.get("/wiki")
def index():
    topic = (request.args.get("topic") or "").strip()[:fields.MAX_TOPIC] or None
    today = fields.local_today(utcnow())
    return render_wiki("wiki/index.html", tree=queries.page_tree(current_user, topic),
                       tree_topic=topic,
                       topic=topic, topics=queries.topics(current_user),
                       boundary_pages=queries.comparable_organizations(current_user),
                       overdue=queries.overdue_count(current_user, today),
                       can_create=access.can_create_any(current_user))


@bp.get("/wiki/<int:page_id>")
def page(page_id: int):
    page = access.page_for_reader(current_user, page_id)
    revision = db.session.get(WikiRevision, page.current_revision_id)
    body, status = render_wiki("wiki/page.html", **_page_context(page, revision))
    response = make_response(body, status)
    if insight_actions.counts_as_boundary_read(current_user, page):
        _record_boundary_read_after_response(response, current_user.id, page.id)
    return response


def _record_boundary_read_after_response(response, reader_id: int, page_id: int) -> None:
    """The read of another organization's boundary page (a marker once per reader, page and
    month, so the association sees who reads whose boundaries; issue 19) is written when the
    answer has gone out, in a transaction of its own: the GET itself writes nothing and does
    not wait for it. Chosen over a POST beacon from the page's script because it counts
    readers without JavaScript too, needs no extra route or CSRF token, and the GET stays one
    read-only entry point (the marker's block is its own, like a followup's). A failure is
    logged: the page is already delivered."""
    now = utcnow()

    def record() -> None:
        reader = db.session.get(User, reader_id)
        if reader is None:
            return
        try:
            page = access.page_for_reader(reader, page_id)
        except NotFound:
            return  # no longer theirs to read, a moment later: nothing to count
        insight_actions.do_record_boundary_read(reader, page, now)

    after_response(response, record, f"record the read of boundary page {page_id}")


def _page_context(page, revision) -> dict:
    content = revision.content if revision else {}
    statements = boundaries.current_statements(page) if page.is_boundary else []
    today = fields.local_today(utcnow())
    return {
        "page": page, "revision": revision, "current_page": page,
        "crumbs": queries.breadcrumbs(current_user, page),
        "sections": boundaries.by_section(statements), "content": content,
        "contacts": queries.ask_contacts(content),
        "linked_from_html": page_fragments.linked_from(current_user, page),
        "discussed": queries.discussed_in(current_user, page),
        "subpages_html": page_fragments.subpages(current_user, page),
        "overdue": reviews.is_overdue(page, today), "today": today,
        "can_edit": access.can_edit_page(current_user, page),
        "can_review": access.can_review(current_user, page),
        "origins": hooks.distil_origins(current_user, page),
        "following": page.is_boundary and following.is_following(current_user, page),
    }


@bp.route("/wiki/new", methods=["GET", "POST"])
@limiter.limit(SAVE_LIMIT, key_func=user_key, methods=["POST"])
def new_page():
    title = (request.args.get("title") or "").strip()[:fields.MAX_TITLE]
    if request.method == "GET" and title:
        existing = queries.readable_page_by_title(current_user, title)
        if existing is not None:  # an old link to a page that exists now, or a restricted one
            return redirect(url_for("wiki.page", page_id=existing.id))
    if not access.can_create_any(current_user):
        return render_wiki("wiki/missing.html", 404, title=title)
    org_id = fields.integer(request.values.get("organization_id") or request.args.get("org"))
    organization = db.session.get(Organization, org_id) if org_id else None
    kind = request.values.get("kind") or PageKind.PAGE.value
    outcome = FormOutcome()
    if request.method == "POST":
        with outcome.catching():
            with unit_of_work():
                prefill = hooks.distil_requested(current_user, request.form)
                new = pages.check_new_page(current_user, form_dict(), utcnow())
                created = pages.do_create_page(current_user, new, utcnow())
                if prefill is not None:
                    hooks.distil_record(current_user, prefill, created, [])
            flash(_("The page is created."), "success")
            return redirect(url_for("wiki.page", page_id=created.id))
        form = form_dict()
    else:
        if kind == PageKind.BOUNDARY and organization and not title:
            title = _("%(name)s – boundaries and mandate", name=organization.name)
        form = forms.new_page(kind, title, organization,
                              fields.integer(request.args.get("parent")),
                              fields.local_today(utcnow()))
        prefill = hooks.distil_requested(current_user, request.args)
        if prefill is not None:  # "document this" from a thread
            form = hooks.distil_new_page_form(form, prefill)
    return render_wiki("wiki/edit.html", outcome.status,
                       **_form_context(form, None, outcome, kind=kind,
                                       organization=organization))


@bp.route("/wiki/<int:page_id>/edit", methods=["GET", "POST"])
@limiter.limit(SAVE_LIMIT, key_func=user_key, methods=["POST"])
def edit_page(page_id: int):
    page = access.page_for_editor(current_user, page_id)
    outcome = FormOutcome()
    if request.method == "POST":
        form = form_dict()
        try:
            with outcome.catching():
                with unit_of_work():
                    prefill = hooks.distil_requested(current_user, form)
                    before = queries.statement_ids(page)
                    edit = pages.check_edit_page(current_user, page, form, utcnow())
                    pages.do_save_page(current_user, page, edit, utcnow())
                    if prefill is not None:
                        added = sorted(queries.statement_ids(page) - before)
                        hooks.distil_record(current_user, prefill, page, added)
                flash(_("The page is saved."), "success")
                return redirect(url_for("wiki.page", page_id=page.id))
        except pages.EditConflict as exc:
            return _conflict(exc, form)
    else:
        form = forms.from_page(page, db.session.get(WikiRevision, page.current_revision_id))
        prefill = hooks.distil_requested(current_user, request.args)
        if prefill is not None:  # "document this" from a thread: one more statement
            form = hooks.distil_edit_page_form(form, prefill)
    return render_wiki("wiki/edit.html", outcome.status, **_form_context(form, page, outcome))


def _conflict(exc: pages.EditConflict, form: dict):
    """Both versions, and the form again with the editor's text on top of the latest one."""
    page = exc.page
    theirs = db.session.get(WikiRevision, page.current_revision_id)
    draft = exc.edit.draft
    mine = pages.text_of(page, draft.title, draft.body, draft.content)
    form = dict(form, base_revision_id=page.current_revision_id)
    context = _form_context(form, page, FormOutcome())
    theirs_text = pages.revision_text(theirs)
    context.update(theirs=theirs, theirs_text=theirs_text, diff=word_diff(theirs_text, mine),
                   message=exc.message)
    return render_wiki("wiki/conflict.html", 409, **context)


def _form_context(form: dict, page, outcome: FormOutcome, *, kind: str | None = None,
                  organization=None) -> dict:
    kind = page.kind.value if page is not None else kind
    organization_id = page.organization_id if page is not None else (
        organization.id if organization else None)
    statements, next_statement = forms.statement_rows(form)
    asks, next_ask = forms.ask_rows(form)
    my_groups = db.session.scalars(select(PblGroup).where(
        PblGroup.id.in_(group_ids(current_user, writable=True))).order_by(PblGroup.name))
    return {"form": form, "page": page, "current_page": page, "kind": kind, **outcome.context,
            "statement_rows": statements,
            "next_statement": next_statement, "ask_rows": asks, "next_ask": next_ask,
            "places": forms.places(current_user) if page is None else [],
            "parents": forms.parent_options(current_user, organization_id, page),
            "groups": [(str(g.id), g.name) for g in my_groups],
            "organization": page.organization if page is not None else organization}


@bp.post("/wiki/<int:page_id>/follow")
def follow(page_id: int):
    """Follow a boundary page's statements (or stop): form field follow=1 or 0."""
    wanted = request.form.get("follow") == "1"
    with unit_of_work():
        page = following.check_follow(current_user, page_id)
        following.do_set_following(current_user, page, wanted, utcnow())
    flash(_("You follow this page's statements.") if wanted
          else _("You no longer follow this page."), "success")
    return redirect(url_for("wiki.page", page_id=page_id))


@bp.get("/wiki/<int:page_id>/history")
def history(page_id: int):
    page = access.page_for_reader(current_user, page_id)
    revisions = queries.history(page)
    restored = queries.revision_numbers({r.restored_from_id for r in revisions
                                         if r.restored_from_id})
    return render_wiki("wiki/history.html", page=page, current_page=page, revisions=revisions,
                       restored=restored, crumbs=queries.breadcrumbs(current_user, page),
                       can_edit=access.can_edit_page(current_user, page),
                       can_redact_all=access.can_redact_any_revision(current_user, page),
                       mine={current_user.id} if access.can_redact_own_revisions(
                           current_user, page) else set())


@bp.get("/wiki/<int:page_id>/diff")
def diff(page_id: int):
    page = access.page_for_reader(current_user, page_id)
    ids = [fields.integer(request.args.get(k)) for k in ("a", "b")]
    if None in ids:
        raise ValidationError(_("Choose two revisions to compare."))
    old, new = sorted((access.revision_for_reader(current_user, page, i) for i in ids),
                      key=lambda r: r.number)
    return render_wiki("wiki/diff.html", page=page, current_page=page, old=old, new=new,
                       crumbs=queries.breadcrumbs(current_user, page),
                       diff=word_diff(pages.revision_text(old), pages.revision_text(new)))


@bp.get("/wiki/<int:page_id>/revisions/<int:revision_id>")
def revision(page_id: int, revision_id: int):
    page = access.page_for_reader(current_user, page_id)
    old = access.revision_for_reader(current_user, page, revision_id)
    context = _page_context(page, old)
    content = old.content or {}
    context.update(old=old, content=content, contacts=queries.ask_contacts(content),
                   sections=boundaries.by_section(content.get("statements", [])))
    return render_wiki("wiki/revision.html", **context)


@bp.post("/wiki/<int:page_id>/revisions/<int:revision_id>/restore")
@limiter.limit(SAVE_LIMIT, key_func=user_key)
def restore(page_id: int, revision_id: int):
    page = access.page_for_reader(current_user, page_id)
    old = access.revision_for_reader(current_user, page, revision_id)
    with unit_of_work():
        edit = pages.check_restore(current_user, page, old)
        pages.do_restore(current_user, page, old, edit, utcnow())
    flash(_("Revision %(number)s is restored as a new revision.", number=old.number),
          "success")
    return redirect(url_for("wiki.page", page_id=page.id))


@bp.route("/wiki/<int:page_id>/delete", methods=["GET", "POST"])
def delete_page(page_id: int):
    page = access.page_for_reader(current_user, page_id)
    access.require_edit(current_user, page)
    if request.method == "POST":
        title = page.title
        with unit_of_work():
            pages.check_delete_page(current_user, page)
            pages.do_delete_page(current_user, page)
        flash(_("The page “%(title)s” is deleted.", title=title), "success")
        return redirect(url_for("wiki.index"))
    return render_wiki("wiki/delete.html", page=page, current_page=page,
                       subpages=queries.children(current_user, page))


@bp.get("/wiki/organizations/<int:org_id>")
def boundary_of(org_id: int):
    """An organization's boundary page, or (for its editors) the form to write it."""
    org = db.session.get(Organization, org_id)
    if org is None:
        raise NotFound()
    found = queries.boundary_page_of(current_user, org.id)
    if found is not None:
        return redirect(url_for("wiki.page", page_id=found.id))
    if access.can_create_in(current_user, org.id):
        return redirect(url_for("wiki.new_page", kind="boundary", org=org.id))
    return render_wiki("wiki/missing.html", 404, title=_("%(name)s – boundaries and mandate",
                                                         name=org.name), organization=org)

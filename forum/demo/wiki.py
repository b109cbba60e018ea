"""Demo knowledge base: boundary pages, shared pages, the glossary and the matrix, written
through the same actions as real edits (forum.demo.content holds the text).

It runs after the discussions, whose posts already link to these page titles: creating a page
adopts the links written to its title, and the demo posts with [[links]] are rendered again so
their links point at the pages instead of offering to create them.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from forum.accounts.models import Organization, OrgType, Role, User
from forum.db import utcnow
from forum.discussions.models import Post
from forum.extensions import db
from forum.indexing.outbox import enqueue
from forum.text import render
from forum.wiki import backlinks, glossary, matrix, pages
from forum.wiki.backlinks import DatabaseResolver
from forum.wiki.fields import local_today
from forum.wiki.models import PageKind, WikiPage, WikiStatement


def load_wiki(orgs: dict[str, Organization], people: dict[str, User]) -> dict[str, int]:
    from forum.demo.content import (
        BOUNDARY_PAGES,
        BOUNDARY_TITLE_FORMAT,
        GLOSSARY,
        RESPONSIBILITIES,
        WIKI_PAGES,
    )

    now = utcnow()
    coordinator = next(u for u in people.values() if u.has_role(Role.COORDINATOR))
    admin = next(u for u in people.values() if u.has_role(Role.ADMIN))
    for slug, data in BOUNDARY_PAGES.items():
        _boundary_page(orgs[slug], data, BOUNDARY_TITLE_FORMAT, people, admin, now)
    by_title: dict[str, WikiPage] = {}
    for row in sorted(WIKI_PAGES, key=lambda r: r["parent_title"] is not None):
        org = orgs[row["org"]] if row["org"] else None
        author = coordinator if org is None else _editor(org, people, admin)
        by_title[row["title"]] = _wiki_page(row, org, author, by_title, now)
    for entry in GLOSSARY:
        _term(entry, coordinator, now)
    for row in RESPONSIBILITIES:
        _responsibility(row, coordinator, now)
    relinked = _relink_posts()
    return {"wiki pages": len(BOUNDARY_PAGES) + len(WIKI_PAGES), "glossary terms": len(GLOSSARY),
            "matrix rows": len(RESPONSIBILITIES), "posts linking pages": relinked}


def _editor(org: Organization, people: dict[str, User], fallback: User) -> User:
    return next((u for u in people.values() if u.organization_id == org.id
                 and u.has_role(Role.ORG_EDITOR)), fallback)


def _statement_fields(statements: list[dict]) -> dict[str, str]:
    form = {}
    for n, item in enumerate(statements):
        form.update({f"st-{n}-section": item["section"], f"st-{n}-text": item["text_sv"],
                     f"st-{n}-basis": item["basis"], f"st-{n}-source": item["source"] or ""})
    return form


def _boundary_page(org: Organization, data: dict, title_format: str,
                   people: dict[str, User], admin: User, now) -> WikiPage:
    editor = _editor(org, people, admin)
    owner = next((a["contact"] for a in data["ask_us"] if a["contact"] in people),
                 editor.username)
    form = {"kind": PageKind.BOUNDARY.value, "organization_id": str(org.id),
            "title": title_format.format(name=org.name), "mandate": data["mandate_sv"],
            "owner": owner, "summary": "Första versionen", "confirm_privacy": "1"}
    for n, ask in enumerate(data["ask_us"]):
        form.update({f"ask-{n}-topic": ask["topic"], f"ask-{n}-contact": ask["contact"],
                     f"ask-{n}-time": ask["response_time"]})
    statements = data["statements"]
    # The Social Insurance Agency's page has a short history: a statement added after a thread.
    first = statements[:-1] if org.type == OrgType.SOCIAL_INSURANCE else statements
    started = now - timedelta(days=30)
    new = pages.check_new_page(editor, form | _statement_fields(first), started)
    page = pages.do_create_page(editor, new, started)
    if first is not statements:
        current = db.session.scalars(select(WikiStatement).where(
            WikiStatement.page_id == page.id).order_by(WikiStatement.position)).all()
        form = form | _statement_fields(statements) | {
            "base_revision_id": str(page.current_revision_id), "review_by":
            page.review_by.isoformat(), "summary": "Lade till en kan-punkt efter tråden om dag 180"}
        form |= {f"st-{n}-id": str(s.id) for n, s in enumerate(current)}
        edit = pages.check_edit_page(editor, page, form, now - timedelta(days=3))
        pages.do_save_page(editor, page, edit, now - timedelta(days=3))
    page.review_by = local_today(now) + timedelta(days=data["review_due_days"])
    return page


def _wiki_page(row: dict, org: Organization | None, author: User,
               by_title: dict[str, WikiPage], now) -> WikiPage:
    parent = by_title.get(row["parent_title"]) if row["parent_title"] else None
    form = {"kind": PageKind.PAGE.value, "organization_id": str(org.id) if org else "",
            "title": row["title"], "body": row["body"], "topic": row["topic"],
            "parent_id": str(parent.id) if parent else "", "summary": "Första versionen",
            "confirm_privacy": "1"}
    body = row["body"]
    # One shared page gets a history worth looking at: its last section came later.
    split = body.rfind("\n\n## ") if row["title"] == "Rehabiliteringskedjan" else -1
    started = now - timedelta(days=40)
    new = pages.check_new_page(author, form | {"body": body[:split] if split > 0 else body},
                               started)
    page = pages.do_create_page(author, new, started)
    if split > 0:
        edit = pages.check_edit_page(author, page, form | {
            "base_revision_id": str(page.current_revision_id),
            "review_by": page.review_by.isoformat(),
            "summary": "Lade till det som brukar skava"}, now - timedelta(days=6))
        pages.do_save_page(author, page, edit, now - timedelta(days=6))
    page.review_by = local_today(now) + timedelta(days=row["review_due_days"])
    return page


def _term(entry: dict, coordinator: User, now) -> None:
    form = {"term_sv": entry["term_sv"], "term_en": entry["term_en"], "confirm_privacy": "1"}
    for definition in entry["definitions"]:
        prefix = f"def-{definition['org_type']}-"
        form.update({prefix + "sv": definition["text_sv"], prefix + "en": definition["text_en"],
                     prefix + "source": definition["source"] or ""})
    data = glossary.check_term(coordinator, None, form)
    data.slug = entry["slug"]
    glossary.do_save_term(coordinator, None, data, now)


def _responsibility(row: dict, coordinator: User, now) -> None:
    form = {"label_sv": row["label_sv"], "label_en": row["label_en"]}
    for org_type, cell in row["cells"].items():
        form[f"level-{org_type}"] = cell["level"]
        hint = cell.get("statement_hint")
        statement = next((s for s, _org in matrix.statement_options(coordinator,
                                                                    OrgType(org_type))
                          if hint and s.text.startswith(hint)), None)
        form[f"statement-{org_type}"] = str(statement.id) if statement else ""
    data = matrix.check_responsibility(coordinator, None, form)
    data.key = row["key"]
    matrix.do_save_responsibility(coordinator, None, data, now)


def _relink_posts() -> int:
    """Demo posts were written before the pages: render their [[links]] again."""
    from forum.discussions.search_docs import doc_ids_for_post

    count = 0
    resolver = DatabaseResolver()
    for post in db.session.scalars(select(Post).where(Post.source.contains("[["))):
        rendered = render(post.source, resolver)
        post.html = rendered.html
        backlinks.do_record_post_links(post, rendered.wikilinks)
        enqueue(*doc_ids_for_post(post))
        count += 1
    db.session.flush()
    return count

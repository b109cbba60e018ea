"""What the edit forms show: values from a page (or from the form that was sent back), and the
rows of the structured boundary fields. No validation here: that is the actions' job."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from forum.accounts.models import Organization, User
from forum.extensions import db
from forum.wiki import access, queries
from forum.wiki.boundaries import SECTIONS
from forum.wiki.models import Section, WikiPage, WikiRevision

BLANK_STATEMENTS = 1  # per section; the "add" button (wiki.js) makes more
BLANK_ASKS = 1
_ST_RE = re.compile(r"^st-(\d{1,4})-(id|section|text|basis|source|remove)$")
_ASK_RE = re.compile(r"^ask-(\d{1,4})-(topic|contact|time)$")


def from_page(page: WikiPage, revision: WikiRevision | None) -> dict[str, Any]:
    owner = db.session.get(User, page.owner_id) if page.owner_id else None
    form: dict[str, Any] = {
        "title": page.title, "body": revision.body if revision else "", "summary": "",
        "topic": page.topic, "parent_id": page.parent_id or "",
        "visibility": page.visibility.value, "group_id": page.group_id or "",
        "owner": owner.username if owner else "", "review_by": page.review_by.isoformat(),
        "base_revision_id": page.current_revision_id or "",
    }
    if page.is_boundary:
        form.update(content_fields(revision.content if revision else {}))
    return form


def new_page(kind: str, title: str, organization: Organization | None, parent_id: int | None,
             today: date) -> dict[str, Any]:
    return {"kind": kind, "title": title, "body": "", "summary": "", "topic": "",
            "organization_id": organization.id if organization else "",
            "parent_id": parent_id or "", "visibility": "all", "group_id": "", "owner": "",
            "review_by": (today + timedelta(days=365)).isoformat(), "mandate": ""}


def content_fields(content: Mapping[str, Any]) -> dict[str, Any]:
    """Form fields for structured content (statement ids ride along as hidden fields)."""
    form: dict[str, Any] = {"mandate": content.get("mandate", "")}
    for n, item in enumerate(content.get("statements", [])):
        form.update({f"st-{n}-id": item.get("id") or "", f"st-{n}-section": item["section"],
                     f"st-{n}-text": item["text"], f"st-{n}-basis": item["basis"],
                     f"st-{n}-source": item.get("source", "")})
    for n, item in enumerate(content.get("ask_us", [])):
        form.update({f"ask-{n}-topic": item["topic"], f"ask-{n}-contact": item["contact"],
                     f"ask-{n}-time": item.get("response_time", "")})
    return form


def statement_rows(form: Mapping[str, Any]) -> tuple[dict[Section, list[dict]], int]:
    """The statement rows to show per section (blank ones added), and the next free number."""
    rows: dict[int, dict[str, Any]] = {}
    for key, value in form.items():
        match = _ST_RE.match(key)
        if match:
            rows.setdefault(int(match[1]), {"n": int(match[1])})[match[2]] = value
    grouped: dict[Section, list[dict]] = {s: [] for s in SECTIONS}
    for n in sorted(rows):
        section = rows[n].get("section")
        grouped[Section(section) if section in {s.value for s in Section}
                else Section.MUST].append(rows[n])
    next_n = max(rows, default=-1) + 1
    for section in SECTIONS:
        for _ in range(BLANK_STATEMENTS):
            grouped[section].append({"n": next_n, "section": section.value, "basis": "practice"})
            next_n += 1
    return grouped, next_n


def ask_rows(form: Mapping[str, Any]) -> tuple[list[dict], int]:
    rows: dict[int, dict[str, Any]] = {}
    for key, value in form.items():
        match = _ASK_RE.match(key)
        if match:
            rows.setdefault(int(match[1]), {"n": int(match[1])})[match[2]] = value
    ordered = [rows[n] for n in sorted(rows)]
    next_n = max(rows, default=-1) + 1
    for _ in range(BLANK_ASKS):
        ordered.append({"n": next_n})
        next_n += 1
    return ordered, next_n


def places(user: User) -> list[tuple[str, str]]:
    """(organization_id or "", name) of every part of the wiki the user may create pages in."""
    from flask_babel import gettext as _
    from sqlalchemy import select

    options = [("", _("Shared pages (all organizations)"))] \
        if access.can_create_in(user, None) else []
    for org in db.session.scalars(select(Organization).order_by(Organization.name)):
        if access.can_create_in(user, org.id):
            options.append((str(org.id), org.name))
    return options


def parent_options(user: User, organization_id: int | None,
                   page: WikiPage | None = None) -> list[tuple[str, str]]:
    from flask_babel import gettext as _

    return [("", _("(top level)"))] + [
        (str(pid), title) for pid, title in queries.page_choices(user, organization_id, page)]

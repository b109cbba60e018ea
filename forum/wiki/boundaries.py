"""Boundary pages as structured content: mandate, must / must not / can statements (each an
explicit requirement with its source, or practice), and "ask us" contacts.

The content is validated here and kept in two forms: statement rows with stable ids (for
links, lists and comparison) and a JSON snapshot in every revision (for history, diff and
restore). `do_sync_statements` makes the rows match a snapshot and writes the ids back into
it, so a snapshot always names the rows it describes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from forum.accounts.models import User
from forum.extensions import db
from forum.text import WikiLink, render, render_citations
from forum.text.citations import Citation
from forum.text.fields import form_text
from forum.text.i18n import _l
from forum.wiki import fields
from forum.wiki.backlinks import DatabaseResolver
from forum.wiki.models import Basis, Section, WikiPage, WikiStatement

MAX_MANDATE = 1000
MAX_STATEMENT = 2000
MAX_SOURCE = 300
MAX_STATEMENTS = 150
MAX_ASK_ROWS = 30
SECTIONS = (Section.MUST, Section.MUST_NOT, Section.CAN)
SECTION_LABELS = {Section.MUST: _l("We must"), Section.MUST_NOT: _l("We must not"),
                  Section.CAN: _l("We can")}
BASIS_LABELS = {Basis.EXPLICIT: _l("Explicit requirement"),
                Basis.PRACTICE: _l("Practice / interpretation")}

_ROW_RE = re.compile(r"^(st|ask)-(\d{1,4})-")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def empty_content() -> dict[str, Any]:
    return {"mandate": "", "statements": [], "ask_us": []}


# -- parsing the form -------------------------------------------------------------------------
def parse_form(form: Mapping, errors: dict[str, str]) -> dict[str, Any]:
    """The structured content from form fields `mandate`, `st-<n>-{id,section,text,basis,
    source,remove}` and `ask-<n>-{topic,contact,time}`. Blank rows are skipped."""
    content = empty_content()
    content["mandate"] = form_text(form, "mandate", errors, max_len=MAX_MANDATE,
                                     multiline=True,
                                     required=str(_l("Say in a sentence or two what you "
                                                     "are for.")))
    statements, asks = _row_numbers(form)
    for n in statements:
        row = _statement(form, n, errors)
        if row is not None:
            content["statements"].append(row)
    for n in asks:
        row = _ask(form, n, errors)
        if row is not None:
            content["ask_us"].append(row)
    if len(content["statements"]) > MAX_STATEMENTS:
        errors["mandate"] = str(_l("A boundary page can hold at most %(max)s statements.",
                                   max=MAX_STATEMENTS))
    if len(content["ask_us"]) > MAX_ASK_ROWS:
        errors["mandate"] = str(_l("At most %(max)s contact rows.", max=MAX_ASK_ROWS))
    # Statements are listed by section, in the order written.
    order = {s.value: i for i, s in enumerate(SECTIONS)}
    content["statements"].sort(key=lambda s: order[s["section"]])
    return content


def _row_numbers(form: Mapping) -> tuple[list[int], list[int]]:
    found: dict[str, set[int]] = {"st": set(), "ask": set()}
    for key in form:
        match = _ROW_RE.match(key)
        if match:
            found[match[1]].add(int(match[2]))
    return sorted(found["st"]), sorted(found["ask"])


def _statement(form: Mapping, n: int, errors: dict[str, str]) -> dict[str, Any] | None:
    prefix = f"st-{n}-"
    text = form_text(form, prefix + "text", errors, max_len=MAX_STATEMENT, multiline=True)
    if form.get(prefix + "remove") or (not text and prefix + "text" not in errors):
        return None
    section = form.get(prefix + "section")
    if section not in {s.value for s in Section}:
        errors[prefix + "section"] = str(_l("Choose must, must not or can."))
        section = Section.MUST.value
    basis = form.get(prefix + "basis")
    if basis not in {b.value for b in Basis}:
        errors[prefix + "basis"] = str(_l("Choose explicit requirement or practice."))
        basis = Basis.PRACTICE.value
    source = form_text(form, prefix + "source", errors, max_len=MAX_SOURCE)
    if basis == Basis.EXPLICIT and not source and prefix + "source" not in errors:
        errors[prefix + "source"] = str(_l(
            "An explicit requirement needs its source: the law, regulation or guideline."))
    return {"id": fields.integer(form.get(prefix + "id")), "section": section, "text": text,
            "basis": basis, "source": source}


def _ask(form: Mapping, n: int, errors: dict[str, str]) -> dict[str, Any] | None:
    prefix = f"ask-{n}-"
    topic = form_text(form, prefix + "topic", errors, max_len=200)
    contact = form_text(form, prefix + "contact", errors, max_len=254)
    time = form_text(form, prefix + "time", errors, max_len=60)
    if not (topic or contact or time):
        return None
    if not topic and prefix + "topic" not in errors:
        errors[prefix + "topic"] = str(_l("Say what to ask about."))
    if not contact and prefix + "contact" not in errors:
        errors[prefix + "contact"] = str(_l("Name a person (user name) or an e-mail address."))
    return {"topic": topic, "contact": contact, "response_time": time}


def plain_text(content: Mapping[str, Any]) -> str:
    """Everything a writer typed, for the privacy check."""
    parts = [content.get("mandate", "")]
    parts += [f"{s['text']}\n{s['source']}" for s in content.get("statements", [])]
    parts += [f"{a['topic']}\n{a['contact']}\n{a['response_time']}"
              for a in content.get("ask_us", [])]
    return "\n\n".join(p for p in parts if p)


# -- preparing and storing ------------------------------------------------------------------
def prepare(content: dict[str, Any], page: WikiPage | None,
            missing_hint: str) -> tuple[list[WikiLink], list[list[Citation]]]:
    """Render statements (and their sources), resolve contacts, drop ids that are not this
    page's statements. Returns the [[links]] the statements hold (they count as the page's
    links) and the legal citations of each statement, in order."""
    own: set[int] = set()
    if page is not None and page.id is not None:
        own = set(db.session.scalars(select(WikiStatement.id)
                                     .where(WikiStatement.page_id == page.id)))
    resolver = DatabaseResolver()
    links: list[WikiLink] = []
    citations: list[list[Citation]] = []
    for statement in content["statements"]:
        if statement.get("id") not in own:
            statement["id"] = None
        own.discard(statement["id"])  # a repeated id makes a second, new statement
        rendered = render(statement["text"], resolver, missing_page_hint=missing_hint)
        statement["html"] = rendered.html
        links += rendered.wikilinks
        source = render_citations(statement["source"], resolver)
        statement["source_html"] = source.html
        citations.append(rendered.citations + source.citations)
    usernames = {a["contact"].lower() for a in content["ask_us"] if "@" not in a["contact"]}
    users = {}
    if usernames:
        users = {u.username.lower(): u for u in db.session.scalars(
            select(User).where(func.lower(User.username).in_(usernames),
                               User.active.is_(True)))}
    for ask in content["ask_us"]:
        user = users.get(ask["contact"].lower())
        ask["contact_user_id"] = user.id if user else None
    return links, citations


def do_sync_statements(page: WikiPage, content: dict[str, Any], now: datetime) -> set[int]:
    """Make the statement rows match `content` (ids written back); returns changed ids."""
    rows = {s.id: s for s in db.session.scalars(
        select(WikiStatement).where(WikiStatement.page_id == page.id))}
    changed: set[int] = set()
    kept: set[int] = set()
    for position, item in enumerate(content["statements"]):
        row = rows.get(item.get("id")) if item.get("id") else None
        if row is None:
            row = WikiStatement(page_id=page.id, created_at=now)
            db.session.add(row)
        values = {"section": Section(item["section"]), "text": item["text"],
                  "html": item["html"], "basis": Basis(item["basis"]),
                  "source": item["source"], "position": position, "removed_at": None}
        if row.id is None or any(getattr(row, k) != v for k, v in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            db.session.flush()
            changed.add(row.id)
        item["id"] = row.id
        kept.add(row.id)
    for row in rows.values():
        if row.id not in kept and row.removed_at is None:
            row.removed_at = now
            changed.add(row.id)
    db.session.flush()
    return changed


# -- reading ----------------------------------------------------------------------------------
def current_statements(page: WikiPage) -> list[WikiStatement]:
    return list(db.session.scalars(
        select(WikiStatement).where(WikiStatement.page_id == page.id,
                                    WikiStatement.removed_at.is_(None))
        .order_by(WikiStatement.position)))


def by_section(statements: list) -> dict[Section, list]:
    """Statement rows or snapshot dicts grouped by section, in the fixed section order."""
    grouped: dict[Section, list] = {s: [] for s in SECTIONS}
    for item in statements:
        section = item["section"] if isinstance(item, dict) else item.section
        grouped[Section(section)].append(item)
    return grouped


def contact_kind(ask: Mapping[str, Any]) -> str:
    if ask.get("contact_user_id"):
        return "user"
    return "email" if _EMAIL_RE.match(ask.get("contact", "")) else "text"


def as_text(title: str, content: Mapping[str, Any], body: str = "") -> str:
    """A readable plain-text form of a boundary page, for word-level diffs."""
    lines = [title, "", str(_l("Mandate")), content.get("mandate", ""), ""]
    for section, items in by_section(content.get("statements", [])).items():
        lines.append(str(SECTION_LABELS[section]))
        for item in items:
            basis = (f"[{BASIS_LABELS[Basis.EXPLICIT]}: {item['source']}]"
                     if item["basis"] == Basis.EXPLICIT else f"[{BASIS_LABELS[Basis.PRACTICE]}]")
            lines.append(f"- {item['text']} {basis}")
        lines.append("")
    lines.append(str(_l("Ask us")))
    for ask in content.get("ask_us", []):
        lines.append(f"- {ask['topic']}: {ask['contact']} ({ask['response_time']})")
    if body:
        lines += ["", body]
    return "\n".join(lines)

"""Recording which statutes a text cites: a `do_*` step inside the caller's transaction.

The citations come from rendering on write (forum.text.render); they replace what was stored
for the same text, so the rows always describe the current version.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

from sqlalchemy import delete, select

from forum.accounts.models import User
from forum.audit.models import record
from forum.db import utcnow
from forum.errors import ValidationError
from forum.extensions import db
from forum.laws import register
from forum.laws.access import require_edit
from forum.laws.models import Statute, StatuteCitation
from forum.text.citations import Citation
from forum.text.fields import form_text
from forum.text.i18n import _l

COUNTRIES = ("se", "no")
NUMBER_RE = re.compile(r"\d{4}:\d{1,4}|\d{4}-\d{2}-\d{2}(?:-\d{1,4})?")


def do_record_citations(source_type: str, source_id: int,
                        citations: Iterable[tuple[int | None, Citation]]) -> None:
    """Replace the citations stored for one post, page or term: (statement id, citation)."""
    db.session.execute(delete(StatuteCitation).where(
        StatuteCitation.source_type == source_type, StatuteCitation.source_id == source_id))
    pairs = list(citations)
    if not pairs:
        return
    numbers = {c.number for _, c in pairs}
    ids = dict(db.session.execute(select(Statute.number, Statute.id)
                                  .where(Statute.number.in_(numbers))).all())
    seen: set[tuple] = set()
    for statement_id, citation in pairs:
        key = (statement_id, citation.number, citation.chapter, citation.section)
        if citation.number not in ids or key in seen:
            continue
        seen.add(key)
        db.session.add(StatuteCitation(
            statute_id=ids[citation.number], source_type=source_type, source_id=source_id,
            statement_id=statement_id, chapter=citation.chapter, section=citation.section,
            text=citation.text[:200]))
    db.session.flush()


# -- keeping the register ---------------------------------------------------------------------
@dataclass
class StatuteData:
    number: str
    short_name: str
    title: str
    names: str
    country: str
    url: str
    chapter_url: str
    section_url: str
    chaptered: bool
    chapters: int | None
    sections: int | None


def check_statute(actor: User, statute: Statute | None, form: Mapping) -> StatuteData:
    """Validate a register entry (a coordinator's or an admin's); raises ValidationError."""
    require_edit(actor)
    errors: dict[str, str] = {}
    required = str(_l("Fill in this field."))
    data = StatuteData(
        number=form_text(form, "number", errors, max_len=40, required=required),
        short_name=form_text(form, "short_name", errors, max_len=40, required=required),
        title=form_text(form, "title", errors, max_len=300, required=required),
        names=form_text(form, "names", errors, max_len=2000, multiline=True),
        country=form.get("country") if form.get("country") in COUNTRIES else "",
        url=form_text(form, "url", errors, max_len=500, required=required),
        chapter_url=form_text(form, "chapter_url", errors, max_len=500),
        section_url=form_text(form, "section_url", errors, max_len=500),
        chaptered=bool(form.get("chaptered")),
        chapters=_whole(form, "chapters", errors),
        sections=_whole(form, "sections", errors))
    if not data.country:
        errors["country"] = str(_l("Choose a country."))
    if data.number and not NUMBER_RE.fullmatch(data.number):
        errors["number"] = str(_l("Write the number as 2010:110 (SFS) or 1997-02-28-19."))
    if data.short_name and (len(data.short_name) < 2
                            or not any(ch.isalpha() for ch in data.short_name)):
        # One letter would be found in every text.
        errors["short_name"] = str(_l("A short name has at least two characters, one a letter."))
    _check_urls(data, errors)
    _check_unique(statute, data, errors)
    if errors:
        raise ValidationError(field_errors=errors)
    data.names = "\n".join(dict.fromkeys(
        n.strip() for n in data.names.splitlines() if n.strip()))
    return data


def _whole(form: Mapping, name: str, errors: dict[str, str]) -> int | None:
    value = str(form.get(name) or "").strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 9999:
        errors[name] = str(_l("Write a whole number from 1 to 9999, or leave it empty."))
        return None
    return int(value)


def _check_urls(data: StatuteData, errors: dict[str, str]) -> None:
    for name in ("url", "chapter_url", "section_url"):
        value = getattr(data, name)
        if value and not value.startswith(("https://", "http://")):
            errors[name] = str(_l("An address starts with https:// or http://."))
            continue
        try:
            value.format(chapter=1, section="1")
        except (KeyError, IndexError, ValueError):
            errors[name] = str(_l("Only {chapter} and {section} may stand in braces."))
    if data.section_url and "{section}" not in data.section_url and "section_url" not in errors:
        errors["section_url"] = str(_l("The address of a section needs {section}."))
    if data.chapter_url and "{chapter}" not in data.chapter_url and "chapter_url" not in errors:
        errors["chapter_url"] = str(_l("The address of a chapter needs {chapter}."))


def _check_unique(statute: Statute | None, data: StatuteData, errors: dict[str, str]) -> None:
    own = statute.id if statute is not None else -1
    for name, column in (("number", Statute.number), ("short_name", Statute.short_name)):
        value = getattr(data, name)
        if value and db.session.scalar(select(Statute.id).where(column == value,
                                                                Statute.id != own)):
            errors[name] = str(_l("Another statute in the register already has this."))


def do_save_statute(actor: User, statute: Statute | None, data: StatuteData) -> Statute:
    """Add or change a register entry. Texts already stored keep their links until edited."""
    created = statute is None
    if statute is None:
        statute = Statute()
        db.session.add(statute)
    for key, value in asdict(data).items():
        setattr(statute, key, value)
    statute.updated_at = utcnow()
    db.session.flush()
    record(actor, "statute.create" if created else "statute.update", "statute", statute.id,
           number=statute.number, short_name=statute.short_name)
    register.forget()
    return statute

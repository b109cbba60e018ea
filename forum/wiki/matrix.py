"""Who does what: responsibilities against kinds of organization. Each cell says responsible /
contributes / not ours and may name the boundary statement behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from forum.accounts.models import Organization, OrgType, User
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.text.fields import form_text
from forum.text.i18n import _l
from forum.wiki import access, fields
from forum.wiki.glossary import slugify
from forum.wiki.models import (
    Level,
    PageKind,
    Responsibility,
    ResponsibilityCell,
    WikiPage,
    WikiStatement,
)

MATRIX_TYPES = (OrgType.SOCIAL_INSURANCE, OrgType.EMPLOYMENT_SERVICE, OrgType.HEALTHCARE,
                OrgType.MUNICIPAL_SOCIAL_SERVICES, OrgType.COORDINATION_ASSOCIATION)
LEVEL_LABELS = {Level.RESPONSIBLE: _l("Responsible"), Level.CONTRIBUTES: _l("Contributes"),
                Level.NOT_OURS: _l("Not ours")}


@dataclass
class CellData:
    level: Level
    statement_id: int | None


@dataclass
class ResponsibilityData:
    key: str
    label_sv: str
    label_en: str
    cells: dict[OrgType, CellData]


@dataclass(frozen=True)
class CellView:
    level: Level
    statement: WikiStatement | None  # None when there is none or the viewer may not read it


def check_responsibility(actor: User, row: Responsibility | None,
                         form: dict) -> ResponsibilityData:
    if not access.can_edit_matrix(actor):
        raise PermissionDenied(str(_l("Only coordinators can change the matrix.")))
    errors: dict[str, str] = {}
    label_sv = form_text(form, "label_sv", errors, max_len=200,
                           required=str(_l("Name the responsibility in Swedish.")))
    label_en = form_text(form, "label_en", errors, max_len=200)
    key = row.key if row is not None else slugify(label_en or label_sv)[:60]
    if row is None and label_sv and not key:
        errors["label_sv"] = str(_l("The name needs at least one letter or digit."))
    elif row is None and db.session.scalar(select(Responsibility.id).where(
            Responsibility.key == key)):
        errors["label_sv"] = str(_l("The matrix already has this responsibility."))
    options = {t: {s.id for s, _org in statement_options(actor, t)} for t in MATRIX_TYPES}
    cells = {}
    for org_type in MATRIX_TYPES:
        level = form.get(f"level-{org_type.value}") or ""
        if not level:
            continue
        if level not in {lv.value for lv in Level}:
            errors[f"level-{org_type.value}"] = str(_l("Choose a level."))
            continue
        statement_id = fields.integer(form.get(f"statement-{org_type.value}"))
        if statement_id and statement_id not in options[org_type]:
            errors[f"statement-{org_type.value}"] = str(_l(
                "Choose a statement from this kind of organization's boundary pages."))
        cells[org_type] = CellData(Level(level), statement_id or None)
    if errors:
        raise ValidationError(field_errors=errors)
    return ResponsibilityData(key, label_sv, label_en, cells)


def do_save_responsibility(actor: User, row: Responsibility | None, data: ResponsibilityData,
                           now: datetime) -> Responsibility:
    if row is None:
        position = db.session.scalar(select(func.max(Responsibility.position))) or 0
        row = Responsibility(key=data.key, position=position + 1)
        db.session.add(row)
    row.label_sv, row.label_en, row.updated_at = data.label_sv, data.label_en, now
    existing = {cell.org_type: cell for cell in row.cells}
    for org_type in MATRIX_TYPES:
        cell, wanted = existing.get(org_type), data.cells.get(org_type)
        if wanted is None:
            if cell is not None:
                row.cells.remove(cell)
            continue
        if cell is None:
            cell = ResponsibilityCell(org_type=org_type)
            row.cells.append(cell)
        cell.level, cell.statement_id = wanted.level, wanted.statement_id
    db.session.flush()
    return row


def check_delete_responsibility(actor: User) -> None:
    if not access.can_edit_matrix(actor):
        raise PermissionDenied(str(_l("Only coordinators can change the matrix.")))


def do_delete_responsibility(actor: User, row: Responsibility) -> None:
    from forum.audit.models import record

    record(actor, "matrix_row_deleted", "responsibility", row.id, key=row.key)
    db.session.delete(row)
    db.session.flush()


# -- reading ----------------------------------------------------------------------------------
def matrix(viewer: User) -> list[tuple[Responsibility, dict[OrgType, CellView]]]:
    """Every row with its cells; a statement link only where the viewer may read its page."""
    rows = db.session.scalars(
        select(Responsibility).order_by(Responsibility.position, Responsibility.id)
        .options(selectinload(Responsibility.cells).selectinload(ResponsibilityCell.statement)
                 .selectinload(WikiStatement.page)))
    readable = access.readable_page_ids(viewer)
    result = []
    for row in rows:
        cells = {}
        for cell in row.cells:
            statement = cell.statement
            if statement is not None and (statement.page_id not in readable
                                          or statement.removed_at is not None):
                statement = None
            cells[cell.org_type] = CellView(cell.level, statement)
        result.append((row, cells))
    return result


def statement_options(viewer: User, org_type: OrgType
                      ) -> list[tuple[WikiStatement, Organization]]:
    """Current statements on readable boundary pages of organizations of this type."""
    return [(statement, org) for statement, org in db.session.execute(
        select(WikiStatement, Organization)
        .join(WikiPage, WikiPage.id == WikiStatement.page_id)
        .join(Organization, Organization.id == WikiPage.organization_id)
        .where(WikiPage.kind == PageKind.BOUNDARY, Organization.type == org_type,
               WikiStatement.removed_at.is_(None), access.readable_page_filter(viewer))
        .order_by(Organization.name, WikiStatement.position))]

"""Who does what: rows of responsibilities, cells linking to the statement behind them."""

from __future__ import annotations

import pytest

from forum.accounts.models import OrgType
from forum.db import utcnow
from forum.errors import PermissionDenied, ValidationError
from forum.extensions import db
from forum.wiki import boundaries, matrix, pages
from forum.wiki.models import Level
from tests.unit.wiki.helpers import make_boundary


def row_form(statement_id="", **levels) -> dict:
    form = {"label_sv": "Bedömning av arbetsförmåga", "label_en": "Assessment of work ability"}
    for org_type, level in levels.items():
        form[f"level-{org_type}"] = level
    form["statement-social_insurance"] = str(statement_id)
    return form


def test_a_row_links_each_cell_to_its_statement(kb):
    coord = kb["people"]["coordinator"]
    fk_page = make_boundary(kb["people"]["fk_editor"], kb["orgs"]["fk"])
    statement = boundaries.current_statements(fk_page)[0]
    data = matrix.check_responsibility(coord, None, row_form(
        statement.id, social_insurance="responsible", healthcare="contributes",
        employment_service="not_ours"))
    row = matrix.do_save_responsibility(coord, None, data, utcnow())
    db.session.commit()
    ((shown, cells),) = matrix.matrix(kb["people"]["soc"])
    assert shown.key == "assessment-of-work-ability"
    assert cells[OrgType.SOCIAL_INSURANCE].level == Level.RESPONSIBLE
    assert cells[OrgType.SOCIAL_INSURANCE].statement.id == statement.id
    assert cells[OrgType.HEALTHCARE].statement is None
    assert OrgType.MUNICIPAL_SOCIAL_SERVICES not in cells
    # A removed statement, or a deleted page, leaves the level without a link.
    pages.do_delete_page(kb["people"]["admin"], fk_page)
    db.session.commit()
    db.session.expire_all()
    ((_row, cells),) = matrix.matrix(kb["people"]["soc"])
    assert cells[OrgType.SOCIAL_INSURANCE].statement is None
    assert row.id == _row.id


def test_a_cell_only_links_a_statement_of_that_kind_of_organization(kb):
    af_page = make_boundary(kb["people"]["af_editor"], kb["orgs"]["af"])
    af_statement = boundaries.current_statements(af_page)[0]
    with pytest.raises(ValidationError) as exc:
        matrix.check_responsibility(kb["people"]["coordinator"], None, row_form(
            af_statement.id, social_insurance="responsible"))
    assert "statement-social_insurance" in exc.value.field_errors


def test_bad_rows_and_who_may_change_the_matrix(kb):
    coord = kb["people"]["coordinator"]
    for form in ({"label_sv": ""}, row_form(social_insurance="sometimes")):
        with pytest.raises(ValidationError):
            matrix.check_responsibility(coord, None, form)
    for name in ("fk_editor", "fk", "observer"):
        with pytest.raises(PermissionDenied):
            matrix.check_responsibility(kb["people"][name], None, row_form())
    data = matrix.check_responsibility(coord, None, row_form())
    matrix.do_save_responsibility(coord, None, data, utcnow())
    db.session.commit()
    with pytest.raises(ValidationError):  # the same responsibility twice
        matrix.check_responsibility(coord, None, row_form())

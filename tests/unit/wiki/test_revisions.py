"""History, word-level diffs, restore as a new revision, and edit conflicts."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.db import utcnow
from forum.errors import ValidationError
from forum.extensions import db
from forum.realtime.publish import publish
from forum.text import word_diff
from forum.wiki import pages, queries
from forum.wiki.models import WikiRevision, WikiStatement
from tests.unit.wiki.helpers import (
    STATEMENTS,
    edit_form,
    make_boundary,
    make_page,
    save,
)


def revisions(page) -> int:
    return db.session.scalar(select(func.count()).select_from(WikiRevision)
                             .where(WikiRevision.page_id == page.id))


def test_history_lists_who_when_and_why_newest_first(kb):
    coord, admin = kb["people"]["coordinator"], kb["people"]["admin"]
    page = make_page(coord, "Rutin", "Första.", summary="Start")
    save(admin, page, edit_form(page, body="Andra.", summary="Bättre"))
    rows = queries.history(page)
    assert [(r.number, r.author_id, r.summary) for r in rows] == [
        (2, admin.id, "Bättre"), (1, coord.id, "Start")]


def test_diff_between_any_two_revisions_is_word_level_and_escaped(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rutin", "Vi ringer inom två dagar.")
    save(coord, page, edit_form(page, body="Vi ringer inom <tre> dagar."))
    old, new = sorted(queries.history(page), key=lambda r: r.number)
    old, new = (db.session.get(WikiRevision, r.id) for r in (old, new))
    html = word_diff(pages.revision_text(old), pages.revision_text(new))
    assert "<del>två</del><ins>&lt;tre&gt;</ins>" in html


def test_restore_makes_a_new_revision_with_the_old_text(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rutin", "Original.")
    first_id = page.current_revision_id
    save(coord, page, edit_form(page, title="Rutin v2", body="Förstörd."))
    first = db.session.get(WikiRevision, first_id)
    edit = pages.check_restore(coord, page, first)
    restored = pages.do_restore(coord, page, first, edit, utcnow())
    db.session.commit()
    assert (restored.number, restored.restored_from_id) == (3, first_id)
    assert (page.title, restored.body) == ("Rutin", "Original.")
    assert revisions(page) == 3
    with pytest.raises(ValidationError):
        pages.check_restore(coord, page, restored)


def test_restore_covers_boundary_statements_with_the_same_ids(kb):
    editor, fk = kb["people"]["fk_editor"], kb["orgs"]["fk"]
    page = make_boundary(editor, fk)
    first = page.current_revision_id
    ids = [s["id"] for s in db.session.get(WikiRevision, first).content["statements"]]
    form = edit_form(page, **{"st-0-text": "Ändrad text.", "st-1-remove": "1"})
    save(editor, page, form)
    removed = db.session.get(WikiStatement, ids[1])
    assert removed.removed_at is not None
    old = db.session.get(WikiRevision, first)
    pages.do_restore(editor, page, old, pages.check_restore(editor, page, old), utcnow())
    db.session.commit()
    db.session.expire_all()
    rows = db.session.scalars(select(WikiStatement).where(WikiStatement.page_id == page.id)
                              .order_by(WikiStatement.position)).all()
    assert [(r.id, r.text, r.removed_at) for r in rows] == [
        (ids[0], STATEMENTS[0][1], None), (ids[1], STATEMENTS[1][1], None),
        (ids[2], STATEMENTS[2][1], None)]


def test_an_edit_on_a_stale_revision_is_a_conflict_that_keeps_the_text(kb):
    coord, admin = kb["people"]["coordinator"], kb["people"]["admin"]
    page = make_page(coord, "Rutin", "Bas.")
    mine = edit_form(page, body="Min version.")   # opened before the other save
    save(admin, page, edit_form(page, body="Deras version."))
    with publish.capture() as events, pytest.raises(pages.EditConflict) as exc:
        pages.check_edit_page(coord, page, mine, utcnow())
    assert exc.value.edit.draft.body == "Min version."
    assert exc.value.page.current_revision_id != int(mine["base_revision_id"])
    assert events == [] and revisions(page) == 2
    # Saving again on top of the latest revision (what the conflict form sends) works.
    again = dict(mine, base_revision_id=str(page.current_revision_id))
    assert save(coord, page, again).body == "Min version."


def test_two_saves_from_one_base_cannot_both_win(kb):
    """The compare-and-set in do_save_page, not only the check, refuses the second save."""
    coord, admin = kb["people"]["coordinator"], kb["people"]["admin"]
    page = make_page(coord, "Rutin", "Bas.")
    first = pages.check_edit_page(coord, page, edit_form(page, body="Ett."), utcnow())
    second = pages.check_edit_page(admin, page, edit_form(page, body="Två."), utcnow())
    pages.do_save_page(coord, page, first, utcnow())
    db.session.commit()
    with pytest.raises(pages.EditConflict):
        pages.do_save_page(admin, page, second, utcnow())
    db.session.rollback()
    assert revisions(page) == 2
    assert db.session.get(WikiRevision, page.current_revision_id).body == "Ett."

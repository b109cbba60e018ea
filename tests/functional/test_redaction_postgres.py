"""Redaction on PostgreSQL: an edit masks the history, a hand redaction rewrites a boundary
page's JSON content and statement rows, and the PostgreSQL search backend follows."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db
from forum.indexing import indexer
from forum.searching import service
from forum.wiki import redaction as wiki_redaction
from forum.wiki.models import WikiRevision
from tests.conftest import postgres_app_fixture
from tests.factories import ForumFactory
from tests.functional.test_redaction_posts import NUMBER, edit, leaks, stored_texts, write
from tests.functional.test_redaction_wiki import everything_stored
from tests.unit.wiki.helpers import build_kb, edit_form, make_boundary, save

pg_app = postgres_app_fixture("forum_redact", SEARCH_BACKEND="postgres")


def test_posts_and_boundary_pages_on_postgres(pg_app):
    forum = ForumFactory()
    world = build_kb(forum)
    fk, reader, editor = (world["people"][k] for k in ("fk", "af", "fk_editor"))
    thread = forum.thread(forum.space("allmant", "all"), fk, "Öppen tråd")
    post = write(thread, fk, f"Ärendet gäller {NUMBER} hos oss.")
    indexer.drain_all(indexer.backend())
    # PostgreSQL's parser finds the number by its date part (the whole "yymmdd-nnnn" is not a
    # query it matches, with or without the data): that is what must stop finding it.
    assert service.search(reader, NUMBER[:6], service.Filters()).result.total == 1
    edit(fk, post, "Ärendet gäller klienten hos oss.")
    assert not any(leaks(text) for text in stored_texts(post))

    page = make_boundary(editor, world["orgs"]["fk"], mandate="Vi hjälper Kvarnsjöberg.")
    save(editor, page, edit_form(page, mandate="Vi hjälper Kvarnsjöberg och andra."))
    first = db.session.scalar(select(WikiRevision).where(WikiRevision.page_id == page.id,
                                                         WikiRevision.number == 1))
    indexer.drain_all(indexer.backend())
    assert service.search(reader, "Kvarnsjöberg", service.Filters()).result.total == 1
    plan = wiki_redaction.check_redact_revision(editor, page, first, "Kvarnsjöberg", True)
    assert wiki_redaction.do_redact_revision(editor, page, plan) == 2
    db.session.commit()
    assert "Kvarnsjöberg" not in everything_stored(page.id)
    indexer.drain_all(indexer.backend())
    assert service.search(reader, "Kvarnsjöberg", service.Filters()).result.total == 0
    assert service.search(reader, NUMBER[:6], service.Filters()).result.total == 0

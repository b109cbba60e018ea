"""The same search service on the scaled setup: PostgreSQL for data and full-text search."""

from __future__ import annotations

from forum.indexing import indexer
from forum.searching import service
from tests.conftest import postgres_app_fixture
from tests.factories import ForumFactory

pg_app = postgres_app_fixture("forum_search", SEARCH_BACKEND="postgres")


def test_postgres_search_end_to_end(pg_app):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    insider, outsider = f.user(fk, username="fia"), f.user(af, username="anna")
    open_space = f.space("allmant", "all")
    secret_space = f.space("fk-internt", "org", org=fk)
    f.thread(open_space, outsider, "Sjukskrivningar och arbetsförmåga",
             body="Hur bedöms arbetsförmågan vid dag 180?")
    f.thread(secret_space, insider, "Internt om sjukskrivningen", body="Prioriteringar")
    assert indexer.drain_all(indexer.backend()) == 2
    visible = service.search(outsider, "sjukskrivning", service.Filters())
    assert {h.title for h in visible.hits} == {"Sjukskrivningar och arbetsförmåga"}
    assert visible.result.total == 1
    assert service.search(outsider, "prioriteringar", service.Filters()).result.total == 0
    both = service.search(insider, "sjukskrivning", service.Filters())
    assert both.result.total == 2
    assert "<mark>" in both.hits[0].snippet_html + both.hits[0].title_html

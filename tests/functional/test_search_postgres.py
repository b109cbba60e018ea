"""The same search service on the scaled setup: PostgreSQL for data and full-text search."""

from __future__ import annotations

import uuid

import pytest
from flask_migrate import upgrade
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from forum import create_app
from forum.extensions import db
from forum.searching import indexer, service
from tests.conftest import service_url
from tests.factories import ForumFactory


@pytest.fixture
def pg_app(tmp_path):
    base = make_url(service_url("FORUM_TEST_POSTGRES_URL", "PostgreSQL"))
    name = f"forum_search_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    app = create_app({"INSTANCE_PATH": str(tmp_path), "TESTING": True,
                      "SQLALCHEMY_DATABASE_URI": base.set(database=name).render_as_string(
                          hide_password=False), "SEARCH_BACKEND": "postgres"})
    try:
        with app.app_context():
            upgrade()
            yield app
            db.session.remove()
            db.engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


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

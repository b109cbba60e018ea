"""PostgreSQL going away and coming back (docs/deploy.md): while the forum's database takes
no connections, a page answers 503 with Retry-After and a JSON request a 503 error body,
never a 500 with a stack; once it takes connections again the next request works, without a
restart. The outage is real: the database refuses new connections and its sessions are
ended, as when the server restarts."""

from __future__ import annotations

from sqlalchemy import create_engine, make_url, text

from forum.extensions import db
from tests.conftest import FormClient, postgres_app_fixture, service_url
from tests.factories import ForumFactory

pg_app = postgres_app_fixture("forum_db_outage")
#: English, or Swedish once the catalog is compiled (`make translations`).
MESSAGES = ("The database cannot be reached just now", "Databasen går inte att nå just nu")


def says_unreachable(text: str) -> bool:
    return any(message in text for message in MESSAGES)


def set_reachable(app, reachable: bool) -> None:
    set_database_reachable(app.config["SQLALCHEMY_DATABASE_URI"], reachable)


def set_database_reachable(url: str, reachable: bool) -> None:
    """Make one test database refuse (and end) connections, or take them again."""
    name = make_url(url).database
    admin = create_engine(service_url("FORUM_TEST_POSTGRES_URL", "PostgreSQL"),
                          isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(
                f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(reachable).lower()}')
            if not reachable:
                connection.execute(text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
    finally:
        admin.dispose()


def test_requests_during_a_database_outage_get_503_and_work_again_after(pg_app):
    f = ForumFactory()
    reader = f.user(f.org("Arbetsförmedlingen", handle="af"), username="anna")
    thread = f.thread(f.space("allmant", "all"), reader, "Öppen tråd")
    db.session.commit()
    client = FormClient(pg_app.test_client())
    client.login(reader)
    api = f"/api/v1/threads/{thread.id}/posts?after=0"
    assert client.get(api).status_code == 200
    db.session.remove()

    set_reachable(pg_app, False)
    try:
        page = client.get(f"/t/{thread.id}")
        assert page.status_code == 503 and page.headers["Retry-After"] == "5"
        assert says_unreachable(page.get_data(as_text=True))
        assert "Traceback" not in page.get_data(as_text=True)
        answer = client.get(api)
        assert answer.status_code == 503
        assert answer.get_json()["code"] == "unavailable"
        assert says_unreachable(answer.get_json()["error"])
        assert client.get("/healthz").status_code == 503  # out of the load balancer's pool
    finally:
        set_reachable(pg_app, True)

    assert client.get(f"/t/{thread.id}").status_code == 200  # no restart needed
    assert client.get(api).status_code == 200

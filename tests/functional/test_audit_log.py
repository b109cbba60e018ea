"""The audit log page: readable descriptions, filters (with bad input), pages, links only to
what the admin may see, and a CSV export that is itself recorded and defuses formulas."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from forum.audit.models import AuditEntry, record
from forum.db import utcnow
from forum.extensions import db
from tests.factories import ForumFactory


@pytest.fixture
def log(app):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    admin = f.admin(af, username="ada", display_name="Ada Admin", language="en")
    fk_person = f.user(fk, username="fia", display_name="Fia FK", language="en")
    fk_space = f.space("fk-internt", "org", org=fk)
    secret = f.thread(fk_space, fk_person, "FK intern", body="Internt")
    open_thread = f.thread(f.space("allmant", "all"), fk_person, "Öppen", body="Hej")
    old = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    record(admin, "roles_set", "user", fk_person.id, roles=["member"]).created_at = old
    record(fk_person, "password_changed", "user", fk_person.id)
    record(fk_person, "post_deleted_by_moderator", "post", secret.id)  # a post id
    record(admin, "post_restored", "post", open_thread.id)
    record(fk_person, "invitation_created", "invitation", 1, email="=cmd|'/c calc'!A1")
    record(None, "someone.elses_new_code", "gizmo", None)
    db.session.commit()
    return {"admin": admin, "fk_person": fk_person, "fk": fk, "af": af}


def page(client, **args):
    return client.get("/admin/audit", query_string=args)


def rows(client, **args) -> str:
    """The table's body only (the filter's choices name every kind too)."""
    html = page(client, **args).get_data(as_text=True)
    return html[html.index("<tbody>"):html.index("</tbody>")]


def test_the_log_reads_as_sentences_with_links_only_to_what_the_admin_may_see(client, log):
    client.login(log["admin"])
    html = rows(client)
    assert "Roles changed" in html and "Password changed" in html
    assert "Someone elses new code" in html  # an unknown code, readable
    assert f'href="/people/{log["fk_person"].id}"' in html
    assert 'href="/t/2#post-1"' in html  # the open thread's first post (id 2)
    assert 'href="/t/1#post-1"' not in html  # in FK's private space: no link for an AF admin


def test_filters_by_person_kind_period_and_organization(client, log):
    client.login(log["admin"])
    fk_person, admin = log["fk_person"], log["admin"]
    only_fia = rows(client, actor=fk_person.id)
    assert "Password changed" in only_fia and "Roles changed" not in only_fia
    by_kind = rows(client, kind="roles_set")
    assert "Roles changed" in by_kind and "Password changed" not in by_kind
    march = rows(client, **{"from": "2026-03-10", "to": "2026-03-10"})
    assert "Roles changed" in march and "Password changed" not in march
    by_org = rows(client, organization=log["af"].id)
    assert "Roles changed" in by_org and "Password changed" not in by_org
    assert admin.id != fk_person.id


@pytest.mark.parametrize("args, field", [
    ({"from": "2026-05-02", "to": "2026-05-01"}, "to"),
    ({"from": "yesterday"}, "from"),
    ({"to": "2026-13-40"}, "to"),
    ({"actor": "abc"}, "actor"),
    ({"actor": "999999"}, "actor"),
    ({"organization": "-1"}, "organization"),
    ({"kind": "x" * 200}, "kind"),
])
def test_bad_filters_get_a_message(client, log, args, field):
    client.login(log["admin"])
    response = page(client, **args)
    assert response.status_code == 400
    assert f'<p class="error" id="e-{field}">' in response.get_data(as_text=True)
    export = client.get("/admin/audit/export.csv", query_string=args)
    assert export.status_code == 302
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "audit.export")) \
        is None


def test_reversed_dates_say_so(client, log):
    client.login(log["admin"])
    html = page(client, **{"from": "2026-05-02", "to": "2026-05-01"}).get_data(as_text=True)
    assert "ends before it starts" in html


def test_pages_of_fifty(client, log):
    for n in range(60):
        record(log["admin"], "space_saved", "space", n, visibility="all").created_at = \
            utcnow() - timedelta(minutes=n)
    db.session.commit()
    client.login(log["admin"])
    first = page(client).get_data(as_text=True)
    assert "Page 1 of 2" in first and 'rel="next"' in first
    assert "Page 2 of 2" in page(client, page=2).get_data(as_text=True)
    assert "Roles changed" in rows(client, page=2) and "Roles changed" not in rows(client)
    assert page(client, page=99).status_code == 200 and page(client, page="x").status_code == 200


def test_export_is_csv_filtered_defused_and_recorded(client, log):
    client.login(log["admin"])
    response = client.get("/admin/audit/export.csv", query_string={"kind": "invitation_created"})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0][:3] == ["id", "time_utc", "actor_id"] and len(rows) == 2
    assert rows[1][5] == "invitation_created" and rows[1][6] == "Invitation sent"
    assert '"email": "=cmd' in rows[1][9]  # inside JSON, not at the cell's start
    exported = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "audit.export"))
    assert exported.actor_id == log["admin"].id
    assert exported.details == {"rows": 1, "kind": "invitation_created"}


def test_formula_names_are_defused_in_the_export(client, log):
    log["fk_person"].display_name = "=1+2"
    db.session.commit()
    client.login(log["admin"])
    rows = list(csv.reader(io.StringIO(client.get("/admin/audit/export.csv").get_data(
        as_text=True))))
    assert "'=1+2" in [row[3] for row in rows] and "=1+2" not in [row[3] for row in rows]


def test_only_admins_read_or_export_the_log(client, log):
    client.login(log["fk_person"])
    assert page(client).status_code == 403
    assert client.get("/admin/audit/export.csv").status_code == 403

"""Export and erasure on PostgreSQL with its search backend: the ZIP kept in a bytea column,
the JSON audit details searched as text, the name gone from the PostgreSQL index."""

from __future__ import annotations

import io
import json
import zipfile

from sqlalchemy import select

from forum.audit.models import AuditEntry
from forum.extensions import db
from forum.indexing import indexer
from forum.mydata import exports
from forum.mydata.models import DataExport
from forum.searching import service
from tests.conftest import FormClient, postgres_app_fixture
from tests.functional.test_mydata_erasure import NAME, assert_no_trace, build_world

pg_app = postgres_app_fixture("forum_mydata", SEARCH_BACKEND="postgres")


def test_export_and_erasure_on_postgres(pg_app, monkeypatch):
    world = build_world()
    anna, admin = world["anna"], world["admin"]
    member, admin_client = FormClient(pg_app.test_client()), FormClient(pg_app.test_client())
    member.login(anna)
    started = []
    monkeypatch.setattr(exports, "start_build", lambda app, export_id: started.append(export_id))
    member.post_form("/settings/data/export", token_page="/settings/data")
    assert exports.build(started[0])
    download = member.get(f"/settings/data/export/{started[0]}/download")
    with zipfile.ZipFile(io.BytesIO(download.data)) as archive:
        assert json.loads(archive.read("json/profile.json"))["display_name"] == NAME

    assert service.search(world["fia"], "Lindqvist", service.Filters()).hits
    admin_client.login(admin)
    url = f"/admin/users/{anna.id}/erase"
    assert admin_client.post_form(url, {"confirm_name": NAME},
                                  token_page=url).status_code == 302
    indexer.drain_all(indexer.backend())
    assert service.search(world["fia"], "Lindqvist", service.Filters()).hits == []
    assert_no_trace(json.dumps([e.details for e in db.session.scalars(select(AuditEntry))],
                               ensure_ascii=False))
    assert db.session.scalars(select(DataExport)).all() == []  # her exports went with her
    assert member.get("/settings/data").status_code == 302  # logged out

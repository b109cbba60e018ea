"""A member's data export: every category, valid JSON, readable Markdown, nothing of anyone
else's private data, only the owner downloads, the link expires after a day, progress."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.accounts.models import Role, UserRole
from forum.audit.models import AuditEntry
from forum.db import utcnow
from forum.discussions import actions, state_actions
from forum.extensions import db
from forum.mydata import exports
from forum.mydata.collect import CATEGORIES
from forum.mydata.models import DataExport, ExportStatus
from forum.pbl import journal
from forum.wiki import pages
from tests.factories import ForumFactory
from tests.pbl_fixtures import build_pbl
from tests.polling import wait_until


@pytest.fixture
def world(app):
    world = build_pbl()
    people, group = world["people"], world["group"]
    anna, fia = people["af"], people["fk"]
    anna.language = "en"  # the messages asserted below are the English ones
    f = ForumFactory()
    space = f.space("allmant", "all", name="Allmänt")
    thread = f.thread(space, fia, "Fias fråga om dag 180", body="Fias egen text i tråden.")
    post = f.post(thread, anna, "Annas första version")
    actions.do_edit_post(anna, post, actions.check_edit_post(anna, post, "Annas andra version"),
                         utcnow())
    state_actions.do_toggle_reaction(anna, post, "heart")
    # A post in an organization space Anna cannot read (another organization's).
    fk_space = f.space("fk-internt", "org", org=fia.organization, name="FK internt")
    hidden = f.thread(fk_space, fia, "FK:s hemliga rubrik", body="Hemligt för andra.")
    db.session.add(UserRole(user_id=anna.id, role=Role.COORDINATOR))
    db.session.commit()
    hidden_post = f.post(hidden, fia, "placeholder")
    hidden_post.author_id = anna.id  # as if she wrote it before she changed organization
    hidden_post.source = "Annas text i ett rum hon inte längre läser"
    for author, body in ((anna, "Annas privata reflektion"), (fia, "Fias privata reflektion")):
        text, session = journal.check_entry(author, group, body, None)
        journal.do_create_entry(author, group, text, session, False, utcnow())
    new = pages.check_new_page(anna, {"kind": "page", "organization_id": "",
                                      "title": "Annas guide", "body": "Så gör vi.",
                                      "summary": "Första"}, utcnow())
    pages.do_create_page(anna, new, utcnow())
    db.session.commit()
    return {**world, "anna": anna, "fia": fia}


def unzip(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def request_and_build(client, monkeypatch) -> DataExport:
    started = []
    monkeypatch.setattr(exports, "start_build", lambda app, export_id: started.append(export_id))
    response = client.post_form("/settings/data/export", token_page="/settings/data")
    assert response.status_code == 302 and len(started) == 1
    assert exports.build(started[0])
    return db.session.get(DataExport, started[0])


def test_export_holds_every_category_and_nothing_of_others(client, world, monkeypatch):
    client.login(world["anna"])
    export = request_and_build(client, monkeypatch)
    files = unzip(export.data)
    for name, _collect in CATEGORIES:
        assert f"json/{name}.json" in files and f"{name}.md" in files
        json.loads(files[f"json/{name}.json"])  # valid JSON
        assert files[f"{name}.md"].startswith("# ")
    data = {name: json.loads(files[f"json/{name}.json"]) for name, _c in CATEGORIES}
    assert data["profile"]["email"] == world["anna"].email
    mine = {p["source"]: p for p in data["posts"]}
    assert mine["Annas andra version"]["history"][0]["source"] == "Annas första version"
    # Her own text from a space she can no longer read is hers; its title is not.
    hidden = mine["Annas text i ett rum hon inte längre läser"]
    assert hidden["thread_title"] is None
    assert mine["Annas andra version"]["thread_title"] == "Fias fråga om dag 180"
    assert [j["body"] for j in data["journal"]] == ["Annas privata reflektion"]
    assert [p["title"] for p in data["pages"]] == ["Annas guide"]
    assert [r["kind"] for r in data["reactions"]] == ["heart"]
    assert data["sessions"] and "token" not in json.dumps(data["sessions"])
    assert data["preferences"]["language"] == world["anna"].language
    everything = "\n".join(files.values())
    for secret in ("Fias privata reflektion", "FK:s hemliga rubrik", "Fias egen text",
                   "Hemligt för andra"):
        assert secret not in everything
    assert "## history" in files["posts.md"] and "Annas första version" in files["posts.md"]
    assert "[Posts (with their edit history)](posts.md)" in files["README.md"]


def test_only_the_owner_downloads_and_it_is_audited(client, other_client, world, monkeypatch):
    client.login(world["anna"])
    export = request_and_build(client, monkeypatch)
    url = f"/settings/data/export/{export.id}/download"
    other_client.login(world["fia"])
    assert other_client.get(url).status_code == 404
    admin = world["people"]["admin"]
    admin_client = type(client)(client.application.test_client())
    admin_client.login(admin)
    assert admin_client.get(url).status_code == 404
    assert other_client.get("/settings/data").get_data(as_text=True).count("download") == 0
    response = client.get(url)
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert response.headers["Cache-Control"] == "no-store"
    assert "README.md" in unzip(response.data)
    actions_logged = list(db.session.scalars(select(AuditEntry.action).where(
        AuditEntry.actor_id == world["anna"].id, AuditEntry.action.like("export.%"))
        .order_by(AuditEntry.id)))
    assert actions_logged == ["export.request", "export.download"]


def test_link_expires_after_a_day_and_the_file_is_deleted(client, world, monkeypatch):
    client.login(world["anna"])
    export = request_and_build(client, monkeypatch)
    export.expires_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    response = client.get(f"/settings/data/export/{export.id}/download")
    assert response.status_code == 410
    assert "expired" in response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(DataExport, export.id).data is None
    assert "has expired" in client.get("/settings/data").get_data(as_text=True)


def test_progress_states_and_one_build_at_a_time(client, world, monkeypatch):
    client.login(world["anna"])
    started = []
    monkeypatch.setattr(exports, "start_build", lambda app, export_id: started.append(export_id))
    client.post_form("/settings/data/export", token_page="/settings/data")
    page = client.get("/settings/data").get_data(as_text=True)
    assert '<progress max="100" value="0"' in page and 'http-equiv="refresh"' in page
    again = client.post_form("/settings/data/export", token_page="/settings/data",
                             follow_redirects=True)
    assert "already being prepared" in again.get_data(as_text=True) and len(started) == 1
    seen = []
    monkeypatch.setattr(exports, "_progress", lambda export, percent: seen.append(percent))
    assert exports.build(started[0]) and not exports.build(started[0])  # claimed once
    assert seen == sorted(seen) and len(seen) == len(CATEGORIES) and seen[-1] < 100
    page = client.get("/settings/data").get_data(as_text=True)
    assert "<progress" not in page and "Download the ZIP file" in page


def test_an_abandoned_build_can_be_asked_for_again(client, world, monkeypatch):
    client.login(world["anna"])
    monkeypatch.setattr(exports, "start_build", lambda app, export_id: None)
    client.post_form("/settings/data/export", token_page="/settings/data")
    stuck = exports.latest_export(world["anna"])
    stuck.updated_at = utcnow() - exports.STALE_AFTER - timedelta(seconds=1)
    db.session.commit()
    assert "could not be finished" in client.get("/settings/data").get_data(as_text=True)
    client.post_form("/settings/data/export", token_page="/settings/data")
    db.session.expire_all()
    assert db.session.get(DataExport, stuck.id).status == ExportStatus.FAILED
    assert exports.latest_export(world["anna"]).status == ExportStatus.QUEUED


def test_the_build_runs_in_the_background_thread(client, world):
    client.login(world["anna"])
    client.post_form("/settings/data/export", token_page="/settings/data")

    def done() -> bool:
        db.session.expire_all()
        return exports.latest_export(world["anna"]).status == ExportStatus.DONE

    assert wait_until(done, 20)
    assert "Download the ZIP file" in client.get("/settings/data").get_data(as_text=True)


def test_the_pages_speak_swedish(client, world, monkeypatch):
    fia = world["fia"]  # language sv
    client.login(fia)
    assert "Ladda ner mina uppgifter" in client.get("/settings").get_data(as_text=True)
    monkeypatch.setattr(exports, "start_build", lambda app, export_id: None)
    client.post_form("/settings/data/export", token_page="/settings/data")
    page = client.get("/settings/data").get_data(as_text=True)
    assert "Din export förbereds (0 %)" in page


def test_the_collaboration_markers_are_the_members_own(client, world, monkeypatch):
    """The rollups' rows about one person (monthly markers, reads) are in their export, and
    another person's never are."""
    from forum.discussions.models import Thread
    from forum.rollups.models import InsightPerson, InsightSeen
    from tests.unit.insights.jobs import run_rollup_job

    anna, fia = world["anna"], world["fia"]
    threads = {t.title: t for t in db.session.scalars(select(Thread))}
    mine, theirs = threads["Fias fråga om dag 180"], threads["FK:s hemliga rubrik"]
    state_actions.do_mark_read(anna, mine, mine.last_seq, utcnow())
    state_actions.do_mark_read(fia, theirs, theirs.last_seq, utcnow())
    db.session.commit()
    run_rollup_job()  # the worker's count of the world's posts (pending until then)
    client.login(anna)
    data = json.loads(unzip(request_and_build(client, monkeypatch).data)[
        "json/collaboration.json"])
    month = f"{utcnow():%Y-%m}"
    kinds = {(m["kind"], m["organization"], m["month"]) for m in data["monthly_markers"]}
    assert {("active", "Arbetsförmedlingen", month), ("posts", "Arbetsförmedlingen", month)
            } <= kinds
    assert ("replied_to", "Försäkringskassan") in {
        (m["kind"], m["replied_to_organization"]) for m in data["monthly_markers"]}
    assert len(data["monthly_markers"]) == db.session.scalar(select(func.count()).select_from(
        InsightPerson).where(InsightPerson.user_id == anna.id))
    assert [(r["kind"], r["object_id"]) for r in data["reads_and_reviews"]] == [
        ("thread", mine.id)]
    # Fia's rows (her organization, her read of a thread Anna cannot see) are not there.
    assert db.session.scalar(select(func.count()).select_from(InsightSeen).where(
        InsightSeen.user_id == fia.id, InsightSeen.object_id == theirs.id)) == 1
    assert "Försäkringskassan" not in {m["organization"] for m in data["monthly_markers"]}
    assert theirs.id not in {r["object_id"] for r in data["reads_and_reviews"]}

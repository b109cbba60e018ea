"""The admin's queue page (retry: POST, CSRF, audited), .eml files without SMTP, e-mail
settings, and the one-click unsubscribe (RFC 8058) with bad, expired and replayed tokens."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import select

from forum.audit.models import AuditEntry
from forum.email import preferences, queue, tokens, worker
from forum.email.models import BouncingAddress, MailMessage, MailPreference, MailStatus
from forum.extensions import db
from tests.conftest import FormClient


def test_without_smtp_mail_becomes_eml_files_listed_for_admins(app, client, world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Filer")
    forum.post(thread, people["af"], "Hej @fk.person")
    assert worker.send_due(app)["sent"] == 1
    files = sorted(Path(app.config["MAIL_DIR"]).glob("*.eml"))
    assert len(files) == 1 and b"Filer" in files[0].read_bytes()
    client.login(people["admin"])
    page = client.get("/admin/mail").get_data(as_text=True)
    assert files[0].name in page and ".eml" in page
    shown = client.get(f"/admin/mail/files/{files[0].name}")
    assert shown.status_code == 200 and shown.mimetype == "text/plain"
    assert client.get("/admin/mail/files/..%2Fforum.db").status_code == 404
    assert client.get("/admin/mail/files/00000999.eml").status_code == 404


def test_the_queue_is_for_admins_only(client, world):
    client.login(world["people"]["moderator"])
    assert client.get("/admin/mail").status_code == 403


def test_admin_retries_a_bouncing_mail_audited(app, client, world):
    row = queue.enqueue(to="gone@example.org", kind="test", subject="s", text="t")
    row.status, row.last_error = MailStatus.BOUNCING, "550 No such mailbox"
    db.session.add(BouncingAddress(address="gone@example.org", reason="550"))
    db.session.commit()
    admin = world["people"]["admin"]
    client.login(admin)
    assert client.post(f"/admin/mail/{row.id}/retry").status_code == 400  # no CSRF token
    response = client.post_form(f"/admin/mail/{row.id}/retry", token_page="/admin/mail")
    assert response.status_code == 303
    db.session.refresh(row)
    assert row.status is MailStatus.WAITING and row.attempts == 0
    assert db.session.get(BouncingAddress, "gone@example.org") is None
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "mail.retry"))
    assert entry.actor_id == admin.id and entry.target_id == row.id
    again = client.post_form(f"/admin/mail/{row.id}/retry", token_page="/admin/mail")
    assert again.status_code == 303  # a waiting mail cannot be retried: a message, no change
    assert len(db.session.scalars(select(AuditEntry).where(
        AuditEntry.action == "mail.retry")).all()) == 1
    assert client.post_form("/admin/mail/999999/retry",
                            token_page="/admin/mail").status_code == 404


def test_settings_page_saves_and_refuses_unknown_values(client, world):
    person = world["people"]["fk"]
    client.login(person)
    page = client.get("/settings/email").get_data(as_text=True)
    assert "E-postinställningar" in page and "Direkt" in page
    form = dict.fromkeys(preferences.KINDS, "never") | {"digest": "weekly"}
    bad = client.post_form("/settings/email", form | {"mention": "hourly"},
                           token_page="/settings/email")
    assert bad.status_code == 400
    assert db.session.scalars(select(MailPreference)).all() == []
    assert client.post_form("/settings/email", form,
                            token_page="/settings/email").status_code == 303
    modes = preferences.modes_for({person.id})[person.id]
    assert modes["mention"] == "never" and modes["digest"] == "weekly"


def test_a_turned_off_kind_queues_no_mail(app, world, forum):
    people = world["people"]
    preferences.do_set(people["fk"].id, {"mention": "never"})
    db.session.commit()
    thread = forum.thread(world["spaces"]["open"], people["af"], "Tyst")
    forum.post(thread, people["af"], "Hej @fk.person")
    assert worker.send_due(app)["not_wanted"] == 1  # the worker reads the preference
    assert db.session.scalars(select(MailMessage).where(
        MailMessage.user_id == people["fk"].id)).all() == []


def test_one_click_unsubscribe_without_login(app, world):
    person = world["people"]["fk"]
    token = tokens.make("unsubscribe", person.id, {"kinds": ["mention"]})
    anonymous = FormClient(app.test_client())
    confirm = anonymous.get(f"/email/unsubscribe/{token}")
    assert confirm.status_code == 200 and "Sluta få dessa e-brev" in confirm.get_data(
        as_text=True)
    assert preferences.mode(person.id, "mention") == "immediately"  # GET changes nothing
    done = anonymous.post(f"/email/unsubscribe/{token}",
                          data={"List-Unsubscribe": "One-Click"})  # no session, no CSRF
    assert done.status_code == 200
    assert preferences.mode(person.id, "mention") == "never"
    preferences.do_set(person.id, {"mention": "immediately"})
    db.session.commit()
    replay = anonymous.post(f"/email/unsubscribe/{token}")
    assert replay.status_code == 400 and "redan använts" in replay.get_data(as_text=True)
    assert preferences.mode(person.id, "mention") == "immediately"


def test_tampered_and_expired_tokens_change_nothing(app, world, monkeypatch):
    person = world["people"]["fk"]
    anonymous = FormClient(app.test_client())
    token = tokens.make("unsubscribe", person.id, {"kinds": ["mention"]})
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    other_purpose = tokens.make("reply", person.id, {"kinds": ["mention"]})
    for bad in (tampered, other_purpose, "nonsense"):
        response = anonymous.post(f"/email/unsubscribe/{bad}")
        assert response.status_code == 400
        assert "inte giltig" in response.get_data(as_text=True)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 91 * 24 * 3600)
    expired = anonymous.post(f"/email/unsubscribe/{token}")
    assert expired.status_code == 400 and "gått ut" in expired.get_data(as_text=True)
    assert preferences.mode(person.id, "mention") == "immediately"

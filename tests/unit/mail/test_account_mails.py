"""Invitations and password resets go out through the queue (the copy-link stays for the
admin), in one transaction with what they are about."""

from __future__ import annotations

import email
import re
from email.policy import default as default_policy
from pathlib import Path

from sqlalchemy import func, select

from forum.accounts.models import Invitation
from forum.email import transport, worker
from forum.email.models import MailMessage
from forum.extensions import db


def test_an_invitation_is_emailed_and_the_link_still_shown(app, client, world):
    client.login(world["people"]["admin"])
    response = client.post_form("/admin/invitations", {
        "email": "ny@example.org", "organization_id": str(world["orgs"]["af"].id),
        "roles": "member"}, token_page="/admin/invitations")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    shown = re.search(r'value="(http://localhost/invitation/[^"]+)"', page).group(1)
    assert "skickats med e-post" in page
    assert worker.send_due(app)["sent"] == 1
    (eml,) = Path(app.config["MAIL_DIR"]).glob("*.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=default_policy)
    assert message["To"] == "ny@example.org"
    assert message["Subject"] == "Du är inbjuden till forumet"
    assert shown in message.get_content()


def test_a_refused_invitation_queues_nothing(client, world):
    client.login(world["people"]["admin"])
    response = client.post_form("/admin/invitations", {
        "email": "not an address", "organization_id": "", "roles": "member"},
        token_page="/admin/invitations")
    assert response.status_code == 400
    assert db.session.scalar(select(func.count()).select_from(Invitation)) == 0
    assert db.session.scalar(select(func.count()).select_from(MailMessage)) == 0


def test_serve_says_where_email_goes(app):
    assert ".eml" in transport.describe(app.config)
    assert app.config["MAIL_DIR"] in transport.describe(app.config)
    smtp = dict(app.config, SMTP_HOST="mail.example.org", SMTP_PORT=587)
    assert "mail.example.org:587" in transport.describe(smtp)

"""Outgoing e-mail: SMTP when configured, otherwise the server log (for the admin to pass on)."""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from flask import current_app

log = logging.getLogger("forum.mail")


def send_mail(to: str, subject: str, body: str) -> None:
    config = current_app.config
    if not config.get("SMTP_HOST"):
        # By design when no SMTP server is set: the admin reads the link here and passes it on.
        log.warning("E-mail not sent (no FORUM_SMTP_HOST). To: %s | Subject: %s\n%s",
                    to, subject, body)
        return
    message = EmailMessage()
    message["From"] = config["MAIL_FROM"]
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(config["SMTP_HOST"], config["SMTP_PORT"], timeout=15) as smtp:
        if config["SMTP_STARTTLS"]:
            smtp.starttls()
        if config["SMTP_USER"]:
            smtp.login(config["SMTP_USER"], config["SMTP_PASSWORD"])
        smtp.send_message(message)

"""The e-mails of accounts (password reset, invitation, password-guessing warning), queued
in the caller's transaction (forum.email.queue, reached through the slot in
forum.accounts.hooks) and sent by the worker after the commit."""

from __future__ import annotations

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _

from forum.accounts import hooks


def _language(user=None) -> str:
    return (user.language if user is not None and user.language
            else current_app.config["DEFAULT_LANGUAGE"])


def queue_password_reset(reset, link: str) -> None:
    user = reset.user
    with force_locale(_language(user)):
        hooks.enqueue_mail(to=user.email, user=user, kind="password_reset",
                      subject=_("Reset your password"),
                      text=_("Someone asked to reset your password. If it was you, open this "
                             "link within %(minutes)d minutes:\n\n%(link)s\n\nIf not, ignore "
                             "this message.", minutes=current_app.config["RESET_MINUTES"],
                             link=link))


def queue_invitation(invitation, link: str, inviter) -> None:
    with force_locale(_language()):
        hooks.enqueue_mail(to=invitation.email, kind="invitation",
                      subject=_("You are invited to the forum"),
                      text=_("%(name)s (%(org)s) invites you to the forum of the "
                             "association. Open this link to create your account (valid for "
                             "%(hours)d hours; it works once):\n\n%(link)s\n\nIf you did not "
                             "expect this, ignore this message.",
                             name=inviter.display_name, org=invitation.organization.name,
                             hours=current_app.config["INVITATION_HOURS"], link=link),
                      dedupe_key=f"invitation:{invitation.id}")


def queue_guessing_alert(user, subject: str, body: str) -> None:
    hooks.enqueue_mail(to=user.email, user=user, kind="login_alert", subject=subject, text=body)

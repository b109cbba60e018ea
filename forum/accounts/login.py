"""Flask-Login wiring: a login is a revocable session row, not just a signed user id."""

from __future__ import annotations

from flask_login import LoginManager

from forum.accounts.sessions import load_session_user
from forum.text.i18n import _l


def configure_login(manager: LoginManager) -> None:
    manager.login_view = "accounts.login"
    manager.login_message = _l("Please log in to see this page.")
    manager.login_message_category = "info"
    # "strong" protection would log people out when their address changes (phones on the
    # move); revocable server-side sessions give the protection we need instead.
    manager.session_protection = "basic"
    manager.user_loader(load_session_user)

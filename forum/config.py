"""Settings from FORUM_* environment variables, with defaults for the embedded deployment.

Every setting is one row of SETTINGS: its config key, its variable, its default, how it is
parsed and a one-line description. load_config reads exactly that table, and the README's
settings table is checked against it by a test (names and defaults), so none can drift apart.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent


Default = str | None | Callable[[dict], str | None]


def _text(value: str | None) -> str | None:
    return value


def _flag(value: str | None) -> bool:
    return (value or "").lower() in {"1", "true", "yes", "on"}


def _int(value: str | None) -> int:
    return int(value or "")


def _origins(value: str | None) -> list[str]:
    return [o.strip().rstrip("/") for o in (value or "").split(",") if o.strip()]


@dataclass(frozen=True)
class Setting:
    """One setting: the Flask config key it fills, the environment variable that sets it,
    its default (text as the variable would hold it, None for unset, or a function of the
    settings read before it), how the text becomes the value, and what it does. `shown` is
    the README's default column where the default is worked out, not written."""

    name: str
    env: str
    default: Default
    parse: Callable[[str | None], object]
    help: str
    shown: str | None = None

    @property
    def documented_default(self) -> str:
        if self.shown is not None:
            return self.shown
        return "" if self.default is None else str(self.default)

    def value(self, config: dict) -> object:
        """The environment's text, or the default, parsed (an empty variable is unset)."""
        raw = os.environ.get(self.env)
        if raw in (None, ""):
            raw = self.default(config) if callable(self.default) else self.default
        return self.parse(raw)


def _instance(config: dict) -> str:
    return str(REPO_ROOT / "instance")


def _secret_key(config: dict) -> str:
    """A key generated once and kept in the instance folder (when FORUM_SECRET_KEY is unset)."""
    key_file = Path(config["INSTANCE_PATH"]) / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(48))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _default_origins(config: dict) -> str:
    """The base URL, plus its localhost twin: people type either for a local server."""
    base_url = config["BASE_URL"]
    twins = {base_url}
    for a, b in (("127.0.0.1", "localhost"), ("localhost", "127.0.0.1")):
        if f"//{a}" in base_url:
            twins.add(base_url.replace(f"//{a}", f"//{b}"))
    return ",".join(sorted(twins))


def _https(config: dict) -> str:
    # A public https:// address means a TLS proxy in front: cookies must never go out in clear.
    return "1" if config["BASE_URL"].lower().startswith("https://") else "0"


# In the order they are read: a default worked out from other settings comes after them.
SETTINGS: tuple[Setting, ...] = (
    Setting("INSTANCE_PATH", "FORUM_INSTANCE_PATH", _instance,
            lambda v: str(Path(v).resolve()),
            "Folder for the SQLite file, index, uploads, key.", shown="instance/"),
    Setting("SQLALCHEMY_DATABASE_URI", "FORUM_DATABASE_URL",
            lambda c: f"sqlite:///{c['INSTANCE_PATH']}/forum.db", _text,
            "SQLAlchemy database URL.", shown="sqlite:///<instance>/forum.db"),
    Setting("SECRET_KEY", "FORUM_SECRET_KEY", _secret_key, _text, "Signs sessions.",
            shown="(generated into <instance>/secret_key)"),
    Setting("REDIS_URL", "FORUM_REDIS_URL", None, _text,
            "Redis for fan-out and rate limits.", shown="(unset: in-process)"),
    Setting("SEARCH_BACKEND", "FORUM_SEARCH_BACKEND", "whoosh", _text,
            "`whoosh` (embedded) or `postgres`."),
    Setting("SEARCH_INDEX_DIR", "FORUM_SEARCH_INDEX_DIR",
            lambda c: str(Path(c["INSTANCE_PATH"]) / "search-index"), _text,
            "Whoosh index folder.", shown="<instance>/search-index"),
    Setting("EMBEDDED_INDEXER", "FORUM_EMBEDDED_INDEXER", "1", _flag,
            "1: `forum serve` starts the search indexer as a child process."),
    Setting("ASYNC_MODE", "FORUM_ASYNC_MODE", "threading", _text,
            "`gevent`: gevent's WSGI server; `threading`: Werkzeug's development server "
            "(as `forum serve --dev`, with the reloader).",
            shown="(gevent for forum serve, threading otherwise)"),
    Setting("HOST", "FORUM_HOST", "127.0.0.1", _text, "Address `forum serve` listens on."),
    Setting("PORT", "FORUM_PORT", "5000", _int, "Port `forum serve` listens on."),
    Setting("BASE_URL", "FORUM_BASE_URL", "http://127.0.0.1:5000", lambda v: v.rstrip("/"),
            "Public address, used in e-mailed links; plain HTTP on anything but localhost "
            "gets a warning at start-up."),
    Setting("ALLOWED_ORIGINS", "FORUM_ALLOWED_ORIGINS", _default_origins, _origins,
            "Comma list of Origins allowed to connect.", shown="(the base URL)"),
    Setting("SESSION_COOKIE_SECURE", "FORUM_SECURE_COOKIES", _https, _flag,
            "1: cookies go over HTTPS only; 0: also over plain HTTP.",
            shown="(1 when the base URL is https://)"),
    Setting("DEFAULT_LANGUAGE", "FORUM_DEFAULT_LANGUAGE", "sv", _text,
            "UI language (`sv`/`en`) when neither a choice nor the browser names one (see "
            "Language)."),
    Setting("INVITATION_HOURS", "FORUM_INVITATION_HOURS", "168", _int,
            "How long an invitation link stays valid."),
    Setting("RESET_MINUTES", "FORUM_RESET_MINUTES", "60", _int,
            "How long a password reset link stays valid."),
    Setting("LOGIN_FREE_FAILURES", "FORUM_LOGIN_FREE_FAILURES", "5", _int,
            "Wrong passwords for one account from one address before each next one doubles "
            "the wait (1 s, 2 s, 4 s, ...)."),
    Setting("LOGIN_MAX_DELAY", "FORUM_LOGIN_MAX_DELAY", "900", _int,
            "Longest such wait, in seconds."),
    Setting("LOGIN_ACCOUNT_CEILING", "FORUM_LOGIN_ACCOUNT_CEILING", "100", _int,
            "Wrong passwords for one account per hour from all addresses; past it, addresses "
            "that failed wait out the hour (others, the owner's, still get in)."),
    Setting("LOGIN_ADDRESS_LIMIT", "FORUM_LOGIN_ADDRESS_LIMIT", "30 per minute", _text,
            "Wrong passwords from one address for any accounts (one office shares an address)."),
    Setting("PROXY_COUNT", "FORUM_PROXY_COUNT", "0", _int,
            "Reverse proxies in front that set X-Forwarded-For/-Proto (1 behind nginx)."),
    Setting("RETAIN_SESSIONS_DAYS", "FORUM_RETAIN_SESSIONS_DAYS", "90", _int,
            "Days an ended login session (when, which browser) is kept; 0: forever."),
    Setting("RETAIN_AUDIT_DAYS", "FORUM_RETAIN_AUDIT_DAYS", "730", _int,
            "Days an audit row is kept; 0: forever."),
    Setting("RETAIN_DELETED_DAYS", "FORUM_RETAIN_DELETED_DAYS", "30", _int,
            "Days a deleted post's text and history stay restorable; 0: forever."),
    Setting("SMTP_HOST", "FORUM_SMTP_HOST", None, _text, "SMTP server for e-mail.",
            shown="(unset: .eml files, see FORUM_MAIL_DIR)"),
    Setting("SMTP_PORT", "FORUM_SMTP_PORT", "587", _int, "SMTP port."),
    Setting("SMTP_USER", "FORUM_SMTP_USER", "", _text, "SMTP user name."),
    Setting("SMTP_PASSWORD", "FORUM_SMTP_PASSWORD", "", _text, "SMTP password."),
    Setting("SMTP_STARTTLS", "FORUM_SMTP_STARTTLS", "1", _flag, "1 to use STARTTLS."),
    Setting("MAIL_FROM", "FORUM_MAIL_FROM", "forum@localhost", _text,
            "Sender address of e-mail."),
    Setting("MAIL_FROM_NAME", "FORUM_MAIL_FROM_NAME", "Forum", _text, "Sender name of e-mail."),
    Setting("MAIL_DIR", "FORUM_MAIL_DIR", lambda c: str(Path(c["INSTANCE_PATH"]) / "mail"),
            _text, "Where e-mail is written as .eml files when no SMTP server is set.",
            shown="(instance folder)/mail"),
    Setting("MAIL_DELAY_MINUTES", "FORUM_MAIL_DELAY_MINUTES", "10", float,
            "How long a notification e-mail waits: dropped if the person saw it meanwhile, "
            "merged with the others of that window."),
    Setting("MAIL_RETRY_SECONDS", "FORUM_MAIL_RETRY_SECONDS", "60", float,
            "First wait after a temporary SMTP failure; doubles each time (at most 6 hours)."),
    Setting("MAIL_MAX_ATTEMPTS", "FORUM_MAIL_MAX_ATTEMPTS", "12", _int,
            "Attempts before a mail is marked failed."),
    Setting("MAIL_POLL_SECONDS", "FORUM_MAIL_POLL_SECONDS", "5", float,
            "How often the mail worker looks for due mail."),
    Setting("MAIL_REPLY_ADDRESS", "FORUM_MAIL_REPLY_ADDRESS", "", _text,
            "Address notifications can be answered at; replies go to local+<token>@domain.",
            shown="(unset: no reply by e-mail)"),
    Setting("MAIL_INBOUND_MAX_BYTES", "FORUM_MAIL_INBOUND_MAX_BYTES", "10485760", _int,
            "Largest inbound message taken (larger: 552 over SMTP, skipped over IMAP)."),
    Setting("MAIL_IN_URL", "FORUM_MAIL_IN_URL", "", _text,
            "Where `forum mail-in` hands messages to the running forum.",
            shown="(FORUM_BASE_URL)"),
    Setting("IMAP_HOST", "FORUM_IMAP_HOST", "", _text,
            "IMAP server of the reply mailbox (`forum mail-in imap`)."),
    Setting("IMAP_PORT", "FORUM_IMAP_PORT", "993", _int, "IMAP port."),
    Setting("IMAP_SSL", "FORUM_IMAP_SSL", "1", _flag,
            "1: IMAP over TLS (port 993); 0: plain or STARTTLS."),
    Setting("IMAP_STARTTLS", "FORUM_IMAP_STARTTLS", "1", _flag,
            "With FORUM_IMAP_SSL=0: 1 to use STARTTLS."),
    Setting("IMAP_USER", "FORUM_IMAP_USER", "", _text, "IMAP user name."),
    Setting("IMAP_PASSWORD", "FORUM_IMAP_PASSWORD", "", _text, "IMAP password."),
    Setting("IMAP_MAILBOX", "FORUM_IMAP_MAILBOX", "INBOX", _text,
            "IMAP folder the replies arrive in."),
    Setting("IMAP_POLL_SECONDS", "FORUM_IMAP_POLL_SECONDS", "30", float,
            "How often the IMAP mailbox is read."),
    Setting("EMBEDDED_WORKER", "FORUM_EMBEDDED_WORKER", "1", _flag,
            "1: `forum serve` starts the mail worker as its child; 0: run `forum worker`."),
    Setting("LOG_LEVEL", "FORUM_LOG_LEVEL", "INFO", _text, "Python log level."),
    Setting("INSIGHTS_TIME_UNIT", "FORUM_INSIGHTS_TIME_UNIT", "hours", _text,
            "Unit of waiting times on /insights: `hours` or `workdays` (Swedish holidays)."),
    Setting("INSIGHTS_QUIET_RATIO", "FORUM_INSIGHTS_QUIET_RATIO", "0.5", float,
            "Sign of anomie: an organization's activity in the last 2 months below this share "
            "of its monthly level in the 6 months before."),
    Setting("INSIGHTS_QUIET_MIN", "FORUM_INSIGHTS_QUIET_MIN", "5", _int,
            "Least monthly activity (posts and reads) in those 6 months for that sign."),
    Setting("INSIGHTS_UNANSWERED_DAYS", "FORUM_INSIGHTS_UNANSWERED_DAYS", "30", _int,
            "Sign: nobody from another organization has replied to an organization's threads "
            "for this many days."),
    Setting("INSIGHTS_DEFAULT_PROMISE_DAYS", "FORUM_INSIGHTS_DEFAULT_PROMISE_DAYS", "5", _int,
            "Working days a question may wait when its organization promises no response time."),
    Setting("INSIGHTS_OVERDUE_LISTED", "FORUM_INSIGHTS_OVERDUE_LISTED", "5", _int,
            "Overdue questions named one by one per organization on /insights; the rest are "
            "counted in one sign."),
    Setting("INSIGHTS_REPORT_MAX_AGE", "FORUM_INSIGHTS_REPORT_MAX_AGE", "600", _int,
            "Seconds a kept /insights report may still be shown after the figures changed "
            "(the page says when it is from); 0: only while nothing changed."),
    Setting("INSIGHTS_ATTENDANCE_RATIO", "FORUM_INSIGHTS_ATTENDANCE_RATIO", "0.75", float,
            "Sign: a PBL group's attendance at its last 2 sessions below this share of the "
            "sessions before."),
)


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def public_address_warnings(config: dict) -> list[str]:
    """What is wrong with how the public address and the cookies fit together."""
    base_url = config["BASE_URL"]
    parts = urlsplit(base_url)
    local = (parts.hostname or "") in LOCAL_HOSTS
    warnings = []
    if parts.scheme != "https" and not local:
        warnings.append(f"FORUM_BASE_URL {base_url} is plain HTTP on a public address: "
                        "logins and private posts cross the network unencrypted. Put a TLS "
                        "proxy in front and set an https:// FORUM_BASE_URL.")
    if parts.scheme == "https" and not config["SESSION_COOKIE_SECURE"]:
        warnings.append("FORUM_SECURE_COOKIES=0 with an https:// FORUM_BASE_URL: the login "
                        "cookie may also be sent over plain HTTP.")
    if parts.scheme != "https" and not local and config["SESSION_COOKIE_SECURE"]:
        warnings.append("FORUM_SECURE_COOKIES=1 with a plain-HTTP FORUM_BASE_URL: browsers "
                        "will not send the login cookie, so nobody can stay logged in.")
    return warnings


def load_config(overrides: dict | None = None) -> dict:
    """Build the Flask config mapping from SETTINGS. `overrides` (tests) wins over the
    environment; an overridden INSTANCE_PATH is also what the other defaults are made from."""
    overrides = dict(overrides or {})
    config: dict = {}
    instance = overrides.pop("INSTANCE_PATH", None)
    if instance:
        config["INSTANCE_PATH"] = str(Path(instance).resolve())
    for setting in SETTINGS:
        if setting.name not in config:
            config[setting.name] = setting.value(config)
        if setting.name == "INSTANCE_PATH":
            Path(config["INSTANCE_PATH"]).mkdir(parents=True, exist_ok=True)
    redis_url = config["REDIS_URL"]
    config.update({
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        # Flask-Login's remember-me cookie, should a login ever set one; the CSRF token lives
        # in the session cookie (Flask-WTF), so these two are all the cookies there are.
        "REMEMBER_COOKIE_SECURE": config["SESSION_COOKIE_SECURE"],
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # Extension settings derived from ours.
        "SQLALCHEMY_ENGINE_OPTIONS": {},
        "RATELIMIT_STORAGE_URI": redis_url or "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        # Redis away: count in this process's memory (a warning in the log) rather than answer
        # 500; Flask-Limiter tries Redis again by itself and goes back to it (docs/deploy.md).
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_SWALLOW_ERRORS": True,
        "RATELIMIT_STORAGE_OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2}
        if redis_url else {},
        "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
        "BABEL_DEFAULT_LOCALE": "sv",
        "BABEL_TRANSLATION_DIRECTORIES": str(REPO_ROOT / "forum" / "translations"),
        "MAX_CONTENT_LENGTH": 16 * 1024 * 1024,
        "TESTING": False,
    })
    config.update(overrides)
    return config

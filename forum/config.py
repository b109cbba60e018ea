"""Settings from FORUM_* environment variables, with defaults for the embedded deployment.

Every setting is listed in SETTINGS with its default and a one-line description; the README's
settings table is checked against this list by a test, so the two cannot drift apart.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("FORUM_INSTANCE_PATH", "instance/", "Folder for the SQLite file, index, uploads, key."),
    Setting("FORUM_DATABASE_URL", "sqlite:///<instance>/forum.db", "SQLAlchemy database URL."),
    Setting("FORUM_SECRET_KEY", "(generated into <instance>/secret_key)", "Signs sessions."),
    Setting("FORUM_REDIS_URL", "(unset: in-process)", "Redis for fan-out and rate limits."),
    Setting("FORUM_SEARCH_BACKEND", "whoosh", "`whoosh` (embedded) or `postgres`."),
    Setting("FORUM_SEARCH_INDEX_DIR", "<instance>/search-index", "Whoosh index folder."),
    Setting("FORUM_EMBEDDED_INDEXER", "1",
            "1: `forum serve` starts the search indexer as a child process."),
    Setting("FORUM_ASYNC_MODE", "(gevent for `forum serve`, threading otherwise)",
            "`gevent`: gevent's WSGI server; `threading`: Werkzeug's development server "
            "(as `forum serve --dev`, with the reloader)."),
    Setting("FORUM_HOST", "127.0.0.1", "Address `forum serve` listens on."),
    Setting("FORUM_PORT", "5000", "Port `forum serve` listens on."),
    Setting("FORUM_BASE_URL", "http://127.0.0.1:5000",
            "Public address, used in e-mailed links; plain HTTP on anything but localhost "
            "gets a warning at start-up."),
    Setting("FORUM_ALLOWED_ORIGINS", "(the base URL)", "Comma list of Origins allowed to connect."),
    Setting("FORUM_SECURE_COOKIES", "(1 when the base URL is https://)",
            "1: cookies go over HTTPS only; 0: also over plain HTTP."),
    Setting("FORUM_DEFAULT_LANGUAGE", "sv", "UI language before a user chooses (`sv`/`en`)."),
    Setting("FORUM_INVITATION_HOURS", "168", "How long an invitation link stays valid."),
    Setting("FORUM_RESET_MINUTES", "60", "How long a password reset link stays valid."),
    Setting("FORUM_LOGIN_FREE_FAILURES", "5",
            "Wrong passwords for one account from one address before each next one doubles "
            "the wait (1 s, 2 s, 4 s, ...)."),
    Setting("FORUM_LOGIN_MAX_DELAY", "900", "Longest such wait, in seconds."),
    Setting("FORUM_LOGIN_ACCOUNT_CEILING", "100",
            "Wrong passwords for one account per hour from all addresses; past it, addresses "
            "that failed wait out the hour (others, the owner's, still get in)."),
    Setting("FORUM_LOGIN_ADDRESS_LIMIT", "30 per minute",
            "Wrong passwords from one address for any accounts (one office shares an address)."),
    Setting("FORUM_PROXY_COUNT", "0",
            "Reverse proxies in front that set X-Forwarded-For/-Proto (1 behind nginx)."),
    Setting("FORUM_RETAIN_SESSIONS_DAYS", "90",
            "Days an ended login session (when, which browser) is kept; 0: forever."),
    Setting("FORUM_RETAIN_AUDIT_DAYS", "730", "Days an audit row is kept; 0: forever."),
    Setting("FORUM_RETAIN_DELETED_DAYS", "30",
            "Days a deleted post's text and history stay restorable; 0: forever."),
    Setting("FORUM_SMTP_HOST", "(unset: links go to the log)", "SMTP server for e-mail."),
    Setting("FORUM_SMTP_PORT", "587", "SMTP port."),
    Setting("FORUM_SMTP_USER", "", "SMTP user name."),
    Setting("FORUM_SMTP_PASSWORD", "", "SMTP password."),
    Setting("FORUM_SMTP_STARTTLS", "1", "1 to use STARTTLS."),
    Setting("FORUM_MAIL_FROM", "forum@localhost", "Sender address of e-mail."),
    Setting("FORUM_LOG_LEVEL", "INFO", "Python log level."),
)


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def _flag(name: str, default: bool) -> bool:
    value = _env(name)
    return default if value is None else value.lower() in {"1", "true", "yes", "on"}


def _secret_key(instance: Path) -> str:
    """Use FORUM_SECRET_KEY, or a key generated once and kept in the instance folder."""
    configured = _env("FORUM_SECRET_KEY")
    if configured:
        return configured
    key_file = instance / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(48))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


def _default_origins(base_url: str) -> str:
    """The base URL, plus its localhost twin: people type either for a local server."""
    twins = {base_url}
    for a, b in (("127.0.0.1", "localhost"), ("localhost", "127.0.0.1")):
        if f"//{a}" in base_url:
            twins.add(base_url.replace(f"//{a}", f"//{b}"))
    return ",".join(sorted(twins))


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
    """Build the Flask config mapping. `overrides` (tests) wins over the environment."""
    overrides = dict(overrides or {})
    instance = Path(overrides.pop("INSTANCE_PATH", None) or _env("FORUM_INSTANCE_PATH")
                    or REPO_ROOT / "instance").resolve()
    instance.mkdir(parents=True, exist_ok=True)
    base_url = _env("FORUM_BASE_URL", "http://127.0.0.1:5000")
    origins = _env("FORUM_ALLOWED_ORIGINS", _default_origins(base_url))
    redis_url = _env("FORUM_REDIS_URL")
    # A public https:// address means a TLS proxy in front: cookies must never go out in clear.
    secure_cookies = _flag("FORUM_SECURE_COOKIES", base_url.lower().startswith("https://"))
    config = {
        "INSTANCE_PATH": str(instance),
        "SECRET_KEY": _secret_key(instance),
        "SQLALCHEMY_DATABASE_URI": _env("FORUM_DATABASE_URL", f"sqlite:///{instance}/forum.db"),
        "REDIS_URL": redis_url,
        "SEARCH_BACKEND": _env("FORUM_SEARCH_BACKEND", "whoosh"),
        "SEARCH_INDEX_DIR": _env("FORUM_SEARCH_INDEX_DIR", str(instance / "search-index")),
        "ASYNC_MODE": _env("FORUM_ASYNC_MODE", "threading"),
        "EMBEDDED_INDEXER": _flag("FORUM_EMBEDDED_INDEXER", True),
        "HOST": _env("FORUM_HOST", "127.0.0.1"),
        "PORT": int(_env("FORUM_PORT", "5000")),
        "BASE_URL": base_url.rstrip("/"),
        "ALLOWED_ORIGINS": [o.strip().rstrip("/") for o in origins.split(",") if o.strip()],
        "SESSION_COOKIE_SECURE": secure_cookies,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        # Flask-Login's remember-me cookie, should a login ever set one; the CSRF token lives
        # in the session cookie (Flask-WTF), so these two are all the cookies there are.
        "REMEMBER_COOKIE_SECURE": secure_cookies,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "DEFAULT_LANGUAGE": _env("FORUM_DEFAULT_LANGUAGE", "sv"),
        "INVITATION_HOURS": int(_env("FORUM_INVITATION_HOURS", "168")),
        "RESET_MINUTES": int(_env("FORUM_RESET_MINUTES", "60")),
        "LOGIN_FREE_FAILURES": int(_env("FORUM_LOGIN_FREE_FAILURES", "5")),
        "LOGIN_MAX_DELAY": int(_env("FORUM_LOGIN_MAX_DELAY", "900")),
        "LOGIN_ACCOUNT_CEILING": int(_env("FORUM_LOGIN_ACCOUNT_CEILING", "100")),
        "LOGIN_ADDRESS_LIMIT": _env("FORUM_LOGIN_ADDRESS_LIMIT", "30 per minute"),
        "PROXY_COUNT": int(_env("FORUM_PROXY_COUNT", "0")),
        "RETAIN_SESSIONS_DAYS": int(_env("FORUM_RETAIN_SESSIONS_DAYS", "90")),
        "RETAIN_AUDIT_DAYS": int(_env("FORUM_RETAIN_AUDIT_DAYS", "730")),
        "RETAIN_DELETED_DAYS": int(_env("FORUM_RETAIN_DELETED_DAYS", "30")),
        "SMTP_HOST": _env("FORUM_SMTP_HOST"),
        "SMTP_PORT": int(_env("FORUM_SMTP_PORT", "587")),
        "SMTP_USER": _env("FORUM_SMTP_USER", ""),
        "SMTP_PASSWORD": _env("FORUM_SMTP_PASSWORD", ""),
        "SMTP_STARTTLS": _flag("FORUM_SMTP_STARTTLS", True),
        "MAIL_FROM": _env("FORUM_MAIL_FROM", "forum@localhost"),
        "LOG_LEVEL": _env("FORUM_LOG_LEVEL", "INFO"),
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
    }
    config.update(overrides)
    return config

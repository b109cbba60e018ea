"""Small helpers for thin views."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import request, url_for
from flask_login import current_user


def safe_next(default_endpoint: str = "home.home") -> str:
    """The `next` target if it is a path on this site, else the default page."""
    target = request.values.get("next", "")
    parts = urlsplit(target)
    if target.startswith("/") and not target.startswith("//") and "\\" not in target \
            and not parts.scheme and not parts.netloc:
        return target
    return url_for(default_endpoint)


def form_dict() -> dict:
    """Single-valued form fields as a plain dict (multi-valued ones via request.form.getlist)."""
    return {key: request.form.get(key) for key in request.form}


def user_key() -> str:
    """The rate limiter's key for a member's own limit (the address before login)."""
    return f"user:{current_user.id}" if current_user.is_authenticated else request.remote_addr

"""Security headers on every response. No inline script anywhere: the CSP forbids it."""

from __future__ import annotations

from flask import Flask, Response, request

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

NO_STORE_TYPES = frozenset({"text/html", "application/json"})


def init_app(app: Flask) -> None:
    app.after_request(_headers)


def _headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    if response.mimetype in NO_STORE_TYPES or request.path.startswith("/api/"):
        # Pages and JSON answers show personal and organizational data (private posts among
        # them): never keep them in a browser's or a shared cache.
        response.headers.setdefault("Cache-Control", "no-store")
    return response

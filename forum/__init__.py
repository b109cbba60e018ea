"""A real-time forum and knowledge base for staff of cooperating rehabilitation agencies."""

from __future__ import annotations


def create_app(overrides: dict | None = None):
    """The application factory (imported lazily so `forum serve` can patch for gevent first)."""
    from forum.app import create_app as _create_app

    return _create_app(overrides)


__all__ = ["create_app"]

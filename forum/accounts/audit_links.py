"""A link to an audit row's thing, when it still exists and the viewer may see it: each
kind is loaded through its feature's access funnel, so the log never opens a private space
or group to an admin who could not read it otherwise. The features' kinds (posts, threads,
pages, cases) are registered by create_app (forum/app.py) with `register`."""

from __future__ import annotations

from collections.abc import Callable

from flask import url_for

from forum.accounts import access as account_access
from forum.accounts.models import User
from forum.audit.models import AuditEntry
from forum.errors import DomainError


def _user(viewer: User, target_id: int) -> str:
    return url_for("directory.person", user_id=account_access.user_for_viewer(
        viewer, target_id).id)


def _organization(viewer: User, target_id: int) -> str:
    return url_for("directory.organization", org_id=account_access.organization_for_viewer(
        viewer, target_id).id)


_LINKS: dict[str, Callable[[User, int], str]] = {"user": _user, "organization": _organization}


def register(target_type: str, make: Callable[[User, int], str]) -> None:
    """`make(viewer, target_id)` -> the URL, loading the target through its access funnel
    (raises NotFound when it is gone or not the viewer's)."""
    _LINKS[target_type] = make


def link_for(viewer: User, entry: AuditEntry) -> str | None:
    make = _LINKS.get(entry.target_type)
    if make is None or entry.target_id is None:
        return None
    try:
        return make(viewer, entry.target_id)
    except DomainError:  # gone, or not for this viewer
        return None

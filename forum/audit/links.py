"""A link to an audit row's thing, when it still exists and the viewer may see it: each
kind is loaded through its feature's access funnel, so the log never opens a private space
or group to an admin who could not read it otherwise."""

from __future__ import annotations

from collections.abc import Callable

from flask import url_for

from forum.accounts import access as account_access
from forum.accounts.models import User
from forum.audit.models import AuditEntry
from forum.errors import DomainError


def _post(viewer: User, target_id: int) -> str:
    from forum.discussions import access

    post = access.post_for_reader(viewer, target_id)
    return url_for("discussions.thread", thread_id=post.thread_id, _anchor=f"post-{post.seq}")


def _thread(viewer: User, target_id: int) -> str:
    from forum.discussions import access

    return url_for("discussions.thread", thread_id=access.thread_for_reader(viewer,
                                                                            target_id).id)


def _page(viewer: User, target_id: int) -> str:
    from forum.wiki import access

    return url_for("wiki.page", page_id=access.page_for_reader(viewer, target_id).id)


def _case(viewer: User, target_id: int) -> str:
    from forum.pbl import access

    return url_for("pbl.case", case_id=access.case_for_reader(viewer, target_id).id)


def _user(viewer: User, target_id: int) -> str:
    return url_for("directory.person", user_id=account_access.user_for_viewer(
        viewer, target_id).id)


def _organization(viewer: User, target_id: int) -> str:
    return url_for("directory.organization", org_id=account_access.organization_for_viewer(
        viewer, target_id).id)


_LINKS: dict[str, Callable[[User, int], str]] = {
    "post": _post, "thread": _thread, "wiki_page": _page, "pbl_case": _case,
    "user": _user, "organization": _organization,
}


def link_for(viewer: User, entry: AuditEntry) -> str | None:
    make = _LINKS.get(entry.target_type)
    if make is None or entry.target_id is None:
        return None
    try:
        return make(viewer, entry.target_id)
    except DomainError:  # gone, or not for this viewer
        return None

"""Every Socket.IO room name is made here, so the audience of an event is easy to audit."""

from __future__ import annotations


def user_room(user_id: int) -> str:
    """Every live connection of one user (notifications, badges, forced logout)."""
    return f"user:{user_id}"


def session_room(session_id: int) -> str:
    """The connections opened under one login session (logout ends exactly these)."""
    return f"session:{session_id}"


def space_room(space_id: int) -> str:
    """Everyone who may read the space: thread activity for lists and unread badges."""
    return f"space:{space_id}"


def thread_room(thread_id: int) -> str:
    """Connections that joined the thread (after an access check): posts, typing, presence."""
    return f"thread:{thread_id}"


def page_room(page_id: int) -> str:
    """Connections that joined a knowledge-base page (after an access check): who saved a new
    revision, who is editing, review marks."""
    return f"page:{page_id}"


def pbl_session_room(session_id: int) -> str:
    """Connections that joined a PBL session room (group members only, checked on join):
    step-board changes, the current step, roles, attendance, closing."""
    return f"pbl_session:{session_id}"

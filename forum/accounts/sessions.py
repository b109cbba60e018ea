"""Revocable login sessions: logging in, out, and ending every session of a user."""

from __future__ import annotations

import hmac

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import joinedload

from forum.accounts.models import User, UserSession
from forum.accounts.passwords import new_token, token_hash
from forum.db import utcnow
from forum.extensions import db
from forum.realtime import rooms
from forum.realtime.publish import publish


def do_start_session(user: User, user_agent: str = "") -> str:
    """Create a session row and return the key the cookie carries (`id:token`)."""
    token, hashed = new_token()
    row = UserSession(user_id=user.id, token_hash=hashed, user_agent=user_agent[:300])
    db.session.add(row)
    db.session.flush()
    user.session_key = f"{row.id}:{token}"
    return user.session_key


# Every request and socket event starts here: the user, their organization and roles come
# with the session row in one query, built once (building it cost as much as running it).
_SESSION_WITH_USER = (
    select(UserSession).where(UserSession.id == bindparam("session_id"))
    .options(joinedload(UserSession.user).options(joinedload(User.organization),
                                                  joinedload(User.role_rows))))


def load_session_user(session_key: str) -> User | None:
    """The user behind a cookie's session key, if that session is still valid."""
    session_id, _, token = (session_key or "").partition(":")
    if not session_id.isdigit() or not token:
        return None
    row = db.session.execute(_SESSION_WITH_USER, {"session_id": int(session_id)}
                             ).unique().scalar_one_or_none()
    if row is None or row.revoked_at is not None:
        return None
    if not hmac.compare_digest(row.token_hash, token_hash(token)):
        return None
    user = row.user
    if not user.active:
        return None
    user.session_key = session_key
    return user


def session_id_of(user: User) -> int | None:
    sid = (user.session_key or "").partition(":")[0]
    return int(sid) if sid.isdigit() else None


def session_rooms(user: User) -> list[str]:
    """The room of the user's login session (joined on connect; closed at logout)."""
    sid = session_id_of(user)
    return [rooms.session_room(sid)] if sid is not None else []


def do_end_session(user: User) -> None:
    sid = session_id_of(user)
    if sid is not None:
        db.session.execute(update(UserSession).where(UserSession.id == sid,
                                                     UserSession.revoked_at.is_(None))
                           .values(revoked_at=utcnow()))
    # Live connections opened under this session close after commit.
    publish.disconnect_session(user.id, sid)


def do_end_all_sessions(user: User, *, keep_current: bool = False) -> None:
    keep = session_id_of(user) if keep_current else None
    query = update(UserSession).where(UserSession.user_id == user.id,
                                      UserSession.revoked_at.is_(None))
    if keep is not None:
        query = query.where(UserSession.id != keep)
    db.session.execute(query.values(revoked_at=utcnow()))
    publish.disconnect_user(user.id, except_session=keep)


def active_sessions(user: User) -> list[UserSession]:
    return list(db.session.scalars(
        select(UserSession).where(UserSession.user_id == user.id,
                                  UserSession.revoked_at.is_(None))
        .order_by(UserSession.created_at.desc())))

"""The access keys a reader may see in the index, from the same access functions as pages.

The index never decides access on its own: these scopes narrow the query inside the backend
(so counts, snippets and suggestions never include anything else), and the service checks
each hit once more through the feature's access module.
"""

from __future__ import annotations

from forum.accounts import access as account_access
from forum.accounts.models import User
from forum.discussions import access as discussion_access
from forum.pbl import access as pbl_access


def reader_scopes(user: User | None) -> frozenset[str]:
    if not user or not getattr(user, "is_authenticated", False) or not user.active:
        return frozenset()
    scopes = {"all", f"user:{user.id}"}
    scopes |= {f"space:{i}" for i in discussion_access.readable_space_ids(user)}
    scopes |= {f"org:{i}" for i in account_access.organization_line(user.organization_id)}
    scopes |= {f"group:{i}" for i in pbl_access.group_ids(user)}
    # Shared PBL journal entries: the group's tutor and members, not its observers.
    scopes |= {f"pbl-journal:{i}" for i in pbl_access.group_ids(user, writable=True)}
    return frozenset(scopes)

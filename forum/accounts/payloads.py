"""How a person appears in the dicts sent to sockets and JSON clients (see docs/realtime.md)."""

from __future__ import annotations

from typing import Any

from forum.accounts.models import User


def person(user: User) -> dict[str, Any]:
    return {"id": user.id, "name": user.display_name, "org": user.organization.short_name}

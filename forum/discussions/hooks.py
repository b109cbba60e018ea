"""What discussions call in the features built on them.

Discussions come before laws, distil and notifications in the order of imports
(docs/architecture.md), so they import none of them: create_app (forum/app.py,
``register_hooks``) hands their functions over here at start-up. Call them as
``hooks.name(...)``, never ``from forum.discussions.hooks import name`` (that would keep the
empty slot).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# laws: store the statute citations of one post (forum.laws.actions.do_record_citations)
record_citations: Callable[..., None]
# notifications (forum.notifications.actions): a new post, a question to an organization,
# a marked answer
notify_post: Callable[..., None]
notify_question: Callable[..., None]
notify_answer: Callable[..., None]
# distil, on the thread page: what was documented from it, and who may document it
documented_in: Callable[..., list]
can_distil: Callable[..., bool]


def provide(**functions: Callable[..., Any]) -> None:
    """Fill the slots above (by name; an unknown name is a mistake)."""
    for name, function in functions.items():
        if name not in __annotations__:
            raise TypeError(f"forum.discussions.hooks has no slot {name!r}")
        globals()[name] = function

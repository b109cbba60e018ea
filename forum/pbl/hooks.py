"""What PBL calls in the features built on it.

PBL comes before the wiki, discussions and notifications in the order of imports
(docs/architecture.md): their spaces and pages belong to groups, so they import PBL and PBL
imports none of them. create_app (forum/app.py, ``register_hooks``) hands their functions over
here at start-up. Call them as ``hooks.name(...)``, never ``from forum.pbl.hooks import name``
(that would keep the empty slot).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# discussions (forum.discussions.spaces): the group's own space, made with the group
add_group_space: Callable[..., Any]
group_space: Callable[..., Any]
space_thread_ids: Callable[..., list[int]]
# discussions (forum.discussions.actions): the session chat and its posts
get_thread: Callable[[int], Any]
check_new_thread: Callable[..., Any]
do_create_thread: Callable[..., Any]
check_new_post: Callable[..., Any]
do_create_post: Callable[..., Any]
# notifications (forum.notifications.actions.do_notify_people)
notify_people: Callable[..., None]
# the wiki: the resolver a case's citations are rendered with (forum.wiki.backlinks)
citation_resolver: Callable[[], Any]


def provide(**functions: Callable[..., Any]) -> None:
    """Fill the slots above (by name; an unknown name is a mistake)."""
    for name, function in functions.items():
        if name not in __annotations__:
            raise TypeError(f"forum.pbl.hooks has no slot {name!r}")
        globals()[name] = function

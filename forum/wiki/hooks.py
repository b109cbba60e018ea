"""What the wiki calls in the features built on it.

The wiki comes before discussions, laws, distil and notifications in the order of imports
(docs/architecture.md), so it imports none of them: create_app (forum/app.py,
``register_hooks``) hands their functions over here at start-up. Call them as
``hooks.name(...)``, never ``from forum.wiki.hooks import name`` (that would keep the empty slot).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# discussions: (thread, statement id or None) for each live post linking to the page that the
# viewer may read, newest thread first
linking_threads: Callable[[Any, int], list[tuple[Any, int | None]]]
# laws: store the statute citations of one page or term; the register citations resolve against
record_citations: Callable[..., None]
statute_register: Callable[[], Any]
# distil: "document this" from a thread (forum.distil.forms / actions / queries)
distil_requested: Callable[..., Any]
distil_new_page_form: Callable[..., dict[str, Any]]
distil_edit_page_form: Callable[..., dict[str, Any]]
distil_record: Callable[..., Any]
distil_origins: Callable[..., dict]
# notifications: one notice per reader for a changed boundary page
notify_boundary: Callable[..., None]


def provide(**functions: Callable[..., Any]) -> None:
    """Fill the slots above (by name; an unknown name is a mistake)."""
    for name, function in functions.items():
        if name not in __annotations__:
            raise TypeError(f"forum.wiki.hooks has no slot {name!r}")
        globals()[name] = function

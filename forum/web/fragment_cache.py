"""Rendered HTML kept for reuse, under keys made of everything it shows.

A key holds every input of the fragment (for a post: its state and edit count, its author's
name, the reader's controls, the page's language and glossary version...). A change to any of
them is a different key, so nothing is invalidated by hand and a stale fragment cannot be
served; unused entries fall out of the bounded LRU. The cache is per process.

The reader's CSRF token is the one input left out of keys (it would make every entry private
to one session): a fragment is rendered with a placeholder there and kept as the pieces
between placeholders, which the page joins with the reader's token. The placeholder contains a
NUL byte, which no text can contain (forum.text refuses NUL), so text can never be mistaken for
it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from flask import current_app
from flask_babel import get_locale
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

CSRF_PLACEHOLDER = "\x00csrf\x00"
MAX_ENTRIES = 20_000  # post fragments are ~3 KB each

Pieces = tuple[str, ...]


class _LRU:
    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[tuple, Pieces] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Pieces | None:
        with self._lock:
            pieces = self._items.get(key)
            if pieces is not None:
                self._items.move_to_end(key)
            return pieces

    def put(self, key: tuple, pieces: Pieces) -> None:
        with self._lock:
            self._items[key] = pieces
            if len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


cache = _LRU(MAX_ENTRIES)


def pieces_of(html: str) -> Pieces:
    """What the cache keeps of HTML rendered with CSRF_PLACEHOLDER for the token."""
    return tuple(html.split(CSRF_PLACEHOLDER))


def with_token(fragments: Iterable[Pieces], token: str) -> Markup:
    """The fragments as one piece of HTML with the reader's token in place (one join for
    all of them, not a search and replace over the page)."""
    out = []
    for pieces in fragments:
        out.append(pieces[0])
        for piece in pieces[1:]:
            out.append(token)
            out.append(piece)
    return Markup("".join(out))  # noqa: S704  (every piece was rendered by autoescaping Jinja)


def fragment(template_name: str, key: tuple, build: Callable[[], dict] | None = None,
             keep: bool = True, **context: Any) -> Markup:
    """The `fragment()` template global: a part of the page that is the same for many
    requests (the navigation, the end of the page, the knowledge base's page tree), rendered
    once per key and language. The key must hold everything the fragment shows besides the
    language: whatever the reader's access decides (never less, or one reader's fragment
    would reach another) and the version of the data it lists. `build` gives the rest of the
    context and runs only when the fragment is rendered, so a hit skips its queries. The
    template sees only what it is given (no context processors: pass what it needs).
    `keep=False`: render without keeping (a key made of what a visitor typed would let anyone
    push the posts' fragments out of the bounded cache)."""
    locale = str(get_locale())
    full_key = ("fragment", template_name, locale, key)
    pieces = cache.get(full_key)
    if pieces is None:
        template = current_app.jinja_env.get_template(template_name)
        values = {**context, **(build() if build is not None else {})}
        pieces = pieces_of(template.render(csrf_token=lambda: CSRF_PLACEHOLDER,
                                           current_language=locale, **values))
        if keep:
            cache.put(full_key, pieces)
    if len(pieces) == 1:
        return Markup(pieces[0])  # noqa: S704  (rendered by autoescaping Jinja)
    return with_token([pieces], generate_csrf())

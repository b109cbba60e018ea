"""The posts of a thread page, each rendered once and then taken from a cache.

Rendering fifty posts through Jinja was most of a thread page's server time, and a busy thread
is viewed far more often than it changes. Each post's HTML is cached under a key made of
everything the fragment shows: the post's content and state, its author's name, the reader's
controls on it (reactions, edit, delete, ...), the glossary version, language and time zone.
A change to any of them is a different key, so nothing is ever invalidated by hand and a stale
fragment cannot be served; unused entries fall out of the bounded LRU.

The reader's CSRF token is the one input left out of the key (it would make every entry
private to one session): fragments hold a placeholder that is swapped for the token on the
way out. The placeholder contains a NUL byte, which no post can contain (forum.text refuses
NUL), so post text can never be mistaken for it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from flask import current_app
from flask_babel import get_locale, get_timezone
from markupsafe import Markup

from forum.discussions.models import Post, Thread
from forum.discussions.queries import PostControls
from forum.wiki.glossary import glossary_version

TEMPLATE = "discussions/_post.html"
CSRF_PLACEHOLDER = "\x00csrf\x00"
MAX_ENTRIES = 20_000  # ~3 KB each


class _LRU:
    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[tuple, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> str | None:
        with self._lock:
            html = self._items.get(key)
            if html is not None:
                self._items.move_to_end(key)
            return html

    def put(self, key: tuple, html: str) -> None:
        with self._lock:
            self._items[key] = html
            if len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


cache = _LRU(MAX_ENTRIES)


def _key(post: Post, thread: Thread, ctl: PostControls, can_post: bool, page: tuple) -> tuple:
    author = post.author
    return (
        post.id, post.seq, post.deleted_at is not None, thread.solution_post_id == post.id,
        author.display_name, author.organization.short_name, post.created_at, post.edited_at,
        hash(post.html), hash(post.source), can_post,
        tuple(sorted(ctl.counts.items())), ctl.mine, ctl.can_edit, ctl.can_delete,
        ctl.can_restore, ctl.can_mark, page,
    )


def render_posts(posts: list[Post], thread: Thread, controls: dict[int, PostControls],
                 can_post: bool, texts: dict[str, Any]) -> Markup:
    """All posts' HTML, as templates/discussions/_post.html renders each."""
    page_texts = {**texts, "csrf": CSRF_PLACEHOLDER}
    # What every fragment of this page shares: language, zone, glossary, texts, addresses.
    page = (str(get_locale()), str(get_timezone()), glossary_version(),
            tuple((k, v if isinstance(v, str) else repr(v)) for k, v in sorted(texts.items())
                  if k != "csrf"))
    template = current_app.jinja_env.get_template(TEMPLATE)
    parts = []
    for post in posts:
        ctl = controls[post.id]
        key = _key(post, thread, ctl, can_post, page)
        html = cache.get(key)
        if html is None:
            html = template.render(post=post, thread=thread, controls=controls,
                                   can_post=can_post, pt=page_texts)
            cache.put(key, html)
        parts.append(html)
    return Markup("".join(parts).replace(CSRF_PLACEHOLDER, str(texts["csrf"])))  # noqa: S704

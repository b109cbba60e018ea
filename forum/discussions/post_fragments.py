"""The posts of a thread page, each rendered once and then taken from a cache.

Rendering fifty posts through Jinja was most of a thread page's server time, and a busy thread
is viewed far more often than it changes. Each post's HTML is kept in forum.web.fragment_cache
under a key made of everything the fragment shows: the post's state and edit count, its
author's name, the reader's controls on it (reactions, edit, delete, ...), the glossary
version, language and time zone. The CSRF token goes in on the way out.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask_babel import get_locale, get_timezone
from markupsafe import Markup
from sqlalchemy import Row

from forum.discussions.models import Thread
from forum.discussions.queries import PostControls, posts_by_id
from forum.web.fragment_cache import CSRF_PLACEHOLDER, cache, pieces_of, with_token
from forum.wiki.glossary import glossary_version

TEMPLATE = "discussions/_post.html"


def _key(post: Row, thread: Thread, ctl: PostControls, can_post: bool) -> tuple:
    # The row (queries.page_posts) is the post's numbers, state, author and organization
    # names. Its text changes only in actions.do_edit_post, which also bumps edit_count and
    # edited_at: those two stand for the text and its source.
    return tuple(post), thread.solution_post_id == post.id, can_post, ctl


def render_posts(posts: list[Row], thread: Thread, controls: dict[int, PostControls],
                 can_post: bool, texts: dict[str, Any]) -> Markup:
    """All posts' HTML, as templates/discussions/_post.html renders each; `posts` are
    queries.page_posts rows, and the full posts are loaded only for fragments not cached."""
    page_texts = {**texts, "csrf": CSRF_PLACEHOLDER}
    # What every fragment of this page shares: language, zone, glossary, texts, addresses.
    page = (str(get_locale()), str(get_timezone()), glossary_version(),
            tuple((k, v if isinstance(v, str) else repr(v)) for k, v in sorted(texts.items())
                  if k != "csrf"))
    keys = [(page, _key(post, thread, controls[post.id], can_post)) for post in posts]
    parts = [cache.get(key) for key in keys]
    missing = [post.id for post, html in zip(posts, parts, strict=True) if html is None]
    if missing:
        full = posts_by_id(missing)
        template = current_app.jinja_env.get_template(TEMPLATE)
        for i, (post, key) in enumerate(zip(posts, keys, strict=True)):
            if parts[i] is None:
                parts[i] = pieces_of(template.render(
                    post=full[post.id], thread=thread, controls=controls, can_post=can_post,
                    pt=page_texts))
                cache.put(key, parts[i])
    return with_token(parts, str(texts["csrf"]))

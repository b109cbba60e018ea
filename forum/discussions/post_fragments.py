"""The posts of a thread page, each rendered once and then taken from a cache.

Rendering fifty posts through Jinja was most of a thread page's server time, and a busy thread
is viewed far more often than it changes. Each post's HTML is kept in forum.web.fragment_cache
under a key made of everything the fragment shows: the post's state and edit count, its
author's name, the reader's controls on it (reactions, edit, delete, ...), the glossary
version, language and time zone. The CSRF token goes in on the way out.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, url_for
from flask_babel import get_locale, get_timezone
from flask_babel import gettext as _
from markupsafe import Markup
from sqlalchemy import Row

from forum.discussions.models import REACTIONS, Thread
from forum.discussions.queries import PostControls, posts_by_id
from forum.web.fragment_cache import CSRF_PLACEHOLDER, cache, pieces_of, with_token
from forum.web.templating import REACTION_ICONS, REACTION_LABELS
from forum.wiki.glossary import glossary_version

TEMPLATE = "discussions/_post.html"


def post_texts(thread: Thread) -> dict[str, Any]:
    """What every post of a thread page shares, as templates/discussions/_post.html reads it
    (`pt`): the texts in the reader's language, the addresses (post 0 stands for the post)
    and the reaction set. The page adds the CSRF token as "csrf"; the live-post template
    (_live_templates.html) is rendered from the same partial with the same texts."""
    return {
        "edited": _("edited"), "answer": _("Answer"), "deleted": _("This post was deleted."),
        "quote": _("Quote"), "edit": _("Edit"), "delete": _("Delete"),
        "mark": _("Mark as the answer"), "restore": _("Restore"), "flag": _("Flag"),
        "hidden": _("Hidden pending review."),
        "under_review": _("Hidden from others pending a moderator's review."),
        "history_url": url_for("discussions.post_history", post_id=0),
        "react_url": url_for("discussions.react", post_id=0),
        "edit_url": url_for("discussions.edit_post", post_id=0),
        "delete_url": url_for("discussions.delete_post", post_id=0),
        "restore_url": url_for("discussions.restore_post", post_id=0),
        "mark_url": url_for("discussions.mark_solution", thread_id=thread.id),
        "flag_url": url_for("moderation.flag_post", post_id=0),
        "reactions": [(kind, REACTION_ICONS[kind], str(REACTION_LABELS[kind]))
                      for kind in REACTIONS]}


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

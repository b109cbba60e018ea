"""The knowledge base's lists that are the same for many requests, rendered once: the aside
(its page tree) and a page's subpages and backlinks (forum.web.fragment_cache).

Keyed on the reader's reading scope (access.reading_scope: exactly what decides which pages
they may read, so two readers share a list only when they may read the same pages) and on the
version of the pages (forum.db.fragment_versions). The version is bumped in the transaction
of any flush that adds, changes or deletes a page, a page link or an organization (whose name
heads a part of the tree): a page created, renamed, moved, deleted or restricted, a link
added or removed. Threads linking to a page are not cached (they change with every post).
"""

from __future__ import annotations

from itertools import chain

from flask import current_app
from markupsafe import Markup
from sqlalchemy import event
from sqlalchemy.orm import Session

from forum.accounts.models import Organization, User
from forum.db import ForumSession, fragment_versions
from forum.web.fragment_cache import fragment
from forum.wiki import access, queries
from forum.wiki.models import WikiPage, WikiPageLink

VERSION = "wiki_pages"
_WATCHED = (WikiPage, WikiPageLink, Organization)


def watch_changes() -> None:
    """create_app attaches the version bump to the app's sessions (once, however many apps
    are created); importing this module registers nothing (tests/unit/test_aftercommit.py)."""
    if not event.contains(ForumSession, "after_flush", _bump_on_change):
        event.listen(ForumSession, "after_flush", _bump_on_change)


def _bump_on_change(session: Session, _flush_context) -> None:
    # new / dirty / deleted and the attributes' history still hold what this flush wrote
    # (SQLAlchemy's after_flush). A row is "dirty" for a change to one of its collections
    # too (an organization when a thread asks it a question): only its own columns count.
    dirty = (obj for obj in session.dirty if isinstance(obj, _WATCHED)
             and session.is_modified(obj, include_collections=False))
    if any(isinstance(obj, _WATCHED) for obj in chain(session.new, session.deleted)) or any(
            True for _ in dirty):
        fragment_versions.bump(session.connection(), VERSION)


def _key(viewer: User | None, *parts) -> tuple:
    return (access.reading_scope(viewer), fragment_versions.current(VERSION), *parts)


def aside(viewer: User | None, current_page_id: int | None, topic: str | None,
          tree: list | None = None) -> Markup:
    """The aside of every knowledge-base page: links and the readable page tree (of one
    topic on the index filtered by it: not kept, the topic comes from the address), the
    current page marked. `tree`: the page tree of this topic when the caller has it already
    (the index shows it too)."""
    html = fragment("wiki/_aside.html", _key(viewer, topic), keep=topic is None, build=lambda: {
        "tree": tree if tree is not None else queries.page_tree(
            viewer, topic, linked_to=current_page_id)})
    return _mark_current(html, current_page_id)


def subpages(viewer: User, page: WikiPage) -> Markup:
    return fragment("wiki/_subpages.html", _key(viewer, page.id), build=lambda: {
        "subpages": queries.children(viewer, page)})


def linked_from(viewer: User, page: WikiPage) -> Markup:
    return fragment("wiki/_linked_from.html", _key(viewer, page.id), build=lambda: {
        "linked_from": queries.linking_pages(viewer, page)})


def _mark_current(html: Markup, page_id: int | None) -> Markup:
    """The tree is rendered without a current page (one rendering serves every page); the
    current page's link gets aria-current here. The link is matched whole, closing quote and
    bracket included (/wiki/1 is not /wiki/12); a title cannot contain it (escaped)."""
    if page_id is None:
        return html
    url = current_app.jinja_env.globals["url_for"]("wiki.page", page_id=page_id)
    link = f'<a href="{url}">'
    # On the str: Markup.replace would escape the replacement.
    marked = str(html).replace(link, f'<a href="{url}" aria-current="page">', 1)
    return Markup(marked)  # noqa: S704  (rendered by Jinja; the URL is the app's own)

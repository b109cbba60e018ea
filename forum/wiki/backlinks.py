"""Which pages and posts link to which page (and statement): resolving [[titles]] and
recording the links, so every page can list what links to it. DatabaseResolver resolves
@mentions, [[wiki links]] and the statute register for forum.text.render.

Links are stored by title as well as by page: a link written before its page existed is
adopted when the page is created. Recording is a `do_*` step inside the caller's
transaction; reading ("linked from", "discussed in") goes through the access funnels in
forum.wiki.queries.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

from sqlalchemy import delete, func, select, update

from forum.accounts.models import Organization, User
from forum.accounts.visibility import Visibility
from forum.extensions import db
from forum.text import MentionTarget, PageTarget, WikiLink
from forum.text.citations import StatuteRegister
from forum.wiki import hooks
from forum.wiki.fields import title_key
from forum.wiki.models import (
    WikiPage,
    WikiPageLink,
    WikiPostLink,
    WikiStatement,
)


def page_url(page_id: int) -> str:
    # A plain path, not url_for: rendering also runs outside requests (CLI, demo loader).
    return f"/wiki/{page_id}"


def missing_url(title: str) -> str:
    return "/wiki/new?title=" + quote(title)


def resolve_page_titles(titles: set[str]) -> dict[str, PageTarget]:
    """[[Title]] → the page everyone may read, else a link that offers to create it.

    Rendering happens once, for every reader of the text, so a restricted page is never
    named here: its link looks like a missing page's, and /wiki/new sends the people who may
    read the page on to it (and offers the others the create form).
    """
    found = _public_pages({title_key(t) for t in titles})
    targets = {}
    for title in titles:
        page = found.get(title_key(title))
        targets[title] = (PageTarget(page.id, page.title, page_url(page.id), True) if page
                          else PageTarget(None, title, missing_url(title), False))
    return targets


class DatabaseResolver:
    """Two queries per render at most, whatever the text holds. Links are plain paths (no
    url_for): rendering happens once on write, also from the CLI, outside any request."""

    def resolve_mentions(self, handles: set[str]) -> dict[str, MentionTarget]:
        found: dict[str, MentionTarget] = {}
        lowered = {h.lower() for h in handles}
        for org in db.session.scalars(select(Organization).where(
                func.lower(Organization.handle).in_(lowered))):
            found[org.handle.lower()] = MentionTarget(
                "org", org.id, org.handle, org.name,
                f"/organizations/{org.id}")
        for user in db.session.scalars(select(User).where(
                func.lower(User.username).in_(lowered), User.active.is_(True))):
            found[user.username.lower()] = MentionTarget(
                "user", user.id, user.username, user.display_name,
                f"/people/{user.id}")
        return found

    def statute_register(self) -> StatuteRegister:
        """The laws a text can cite (cached per process until the register changes)."""
        return hooks.statute_register()

    def resolve_pages(self, titles: set[str]) -> dict[str, PageTarget]:
        return resolve_page_titles(titles)


def _public_pages(keys: set[str]) -> dict[str, WikiPage]:
    if not keys:
        return {}
    pages = db.session.scalars(
        select(WikiPage).where(WikiPage.title_key.in_(keys),
                               WikiPage.visibility == Visibility.ALL)
        # Shared pages first, then the oldest: the same title always means the same page.
        .order_by(WikiPage.organization_id.is_not(None), WikiPage.id))
    found: dict[str, WikiPage] = {}
    for page in pages:
        found.setdefault(page.title_key, page)
    return found


def _targets(links: Iterable[WikiLink]) -> list[tuple[str, int | None, int | None]]:
    """(title_key, page_id, statement_id) per distinct link. A restricted page is resolved
    here too (the rows are never shown without an access check)."""
    links = list(links)
    keys = {title_key(link.title) for link in links}
    pages: dict[str, int] = {}
    if keys:
        for page_id, key in db.session.execute(
                select(WikiPage.id, WikiPage.title_key).where(WikiPage.title_key.in_(keys))
                .order_by(WikiPage.visibility != Visibility.ALL,
                          WikiPage.organization_id.is_not(None), WikiPage.id)):
            pages.setdefault(key, page_id)
    statement_ids = {link.statement_id for link in links if link.statement_id}
    statement_pages = dict(db.session.execute(
        select(WikiStatement.id, WikiStatement.page_id)
        .where(WikiStatement.id.in_(statement_ids))).all()) if statement_ids else {}
    rows: dict[tuple[str, int | None], tuple[str, int | None, int | None]] = {}
    for link in links:
        key = title_key(link.title)
        page_id = link.page_id or pages.get(key)
        statement_id = link.statement_id
        if statement_id is not None and (page_id is None
                                         or statement_pages.get(statement_id) != page_id):
            statement_id = None  # "#s-42" of another page, or of none: link the page only
        rows.setdefault((key, statement_id), (key, page_id, statement_id))
    return list(rows.values())


def do_record_post_links(post, wikilinks: Iterable[WikiLink]) -> None:
    """Replace what this post links to (call after a post is created or edited)."""
    db.session.execute(delete(WikiPostLink).where(WikiPostLink.post_id == post.id))
    db.session.add_all(WikiPostLink(post_id=post.id, thread_id=post.thread_id, title_key=key,
                                    page_id=page_id, statement_id=statement_id)
                       for key, page_id, statement_id in _targets(wikilinks))
    db.session.flush()


def do_record_page_links(page: WikiPage, wikilinks: Iterable[WikiLink]) -> None:
    """Replace what the page's current revision links to (links to itself are left out)."""
    db.session.execute(delete(WikiPageLink).where(WikiPageLink.source_page_id == page.id))
    db.session.add_all(WikiPageLink(source_page_id=page.id, title_key=key, page_id=page_id,
                                    statement_id=statement_id)
                       for key, page_id, statement_id in _targets(wikilinks)
                       if page_id != page.id)
    db.session.flush()


def do_adopt_links(page: WikiPage) -> None:
    """Links written to this title before the page existed now point at it."""
    for model in (WikiPostLink, WikiPageLink):
        db.session.execute(update(model).where(model.title_key == page.title_key,
                                               model.page_id.is_(None))
                           .values(page_id=page.id).execution_options(
                               synchronize_session=False))

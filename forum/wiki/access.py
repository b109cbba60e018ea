"""Who may read and change knowledge-base pages, statements, glossary terms and the matrix.
The only place these rules live.

Reading: every active member reads pages with visibility "all"; a page restricted to its
organization is read by the people of that organization and its local offices; a page
restricted to a group by that group's members (observers included). As with spaces, nobody
reads a restricted page by role alone, admins included.

Writing: an organization's editors edit their own organization's pages (its boundary page
included), coordinators edit the shared pages (no organization), the glossary and the
who-does-what matrix, admins edit everything they can read. Observers never write.

Loaders raise NotFound for "exists but not yours", so a restricted page looks missing.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, false, or_, select

from forum.accounts import access as account_access
from forum.accounts.access import is_moderator
from forum.accounts.models import OrgType, Role, User
from forum.accounts.visibility import Visibility
from forum.db.request_cache import per_request
from forum.errors import NotFound, PermissionDenied
from forum.extensions import db
from forum.pbl.access import group_ids
from forum.text.i18n import _l
from forum.wiki.models import (
    GlossaryTerm,
    WikiPage,
    WikiRevision,
    WikiStatement,
)


# -- reading ----------------------------------------------------------------------------------
def reading_scope(user: User | None) -> tuple:
    """What decides which pages the user may read, and nothing else: readable_page_filter is
    built from it, and anything cached that lists pages is keyed on it (forum.wiki.
    page_fragments), so two readers share a list only when they may read the same pages."""
    if not account_access.is_reader(user):
        return ("nobody",)
    return ("reader", tuple(sorted(account_access.organization_line(user.organization_id))),
            tuple(sorted(group_ids(user))))


def readable_page_filter(user: User | None) -> ColumnElement[bool]:
    """A WHERE clause for WikiPage: the pages this user may read (use it in every list).
    Built once per request and reader; a commit forgets it with the facts it rests on."""
    if not account_access.is_reader(user):
        return false()
    return per_request(("wiki_readable_filter", user.id), lambda: _readable_filter(user))


def _readable_filter(user: User) -> ColumnElement[bool]:
    _, organizations, groups = reading_scope(user)
    return or_(
        WikiPage.visibility == Visibility.ALL,
        (WikiPage.visibility == Visibility.ORG) & WikiPage.organization_id.in_(organizations),
        (WikiPage.visibility == Visibility.GROUP) & WikiPage.group_id.in_(groups),
    )


def readable_pages(user: User | None) -> Select[tuple[WikiPage]]:
    return select(WikiPage).where(readable_page_filter(user))


def readable_page_ids(user: User | None) -> set[int]:
    return set(db.session.scalars(select(WikiPage.id).where(readable_page_filter(user))))


def can_read_page(user: User | None, page: WikiPage) -> bool:
    if not account_access.is_reader(user):
        return False
    if page.visibility == Visibility.ALL:
        return True
    if page.visibility == Visibility.ORG:
        return page.organization_id in account_access.organization_line(user.organization_id)
    return page.group_id in group_ids(user)


def page_for_reader(user: User, page_id: int) -> WikiPage:
    page = db.session.get(WikiPage, page_id)
    if page is None or not can_read_page(user, page):
        raise NotFound()
    return page


def revision_for_reader(user: User, page: WikiPage, revision_id: int) -> WikiRevision:
    """A revision of a page the caller already loaded through page_for_reader."""
    revision = db.session.get(WikiRevision, revision_id)
    if revision is None or revision.page_id != page.id or not can_read_page(user, page):
        raise NotFound()
    return revision


def statement_for_reader(user: User, statement_id: int) -> WikiStatement:
    """A statement (also a removed one) on a page the user may read."""
    statement = db.session.get(WikiStatement, statement_id)
    if statement is None or not can_read_page(user, statement.page):
        raise NotFound()
    return statement


def term_for_reader(user: User, slug: str) -> GlossaryTerm:
    """Glossary terms are shared by everyone; only a linked page is access-checked (see
    glossary_queries.readable_term_page)."""
    term = db.session.scalar(select(GlossaryTerm).where(GlossaryTerm.slug == slug))
    if term is None or not account_access.is_reader(user):
        raise NotFound()
    return term


def can_read_glossary(user: User | None) -> bool:
    """The glossary is shared: every signed-in, active member reads it."""
    return account_access.is_reader(user)


def page_scope(page: WikiPage) -> str:
    """The search scope key of a page and its statements ('all', 'org:<id>', 'group:<id>'):
    the same keys as spaces use, so one set of reader scopes covers both."""
    if page.visibility == Visibility.ORG:
        return f"org:{page.organization_id}"
    if page.visibility == Visibility.GROUP:
        return f"group:{page.group_id}"
    return "all"


# -- writing ----------------------------------------------------------------------------------
def is_coordinator(user: User | None) -> bool:
    return bool(account_access.can_write(user) and user.has_role(Role.COORDINATOR))


def can_create_in(user: User | None, organization_id: int | None) -> bool:
    """May create pages in this organization's part of the wiki (None: the shared part)."""
    if not account_access.can_write(user):
        return False
    if account_access.is_admin(user):
        return True
    if organization_id is None:
        return user.has_role(Role.COORDINATOR)
    return user.has_role(Role.ORG_EDITOR) and user.organization_id == organization_id


def can_create_any(user: User | None) -> bool:
    return bool(account_access.can_write(user) and user.has_role(
        Role.ADMIN, Role.COORDINATOR, Role.ORG_EDITOR))


def can_edit_page(user: User | None, page: WikiPage) -> bool:
    return can_read_page(user, page) and can_create_in(user, page.organization_id)


def can_review(user: User | None, page: WikiPage) -> bool:
    """Editors of the page, and its owner (who answers for it even without an editor role)."""
    if can_edit_page(user, page):
        return True
    return bool(account_access.can_write(user) and page.owner_id == user.id
                and can_read_page(user, page))


def can_redact_any_revision(user: User | None, page: WikiPage) -> bool:
    """Mask text in any revision of the page: its editors (an organization's editors for
    their organization's pages, boundary page included), moderators and admins."""
    return can_read_page(user, page) and (can_edit_page(user, page) or is_moderator(user))


def can_redact_own_revisions(user: User | None, page: WikiPage) -> bool:
    """Mask text in the revisions one wrote oneself (a writer who may still read the page)."""
    return can_read_page(user, page) and account_access.can_write(user)


def can_redact_revision(user: User | None, page: WikiPage, revision: WikiRevision) -> bool:
    return can_redact_any_revision(user, page) or (
        revision.author_id == user.id and can_redact_own_revisions(user, page))


def page_for_editor(user: User, page_id: int) -> WikiPage:
    page = page_for_reader(user, page_id)
    require_edit(user, page)
    return page


def require_edit(user: User, page: WikiPage) -> None:
    if not can_edit_page(user, page):
        raise PermissionDenied(str(_l("Only this organization's editors can change this "
                                      "page.")))


def can_restrict_to_group(user: User, group_id: int) -> bool:
    """A page may only be restricted to a group the editor belongs to (else they lose it)."""
    return group_id in group_ids(user, writable=True)


def can_edit_glossary(user: User | None) -> bool:
    return account_access.is_admin(user) or is_coordinator(user)


def definition_types_for(user: User | None) -> frozenset[OrgType]:
    """Which organizations' definitions the user may write: coordinators and admins all,
    an organization editor their own organization's type."""
    if can_edit_glossary(user):
        return frozenset(OrgType)
    if account_access.can_write(user) and user.has_role(Role.ORG_EDITOR):
        return frozenset({user.organization.type})
    return frozenset()


def can_edit_matrix(user: User | None) -> bool:
    return account_access.is_admin(user) or is_coordinator(user)

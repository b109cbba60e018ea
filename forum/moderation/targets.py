"""What can be flagged: posts, knowledge-base pages (boundary pages included) and PBL cases,
each loaded through its own feature's access funnel, so a flag never reveals more than the
page itself would. A Target is what the flag form and the review queue need to know."""

from __future__ import annotations

from dataclasses import dataclass

from flask import url_for

from forum.accounts.models import Role, User
from forum.discussions import access as discussion_access
from forum.discussions.models import Post
from forum.errors import NotFound
from forum.extensions import db
from forum.moderation.models import TargetType
from forum.pbl import access as pbl_access
from forum.pbl.models import PblCase
from forum.wiki import access as wiki_access
from forum.wiki.models import WikiPage


@dataclass(frozen=True)
class Target:
    type: TargetType
    obj: Post | WikiPage | PblCase
    title: str
    author_id: int | None
    organization_id: int | None  # a page's organization: its editors review its flags

    @property
    def id(self) -> int:
        return self.obj.id

    @property
    def gone(self) -> bool:
        return self.type == TargetType.POST and self.obj.deleted_at is not None

    def url(self) -> str:
        if self.type == TargetType.POST:
            return url_for("discussions.thread", thread_id=self.obj.thread_id,
                           _anchor=f"post-{self.obj.seq}")
        if self.type == TargetType.WIKI_PAGE:
            return url_for("wiki.page", page_id=self.obj.id)
        return url_for("pbl.case", case_id=self.obj.id)

    def edit_url(self) -> str:
        if self.type == TargetType.POST:
            return url_for("discussions.edit_post", post_id=self.obj.id)
        if self.type == TargetType.WIKI_PAGE:
            return url_for("wiki.edit_page", page_id=self.obj.id)
        return url_for("pbl.edit_case", case_id=self.obj.id)

    def history_url(self) -> str | None:
        """Where revisions are redacted; a case keeps no history."""
        if self.type == TargetType.POST:
            return url_for("discussions.post_history", post_id=self.obj.id)
        if self.type == TargetType.WIKI_PAGE:
            return url_for("wiki.history", page_id=self.obj.id)
        return None


def _wrap(kind: TargetType, obj) -> Target:
    if kind == TargetType.POST:
        return Target(kind, obj, obj.thread.title, obj.author_id, None)
    if kind == TargetType.WIKI_PAGE:
        return Target(kind, obj, obj.title, obj.updated_by_id or obj.owner_id,
                      obj.organization_id)
    return Target(kind, obj, obj.title, obj.created_by_id, None)


_MODELS = {TargetType.POST: Post, TargetType.WIKI_PAGE: WikiPage, TargetType.PBL_CASE: PblCase}


def load(kind: TargetType, target_id: int) -> Target | None:
    """Without an access check: only for things already checked (see can_review)."""
    obj = db.session.get(_MODELS[kind], target_id)
    return None if obj is None else _wrap(kind, obj)


def for_reader(user: User, kind: TargetType, target_id: int) -> Target:
    """The thing if this user may read it, else NotFound (the features' own loaders)."""
    if kind == TargetType.POST:
        post = discussion_access.post_for_reader(user, target_id)
        if post.deleted_at is not None or discussion_access.is_hidden_from(user, post):
            raise NotFound()
        return _wrap(kind, post)
    if kind == TargetType.WIKI_PAGE:
        return _wrap(kind, wiki_access.page_for_reader(user, target_id))
    return _wrap(kind, pbl_access.case_for_reader(user, target_id))


def can_read(user: User, target: Target) -> bool:
    try:
        for_reader(user, target.type, target.id)
    except NotFound:
        return False
    return True


def is_org_editor_of(user: User, target: Target) -> bool:
    """An organization editor reviews flags on their own organization's pages only."""
    return (target.type == TargetType.WIKI_PAGE and target.organization_id is not None
            and user.has_role(Role.ORG_EDITOR) and target.organization_id == user.organization_id)


def can_review(user: User, target: Target) -> bool:
    """Moderators and admins review what they may read (a private space or group is not
    opened to them by their role: see forum.discussions.access); organization editors
    review their organization's pages."""
    if not (user.active and (discussion_access.is_moderator(user)
                             or is_org_editor_of(user, target))):
        return False
    if target.type == TargetType.POST:
        # A hidden post is still readable by moderators; a deleted one needs no review.
        return discussion_access.can_read_space(user, target.obj.thread.space)
    return can_read(user, target)


def can_edit(user: User, target: Target) -> bool:
    """Whether the queue's "Edit" link leads anywhere for this reviewer."""
    if target.type == TargetType.POST:
        return discussion_access.can_edit_post(user, target.obj)
    if target.type == TargetType.WIKI_PAGE:
        return wiki_access.can_edit_page(user, target.obj)
    return pbl_access.can_edit_case(user, target.obj)


def can_remove(user: User, target: Target) -> bool:
    """Removing a post is a moderator's delete; a page is deleted by those who may edit it;
    a case is never removed from here (sessions refer to it): edit it instead."""
    if target.type == TargetType.POST:
        return discussion_access.can_delete_post(user, target.obj)
    if target.type == TargetType.WIKI_PAGE:
        return wiki_access.can_edit_page(user, target.obj)
    return False

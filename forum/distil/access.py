"""Who may document a thread, and where the text may go."""

from __future__ import annotations

from forum.accounts import access as account_access
from forum.accounts.models import Role, User
from forum.discussions import access as discussion_access
from forum.discussions.models import Post, Thread
from forum.errors import PermissionDenied
from forum.extensions import db
from forum.wiki import access as wiki_access
from forum.wiki.models import PageKind, WikiPage


def answering_org_id(thread: Thread) -> int | None:
    """The organization that answered: the one asked, else the accepted answer's writer's."""
    if thread.question_org_id is not None:
        return thread.question_org_id
    post_id = thread.solution_post_id or thread.first_answer_post_id
    if post_id is None:
        return None
    post = db.session.get(Post, post_id)
    return post.author.organization_id if post is not None else None


def can_distil(user: User | None, thread: Thread) -> bool:
    """A coordinator, an admin, or an editor of the answering organization."""
    # Roles first: most readers are members, and a thread page asks this on every view.
    if not account_access.can_write(user) or not user.has_role(  # type: ignore[union-attr]
            Role.COORDINATOR, Role.ADMIN, Role.ORG_EDITOR):
        return False
    if not discussion_access.can_read_space(user, thread.space):
        return False
    if user.has_role(Role.COORDINATOR, Role.ADMIN):  # type: ignore[union-attr]
        return True
    return user.organization_id == answering_org_id(thread)  # type: ignore[union-attr]


def thread_for_distiller(user: User, thread_id: int) -> Thread:
    """The thread (404 if unreadable), if the user may document it (else 403)."""
    thread = discussion_access.thread_for_reader(user, thread_id)
    if not can_distil(user, thread):
        raise PermissionDenied()
    return thread


def target_pages(user: User) -> list[WikiPage]:
    """Boundary pages the user may add a statement to."""
    pages = db.session.scalars(wiki_access.readable_pages(user)
                               .where(WikiPage.kind == PageKind.BOUNDARY)
                               .order_by(WikiPage.title))
    return [p for p in pages if wiki_access.can_edit_page(user, p)]

"""Documenting a thread: choose the posts and where they go; the editor then opens prefilled."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from forum.discussions.access import unhidden_for
from forum.discussions.models import Post
from forum.distil import access, actions
from forum.errors import ValidationError
from forum.extensions import db
from forum.text.i18n import _l
from forum.wiki import access as wiki_access

bp = Blueprint("distil", __name__)


@bp.get("/t/<int:thread_id>/document")
def choose(thread_id: int):
    thread = access.thread_for_distiller(current_user, thread_id)
    posts = list(db.session.scalars(select(Post).where(
        Post.thread_id == thread.id, Post.deleted_at.is_(None),
        unhidden_for(current_user)).order_by(Post.seq)))
    return render_template(
        "distil/choose.html", thread=thread, posts=posts,
        chosen=set(actions.default_post_ids(thread)),
        pages=access.target_pages(current_user),
        can_create=wiki_access.can_create_any(current_user), error=None)


@bp.get("/t/<int:thread_id>/document/go")
def go(thread_id: int):
    """Open the editor prefilled (a navigation: nothing is stored until the editor saves)."""
    posts = ",".join(request.args.getlist("post"))
    prefill = actions.check_prefill(current_user, thread_id, posts)
    ids = ",".join(str(i) for i in prefill.post_ids)
    target = request.args.get("target") or ""
    if target == "new":
        return redirect(url_for("wiki.new_page", distil=thread_id, posts=ids))
    page_id = target.removeprefix("page:")
    if not target.startswith("page:") or not page_id.isdigit():
        raise ValidationError(str(_l("Choose where the text goes.")))
    return redirect(url_for("wiki.edit_page", page_id=int(page_id), distil=thread_id,
                            posts=ids))



"""Pages for spaces, threads and posts. Thin: parse, call an entry point or action, respond."""

from __future__ import annotations

import secrets
from itertools import pairwise

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from forum.db import unit_of_work, utcnow
from forum.discussions import (
    access,
    actions,
    entrypoints,
    hooks,
    post_fragments,
    queries,
    state_actions,
)
from forum.discussions.models import FollowLevel, PostRevision
from forum.discussions.redaction_views import history_versions
from forum.extensions import db, limiter
from forum.text import word_diff
from forum.web.form_outcome import FormOutcome
from forum.web.fragment_cache import fragment
from forum.web.helpers import form_dict, user_key


def post_link(viewer, post_id: int) -> str:
    """An audit row's link to a post (forum/accounts/audit_links.py)."""
    post = access.post_for_reader(viewer, post_id)
    return url_for("discussions.thread", thread_id=post.thread_id, _anchor=f"post-{post.seq}")


def thread_link(viewer, thread_id: int) -> str:
    return url_for("discussions.thread", thread_id=access.thread_for_reader(viewer,
                                                                            thread_id).id)


bp = Blueprint("discussions", __name__)
POST_LIMIT = "20 per minute"


@bp.get("/s/<slug>")
def space(slug: str):
    space = access.space_for_reader(current_user, slug)
    return render_template("discussions/space.html", space=space,
                           rows=queries.thread_rows(current_user, space_id=space.id),
                           can_post=access.can_post_in(current_user, space),
                           level=_space_level(space))


@bp.route("/s/<slug>/new", methods=["GET", "POST"])
@limiter.limit(POST_LIMIT, key_func=user_key, methods=["POST"])
def new_thread(slug: str):
    space = access.space_for_reader(current_user, slug)
    access.require_post_in(current_user, space)
    outcome = FormOutcome()
    if request.method == "POST":
        with outcome.catching():
            thread = entrypoints.start_thread(current_user, space, form_dict())
            return redirect(url_for("discussions.thread", thread_id=thread.id))
    return render_template("discussions/new_thread.html", space=space, **outcome.context,
                           form=form_dict() or {"client_id": secrets.token_urlsafe(16),
                                                # "Ask us" on a boundary page presets it
                                                "question_org_id": request.args.get(
                                                    "question_org_id", "")},
                           organizations=_organizations()), outcome.status


@bp.get("/t/<int:thread_id>")
def thread(thread_id: int):
    thread = access.thread_for_reader(current_user, thread_id)
    return _thread_page(thread, client_id=secrets.token_urlsafe(16), form={}, findings=[],
                        errors={})


def _thread_page(thread, status: int = 200, **context):
    reader = current_user._get_current_object()
    posts = queries.page_posts(thread)
    can_post = access.can_post_in(reader, thread.space)
    state = state_actions.reader_state(reader, thread)
    post_texts = post_fragments.post_texts(thread)
    return render_template(
        "discussions/thread.html", thread=thread, posts=posts,
        controls=queries.post_controls(reader, thread, posts,
                                       queries.reaction_tallies(reader, thread)),
        last_read=state.last_read_seq,
        can_post=can_post, moderator=access.is_moderator(reader),
        may_mark=queries.may_mark_answer(reader, thread),
        level=state.level, pt=post_texts,
        render_posts=post_fragments.render_posts,
        documented=hooks.documented_in(reader, thread),
        can_document=hooks.can_distil(reader, thread),
        live_templates=_live_templates(thread, can_post, post_texts), **context), status


def _live_templates(thread, can_post: bool, post_texts: dict):
    """The <template>s thread.js fills (the post from discussions/_post.html), once per
    thread, language and right to post: `post_texts` depends on nothing else."""
    return fragment("discussions/_live_templates.html", (thread.id, can_post),
                    thread=thread, can_post=can_post, pt=post_texts)


@bp.post("/t/<int:thread_id>/posts")
@limiter.limit(POST_LIMIT, key_func=user_key)
def create_post(thread_id: int):
    """The form fallback of the live composer (which sends over the socket)."""
    thread = access.thread_for_reader(current_user, thread_id)
    form = form_dict()
    outcome = FormOutcome()
    with outcome.catching():
        post, _dup = entrypoints.submit_post(current_user, thread.id, form.get("body"),
                                             form.get("client_id"),
                                             bool(form.get("confirm_privacy")))
        return redirect(url_for("discussions.thread", thread_id=thread.id,
                                _anchor=f"post-{post.seq}"))
    return _thread_page(thread, outcome.status,
                        client_id=form.get("client_id") or secrets.token_urlsafe(16),
                        form=form, **outcome.context)


@bp.route("/p/<int:post_id>/edit", methods=["GET", "POST"])
def edit_post(post_id: int):
    post = access.post_for_reader(current_user, post_id)
    if not access.can_edit_post(current_user, post):
        abort(403)
    outcome = FormOutcome()
    if request.method == "POST":
        with outcome.catching():
            with unit_of_work():
                draft = actions.check_edit_post(
                    current_user, post, request.form.get("body"),
                    confirm_privacy=bool(request.form.get("confirm_privacy")))
                actions.do_edit_post(current_user, post, draft, utcnow())
            return redirect(url_for("discussions.thread", thread_id=post.thread_id,
                                    _anchor=f"post-{post.seq}"))
    body = request.form.get("body") if request.method == "POST" else post.source
    return render_template("discussions/edit_post.html", post=post, body=body,
                           **outcome.context), outcome.status


@bp.post("/p/<int:post_id>/delete")
def delete_post(post_id: int):
    post = access.post_for_reader(current_user, post_id)
    with unit_of_work():
        actions.check_delete_post(current_user, post)
        actions.do_delete_post(current_user, post, utcnow())
    flash(_("The post is deleted."), "success")
    return _back_to(post)


@bp.post("/p/<int:post_id>/restore")
def restore_post(post_id: int):
    post = access.post_for_reader(current_user, post_id)
    with unit_of_work():
        actions.check_restore_post(current_user, post)
        actions.do_restore_post(current_user, post)
    flash(_("The post is restored."), "success")
    return _back_to(post)


@bp.post("/p/<int:post_id>/reactions")
def react(post_id: int):
    post = access.post_for_reader(current_user, post_id)
    with unit_of_work():
        kind = state_actions.check_reaction(current_user, post, request.form.get("kind"))
        state_actions.do_toggle_reaction(current_user, post, kind)
    return _back_to(post)


@bp.post("/t/<int:thread_id>/solution")
def mark_solution(thread_id: int):
    thread = access.thread_for_reader(current_user, thread_id)
    post_id = request.form.get("post_id", type=int)
    with unit_of_work():
        post = state_actions.check_mark_solution(current_user, thread, post_id)
        state_actions.do_mark_solution(current_user, thread, post, utcnow())
    flash(_("Marked as the answer.") if post_id else _("The answer mark is removed."),
          "success")
    return redirect(url_for("discussions.thread", thread_id=thread.id))


@bp.get("/p/<int:post_id>/history")
def post_history(post_id: int):
    post = access.post_for_reader(current_user, post_id)
    if post.deleted_at is not None and not access.can_see_deleted_text(current_user, post):
        abort(404)
    if access.is_hidden_from(current_user, post):
        abort(404)
    revisions = db.session.query(PostRevision).filter_by(post_id=post.id).order_by(
        PostRevision.id).all()
    versions = history_versions(post, revisions)
    diffs = [(new, word_diff(old["source"], new["source"]))
             for old, new in pairwise(versions)]
    return render_template("discussions/history.html", post=post, versions=versions,
                           diffs=diffs, can_redact=access.can_redact_post(current_user, post))


@bp.post("/t/<int:thread_id>/follow")
def follow_thread(thread_id: int):
    thread = access.thread_for_reader(current_user, thread_id)
    with unit_of_work():
        level = state_actions.check_follow_level(request.form.get("level"))
        state_actions.do_set_follow(current_user, level, thread=thread)
    flash(_("Notification setting saved."), "success")
    return redirect(url_for("discussions.thread", thread_id=thread.id))


@bp.post("/s/<slug>/follow")
def follow_space(slug: str):
    space = access.space_for_reader(current_user, slug)
    with unit_of_work():
        level = state_actions.check_follow_level(request.form.get("level"))
        state_actions.do_set_follow(current_user, level, space=space)
    flash(_("Notification setting saved."), "success")
    return redirect(url_for("discussions.space", slug=space.slug))


@bp.get("/questions")
def questions():
    return render_template("discussions/questions.html",
                           rows=queries.open_questions(current_user))


def _back_to(post):
    return redirect(url_for("discussions.thread", thread_id=post.thread_id,
                            _anchor=f"post-{post.seq}"))


def _space_level(space) -> str:
    from sqlalchemy import select

    from forum.discussions.models import Follow

    level = db.session.scalar(select(Follow.level).where(Follow.user_id == current_user.id,
                                                         Follow.space_id == space.id))
    return (level or FollowLevel.NORMAL).value


def _organizations():
    from forum.accounts import queries as account_queries

    return account_queries.organizations_tree()

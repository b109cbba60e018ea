"""Demo spaces and threads, created through the same actions as real posts."""

from __future__ import annotations

import logging
from datetime import timedelta

from forum.accounts.models import Organization, User
from forum.accounts.visibility import Visibility
from forum.db import utcnow
from forum.discussions import actions, state_actions
from forum.discussions.models import Space
from forum.errors import DomainError
from forum.extensions import db

log = logging.getLogger(__name__)


def load_discussions(orgs: dict[str, Organization], people: dict[str, User]) -> dict[str, int]:
    from forum.demo.content.spaces_threads import SPACES, THREADS

    spaces = _spaces(SPACES, orgs)
    posts = 0
    for row in THREADS:
        posts += _thread(row, spaces, orgs, people)
    return {"spaces": len(spaces), "threads": len(THREADS), "posts": posts}


def _spaces(rows: list[dict], orgs: dict[str, Organization]) -> dict[str, Space]:
    spaces = {}
    for position, row in enumerate(rows):
        space = Space(slug=row["slug"], name=row["name_sv"], description=row["description"],
                      visibility=Visibility(row["visibility"]), position=position,
                      organization=orgs[row["org"]] if row.get("org") else None)
        db.session.add(space)
        spaces[row["slug"]] = space
    db.session.flush()
    return spaces


def _thread(row: dict, spaces: dict[str, Space], orgs: dict[str, Organization],
            people: dict[str, User]) -> int:
    start = utcnow() - timedelta(days=row["created_days_ago"])
    first, *rest = row["posts"]
    question = orgs[row["question_to"]].id if row.get("question_to") else None
    data = actions.check_new_thread(people[row["author"]], spaces[row["space"]], row["title"],
                                    first["body"], question)
    thread, post = actions.do_create_thread(people[row["author"]], spaces[row["space"]], data,
                                            start)
    created = [(post, first)]
    for item in rest:
        when = start + timedelta(minutes=item["minutes_after_start"])
        try:
            draft = actions.check_new_post(people[item["author"]], thread, item["body"], None)
        except DomainError as exc:  # e.g. an observer's line in the script: skipped
            log.debug("demo post by %s skipped: %s", item["author"], exc.message)
            continue
        created.append((actions.do_create_post(people[item["author"]], thread, draft, when),
                        item))
    for post, item in created:
        for username, kind in item.get("reactions", []):
            if post.author.username != username:
                state_actions.do_toggle_reaction(people[username], post, kind)
    index = row.get("answered_by_post")
    if index is not None and index < len(row["posts"]):
        answer = next(p for p, item in created if item is row["posts"][index])
        state_actions.do_mark_solution(people[row["author"]], thread, answer,
                                       answer.created_at + timedelta(hours=2))
    return len(created)

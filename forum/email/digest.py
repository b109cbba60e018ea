"""The digest: daily or weekly, one e-mail with what waits for the person.

- notifications of the kinds they get "in the digest" (replies in followed threads, mentions
  of their organization by default) that are still unread and not seen in the thread;
- questions to their organization that nobody has answered yet;
- their organization's knowledge-base pages due for review within a week;
- the next session of each of their PBL groups.

Sent only when there is something new since the previous digest (a notification, a question,
a page falling due, a session coming up within the period): what the person has already read
in the browser does not count. Everything is read through the access funnels when the digest
is made, and again when it is sent: the row keeps what it holds (`refers_to`: thread, post,
page and session ids with their lines), and just before the worker hands it over
(`check_at_sending`, a `worker.before_send` check) each is asked of the features' access rules
once more. A space, page or group the person lost since gives nothing: the digest is written
again without it, or, when nothing new is left, not sent at all (dropped, the reason on
/admin/mail). Once per person and period (the dedupe key), however often the job runs or by
how many workers.

The job reads in batches of CHUNK people: one query per kind of content for the whole batch
(notifications with their threads, posts and read states; previous digests; the next PBL
sessions of all their groups), while each person's readable spaces, groups and pages still come
from the access funnels (memoized for the batch's reading, `request_cache.job_scope`). Then
each person's digest is made and committed on its own (5,000 members over 50,000 posts:
bench/digest_bench.py).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from flask import current_app, render_template
from flask_babel import force_locale, format_date, format_datetime
from flask_babel import gettext as _
from sqlalchemy import and_, func, select

from forum.accounts.models import User
from forum.db import request_cache, unit_of_work
from forum.email import build, preferences, queue, tokens
from forum.email.models import MailMessage
from forum.email.worker import before_send, periodic
from forum.extensions import db

SEND_AFTER = time(5, 0)  # UTC: 06:00 or 07:00 in Sweden and Norway
PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
SECTIONS = ("notifications", "questions", "pages", "sessions")
CHUNK = 500  # people read at once: bounds memory, keeps the facts seconds old


def period_key(frequency: str, now: datetime) -> str | None:
    """The period a digest due now belongs to; None when none is due yet today."""
    if now.time() < SEND_AFTER:
        return None
    if frequency == "daily":
        return now.date().isoformat()
    if frequency == "weekly" and now.weekday() == 0:
        year, week, _day = now.isocalendar()
        return f"{year}-W{week:02d}"
    return None


@periodic("digest", every=timedelta(minutes=10))
def send_digests(now: datetime) -> int:
    """Queue the digests due now (commits each); the number queued."""
    choices = preferences.modes_for(set(db.session.scalars(
        select(User.id).where(User.active.is_(True)))))
    due: dict[int, str] = {}
    for user_id, modes in sorted(choices.items()):
        key = period_key(modes[preferences.DIGEST_KIND], now)
        if key is not None:
            due[user_id] = f"digest:{user_id}:{key}"
    queued = 0
    ids = list(due)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        done = set(db.session.scalars(select(MailMessage.dedupe_key).where(
            MailMessage.dedupe_key.in_([due[uid] for uid in chunk]))))
        chunk = [uid for uid in chunk if due[uid] not in done]
        if not chunk:
            continue
        with request_cache.job_scope():
            users, sections = _chunk_sections(chunk, choices, now)
        for user_id in chunk:
            modes = choices[user_id]
            with unit_of_work(keep_loaded=True):
                if digest_for(users[user_id], modes[preferences.DIGEST_KIND], now,
                              due[user_id], sections[user_id]):
                    queued += 1
    return queued


def _chunk_sections(ids: list[int], choices: dict[int, dict[str, str]], now: datetime
                    ) -> tuple[dict[int, User], dict[int, dict]]:
    """What each of these people's digests would hold, read for all of them at once."""
    users = {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(ids)))}
    previous = dict(db.session.execute(
        select(MailMessage.user_id, func.max(MailMessage.created_at))
        .where(MailMessage.user_id.in_(ids), MailMessage.kind == "digest")
        .group_by(MailMessage.user_id)).all())
    since = {uid: previous.get(uid) or users[uid].created_at
             or now - PERIODS[choices[uid][preferences.DIGEST_KIND]] for uid in users}
    spaces = _readable_spaces(users)
    notifications = _notifications(users, choices, since, spaces)
    pages = _pages(users, now)
    sessions = _sessions(users, now)
    questions: dict[tuple, list[dict]] = {}
    sections = {}
    for uid, user in users.items():
        sections[uid] = {"since": since[uid], "notifications": notifications.get(uid, []),
                         "questions": _questions(user, spaces[uid], questions),
                         "pages": pages.get(uid, []), "sessions": sessions.get(uid, [])}
    return users, sections


def _readable_spaces(users: dict[int, User]) -> dict[int, set[int]]:
    """user id -> the spaces the person reads: every space asked of access.can_read_space."""
    from forum.discussions import access
    from forum.discussions.models import Space

    every = list(db.session.scalars(select(Space)))
    return {uid: {space.id for space in every if access.can_read_space(user, space)}
            for uid, user in users.items()}


def digest_for_one(user: User, now: datetime, dedupe: str) -> MailMessage | None:
    """One person's digest now, read as the job reads a whole batch (tests use it)."""
    choices = preferences.modes_for({user.id})
    with request_cache.job_scope():
        users, sections = _chunk_sections([user.id], choices, now)
    return digest_for(users[user.id], choices[user.id][preferences.DIGEST_KIND], now, dedupe,
                      sections[user.id])


def digest_for(user: User, frequency: str, now: datetime, dedupe: str,
               sections: dict) -> MailMessage | None:
    since = sections.pop("since")
    if not _news(sections, since, now, PERIODS[frequency]):
        return None
    refers_to = _dump(frequency, since, now, sections)
    base = current_app.config["BASE_URL"]
    token = tokens.make("unsubscribe", user.id, {"kinds": [preferences.DIGEST_KIND]})
    unsubscribe = f"{base}/email/unsubscribe/{token}"
    subject, text, html = _render(user, frequency, sections, unsubscribe)
    row = queue.enqueue(to=user.email, user=user, kind="digest", subject=subject, text=text,
                        html=html, dedupe_key=dedupe, now=now,
                        headers={"List-Unsubscribe": f"<{unsubscribe}>",
                                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})
    if row is not None:
        row.refers_to = refers_to
    return row


def _news(sections: dict, since: datetime, now: datetime, period: timedelta) -> bool:
    """Something the person has not been told of yet (the digest is worth sending)."""
    return bool(sections["notifications"]
                or any(q["created_at"] > since for q in sections["questions"])
                or any(p["review_by"] > (since + timedelta(days=7)).date()
                       for p in sections["pages"])
                or any(s["starts_at"] <= now + period for s in sections["sessions"]))


def _render(user: User, frequency: str, sections: dict, unsubscribe: str
            ) -> tuple[str, str, str]:
    """Subject, text and HTML in the person's language."""
    config = current_app.config
    base = config["BASE_URL"]
    with force_locale(user.language or config["DEFAULT_LANGUAGE"]):
        subject = (_("Your daily digest from the forum") if frequency == "daily"
                   else _("Your weekly digest from the forum"))
        for item in sections["sessions"]:
            item["when"] = format_datetime(item["starts_at"], "short")
        for item in sections["pages"]:
            item["when"] = format_date(item["review_by"], "short")
        context = {"user": user, "base": base, "unsubscribe": unsubscribe,
                   "settings": f"{base}/settings/email",
                   **{name: sections[name] for name in SECTIONS}}
        return (subject, render_template("email/digest.txt", **context),
                render_template("email/digest.html", **context))


# -- the check when it is sent ----------------------------------------------------------------
_DATES = {"questions": ("created_at", datetime), "pages": ("review_by", date),
          "sessions": ("starts_at", datetime)}


def _dump(frequency: str, since: datetime, now: datetime, sections: dict) -> dict:
    """What the digest holds, as JSON: the ids the send-time check asks about and the lines
    to write it again from."""
    stored = {"frequency": frequency, "since": since.isoformat(), "at": now.isoformat()}
    for name in SECTIONS:
        stored[name] = [{key: value.isoformat() if isinstance(value, date) else value
                         for key, value in item.items() if key != "when"}
                        for item in sections[name]]
    return stored


def _load(stored: dict) -> dict:
    sections = {name: [dict(item) for item in stored.get(name, [])] for name in SECTIONS}
    for name, (key, kind) in _DATES.items():
        for item in sections[name]:
            item[key] = kind.fromisoformat(item[key])
    return sections


@before_send("digest")
def check_at_sending(row: MailMessage, now: datetime) -> str | None:
    """Just before the worker sends a digest: is every thread, page and session in it still
    readable by the person (the features' access rules)? All of it: sent as it is. Some of
    it: written again without the rest. Nothing new left: the reason it is not sent."""
    stored = row.refers_to
    if stored is None:
        return None  # queued before digests kept what they hold
    user = db.session.get(User, row.user_id) if row.user_id is not None else None
    if user is None or not user.active:
        return "gone"
    sections = _load(stored)
    kept = _still_readable(user, sections)
    if all(len(kept[name]) == len(sections[name]) for name in SECTIONS):
        return None
    frequency = stored["frequency"]
    since, composed = (datetime.fromisoformat(stored[k]) for k in ("since", "at"))
    if not _news(kept, since, composed, PERIODS[frequency]):
        return "no access: nothing left in it that the person may still read"
    row.refers_to = _dump(frequency, since, composed, kept)
    unsubscribe = row.headers.get("List-Unsubscribe", "").strip("<>")
    row.subject, row.text_body, row.html_body = _render(user, frequency, kept, unsubscribe)
    return None


def _still_readable(user: User, sections: dict) -> dict:
    """The lines whose thread (and post), page or session the person may still read, asked
    of discussions, wiki and PBL access: a handful of queries per digest."""
    from forum.discussions import access
    from forum.discussions.models import Post, Thread
    from forum.pbl.access import readable_group_ids
    from forum.pbl.models import PblSession
    from forum.wiki.access import can_read_page
    from forum.wiki.models import WikiPage

    kept = {name: [] for name in SECTIONS}
    threads = {item["thread_id"] for item in sections["notifications"] + sections["questions"]}
    if threads:
        spaces = set(access.readable_space_ids(user))
        readable = {thread_id for thread_id, space_id in db.session.execute(
            select(Thread.id, Thread.space_id).where(Thread.id.in_(threads)))
            if space_id in spaces}
        wanted = {item["post_id"] for item in sections["notifications"]}
        # Only what is_hidden_from reads (not the post's text): a row, as lists pass it.
        posts = {post.id: post for post in db.session.execute(
            select(Post.id, Post.deleted_at, Post.hidden_at, Post.author_id)
            .where(Post.id.in_(wanted)))} if wanted else {}
        kept["notifications"] = [
            item for item in sections["notifications"]
            if item["thread_id"] in readable and item["post_id"] in posts
            and posts[item["post_id"]].deleted_at is None
            and not access.is_hidden_from(user, posts[item["post_id"]])]
        kept["questions"] = [q for q in sections["questions"] if q["thread_id"] in readable]
    if sections["pages"]:
        pages = {page.id: page for page in db.session.scalars(select(WikiPage).where(
            WikiPage.id.in_({item["page_id"] for item in sections["pages"]})))}
        kept["pages"] = [item for item in sections["pages"] if item["page_id"] in pages
                         and can_read_page(user, pages[item["page_id"]])]
    if sections["sessions"]:
        groups = set(readable_group_ids(user))
        found = dict(db.session.execute(select(PblSession.id, PblSession.group_id).where(
            PblSession.id.in_({item["session_id"] for item in sections["sessions"]}))).all())
        kept["sessions"] = [item for item in sections["sessions"]
                            if found.get(item["session_id"]) in groups]
    return kept


def _notifications(users: dict[int, User], choices: dict[int, dict[str, str]],
                   since: dict[int, datetime], readable: dict[int, set[int]]
                   ) -> dict[int, list[dict]]:
    """user id -> one line per thread with unread, unseen notifications of a digest kind, in
    the spaces the person reads and not hidden from them."""
    from forum.discussions import access
    from forum.discussions.models import Post, ReadState, Thread
    from forum.notifications.models import Notification

    kinds = {uid: {k for k, mode in choices[uid].items()
                   if k in preferences.KINDS and mode == preferences.DIGEST} for uid in users}
    wanted = [uid for uid in users if kinds[uid]]
    if not wanted:
        return {}
    rows = db.session.execute(
        select(Notification.user_id, Notification.kind, Notification.created_at,
               Thread.id, Thread.title, Thread.space_id, Post.id, Post.seq, Post.hidden_at,
               func.coalesce(ReadState.last_read_seq, 0))
        .join(Thread, Thread.id == Notification.thread_id)
        .join(Post, Post.id == Notification.post_id)
        .outerjoin(ReadState, and_(ReadState.user_id == Notification.user_id,
                                   ReadState.thread_id == Thread.id))
        .where(Notification.user_id.in_(wanted), Notification.read_at.is_(None),
               Notification.kind.in_(set().union(*kinds.values())),
               Notification.created_at > min(since[uid] for uid in wanted),
               Post.deleted_at.is_(None))
        .order_by(Notification.id)).all()
    base = current_app.config["BASE_URL"]
    items: dict[int, list[dict]] = {}
    seen: set[tuple[int, int]] = set()
    for uid, kind, created, thread_id, title, space_id, post_id, seq, hidden, read in rows:
        user = users[uid]
        if kind not in kinds[uid] or created <= since[uid] or read >= seq:
            continue
        if (uid, thread_id) in seen:
            continue  # one line per thread
        if space_id not in readable[uid]:
            continue
        if hidden is not None and access.is_hidden_from(user, db.session.get(Post, post_id)):
            continue
        seen.add((uid, thread_id))
        items.setdefault(uid, []).append({"title": build.one_line(title), "kind": kind,
                                          "url": f"{base}/t/{thread_id}#post-{seq}",
                                          "thread_id": thread_id, "post_id": post_id})
    return items


def _questions(user: User, spaces: set[int], memo: dict[tuple, list[dict]]) -> list[dict]:
    """Unanswered questions to the person's organization line in the spaces they read, oldest
    first; people who read the same spaces in the same organization line share one query."""
    from forum.accounts.access import organization_line
    from forum.discussions.models import Thread

    key = (tuple(sorted(spaces)),
           tuple(organization_line(user.organization_id)) if user.organization_id else ())
    if not key[0] or not key[1]:
        return []
    if key not in memo:
        base = current_app.config["BASE_URL"]
        memo[key] = [
            {"title": build.one_line(title), "url": f"{base}/t/{thread_id}",
             "created_at": created, "thread_id": thread_id}
            for thread_id, title, created in db.session.execute(
                select(Thread.id, Thread.title, Thread.created_at)
                .where(Thread.space_id.in_(key[0]), Thread.question_org_id.in_(key[1]),
                       Thread.solution_post_id.is_(None), Thread.first_answer_at.is_(None))
                .order_by(Thread.created_at, Thread.id).limit(20))]
    return [dict(item) for item in memo[key]]


def _pages(users: dict[int, User], now: datetime) -> dict[int, list[dict]]:
    """user id -> their organization's pages due for review within a week that they read
    (wiki.access.can_read_page), soonest first; the pages of all their organizations in one
    query."""
    from forum.wiki.access import can_read_page
    from forum.wiki.models import WikiPage

    orgs = {user.organization_id for user in users.values() if user.organization_id}
    if not orgs:
        return {}
    due: dict[int, list[WikiPage]] = {}
    for page in db.session.scalars(select(WikiPage).where(
            WikiPage.organization_id.in_(orgs),
            WikiPage.review_by <= now.date() + timedelta(days=7))
            .order_by(WikiPage.review_by, WikiPage.id)):
        due.setdefault(page.organization_id, []).append(page)
    base = current_app.config["BASE_URL"]
    return {uid: [{"title": build.one_line(p.title), "url": f"{base}/wiki/{p.id}",
                   "review_by": p.review_by, "page_id": p.id}
                  for p in due.get(user.organization_id, []) if can_read_page(user, p)][:20]
            for uid, user in users.items()}


def _sessions(users: dict[int, User], now: datetime) -> dict[int, list[dict]]:
    """user id -> the next planned session of each group the person reads
    (pbl.access.readable_group_ids); the sessions of all their groups in one query."""
    from forum.pbl.access import readable_group_ids
    from forum.pbl.models import PblGroup, PblSession, SessionStatus

    groups = {uid: readable_group_ids(user) for uid, user in users.items()}
    every = set().union(*groups.values()) if groups else set()
    if not every:
        return {}
    upcoming: dict[int, PblSession] = {}
    for session in db.session.scalars(select(PblSession).where(
            PblSession.group_id.in_(every), PblSession.starts_at > now,
            PblSession.status == SessionStatus.PLANNED)
            .order_by(PblSession.starts_at, PblSession.id)):
        upcoming.setdefault(session.group_id, session)
    names = dict(db.session.execute(select(PblGroup.id, PblGroup.name).where(
        PblGroup.id.in_(upcoming))).all()) if upcoming else {}
    base = current_app.config["BASE_URL"]
    return {uid: [{"group": build.one_line(names[group_id]),
                   "starts_at": upcoming[group_id].starts_at,
                   "url": f"{base}/pbl/s/{upcoming[group_id].id}",
                   "session_id": upcoming[group_id].id, "group_id": group_id}
                  for group_id in group_ids if group_id in upcoming]
            for uid, group_ids in groups.items()}

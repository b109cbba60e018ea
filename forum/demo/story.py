"""Eighteen months of collaboration history for /insights, deterministic (one seed).

The story: Arbetsförmedlingen is reorganized nine months ago. Before it, its staff answer the
others within hours and take part in threads across lines; after it, they reply less and
later, and some questions to them wait for weeks. Meanwhile a PBL group keeps Vårdcentralen
Norrköp and Norrköp's social services talking, month after month. Everything goes through
the same actions as real use, backdated; `forum insights rebuild` runs at the end.

The agency's decline is steep enough that the dashboard's "gone quiet" sign fires on the last
two complete months against the six before (tests/functional/test_demo_story.py), and the
random draws never depend on today's date, so the story reads the same whenever it is loaded.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from forum.accounts.models import Organization, User
from forum.accounts.passwords import hash_password
from forum.db import utcnow
from forum.discussions import actions, state_actions
from forum.discussions.models import Space
from forum.extensions import db
from forum.pbl import actions as pbl_actions
from forum.pbl import sessions
from forum.rollups import actions as insight_actions
from forum.rollups.months import add_months, month_of
from forum.wiki.models import WikiPage

MONTHS = 18
REORGANIZED = 9  # months ago
QUIET = "arbetsformedlingen"  # the organization that was reorganized
EXTRA_THREADS = 3  # a month, besides one from each organization
STAFF = {  # organization slug -> colleagues (first names) added for the story
    "forsakringskassan": ["Karin", "Johan", "Elin", "Mats"],
    "arbetsformedlingen": ["Sofia", "Ahmed", "Linnea", "Per", "Emma"],
    "vardcentralen-norrkop": ["Anna", "Nils", "Hanna", "Omar"],
    "norrkop-socialtjanst": ["Maria", "Jonas", "Fatima", "Olle"],
    "region-alvland": ["Ida", "Viktor", "Sara"],
}
SURNAMES = ["Lindqvist", "Berg", "Holm", "Sandberg", "Nyström", "Ek", "Lund", "Falk"]
TOPICS = ["Avstämningsmöte inför dag 180", "Aktivitetsersättning och praktik",
          "Arbetsförmåga efter lång sjukskrivning", "Gemensam kartläggning",
          "Försörjningsstöd under arbetsträning", "Läkarintyg och arbetslivsinriktad "
          "rehabilitering", "Samordnad plan för en deltagare", "Insatser under väntetid"]


def load_story(orgs: dict[str, Organization], people: dict[str, User]) -> dict[str, int]:
    rng = random.Random(2026)  # noqa: S311 (a repeatable story, not a secret)
    now = utcnow()
    staff = _staff(orgs)
    space = db.session.query(Space).filter_by(slug="rehabiliteringskedjan").one()
    pages = db.session.query(WikiPage).filter(WikiPage.boundary_org_id.is_not(None)).all()
    threads = posts = 0
    start, fading = month_of(now), _Fading()
    for back in range(MONTHS - 1, -1, -1):
        month = add_months(start, -back)
        first = datetime(month.year, month.month, 1, 8, tzinfo=now.tzinfo)
        days = min(28, max(1, (now - first).days - 1))
        # After the reorganization the agency fades a little more each month: slowly at
        # first, then faster, until last month it hardly takes part (0 -> 1).
        fade = min(1.0, max(0, REORGANIZED - back) / (REORGANIZED - 1)) ** 2
        t, p = _month(rng, staff, orgs, space, pages, first, days, fade, fading)
        threads, posts = threads + t, posts + p
    _pbl_group(rng, staff, people, now)
    db.session.flush()
    return {"story_threads": threads, "story_posts": posts}


def _staff(orgs: dict[str, Organization]) -> dict[str, list[User]]:
    password_hash = hash_password("rehab-demo-2026")
    found = {}
    for n, (slug, names) in enumerate(STAFF.items()):
        org = orgs[slug]
        domain = org.contact_email.split("@")[-1] if "@" in org.contact_email else \
            f"{org.handle}.example"
        found[slug] = []
        for i, name in enumerate(names):
            surname = SURNAMES[(n * 3 + i) % len(SURNAMES)]
            user = User(email=f"{name.lower()}.{surname.lower()}.{org.handle}@{domain}",
                        username=f"{name.lower()}.{surname.lower()}.{org.handle}"[:40],
                        display_name=f"{name} {surname}", organization=org,
                        password_hash=password_hash, job_title="Handläggare")
            db.session.add(user)
            found[slug].append(user)
    db.session.flush()
    return found


class _Fading:
    """How often the reorganized agency still takes part: of the chances it gets, a share
    `1 - strength * fade`, spread evenly (a running credit, not a dice roll), so that its
    decline reads the same in every month's figures instead of drowning in chance."""

    def __init__(self) -> None:
        self.credit = {"ask": 0.0, "answer": 0.0, "read": 0.0, "boundary": 0.0}

    def takes_part(self, kind: str, fade: float, strength: float) -> bool:
        self.credit[kind] += 1 - strength * fade
        if self.credit[kind] >= 1:
            self.credit[kind] -= 1
            return True
        return False


def _month(rng, staff, orgs, space, pages, first: datetime, days: int, fade: float,
           fading: _Fading):
    """One month: threads and questions across lines, answers, reads, boundary reads. Every
    organization asks once, a few of them more; the reorganized agency less and less."""
    threads = posts = 0
    slugs = list(staff)
    askers = [*slugs, *(rng.choice(slugs) for _ in range(EXTRA_THREADS))]
    rng.shuffle(askers)
    for asker_slug in askers:
        asked_slug = rng.choice([s for s in slugs if s != asker_slug])
        when = first + timedelta(days=rng.uniform(0, days - 1), hours=rng.randint(0, 8))
        when = min(when, utcnow() - timedelta(hours=1))  # early on the 1st: not in the future
        asker = rng.choice(staff[asker_slug])
        question = orgs[asked_slug] if rng.random() < 0.6 else None
        topic, readers = rng.choice(TOPICS), rng.sample([u for s in slugs for u in staff[s]], 3)
        if asker_slug == QUIET and not fading.takes_part("ask", fade, 0.95):
            continue  # the reorganized agency asks less
        data = actions.check_new_thread(asker, space, topic,
                                        "Hur brukar ni göra i det här läget?",
                                        question.id if question else None)
        thread, _ = actions.do_create_thread(asker, space, data, when)
        threads, posts = threads + 1, posts + 1
        posts += _replies(rng, staff, thread, asked_slug, when, fade, fading)
        for reader in readers:
            read_at = when + timedelta(hours=rng.randint(1, 72))
            if reader.organization_id == orgs[QUIET].id and \
                    not fading.takes_part("read", fade, 0.95):
                continue
            state_actions.do_mark_read(reader, thread, thread.last_seq, min(read_at, utcnow()))
    for reader in [u for s in slugs for u in staff[s]]:
        reads, page, day = rng.random() < 0.4, rng.choice(pages) if pages else None, \
            rng.randint(0, 20)
        if reader.organization_id == orgs[QUIET].id and \
                not fading.takes_part("boundary", fade, 0.9):
            continue
        if page is not None and reads:
            insight_actions.do_record_boundary_read(
                reader, page, min(first + timedelta(days=day), utcnow()))
    return threads, posts


def _replies(rng, staff, thread, asked_slug, when, fade: float, fading: _Fading) -> int:
    """The asked organization answers, then one more; the reorganized agency less often and
    later. Every draw is made whatever the outcome, so that the story's random sequence does
    not depend on today's date (a reply that would lie in the future is left out)."""
    made, moment = 0, when
    responders = [asked_slug, rng.choice([s for s in staff if s != asked_slug])]
    for slug in responders:
        quiet = fade if slug == QUIET else 0
        delay = rng.uniform(1, 10) + 100 * quiet * rng.random()
        author = rng.choice(staff[slug])
        if slug == QUIET and not fading.takes_part("answer", fade, 0.85):
            continue  # no answer at all
        moment = moment + timedelta(hours=delay)
        if moment >= utcnow():
            continue  # (and so is every later one: `moment` only grows)
        draft = actions.check_new_post(author, thread, "Så här gör vi hos oss.", None)
        actions.do_create_post(author, thread, draft, moment)
        made += 1
    return made


def _pbl_group(rng, staff, people, now: datetime) -> None:
    """Monthly sessions of a group from the health centre and the social services."""
    tutor = people["eva.nordin"]
    members = staff["vardcentralen-norrkop"][:3] + staff["norrkop-socialtjanst"][:3]
    started = now - timedelta(days=30 * MONTHS)
    group = pbl_actions.do_create_group(tutor, pbl_actions.check_new_group(
        tutor, "Samverkansgruppen Norrköp", "Vård och socialtjänst löser fall tillsammans.",
        [m.id for m in members]), started)
    for back in range(MONTHS - 1, 0, -1):
        day = (now - timedelta(days=30 * back)).strftime("%Y-%m-%d")
        starts, minutes = sessions.check_plan_session(tutor, group, day, "13:00", 120)
        session = sessions.do_plan_session(tutor, group, starts, minutes)
        # The group keeps meeting: at most one member away at a session.
        away = rng.choice(members + [None] * len(members))
        present = [m.id for m in members if m is not away]
        sessions.do_record_attendance(session, sessions.check_attendance(tutor, session,
                                                                         present))

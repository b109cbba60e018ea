"""Eighteen months of collaboration history for /insights, deterministic (one seed).

The story: Arbetsförmedlingen is reorganized nine months ago. Before it, its staff answer the
others within hours and take part in threads across lines; after it, they reply less and
later, and some questions to them wait for weeks. Meanwhile a PBL group keeps Vårdcentralen
Norrköp and Norrköp's social services talking, month after month. Everything goes through
the same actions as real use, backdated; `forum insights rebuild` runs at the end.
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
STAFF = {  # organization slug -> colleagues (first names) added for the story
    "forsakringskassan": ["Karin", "Johan", "Elin", "Mats"],
    "arbetsformedlingen": ["Sofia", "Ahmed", "Linnea", "Per"],
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
    start = month_of(now)
    for back in range(MONTHS - 1, -1, -1):
        month = add_months(start, -back)
        first = datetime(month.year, month.month, 1, 8, tzinfo=now.tzinfo)
        days = min(28, max(1, (now - first).days - 1))
        # After the reorganization the agency fades a little more each month (0 -> ~1).
        fade = (max(0, REORGANIZED - back) / REORGANIZED) ** 2  # slowly, then faster
        t, p = _month(rng, staff, orgs, space, pages, first, days, fade)
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


def _month(rng, staff, orgs, space, pages, first: datetime, days: int, fade: float):
    """One month: threads and questions across lines, answers, reads, boundary reads."""
    threads = posts = 0
    slugs = list(staff)
    for _ in range(6):
        asker_slug = rng.choice(slugs)
        asked_slug = rng.choice([s for s in slugs if s != asker_slug])
        if asker_slug == "arbetsformedlingen" and rng.random() < 0.9 * fade:
            continue  # the reorganized agency asks less
        when = first + timedelta(days=rng.uniform(0, days - 1), hours=rng.randint(0, 8))
        asker = rng.choice(staff[asker_slug])
        question = orgs[asked_slug] if rng.random() < 0.6 else None
        data = actions.check_new_thread(asker, space, rng.choice(TOPICS),
                                        "Hur brukar ni göra i det här läget?",
                                        question.id if question else None)
        thread, _ = actions.do_create_thread(asker, space, data, when)
        threads, posts = threads + 1, posts + 1
        posts += _replies(rng, staff, thread, asked_slug, when, fade)
        for reader in rng.sample([u for s in slugs for u in staff[s]], 3):
            if reader.organization_id in _quiet_ids(orgs) and rng.random() < 0.9 * fade:
                continue
            state_actions.do_mark_read(reader, thread, thread.last_seq,
                                       min(when + timedelta(hours=rng.randint(1, 72)),
                                           utcnow()))
    for reader in [u for s in slugs for u in staff[s]]:
        quiet = reader.organization_id in _quiet_ids(orgs)
        if pages and rng.random() < (0.4 - 0.35 * fade if quiet else 0.4):
            insight_actions.do_record_boundary_read(reader, rng.choice(pages),
                                                    first + timedelta(days=rng.randint(0, 20)))
    return threads, posts


def _quiet_ids(orgs) -> set[int]:
    return {orgs["arbetsformedlingen"].id}


def _replies(rng, staff, thread, asked_slug, when, fade: float) -> int:
    made, moment = 0, when
    responders = [asked_slug, rng.choice([s for s in staff if s != asked_slug])]
    for slug in responders:
        fading = fade if slug == "arbetsformedlingen" else 0
        if rng.random() < 0.8 * fading:
            continue  # no answer at all
        delay = rng.uniform(1, 10) + 100 * fading * rng.random()
        moment = moment + timedelta(hours=delay)
        if moment >= utcnow():
            break
        author = rng.choice(staff[slug])
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
        present = [m.id for m in members if rng.random() < 0.85]
        sessions.do_record_attendance(session, sessions.check_attendance(tutor, session,
                                                                         present))

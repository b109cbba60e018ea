"""The demo tells the collaboration-health story (`make run` shows it): Arbetsförmedlingen
goes quiet after its reorganization, and /insights says so, with the evidence, while the
steady organizations raise no sign. The demo is loaded once (the live servers' template)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from forum.accounts.models import Organization, User
from forum.db import utcnow
from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from forum.extensions import db
from forum.insights.signs import signs
from tests.conftest import FormClient, IsolatedClient, make_app

COORDINATOR = next(u["email"] for u in USERS if u["username"] == "helena.sjoberg")
STEADY = ("fk", "region", "norrkop", "vardcentralen")  # handles of organizations in the story


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory: pytest.TempPathFactory, demo_database) -> Iterator:
    folder = tmp_path_factory.mktemp("demo-story")
    shutil.copy(demo_database, folder / "forum.db")
    application = make_app(folder, folder / "forum.db")
    application.test_client_class = IsolatedClient
    with application.app_context():
        yield application
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="module")
def coordinator(demo_app) -> FormClient:
    client = FormClient(demo_app.test_client())
    user = db.session.scalar(select(User).where(User.email == COORDINATOR))
    client.login(user, DEMO_PASSWORD)
    return client


def _org(handle: str) -> Organization:
    return db.session.scalar(select(Organization).where(Organization.handle == handle))


def _signs_on_page(html: str) -> list[tuple[str, str, str]]:
    return re.findall(r'<li class="sign-(\w+)"><strong>(.*?)</strong>\s*'
                      r'<span class="why">(.*?)</span>', html, re.S)


def test_the_coordinator_sees_the_quiet_organization_with_its_evidence(coordinator):
    html = coordinator.get("/insights").get_data(as_text=True)
    quiet = [s for s in _signs_on_page(html) if s[0] == "quiet"]
    af = _org("af")
    assert len(quiet) == 1, quiet
    title, evidence = quiet[0][1], quiet[0][2]
    assert f'href="/insights?org={af.id}"' in title and "Arbetsförmedlingen har tystnat" in title
    match = re.fullmatch(r"([\d.]+) inlägg och läsningar i månaden \S+–\S+, mot ([\d.]+) i "
                         r"månaden de sex månaderna före \(under 50 %\)\.", evidence)
    assert match, evidence
    lately, before = float(match.group(1)), float(match.group(2))
    assert lately < 0.5 * before


def test_signs_fire_only_where_the_story_means_them(demo_app):
    coordinator = db.session.scalar(select(User).where(User.email == COORDINATOR))
    everyone = list(db.session.scalars(select(Organization.id)))
    handles = dict(db.session.execute(select(Organization.id, Organization.handle)).all())
    names = {o.name: o.handle for o in db.session.scalars(select(Organization))}
    found = signs(coordinator, everyone, utcnow(), groups=True)
    kinds = {(s.kind, handles[s.args["org"]] if "org" in s.args else None) for s in found}
    assert ("quiet", "af") in kinds
    assert not {("quiet", h) for h in STEADY} & kinds  # the steady organizations keep going
    assert not [s for s in found if s.kind in ("unreplied", "attendance")], found
    # Questions past their promised time are the reorganized agency's (its questions wait
    # for weeks); the one overdue review is the demo's Sjöby page, there for the review queue.
    overdue = [s for s in found if s.kind == "overdue_question"]
    assert overdue and all("Arbetsförmedlingen" in s.title for s in overdue)
    pages = [s for s in found if s.kind == "overdue_page"]
    assert [next(h for n, h in names.items() if n in s.title) for s in pages] == ["sjoby"]


def _chart_values(html: str, key: str) -> list[float]:
    """The numbers of a chart's table; "fewer than 3" read as its upper bound, 2."""
    body = re.search(rf'id="chart-{key}".*?<tbody>(.*?)</tbody>', html, re.S).group(1)
    cells = re.findall(r"<td>(.*?)</td>", body)
    return [2.0 if cell == "färre än 3" else float(cell.replace(",", ".").replace("\u00a0", ""))
            for cell in cells]


def test_the_trend_chart_shows_the_decline(coordinator):
    af, fk = _org("af"), _org("fk")
    html = coordinator.get(f"/insights?org={af.id}&months=12").get_data(as_text=True)
    active = _chart_values(html, "active")
    assert len(active) == 12
    first, lately = active[:6], active[-3:-1]  # the last entry is the month under way
    assert sum(lately) / 2 < sum(first) / 6 and active[-2] < min(first), active
    steady = _chart_values(coordinator.get(f"/insights?org={fk.id}&months=12")
                           .get_data(as_text=True), "active")
    assert min(steady[-3:-1]) >= min(steady[:6]), steady

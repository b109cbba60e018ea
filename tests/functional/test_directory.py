"""The member directory: grouped by organization, searchable by name and organization."""

from __future__ import annotations

import pytest

from forum.accounts.models import OrgType


@pytest.fixture
def directory(factory):
    af = factory.org("Arbetsförmedlingen", type=OrgType.EMPLOYMENT_SERVICE, handle="af")
    local = factory.org("Arbetsförmedlingen Älvstad", type=OrgType.EMPLOYMENT_SERVICE,
                        parent=af, handle="af-alvstad")
    fk = factory.org("Försäkringskassan", handle="fk")
    return {
        "eva": factory.user(local, display_name="Eva Lind", job_title="Arbetsförmedlare",
                            works_on="Unga med aktivitetsersättning"),
        "omar": factory.user(fk, display_name="Omar Said", job_title="Handläggare"),
        "gone": factory.user(fk, display_name="Gustav Gone", active=False),
        "viewer": factory.user(fk, display_name="Vera Viewer"),
        "af": af, "fk": fk,
    }


def test_people_grouped_by_organization(client, directory):
    client.login(directory["omar"])
    html = client.get("/people").get_data(as_text=True)
    assert "Eva Lind" in html and "Omar Said" in html
    assert html.index("Arbetsförmedlingen Älvstad") < html.index("Försäkringskassan")
    assert "Gustav Gone" not in html


def test_search_by_topic(client, directory):
    client.login(directory["viewer"])
    html = client.get("/people?q=aktivitetsersättning").get_data(as_text=True)
    assert "Eva Lind" in html and "Omar Said" not in html


def test_filter_by_agency_includes_local_offices(client, directory):
    client.login(directory["viewer"])
    html = client.get(f"/people?org={directory['af'].id}").get_data(as_text=True)
    assert "Eva Lind" in html and "Omar Said" not in html


def test_like_wildcards_are_literal(client, directory):
    client.login(directory["viewer"])
    html = client.get("/people?q=%25").get_data(as_text=True)
    assert "Eva Lind" not in html


def test_person_and_organization_pages(client, directory):
    client.login(directory["omar"])
    eva = directory["eva"]
    assert "Unga med aktivitetsersättning" in client.get(f"/people/{eva.id}").get_data(
        as_text=True)
    assert client.get(f"/people/{directory['gone'].id}").status_code == 404
    page = client.get(f"/organizations/{directory['af'].id}").get_data(as_text=True)
    assert "Arbetsförmedlingen Älvstad" in page

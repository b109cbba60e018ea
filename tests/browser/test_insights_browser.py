"""A coordinator reads the collaboration dashboard in a real browser: changes the period and
reads a chart's numbers from the table beside it."""

from __future__ import annotations

from datetime import UTC, datetime

from playwright.sync_api import expect

from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page


def test_a_coordinator_changes_the_period_and_reads_a_chart(chromium, live_server):
    page = new_page(chromium, live_server.url)
    coordinator = next(u["email"] for u in USERS if u["username"] == "helena.sjoberg")
    log_in(page, coordinator, DEMO_PASSWORD)
    page.goto("/insights")
    expect(page.get_by_role("heading", name="Samverkanshälsa", level=1)).to_be_visible()
    figure = page.locator("#chart-posts")
    expect(figure.locator("table.chart-table tbody tr")).to_have_count(12)
    page.get_by_label("Period").select_option(label="Senaste 3 månaderna")
    page.get_by_role("button", name="Visa").click()
    page.wait_for_url("**/insights?months=3*")
    rows = figure.locator("table.chart-table tbody tr")
    expect(rows).to_have_count(3)
    # The chart is an image with a text alternative; its numbers are the table's.
    chart = figure.locator("svg[role=img]")
    expect(chart).to_be_visible()
    description = chart.locator("desc").text_content()
    for i in range(3):
        month = rows.nth(i).locator("th").inner_text()
        value = rows.nth(i).locator("td").inner_text()
        assert f"{month}: {value}" in description
    assert rows.nth(2).locator("th").inner_text() == f"{datetime.now(UTC):%Y-%m}"  # this month

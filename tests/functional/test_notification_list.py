"""The notification list: newest first, grouped by thread (a group sits where its newest
notification is)."""

from __future__ import annotations

import re

from tests.factories import ForumFactory


def test_notifications_are_newest_first_and_grouped_by_thread(app, client):
    forum = ForumFactory()
    org = forum.org("Försäkringskassan", handle="fk")
    reader = forum.user(org, username="rut.reader", display_name="Rut Läsare")
    writer = forum.user(org, username="wera.writer", display_name="Wera Skribent")
    space = forum.space("allmant", "all")
    first = forum.thread(space, writer, "Första tråden", "Början")
    second = forum.thread(space, writer, "Andra tråden", "Början")
    forum.post(first, writer, "Hej @rut.reader, en fråga")        # 1: first thread
    forum.post(second, writer, "@rut.reader kan du titta här?")   # 2: second thread
    forum.post(first, writer, "@rut.reader igen, ett tillägg")    # 3: first thread, newest

    client.login(reader)
    html = client.get("/notifications").get_data(as_text=True)
    groups = re.findall(r'<li class="notification-group">(.*?)</ul>\s*</li>', html, re.S)
    titles = [re.search(r'<h2 class="notification-group-title">\s*<a [^>]*>([^<]+)</a>', g)[1]
              for g in groups]
    assert titles == ["Första tråden", "Andra tråden"]  # the first thread has the newest
    posts = [re.findall(r'href="/t/\d+#post-(\d+)"', g) for g in groups]
    assert posts == [["3", "2"], ["2"]]  # newest first inside a group too
    assert html.count("Wera Skribent nämnde dig") == 3

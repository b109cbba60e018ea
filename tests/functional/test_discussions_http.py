"""Threads over HTTP: pages, forms, the JSON API, and bad input on each."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from forum.accounts.models import Role
from forum.discussions.models import Post, Thread
from forum.extensions import db
from tests.factories import ForumFactory
from tests.identity_numbers import personnummer


@pytest.fixture
def setup(app):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    people = {"fk": f.user(fk, username="fia"), "af": f.user(af, username="anna"),
              "mod": f.user(af, roles=(Role.MODERATOR,), username="mod")}
    open_space = f.space("allmant", "all")
    fk_space = f.space("fk-internt", "org", org=fk, name="FK internt")
    thread = f.thread(open_space, people["af"], "Öppen tråd")
    secret = f.thread(fk_space, people["fk"], "Hemlig FK-tråd", body="Internt om rutiner")
    return {"people": people, "thread": thread, "secret": secret, "factory": f}


def posts() -> int:
    return db.session.scalar(select(func.count()).select_from(Post))


def api_headers(client) -> dict:
    return {"X-CSRFToken": client.csrf_token("/")}


def test_outsider_sees_nothing_of_a_private_space(client, setup):
    client.login(setup["people"]["af"])
    secret = setup["secret"]
    assert "Hemlig" not in client.get("/").get_data(as_text=True)
    for url in (f"/t/{secret.id}", "/s/fk-internt", f"/api/v1/threads/{secret.id}/posts",
                "/s/fk-internt/new"):
        assert client.get(url).status_code == 404, url
    post_id = db.session.scalar(select(Post.id).where(Post.thread_id == secret.id))
    assert client.get(f"/p/{post_id}/history").status_code == 404
    response = client.post(f"/api/v1/threads/{secret.id}/posts", headers=api_headers(client),
                           json={"body": "hej"})
    assert response.status_code == 404 and response.get_json()["code"] == "not_found"
    assert "Hemlig" not in client.get("/?space=999").get_data(as_text=True)


def test_home_lists_threads_with_unread_counts(client, setup):
    setup["factory"].post(setup["thread"], setup["people"]["fk"], "Ett svar")
    client.login(setup["people"]["fk"])
    html = client.get("/").get_data(as_text=True)
    assert "Öppen tråd" in html and "Hemlig FK-tråd" in html
    assert f'data-thread-id="{setup["thread"].id}"' in html


def test_reply_form_and_duplicate_submission(client, setup):
    client.login(setup["people"]["fk"])
    thread = setup["thread"]
    form = {"body": "Svar via formulär", "client_id": "form-client-0001"}
    first = client.post_form(f"/t/{thread.id}/posts", form, token_page=f"/t/{thread.id}")
    again = client.post_form(f"/t/{thread.id}/posts", form, token_page=f"/t/{thread.id}")
    assert first.status_code == again.status_code == 302
    assert posts() == 3
    assert "Svar via formulär" in client.get(f"/t/{thread.id}").get_data(as_text=True)


def test_empty_and_oversized_posts_get_messages(client, setup):
    client.login(setup["people"]["fk"])
    thread = setup["thread"]
    for body in ("", "x" * (64 * 1024 + 10)):
        response = client.post_form(f"/t/{thread.id}/posts", {"body": body},
                                    token_page=f"/t/{thread.id}")
        assert response.status_code == 400
        assert 'id="e-body"' in response.get_data(as_text=True)
    assert posts() == 2


def test_privacy_warning_on_the_form(client, setup):
    client.login(setup["people"]["fk"])
    thread = setup["thread"]
    text = f"Gäller {personnummer()}"
    warned = client.post_form(f"/t/{thread.id}/posts", {"body": text},
                              token_page=f"/t/{thread.id}")
    assert warned.status_code == 422
    html = warned.get_data(as_text=True)
    assert "privacy-warning" in html and personnummer()[7:] not in html.split(
        "privacy-warning")[1].split("</ul>")[0]
    assert posts() == 2
    confirmed = client.post_form(f"/t/{thread.id}/posts",
                                 {"body": text, "confirm_privacy": "1"},
                                 token_page=f"/t/{thread.id}")
    assert confirmed.status_code == 302 and posts() == 3


def test_json_api_create_and_catch_up(client, setup):
    client.login(setup["people"]["fk"])
    thread = setup["thread"]
    headers = api_headers(client)
    created = client.post(f"/api/v1/threads/{thread.id}/posts", headers=headers,
                          json={"body": "Via API", "client_id": "api-client-0001"})
    assert created.status_code == 201 and created.get_json()["post"]["seq"] == 2
    dup = client.post(f"/api/v1/threads/{thread.id}/posts", headers=headers,
                      json={"body": "Via API", "client_id": "api-client-0001"})
    assert dup.status_code == 200 and dup.get_json()["duplicate"] is True
    listing = client.get(f"/api/v1/threads/{thread.id}/posts?after=1").get_json()
    assert [p["seq"] for p in listing["posts"]] == [2]


@pytest.mark.parametrize("raw", [
    "{not json", "[]", '{"body": 5}', '{"body": "x", "client_id": 7}', '{"body": "\\u0000"}',
    '"just a string"',
])
def test_json_api_wrong_shapes(client, setup, raw):
    client.login(setup["people"]["fk"])
    response = client.post(f"/api/v1/threads/{setup['thread'].id}/posts",
                           headers=api_headers(client), data=raw,
                           content_type="application/json")
    assert response.status_code == 400
    assert response.get_json()["ok"] is False
    assert posts() == 2


def test_json_privacy_error(client, setup):
    client.login(setup["people"]["fk"])
    response = client.post(f"/api/v1/threads/{setup['thread'].id}/posts",
                           headers=api_headers(client), json={"body": personnummer()})
    body = response.get_json()
    assert response.status_code == 422 and body["code"] == "privacy"
    assert body["findings"] and personnummer() not in str(body)


def test_new_thread_form(client, setup):
    client.login(setup["people"]["af"])
    response = client.post_form("/s/allmant/new", {
        "title": "Ny fråga", "body": "Hur gör ni?", "question_org_id": "",
        "client_id": "newthread-000001"}, token_page="/s/allmant/new")
    assert response.status_code == 302
    assert db.session.scalar(select(Thread).where(Thread.title == "Ny fråga")) is not None
    too_long = client.post_form("/s/allmant/new", {"title": "x" * 2000, "body": "text"},
                                token_page="/s/allmant/new")
    assert too_long.status_code == 400
    for org in ("²", "9" * 30, "abc"):  # an organization that cannot exist: a form message
        response = client.post_form("/s/allmant/new", {
            "title": "Fråga till ingen", "body": "Hej", "question_org_id": org},
            token_page="/s/allmant/new")
        assert response.status_code == 400, org
    assert db.session.scalar(select(func.count()).select_from(Thread).where(
        Thread.title == "Fråga till ingen")) == 0


def test_edit_history_and_delete_over_http(client, setup):
    f, people = setup["factory"], setup["people"]
    post = f.post(setup["thread"], people["fk"], "Original text")
    client.login(people["fk"])
    edited = client.post_form(f"/p/{post.id}/edit", {"body": "Changed text"},
                              token_page=f"/p/{post.id}/edit")
    assert edited.status_code == 302
    history = client.get(f"/p/{post.id}/history").get_data(as_text=True)
    assert "Original" in history and "<ins>" in history
    client.post_form(f"/p/{post.id}/delete", token_page=f"/t/{setup['thread'].id}")
    page = client.get(f"/t/{setup['thread'].id}").get_data(as_text=True)
    assert "Changed text" not in page.split('id="post-2"')[1].split("</li>")[0]


def test_mentions_autocomplete(client, setup):
    client.login(setup["people"]["fk"])
    items = client.get("/api/v1/mentions?q=an").get_json()["items"]
    assert any(i["kind"] == "user" and i["handle"] == "anna" for i in items)
    assert client.get("/api/v1/mentions?q=").get_json()["items"] == []


def test_reaction_buttons_work_without_javascript(client, setup):
    """One form per post holds the reaction buttons; the pressed one is the reaction."""
    thread = setup["thread"]
    post_id = db.session.scalar(select(Post.id).where(Post.thread_id == thread.id))
    client.login(setup["people"]["fk"])
    html = client.get(f"/t/{thread.id}").get_data(as_text=True)
    forms = re.findall(rf'<form method="post" action="/p/{post_id}/reactions"', html)
    assert len(forms) == 1
    token = client.csrf_token(f"/t/{thread.id}")
    response = client.post(f"/p/{post_id}/reactions", data={"csrf_token": token, "kind": "idea"})
    assert response.status_code == 302
    html = client.get(f"/t/{thread.id}").get_data(as_text=True)
    button = re.search(r'<button[^>]*data-kind="idea"[^>]*>.*?</button>', html, re.S).group(0)
    assert 'aria-pressed="true"' in button and "mine" in button
    assert '<span class="count">1</span>' in button
    other = re.search(r'<button[^>]*data-kind="heart"[^>]*>.*?</button>', html, re.S).group(0)
    assert 'aria-pressed="false"' in other and '<span class="count"></span>' in other
    # Not a reaction of ours: a clear error, nothing stored.
    response = client.post(f"/p/{post_id}/reactions", data={"csrf_token": token, "kind": "x"})
    assert response.status_code == 400


def _post_item(html: str, seq: int) -> str:
    return html.split(f'id="post-{seq}"')[1].split("</li>")[0]


def test_cached_post_fragments_follow_reader_and_changes(client, other_client, setup):
    """Posts come from a fragment cache (forum.discussions.post_fragments): each reader still
    gets their own controls and CSRF token, and every change shows on the next view."""
    from forum.discussions import post_fragments

    f, people, thread = setup["factory"], setup["people"], setup["thread"]
    post = f.post(thread, people["fk"], "Första versionen")
    url = f"/t/{thread.id}"
    client.login(people["fk"])
    other_client.login(people["af"])
    for _ in range(2):  # the second round is served from the cache
        mine, theirs = (c.get(url).get_data(as_text=True) for c in (client, other_client))
        assert f'href="/p/{post.id}/edit"' in _post_item(mine, 2)
        assert f'href="/p/{post.id}/edit"' not in _post_item(theirs, 2)
        for html, c in ((mine, client), (theirs, other_client)):
            # A token is the session's secret, signed with a timestamp: compare the secret.
            tokens = {t.split(".")[0] for t in re.findall(r'name="csrf_token" value="([^"]+)"',
                                                           html)}
            assert tokens == {c.csrf_token(url).split(".")[0]} and "\x00" not in html
    assert len(post_fragments.cache) > 0
    client.post_form(f"/p/{post.id}/edit", {"body": "Andra versionen"},
                     token_page=f"/p/{post.id}/edit")
    token = other_client.csrf_token(url)
    other_client.post(f"/p/{post.id}/reactions", data={"csrf_token": token, "kind": "idea"})
    theirs = _post_item(other_client.get(url).get_data(as_text=True), 2)
    assert "Andra versionen" in theirs and "Första" not in theirs
    assert "post-edited" in theirs and 'aria-pressed="true"' in theirs
    mine = _post_item(client.get(url).get_data(as_text=True), 2)
    assert "Andra versionen" in mine and 'aria-pressed="true"' not in mine
    assert '<span class="count">1</span>' in mine
    client.post_form(f"/p/{post.id}/delete", token_page=url)
    assert "Andra versionen" not in _post_item(other_client.get(url).get_data(as_text=True), 2)


def _live_post_template(html: str) -> str:
    return html.split('<template id="post-template">')[1].split("</template>")[0]


def test_cached_live_templates_follow_reader_language_and_rights(client, other_client, setup):
    """The templates thread.js fills for live posts are rendered once per thread, language
    and right to post (forum.web.fragment_cache); each reader still gets their own."""
    f, thread = setup["factory"], setup["thread"]
    writer = f.user(f.org("Region"), language="sv")
    observer = f.user(f.org("Kommunen"), roles=(Role.OBSERVER,), language="en")
    url = f"/t/{thread.id}"
    client.login(writer)
    other_client.login(observer)
    for _ in range(2):  # the second round is served from the cache
        for c, language_text, other_text in ((client, "Inlägget har tagits bort.",
                                              "This post was deleted."),
                                             (other_client, "This post was deleted.",
                                              "Inlägget har tagits bort.")):
            html = c.get(url).get_data(as_text=True)
            template = _live_post_template(html)
            assert language_text in template and other_text not in template
            tokens = {t.split(".")[0] for t in re.findall(
                r'name="csrf_token" value="([^"]+)"', template)}
            assert tokens == {c.csrf_token(url).split(".")[0]} and "\x00" not in html
            assert ("disabled" in template) is (c is other_client)
            assert ('id="privacy-template"' in html) is (c is client)
            assert f'action="/t/{thread.id}/solution"' in template
    other = f.thread(thread.space, setup["people"]["af"], "En tråd till")
    template = _live_post_template(client.get(f"/t/{other.id}").get_data(as_text=True))
    assert f'action="/t/{other.id}/solution"' in template


def test_thread_page_shows_where_the_reader_left_off(client, setup):
    from forum.db import utcnow
    from forum.discussions import state_actions

    f, people, thread = setup["factory"], setup["people"], setup["thread"]
    for n in range(3):
        f.post(thread, people["af"], f"Svar {n}")
    client.login(people["fk"])
    html = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert 'data-last-read="0"' in html and 'href="#post-1" id="jump-unread"' in html
    state_actions.do_mark_read(people["fk"], thread, 2, utcnow())
    db.session.commit()
    html = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert 'data-last-read="2"' in html and 'href="#post-3" id="jump-unread"' in html
    state_actions.do_mark_read(people["fk"], thread, 4, utcnow())
    db.session.commit()
    html = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert 'data-last-read="4"' in html and 'id="jump-unread"' not in html


def test_no_page_links_to_a_placeholder_post(client, other_client, setup):
    """The live-post template once carried href="/p/0/history" and "/p/0/edit": links that
    answer 404. Its addresses are patterns the script fills; no page holds a /p/0/ link."""
    f, people, thread = setup["factory"], setup["people"], setup["thread"]
    edited = f.post(thread, people["fk"], "Först")
    client.login(people["fk"])
    client.post_form(f"/p/{edited.id}/edit", {"body": "Sedan"}, token_page=f"/p/{edited.id}/edit")
    gone = f.post(thread, people["fk"], "Bort")
    client.post_form(f"/p/{gone.id}/delete", token_page=f"/t/{thread.id}")
    other_client.login(people["mod"])
    for c in (client, other_client):
        for url in (f"/t/{thread.id}", f"/t/{setup['secret'].id}", "/"):
            html = c.get(url).get_data(as_text=True)
            targets = re.findall(r'(?:href|action)="([^"]*)"', html)
            assert targets and not [t for t in targets if "/p/0/" in t], url
            assert "/p/0/" not in html, url
    # The patterns the script fills are there, for each address the template had.
    page = client.get(f"/t/{thread.id}").get_data(as_text=True)
    for suffix in ("history", "edit", "reactions", "delete", "restore"):
        assert re.search(rf'data-(?:href|action)="/p/\{{id\}}/{suffix}"', page), suffix


def _api_urls(app, thread_id: int, post_id: int) -> list[tuple[str, str]]:
    """Every /api/ route with each of its methods, its parameters filled with real ids."""
    values = {"thread_id": thread_id, "post_id": post_id, "slug": "arbetsformaga"}
    urls = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = rule.rule
            for name in rule.arguments:
                path = re.sub(rf"<(?:\w+:)?{name}>", str(values[name]), path)
            urls += [(method, path) for method in sorted(rule.methods - {"HEAD", "OPTIONS"})]
    return urls


def test_every_api_answer_is_never_stored(app, client, setup):
    """JSON answers carry private posts: Cache-Control: no-store on every one, allowed,
    refused or anonymous, as on the HTML pages."""
    secret = setup["secret"]
    post_id = db.session.scalar(select(Post.id).where(Post.thread_id == secret.id))
    urls = _api_urls(app, secret.id, post_id)
    assert len(urls) >= 9
    anonymous = app.test_client()
    for method, url in urls:
        response = anonymous.open(url, method=method, json={})
        assert response.headers.get("Cache-Control") == "no-store", (method, url)
    client.login(setup["people"]["fk"])
    headers = api_headers(client)
    statuses = set()
    for method, url in urls:
        response = client.open(url, method=method, headers=headers, json={"body": "Hej"})
        statuses.add(response.status_code)
        assert response.mimetype == "application/json", (method, url)
        assert response.headers.get("Cache-Control") == "no-store", (method, url)
    assert 200 in statuses or 201 in statuses

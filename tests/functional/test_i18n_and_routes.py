"""Language switching, and that every route either needs a login or is declared public."""

from __future__ import annotations

import re
from pathlib import Path

from forum.web.guard import is_public

PUBLIC_ENDPOINTS = {"static", "accounts.login", "accounts.set_language",
                    "accounts.accept_invitation", "accounts.forgot_password",
                    "accounts.reset_password", "web.healthz",
                    "mail.unsubscribe",  # an e-mail's link: the signed token decides
                    "mail_in.inbound"}  # forum mail-in: the relay key decides (else 404)


def test_language_switch_for_a_user(client, factory):
    user = factory.user(language="sv")
    client.login(user)
    assert 'lang="sv"' in client.get("/").get_data(as_text=True)
    client.post_form("/language", {"language": "en", "next": "/"}, token_page="/")
    html = client.get("/").get_data(as_text=True)
    assert 'lang="en"' in html and "People" in html
    client.post_form("/language", {"language": "sv", "next": "/"}, token_page="/")
    html = client.get("/").get_data(as_text=True)
    assert 'lang="sv"' in html and "Personer" in html


def test_language_switch_before_login(client):
    client.post_form("/language", {"language": "en", "next": "/login"})
    assert "Log in" in client.get("/login").get_data(as_text=True)
    client.post_form("/language", {"language": "sv", "next": "/login"})
    assert "Logga in" in client.get("/login").get_data(as_text=True)


def test_language_precedence_choice_then_browser_then_default(client, factory):
    """README, "Language": a person's own choice, then a visitor's cookie, then the browser's
    Accept-Language, then the site default (Swedish)."""
    def lang(headers=None):
        html = client.get("/settings" if logged_in else "/login",
                          headers=headers or {}).get_data(as_text=True)
        return re.search(r'<html lang="(\w+)"', html).group(1)

    logged_in = False
    assert lang() == "sv"  # the site default
    assert lang({"Accept-Language": "en-GB,en;q=0.9"}) == "en"  # the browser's
    assert lang({"Accept-Language": "de, sv;q=0.5, en;q=0.4"}) == "sv"
    assert lang({"Accept-Language": "de"}) == "sv"  # nothing we speak: the default
    client.post_form("/language", {"language": "sv", "next": "/login"})
    assert lang({"Accept-Language": "en"}) == "sv"  # a visitor's choice beats the browser
    client.post_form("/language", {"language": "xx", "next": "/login"})
    assert lang({"Accept-Language": "en"}) == "sv"  # nonsense changes nothing
    user = factory.user(language="en")
    client.login(user)
    logged_in = True
    assert lang({"Accept-Language": "sv"}) == "en"  # the person's own choice beats both
    client.post_form("/settings", {"display_name": user.display_name, "language": "sv",
                                   "job_title": "", "works_on": ""}, token_page="/settings")
    assert lang({"Accept-Language": "en"}) == "sv"  # settable on the settings page


def test_a_language_chosen_in_the_header_outlives_the_logout(client, factory):
    client.login(factory.user(language="sv"))
    client.post_form("/language", {"language": "en", "next": "/"}, token_page="/")
    client.post_form("/logout", {}, token_page="/")
    assert 'lang="en"' in client.get("/login").get_data(as_text=True)


def test_every_route_has_a_declared_policy(app, client):
    public = {rule.endpoint for rule in app.url_map.iter_rules()
              if is_public(app, rule.endpoint)}
    assert public == PUBLIC_ENDPOINTS
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC_ENDPOINTS:
            continue
        url = re.sub(r"<(?:\w+:)?(\w+)>", "1", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(url, method=method)
            # Anonymous: sent to the login page (GET), refused (POST without a CSRF token),
            # or told to log in (the JSON API).
            expected = (401, 400) if rule.rule.startswith("/api/") else (302, 400)
            assert response.status_code in expected, (rule.rule, method)
            if response.status_code == 302:
                assert "/login" in response.headers["Location"]


def test_templates_have_no_inline_script_or_handlers():
    for template in Path("templates").rglob("*.html"):
        text = template.read_text()
        # Data for the scripts (type="application/json") is never run, so the CSP allows it.
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>",
                             text), template
        assert not re.search(r"\son[a-z]+\s*=", text), template
        assert "style=" not in text, template


def test_templates_load_scripts_as_modules_served_as_javascript(client):
    """Our scripts are ES modules; a browser runs a module only when it is served with a
    JavaScript type (nosniff is on), and every module a template names must exist."""
    names = set()
    for template in Path("templates").rglob("*.html"):
        for tag in re.findall(r"<script\b[^>]*>", template.read_text()):
            if "filename='js/" in tag:
                assert 'type="module"' in tag, (template, tag)
                names.add(re.search(r"filename='js/([\w/]+\.js)'", tag).group(1))
    assert {"thread.js", "live.js", "pbl.js", "wiki.js"} <= names
    for name in sorted(names | {"thread/pending_queue.js", "lib/text.js"}):
        response = client.get(f"/static/js/{name}")
        assert response.status_code == 200, name
        assert response.mimetype in {"text/javascript", "application/javascript"}, name
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        response.close()


def test_template_gettext_with_and_without_the_page_context(app):
    """Templates' _() takes the catalogue from the page's context (forum.web.i18n), and from
    Flask-Babel where a template is rendered without it; both speak the request's language."""
    from flask import render_template_string

    source = ('{{ _("Log in") }}|{{ _("Answered by %(org)s", org="<i>") }}|'
              '{{ ngettext("%(num)d hit", "%(num)d hits", 1) }}|'
              '{{ ngettext("%(num)d hit", "%(num)d hits", 2) }}')
    for language, expected in (("sv", "Logga in|Besvarad av &lt;i&gt;|1 träff|2 träffar"),
                               ("en", "Log in|Answered by &lt;i&gt;|1 hit|2 hits")):
        # A new app context each time: Flask-Babel keeps the locale it chose in `g`.
        with app.app_context(), app.test_request_context(
                headers={"Accept-Language": language}):
            assert render_template_string(source) == expected
            direct = app.jinja_env.from_string(source).render()  # no context processor
            assert direct == expected


def test_numbers_too_large_for_an_id_are_not_found_or_refused(client, factory):
    """A 64-bit id column cannot hold these: refused before the database driver sees them."""
    client.login(factory.user())
    huge = "9" * 30
    for url in (f"/t/{huge}", f"/p/{huge}/history", f"/api/v1/threads/{huge}/posts",
                f"/pbl/g/{huge}", f"/t/{2**63}"):
        assert client.get(url).status_code == 404, url
    assert client.get(f"/t/{2**63 - 1}").status_code == 404  # the largest id: just not there
    token = {"X-CSRFToken": client.csrf_token("/")}
    response = client.post("/api/v1/notifications/read", headers=token, json={"ids": [2**64]})
    assert response.status_code == 400 and response.get_json()["fields"]["ids"]


def test_error_pages_speak_the_readers_language(client, factory):
    """A refusal (403), an unknown address (404) and a Werkzeug error without our own text
    (405) are shown in the reader's language, never in Werkzeug's English."""
    client.login(factory.user(language="sv"))
    refused = client.get("/admin/spaces")
    assert refused.status_code == 403
    html = refused.get_data(as_text=True)
    assert "Du har inte behörighet att göra det." in html and "You may not do that." not in html
    wrong_method = client.post("/healthz")
    assert wrong_method.status_code in (400, 405)
    assert "Method Not Allowed" not in wrong_method.get_data(as_text=True)
    as_json = client.get("/admin/spaces", headers={"Accept": "application/json"})
    assert as_json.get_json()["error"] == "Du har inte behörighet att göra det."
    client.post_form("/language", {"language": "en", "next": "/"}, token_page="/")
    assert "You may not do that." in client.get("/admin/spaces").get_data(as_text=True)

"""Redacting page revisions (free pages and boundary pages): what an edit removed, and text
chosen by hand (issue 20)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.accounts.models import Role
from forum.audit.models import AuditEntry
from forum.extensions import db
from forum.indexing import indexer
from forum.searching import service
from forum.wiki.models import WikiPage, WikiRevision, WikiStatement
from tests.identity_numbers import personnummer
from tests.unit.wiki.helpers import build_kb, edit_form, make_boundary, make_page, save

NUMBER = personnummer("850709", "123")
DIGITS = NUMBER.replace("-", "")
PHONE = "070-123 45 67"


@pytest.fixture
def kb(app):
    from tests.factories import ForumFactory

    forum = ForumFactory()
    world = build_kb(forum)
    world["people"]["mod"] = forum.user(world["orgs"]["af"], roles=(Role.MODERATOR,),
                                        username="moddy")
    return world


def leaks(text: str) -> bool:
    return NUMBER in text or DIGITS in text or NUMBER[:6] in text


def everything_stored(page_id: int) -> str:
    db.session.expire_all()
    revisions = db.session.scalars(select(WikiRevision).where(WikiRevision.page_id == page_id))
    statements = db.session.scalars(select(WikiStatement).where(
        WikiStatement.page_id == page_id))
    page = db.session.get(WikiPage, page_id)
    return repr([(r.title, r.body, r.html, r.summary, r.content) for r in revisions]) + repr(
        [(s.text, s.html, s.source) for s in statements]) + page.title + page.title_key


def audit(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def api_headers(client) -> dict:
    return {"X-CSRFToken": client.csrf_token("/")}


# -- an edit that removes personal data ---------------------------------------------------------
def test_editing_a_number_out_of_a_page_masks_every_revision(client, kb):
    coord, reader = kb["people"]["coordinator"], kb["people"]["af"]
    page = make_page(coord, "Rutin för remisser", f"Klienten {NUMBER} ska kallas.",
                     confirm_privacy="1")
    save(coord, page, edit_form(page, body=f"Klienten {DIGITS} ska kallas snart.",
                                confirm_privacy="1"))
    indexer.drain_all(indexer.backend())
    assert service.search(reader, DIGITS, service.Filters()).result.total == 1
    save(coord, page, edit_form(page, body="Klienten ska kallas snart.", summary="Bort"))
    assert not leaks(everything_stored(page.id))
    first = db.session.scalar(select(WikiRevision).where(WikiRevision.page_id == page.id,
                                                         WikiRevision.number == 1))
    assert first.body == "Klienten ██████-████ ska kallas." and "██████-████" in first.html
    client.login(reader)
    history = client.get(f"/wiki/{page.id}/history").get_data(as_text=True)
    revision = client.get(f"/wiki/{page.id}/revisions/{first.id}").get_data(as_text=True)
    diff = client.get(f"/wiki/{page.id}/diff?a={first.id}&b={page.current_revision_id}")
    assert not leaks(history + revision + diff.get_data(as_text=True))
    assert "<del>" in diff.get_data(as_text=True) and "██████-████" in revision
    [row] = audit("revision.redact_auto")
    assert row.target_type == "wiki_page" and row.details["revisions"] == 2
    assert row.details["kinds"] == ["personnummer"] and not leaks(str(row.details))
    indexer.drain_all(indexer.backend())
    for query in (NUMBER, DIGITS):
        assert service.search(reader, query, service.Filters()).result.total == 0


def test_a_removed_boundary_statement_is_masked_in_revisions_and_its_row(kb):
    editor, fk = kb["people"]["fk_editor"], kb["orgs"]["fk"]
    statements = [("must", f"Ring klienten på {PHONE}.", "practice", ""),
                  ("can", "Kalla till avstämningsmöte.", "practice", "")]
    page = make_boundary(editor, fk, statements=statements, confirm_privacy="1")
    form = edit_form(page)
    removed = {k: v for k, v in form.items() if not k.startswith("st-0-")}
    save(editor, page, removed)
    stored = everything_stored(page.id)
    assert "123 45 67" not in stored and "███-███ ██ ██" in stored
    row = db.session.scalar(select(WikiStatement).where(WikiStatement.page_id == page.id,
                                                        WikiStatement.removed_at.is_not(None)))
    assert row.text == "Ring klienten på ███-███ ██ ██." and "123" not in row.html
    assert audit("revision.redact_auto")[0].details["kinds"] == ["phone"]


def test_an_edit_that_keeps_the_number_redacts_nothing(kb):
    coord = kb["people"]["coordinator"]
    page = make_page(coord, "Rutin", f"Klienten {NUMBER}.", confirm_privacy="1")
    save(coord, page, edit_form(page, body=f"Klienten {NUMBER}, igen.", confirm_privacy="1"))
    assert NUMBER in everything_stored(page.id) and audit("revision.redact_auto") == []


# -- by hand ----------------------------------------------------------------------------------
@pytest.fixture
def boundary(kb):
    editor = kb["people"]["fk_editor"]
    page = make_boundary(editor, kb["orgs"]["fk"], mandate="Vi hjälper Anna Svensson.")
    save(editor, page, edit_form(page, mandate="Vi hjälper Anna Svensson och andra."))
    first = db.session.scalar(select(WikiRevision).where(WikiRevision.page_id == page.id,
                                                         WikiRevision.number == 1))
    return page, first


@pytest.mark.parametrize("who", ["fk_editor", "mod", "admin"])
def test_editors_moderators_and_admins_redact_by_hand(client, kb, boundary, who):
    page, first = boundary
    client.login(kb["people"][who])
    url = f"/wiki/{page.id}/revisions/{first.id}/redact"
    assert url in client.get(f"/wiki/{page.id}/history").get_data(as_text=True)
    form = client.get(url + "?text=Svensson").get_data(as_text=True)
    assert 'value="Svensson"' in form and '<label for="f-text">' in form
    response = client.post_form(url, {"text": "Svensson", "everywhere": "1"}, token_page=url)
    assert response.status_code == 302
    assert "Svensson" not in everything_stored(page.id)
    assert "Anna ████████ och andra" in client.get(f"/wiki/{page.id}").get_data(as_text=True)
    [row] = audit("revision.redact")
    assert row.actor_id == kb["people"][who].id and row.target_id == page.id
    assert row.details == {"revision": first.id, "everywhere": True, "characters": 8,
                           "occurrences": 2, "revisions": 2}


def test_one_revision_only_leaves_the_current_one(client, kb, boundary):
    page, first = boundary
    client.login(kb["people"]["fk_editor"])
    url = f"/wiki/{page.id}/revisions/{first.id}/redact"
    assert client.post_form(url, {"text": "Anna Svensson"}, token_page=url).status_code == 302
    db.session.expire_all()
    assert db.session.get(WikiRevision, first.id).content["mandate"] == \
        "Vi hjälper ████ ████████."
    assert "Anna Svensson och andra" in everything_stored(page.id)


@pytest.mark.parametrize("who", ["fk", "af_editor", "af", "observer"])
def test_readers_who_may_not_redact_get_404(client, kb, boundary, who):
    page, first = boundary
    client.login(kb["people"][who])
    url = f"/wiki/{page.id}/revisions/{first.id}/redact"
    assert client.get(url).status_code == 404
    assert client.post_form(url, {"text": "Svensson"}, token_page="/").status_code == 404
    api = client.post(f"/api/v1/wiki/{page.id}/revisions/{first.id}/redact",
                      json={"text": "Svensson"}, headers=api_headers(client))
    assert api.status_code == 404
    assert "/redact" not in client.get(f"/wiki/{page.id}/history").get_data(as_text=True)
    assert "Anna Svensson" in everything_stored(page.id) and audit("revision.redact") == []


def test_bad_input_is_refused_and_nothing_changes(client, kb, boundary):
    page, first = boundary
    before = everything_stored(page.id)
    other = make_page(kb["people"]["admin"], "Annan sida", "Anna Svensson")
    other_revision = other.current_revision_id
    client.login(kb["people"]["admin"])
    url = f"/wiki/{page.id}/revisions/{first.id}/redact"
    for text in ("", "  ", "Bertil"):
        response = client.post_form(url, {"text": text}, token_page=url)
        assert response.status_code == 400 and 'class="error"' in response.get_data(as_text=True)
        api = client.post(f"/api/v1/wiki/{page.id}/revisions/{first.id}/redact",
                          json={"text": text}, headers=api_headers(client))
        assert api.status_code == 400 and api.get_json()["code"] == "invalid"
    wrong = f"/wiki/{page.id}/revisions/{other_revision}/redact"
    assert client.get(wrong).status_code == 404
    assert client.post_form(wrong, {"text": "Anna"}, token_page="/").status_code == 404
    assert everything_stored(page.id) == before and audit("revision.redact") == []


def test_the_author_of_a_revision_may_redact_only_their_own(client, kb):
    from forum.accounts.models import UserRole

    coord, admin = kb["people"]["coordinator"], kb["people"]["admin"]
    page = make_page(coord, "Delad rutin", "Anna Svensson ringer.")
    save(admin, page, edit_form(page, body="Anna Svensson ringer igen."))
    db.session.execute(UserRole.__table__.delete().where(UserRole.user_id == coord.id,
                                                         UserRole.role == Role.COORDINATOR))
    db.session.commit()
    first, second = db.session.scalars(select(WikiRevision).where(
        WikiRevision.page_id == page.id).order_by(WikiRevision.number)).all()
    client.login(coord)
    assert client.get(f"/wiki/{page.id}/revisions/{second.id}/redact").status_code == 404
    url = f"/wiki/{page.id}/revisions/{first.id}/redact"
    assert client.post_form(url, {"text": "Svensson", "everywhere": "1"},
                            token_page=url).status_code == 302
    db.session.expire_all()
    assert "Svensson" not in db.session.get(WikiRevision, first.id).body
    assert "Svensson" in db.session.get(WikiRevision, second.id).body


def test_redacting_the_current_revision_reaches_statements_and_search(client, kb):
    editor, reader = kb["people"]["fk_editor"], kb["people"]["af"]
    statements = [("must", "Kontakta Kvarnsjöberg vid frågor.", "practice", "")]
    page = make_boundary(editor, kb["orgs"]["fk"], statements=statements)
    indexer.drain_all(indexer.backend())
    kinds = {hit.kind for hit in service.search(reader, "Kvarnsjöberg", service.Filters()).hits}
    assert kinds == {"page", "statement"}
    client.login(editor)
    assert "Kvarnsjöberg" in client.get(f"/wiki/{page.id}").get_data(as_text=True)
    url = f"/wiki/{page.id}/revisions/{page.current_revision_id}/redact"
    assert client.post_form(url, {"text": "Kvarnsjöberg", "everywhere": "1"},
                            token_page=url).status_code == 302
    assert "Kvarnsjöberg" not in everything_stored(page.id)
    html = client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert "Kvarnsjöberg" not in html and "Kontakta ████████████ vid frågor." in html
    indexer.drain_all(indexer.backend())
    assert service.search(reader, "Kvarnsjöberg", service.Filters()).result.total == 0


def test_the_current_revision_has_an_address_without_its_id(client, other_client, kb,
                                                            boundary):
    page, _first = boundary
    client.login(kb["people"]["fk_editor"])
    response = client.get(f"/wiki/{page.id}/revisions/current/redact?text=Anna")
    assert response.status_code == 302
    assert response.location.endswith(
        f"/wiki/{page.id}/revisions/{page.current_revision_id}/redact?text=Anna")
    other_client.login(kb["people"]["af"])
    assert other_client.get(f"/wiki/{page.id}/revisions/current/redact").status_code == 302
    assert other_client.get(response.location).status_code == 404

"""The same question asked again meets its documented answer first: in the new-question hint
and in search. Hits pass the reader's access like every search hit."""

from __future__ import annotations

import pytest

from forum.distil import actions as distil_actions
from forum.extensions import db
from forum.indexing import indexer
from forum.searching import service
from forum.searching.similar import significant_words
from forum.wiki.models import WikiStatement
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, make_boundary


@pytest.fixture
def world(app):
    forum = ForumFactory()
    world = build_kb(forum)
    people, orgs = world["people"], world["orgs"]
    space = forum.space("oppen")
    thread = forum.thread(space, people["soc"], "Får Arbetsförmedlingen bekosta körkort?",
                          "Kan körkort bekostas inom ett arbetsmarknadspolitiskt program?",
                          question_org=orgs["af"])
    forum.post(thread, people["af"], "Nej, körkort bekostas inte inom programmen.")
    page = make_boundary(people["af_editor"], orgs["af"], statements=[
        ("must_not", "Arbetsförmedlingen bekostar inte körkort inom programmen.", "explicit",
         "LAP 5 §")])
    statement = db.session.scalars(db.select(WikiStatement)).one()
    prefill = distil_actions.check_prefill(people["af_editor"], thread.id, None)
    distil_actions.do_record(people["af_editor"], prefill, page, [statement.id])
    secret = forum.space("fk-intern", visibility="org", org=orgs["fk"])
    forum.thread(secret, people["fk"], "Körkort och sjukpenning internt", "Hemligt om körkort.")
    db.session.commit()
    indexer.drain_all(indexer.backend())
    world.update(thread=thread, statement=statement)
    return world


def test_significant_words_skip_question_words() -> None:
    assert significant_words("Får AF bekosta körkort för den som vill?") == [
        "bekosta", "körkort"]
    assert significant_words("") == [] and significant_words("Hur gör vi?") == []


def test_the_hint_puts_the_documented_answer_first(client, world):
    client.login(world["people"]["af"])
    answer = client.get("/api/v1/similar?title=Bekostar ni körkort för deltagare?").get_json()
    assert answer["ok"] and answer["items"]
    first = answer["items"][0]
    assert first["kind"] == "statement" and first["documented"] is True
    assert first["url"].endswith(f"#s-{world['statement'].id}")
    assert first["statement"]["section"] == "must_not"
    assert any(item["kind"] == "thread" for item in answer["items"][1:])


def test_the_hint_never_shows_what_the_reader_cannot_read(client, world):
    client.login(world["people"]["af"])
    items = client.get("/api/v1/similar?title=körkort sjukpenning internt").get_json()["items"]
    assert all("internt" not in item["title_html"] for item in items)


@pytest.mark.parametrize("title", ["", "a", "x" * 5000, "\u0000körkort", "Hur gör vi?"])
def test_odd_titles_get_an_answer_not_an_error(client, world, title):
    client.login(world["people"]["af"])
    response = client.get("/api/v1/similar", query_string={"title": title})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert response.get_json()["ok"] is True


def test_search_puts_the_documented_statement_first(world):
    outcome = service.search(world["people"]["soc"], "körkort", service.Filters())
    assert outcome.hits and outcome.hits[0].doc_id == f"statement:{world['statement'].id}"
    by_date = service.search(world["people"]["soc"], "körkort", service.Filters(sort="date"))
    assert {h.doc_id for h in by_date.hits} == {h.doc_id for h in outcome.hits}


def test_anonymous_gets_no_hint(app, world):
    assert app.test_client().get("/api/v1/similar?title=körkort").status_code in (302, 401)

"""Documenting a thread: who may, the prefilled editor, provenance on both sides, what a
reader who may not read the thread or the page sees, and the refusals that store nothing.
The interface speaks Swedish by default, so the texts asserted are Swedish."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from forum.db import utcnow
from forum.discussions import state_actions
from forum.discussions.models import Post
from forum.distil.models import Distillation
from forum.extensions import db
from forum.wiki.models import WikiStatement
from tests.factories import ForumFactory
from tests.functional.test_wiki_pages import form_values
from tests.unit.wiki.helpers import build_kb, make_boundary


@pytest.fixture
def kb(app):
    forum = ForumFactory()
    world = build_kb(forum)
    people, orgs = world["people"], world["orgs"]
    world["forum"] = forum
    open_space = forum.space("oppen")
    world["fk_only"] = forum.space("fk-intern", visibility="org", org=orgs["fk"])
    thread = forum.thread(open_space, people["soc"], "Får AF betala körkort?",
                          "Kan Arbetsförmedlingen bekosta körkort inom ett program?",
                          question_org=orgs["af"])
    answer = forum.post(thread, people["af"],
                        "Nej, körkort ingår inte i programmen enligt LAP. Vi kan däremot "
                        "bekosta en kortare kurs.")
    solution = state_actions.check_mark_solution(people["soc"], thread, answer.id)
    state_actions.do_mark_solution(people["soc"], thread, solution, utcnow())
    db.session.commit()
    world.update(thread=thread, answer=answer,
                 af_page=make_boundary(people["af_editor"], orgs["af"]))
    return world


def save_editor(client, page, html: str):
    """Save the prefilled editor as the browser would send it (statement texts included)."""
    form = form_values(html)
    form.update(dict(re.findall(r'<textarea[^>]*name="(st-\d+-text)"[^>]*>([^<]*)</textarea>',
                                html)))
    return client.post_form(f"/wiki/{page.id}/edit", form, token_page=f"/wiki/{page.id}/edit")


def distillations() -> int:
    return db.session.scalar(select(func.count()).select_from(Distillation))


def test_who_may_document_a_thread(client, other_client, kb):
    people, thread = kb["people"], kb["thread"]
    client.login(people["af_editor"])  # an editor of the answering organization
    assert client.get(f"/t/{thread.id}/document").status_code == 200
    assert "Dokumentera detta" in client.get(f"/t/{thread.id}").get_data(as_text=True)
    other_client.login(people["fk_editor"])  # an editor of another organization
    assert other_client.get(f"/t/{thread.id}/document").status_code == 403
    assert "Dokumentera detta" not in other_client.get(f"/t/{thread.id}").get_data(as_text=True)


def test_a_member_and_an_outsider_are_refused(client, other_client, kb):
    people, forum = kb["people"], kb["forum"]
    client.login(people["af"])
    assert client.get(f"/t/{kb['thread'].id}/document").status_code == 403
    secret = forum.thread(kb["fk_only"], people["fk"], "FK internt", "Hemligt.")
    other_client.login(people["coordinator"])  # may document, but cannot read this thread
    assert other_client.get(f"/t/{secret.id}/document").status_code == 404
    assert other_client.get(f"/t/{secret.id}/document/go?target=new").status_code == 404
    assert other_client.get(f"/wiki/new?distil={secret.id}").status_code == 404


def test_answer_to_statement_to_both_links(client, other_client, kb):
    people, thread, page = kb["people"], kb["thread"], kb["af_page"]
    client.login(people["af_editor"])
    chooser = client.get(f"/t/{thread.id}/document").get_data(as_text=True)
    assert f'value="{kb["answer"].id}" checked' in chooser  # the accepted answer, chosen
    go = client.get(f"/t/{thread.id}/document/go?post={kb['answer'].id}&target=page:{page.id}")
    assert go.status_code == 302
    editor = client.get(go.headers["Location"])
    html = editor.get_data(as_text=True)
    assert "körkort ingår inte i programmen" in html
    assert save_editor(client, page, html).status_code == 302
    (row,) = db.session.scalars(select(Distillation))
    statement = db.session.get(WikiStatement, row.statement_id)
    assert "körkort ingår inte" in statement.text
    assert row.answering_org_id == kb["orgs"]["af"].id and row.answered_at is not None
    page_html = client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert "Kom från frågan" in page_html and "Får AF betala körkort?" in page_html
    assert "Arbetsförmedlingen" in page_html
    thread_html = other_client_view(other_client, people["soc"], f"/t/{thread.id}")
    assert "Dokumenterad i" in thread_html and f"/wiki/{page.id}#s-{statement.id}" in thread_html


def other_client_view(client, user, url: str) -> str:
    client.login(user)
    return client.get(url).get_data(as_text=True)


def test_a_new_page_from_a_thread(client, kb):
    people, thread = kb["people"], kb["thread"]
    client.login(people["coordinator"])
    go = client.get(f"/t/{thread.id}/document/go?target=new")
    editor = client.get(go.headers["Location"]).get_data(as_text=True)
    assert 'value="Får AF betala körkort?"' in editor
    form = form_values(editor)
    form["body"] = "Körkort bekostas inte av AF. Se LAP."
    saved = client.post_form("/wiki/new", form, token_page="/wiki/new")
    assert saved.status_code == 302, saved.get_data(as_text=True)[:500]
    (row,) = db.session.scalars(select(Distillation))
    assert row.statement_id is None
    assert "Kom från frågan" in client.get(saved.headers["Location"]).get_data(as_text=True)


def test_an_editor_of_another_organization_cannot_save_into_it(client, kb):
    people, thread, page = kb["people"], kb["thread"], kb["af_page"]
    client.login(people["coordinator"])  # may document, may not edit AF's page
    go = client.get(f"/t/{thread.id}/document/go?target=page:{page.id}")
    assert client.get(go.headers["Location"]).status_code == 403
    before = db.session.scalar(select(func.count()).select_from(WikiStatement))
    response = client.post_form(f"/wiki/{page.id}/edit", {"distil": str(thread.id)},
                                token_page="/wiki")
    assert response.status_code == 403
    assert distillations() == 0
    assert db.session.scalar(select(func.count()).select_from(WikiStatement)) == before


def test_bad_choices_are_refused_and_store_nothing(client, kb):
    people, thread, forum = kb["people"], kb["thread"], kb["forum"]
    client.login(people["af_editor"])
    other = forum.thread(kb["forum"].space("annan"), people["af"], "Annan tråd", "Annat.")
    foreign = db.session.scalar(select(Post.id).where(Post.thread_id == other.id))
    assert client.get(f"/t/{thread.id}/document/go?post={foreign}&target=new").status_code == 400
    assert client.get(f"/t/{thread.id}/document/go?target=elsewhere").status_code == 400
    assert client.get(f"/t/{thread.id}/document/go?target=page:x").status_code == 400
    assert client.get("/t/999999/document").status_code == 404
    assert distillations() == 0


def test_the_statement_outlives_its_thread(client, kb):
    people, thread, page = kb["people"], kb["thread"], kb["af_page"]
    client.login(people["af_editor"])
    go = client.get(f"/t/{thread.id}/document/go?target=page:{page.id}")
    html = client.get(go.headers["Location"]).get_data(as_text=True)
    assert save_editor(client, page, html).status_code == 302
    (row,) = db.session.scalars(select(Distillation))
    # A thread removed for good (by a purge; the forum itself never deletes threads) sets the
    # provenance's thread to NULL, as the foreign key says, and the statement stays as it is.
    (fk,) = Distillation.__table__.c.thread_id.foreign_keys
    assert fk.ondelete == "SET NULL"
    db.session.get(Distillation, row.id).thread_id = None
    db.session.commit()
    page_html = client.get(f"/wiki/{page.id}").get_data(as_text=True)
    assert "en tråd som inte finns kvar" in page_html
    assert db.session.get(WikiStatement, row.statement_id).removed_at is None


def test_a_reader_who_cannot_read_the_thread_sees_no_title(client, other_client, kb):
    people, forum = kb["people"], kb["forum"]
    secret = forum.thread(kb["fk_only"], people["fk"], "FK:s hemliga fråga", "Svar inom FK.",
                          question_org=kb["orgs"]["fk"])
    fk_page = make_boundary(people["fk_editor"], kb["orgs"]["fk"])
    client.login(people["fk_editor"])
    go = client.get(f"/t/{secret.id}/document/go?target=page:{fk_page.id}")
    html = client.get(go.headers["Location"]).get_data(as_text=True)
    assert save_editor(client, fk_page, html).status_code == 302
    other_client.login(people["af"])
    page_html = other_client.get(f"/wiki/{fk_page.id}").get_data(as_text=True)
    assert "FK:s hemliga fråga" not in page_html
    assert "en tråd som du inte kan läsa" in page_html

"""Knowledge-base content in search: pages, single boundary statements and glossary terms are
found, and restricted pages (and their statements) only by those who may read them."""

from __future__ import annotations

from forum.indexing import indexer
from forum.searching import service
from tests.unit.wiki.helpers import STATEMENTS, make_boundary, make_page
from tests.unit.wiki.test_glossary import add_term


def find(user, text: str, **filters) -> service.Outcome:
    return service.search(user, text, service.Filters(**filters))


def kinds_and_urls(outcome: service.Outcome) -> set[tuple[str, str]]:
    return {(hit.kind, hit.url) for hit in outcome.hits}


def test_pages_statements_and_terms_are_found(kb):
    people, orgs = kb["people"], kb["orgs"]
    boundary = make_boundary(people["fk_editor"], orgs["fk"], statements=STATEMENTS)
    page = make_page(people["coordinator"], "Avstämningsmöten i praktiken",
                     "Så förbereder vi ett avstämningsmöte med arbetsgivaren.")
    add_term(people["coordinator"], **{"social_insurance": (
        "Förmågan att försörja sig genom förvärvsarbete.", "", "SFB 27 kap.")})
    indexer.drain_all(indexer.backend())
    reader = people["af"]

    hits = kinds_and_urls(find(reader, "avstämningsmöte"))
    assert ("page", f"/wiki/{page.id}") in hits
    statement_hits = {url for kind, url in kinds_and_urls(find(reader, "dag 180"))
                      if kind == "statement"}
    assert len(statement_hits) == 1
    assert statement_hits.pop().startswith(f"/wiki/{boundary.id}#s-")
    assert ("term", "/glossary/arbetsformaga") in kinds_and_urls(find(reader, "förvärvsarbete"))
    only_terms = find(reader, "arbetsförmåga", kinds={"term"})
    assert {hit.kind for hit in only_terms.hits} == {"term"}


def test_restricted_pages_and_their_statements_never_leak(kb):
    people, orgs, group = kb["people"], kb["orgs"], kb["group"]
    internal = make_page(people["fk_editor"], "Intern checklista", "Hemlig arbetsgång kvartal.",
                         org=orgs["fk"], visibility="org")
    group_page = make_page(people["coordinator"], "Gruppens anteckningar",
                           "Hemlig arbetsgång i gruppen.", visibility="group", group_id=group.id)
    indexer.drain_all(indexer.backend())

    def urls(user) -> set[str]:
        return {hit.url for hit in find(user, "hemlig arbetsgång").hits}

    assert urls(people["fk"]) == {f"/wiki/{internal.id}", f"/wiki/{group_page.id}"}
    assert urls(people["fk_local"]) == {f"/wiki/{internal.id}"}  # a local office reads it too
    assert urls(people["af"]) == {f"/wiki/{group_page.id}"}  # a member of the group only
    assert urls(people["soc"]) == set()
    outcome = find(people["soc"], "hemlig arbetsgång")
    assert outcome.result.total == 0 and "Hemlig" not in str(outcome.hits)


def test_an_edit_replaces_the_old_text_in_the_index(kb):
    from tests.unit.wiki.helpers import edit_form, save

    coordinator = kb["people"]["coordinator"]
    page = make_page(coordinator, "Rutin", "Gammal formulering om blanketter.")
    indexer.drain_all(indexer.backend())
    assert find(coordinator, "blanketter").hits
    save(coordinator, page, edit_form(page, body="Ny formulering om e-tjänster."))
    indexer.drain_all(indexer.backend())
    assert not find(coordinator, "blanketter").hits
    assert [hit.url for hit in find(coordinator, "e-tjänster").hits] == [f"/wiki/{page.id}"]


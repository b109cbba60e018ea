"""PBL content in search: cases, minutes and shared journal entries are found by the group's
members only; private journal entries are never indexed; observers find cases and minutes
but no journals; outsiders and admins find nothing (a real Whoosh index, no mocks)."""

from __future__ import annotations

from forum.db import utcnow
from forum.extensions import db
from forum.indexing import indexer
from forum.pbl import entrypoints, journal
from forum.searching import service


def find(user, text: str) -> set[str]:
    return {hit.doc_id.split(":")[0] for hit in
            service.search(user, text, service.Filters()).hits}


def write(pbl, who: str, body: str, shared: bool):
    user = pbl["people"][who]
    text, _ = journal.check_entry(user, pbl["group"], body, None)
    entry = journal.do_create_entry(user, pbl["group"], text, None, shared, utcnow())
    db.session.commit()
    return entry


def test_group_content_is_found_by_the_group_only(pbl, open_session):
    tutor = pbl["people"]["tutor"]
    entrypoints.close_session(tutor, open_session.id, "Vad menar vi med arbetsförmåga?",
                              "Vi jämförde definitioner av arbetsförmåga.")
    write(pbl, "fk", "Arbetsförmåga är svårare än jag trodde (delad).", shared=True)
    private = write(pbl, "af", "Arbetsförmåga, min hemliga tanke.", shared=False)
    indexer.drain_all(indexer.backend())

    people = pbl["people"]
    # "post": closing leaves the question in the session's chat, in the group's space.
    assert find(people["fk"], "arbetsförmåga") == {"minutes", "journal", "post"}
    assert find(people["af"], "rygg") == {"case"}  # the case's tags
    assert find(people["observer"], "arbetsförmåga") == {"minutes", "post"}
    for who in ("outsider", "admin"):
        assert find(people[who], "arbetsförmåga") == set()
        assert find(people[who], "rygg") == set()
    hits = service.search(people["af"], "hemliga", service.Filters()).hits
    assert hits == []  # a private entry is never in the index, not even for its author

    # Sharing later puts it in; un-sharing takes it out again.
    journal.do_edit_entry(private, private.body, True, utcnow())
    db.session.commit()
    indexer.drain_all(indexer.backend())
    assert {h.doc_id for h in service.search(people["fk"], "hemliga",
                                             service.Filters()).hits} == {
        f"journal:{private.id}"}
    journal.do_edit_entry(private, private.body, False, utcnow())
    db.session.commit()
    indexer.drain_all(indexer.backend())
    assert service.search(people["fk"], "hemliga", service.Filters()).hits == []

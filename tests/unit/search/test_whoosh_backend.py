"""Whoosh-only behaviour: index directory lifecycle and concurrency."""

from __future__ import annotations

import pickle
import shutil
import threading
from pathlib import Path

import pytest

from forum.search.documents import SearchQuery
from forum.search.errors import IndexUnavailable
from forum.search.whoosh_backend import WhooshBackend
from forum.search.whoosh_query import build_schema
from tests.unit.search.conftest import make_doc

ALL = frozenset({"all"})


def test_missing_directory_is_created(tmp_path: Path) -> None:
    backend = WhooshBackend(tmp_path / "nested" / "index")
    assert (tmp_path / "nested" / "index").is_dir()
    assert backend.count() == 0
    backend.close()


def test_deleted_directory_raises_then_index_recreates(tmp_path: Path) -> None:
    path = tmp_path / "index"
    backend = WhooshBackend(path)
    backend.index([make_doc(1, "rehab")])
    assert backend.search(SearchQuery("rehab"), ALL).total == 1

    assert backend.is_present()
    shutil.rmtree(path)
    assert not backend.is_present()
    with pytest.raises(IndexUnavailable):
        backend.search(SearchQuery("rehab"), ALL)
    with pytest.raises(IndexUnavailable):
        backend.count()
    backend.delete(["post:1"])  # nothing to delete: must not crash either

    backend.index([make_doc(2, "rehab")])
    assert backend.is_present()
    result = backend.search(SearchQuery("rehab"), ALL)
    assert [h.doc_id for h in result.hits] == ["post:2"]
    backend.close()


def test_reopening_keeps_documents(tmp_path: Path) -> None:
    first = WhooshBackend(tmp_path / "index")
    first.index([make_doc(1, "rehab")])
    first.close()
    second = WhooshBackend(tmp_path / "index")
    assert second.search(SearchQuery("rehab"), ALL).total == 1
    second.close()


def test_sees_commits_from_another_writer(tmp_path: Path) -> None:
    reader = WhooshBackend(tmp_path / "index", refresh_interval=0)
    writer = WhooshBackend(tmp_path / "index")
    assert reader.search(SearchQuery("rehab"), ALL).total == 0
    writer.index([make_doc(1, "rehab")])
    assert reader.search(SearchQuery("rehab"), ALL).total == 1
    writer.delete(["post:1"])
    assert reader.search(SearchQuery("rehab"), ALL).total == 0
    reader.close()
    writer.close()


def test_one_writer_many_readers(tmp_path: Path) -> None:
    backend = WhooshBackend(tmp_path / "index")
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                result = backend.search(SearchQuery("rehab", sort="date"), ALL)
                assert result.total >= len(result.hits)
        except BaseException as exc:  # reported below, in the main thread
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(4)]
    for thread in readers:
        thread.start()
    try:
        for batch in range(10):
            backend.index([make_doc(batch * 3 + i, f"rehab {batch}") for i in range(3)])
            backend.delete([f"post:{batch * 3}"])
    finally:
        stop.set()
        for thread in readers:
            thread.join()
    assert errors == []
    assert backend.search(SearchQuery("rehab"), ALL).total == 20
    backend.close()


def test_schema_pickles_without_forum_classes() -> None:
    # The schema is stored inside the index; referencing our modules would
    # make every existing index unreadable after a rename.
    assert b"forum" not in pickle.dumps(build_schema())


def test_an_index_with_an_older_schema_is_recreated(tmp_path: Path) -> None:
    from whoosh import index as whoosh_index
    from whoosh.fields import ID, Schema

    (tmp_path / "index").mkdir()
    whoosh_index.create_in(str(tmp_path / "index"), Schema(doc_id=ID(stored=True)))
    backend = WhooshBackend(tmp_path / "index")
    assert backend.count() == 0  # empty: the indexer's needs_rebuild() sees that
    backend.index([make_doc(1, '"rehab"', "för unga vuxna")])
    assert backend.search(SearchQuery('"för unga"'), ALL).total == 1
    backend.close()


@pytest.mark.parametrize("one_pass_below", [0, 10_000])
def test_count_with_and_without_block_skipping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_pass_below: int
) -> None:
    """With skipping (a large estimate) the count is a second, capped pass; without it the
    one pass counts exactly. Neither counts a document outside the reader's scopes."""
    import forum.search.whoosh_backend as whoosh_backend

    monkeypatch.setattr(whoosh_backend, "COUNT_LIMIT", 5)
    monkeypatch.setattr(whoosh_backend, "ONE_PASS_BELOW", one_pass_below)
    backend = WhooshBackend(tmp_path / "index")
    backend.index([make_doc(n, "samverkan", "rehab " * (n % 4 + 1)) for n in range(1, 13)]
                  + [make_doc(n, "samverkan", scope="hidden") for n in range(20, 80)])
    result = backend.search(SearchQuery("samverkan", per_page=3), ALL)
    expected = (5, True) if one_pass_below == 0 else (12, False)
    assert (result.total, result.total_capped) == expected
    assert len(result.hits) == 3 and {h.scope for h in result.hits} == {"all"}
    two = backend.search(SearchQuery("rehab", per_page=3), frozenset({"hidden"}))
    assert (two.total, two.hits) == (0, [])
    backend.close()

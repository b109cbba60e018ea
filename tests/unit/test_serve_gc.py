"""`forum serve` settles the garbage collector before serving (forum.cli)."""

from __future__ import annotations

import gc

import pytest

from forum import cli


@pytest.fixture
def restored_gc():
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def test_serving_freezes_what_is_loaded_and_makes_full_collections_rarer(restored_gc):
    young, middle, _old = gc.get_threshold()
    cli.settle_garbage_collector()
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (young, middle, cli.FULL_COLLECTION_EVERY)
    assert cli.FULL_COLLECTION_EVERY > 10  # CPython's default is 10

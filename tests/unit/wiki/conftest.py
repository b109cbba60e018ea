"""A small world for the knowledge base: two agencies (one with a local office), a municipality,
the association, people with every role, a PBL group, and helpers that go through the actions."""

from __future__ import annotations

import pytest

from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb


@pytest.fixture
def forum(app) -> ForumFactory:
    return ForumFactory()


@pytest.fixture
def kb(forum):
    return build_kb(forum)

"""Fixtures shared by the real-time tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.realtime.helpers import OPEN_SESSIONS


@pytest.fixture(autouse=True)
def close_http_sessions() -> Iterator[None]:
    yield
    while OPEN_SESSIONS:
        OPEN_SESSIONS.pop().close()

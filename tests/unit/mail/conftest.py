from __future__ import annotations

from tests.unit.discussions.conftest import forum, world  # noqa: F401  (the same world)

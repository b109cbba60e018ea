"""Every FORUM_* setting the code reads is in the README's table, and nothing else is."""

from __future__ import annotations

import re
from pathlib import Path

from forum.config import SETTINGS

ROOT = Path(__file__).resolve().parents[2]


def test_readme_lists_every_setting():
    readme = (ROOT / "README.md").read_text()
    documented = set(re.findall(r"^\| `(FORUM_[A-Z_]+)` \|", readme, flags=re.M))
    assert documented == {s.name for s in SETTINGS}


def test_code_reads_only_declared_settings():
    names = set()
    for path in (ROOT / "forum").rglob("*.py"):
        names |= set(re.findall(r'"(FORUM_[A-Z_]+)"', path.read_text()))
    assert names - {s.name for s in SETTINGS} == set()

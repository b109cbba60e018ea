"""Every audit code the code base records has a description; unknown codes stay readable;
CSV cells that a spreadsheet would run are defused."""

from __future__ import annotations

import re
from pathlib import Path

from forum.audit import kinds
from forum.audit.export import safe_cell

ROOT = Path(__file__).resolve().parents[2] / "forum"
RECORD_CALL = re.compile(r"\brecord\(\s*[\w.\[\]\"]+\s*,\s*\"([^\"]+)\"")
ACTION_CONSTANT = re.compile(r"^ACTION = \"([^\"]+)\"", re.M)  # record(None, ACTION, ...)


def recorded_codes() -> set[str]:
    return {code for path in ROOT.rglob("*.py")
            for pattern in (RECORD_CALL, ACTION_CONSTANT)
            for code in pattern.findall(path.read_text(encoding="utf-8"))}


def test_every_recorded_code_is_described():
    codes = recorded_codes()
    assert {"roles_set", "flag.create", "audit.export", "post_restored"} <= codes
    assert sorted(codes - set(kinds.KINDS)) == []


def test_unknown_codes_read_as_words(app):
    with app.test_request_context():
        assert kinds.describe("erasure.account_erased") == "Erasure account erased"
        assert kinds.describe("") == "?"
        assert kinds.describe_target("gizmo_box") == "Gizmo box"


def test_formula_cells_are_defused():
    assert safe_cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    for start in "+-@\t\r":
        assert safe_cell(start + "1") == "'" + start + "1"
    assert safe_cell("Anna") == "Anna" and safe_cell(None) == "" and safe_cell(7) == "7"

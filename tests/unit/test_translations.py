"""Every UI text in the code has a Swedish translation (English is the msgid itself)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "forum/translations/sv/LC_MESSAGES/messages.po"


def extracted(tmp_path: Path):
    """The messages the code uses now, extracted the way `make extract-messages` does."""
    pot = tmp_path / "messages.pot"
    subprocess.run([str(Path(sys.executable).with_name("pybabel")), "extract",
                    "-F", "babel.cfg", "-k", "_l", "-k", "lazy_gettext", "--no-location",
                    "--ignore-dirs", ".* .venv node_modules", "-o", str(pot), "."],
                   cwd=ROOT, check=True, capture_output=True)
    with pot.open("rb") as handle:
        return read_po(handle)


def test_every_ui_text_has_a_swedish_translation(tmp_path):
    with CATALOG.open("rb") as handle:
        swedish = read_po(handle)
    missing = []
    for message in extracted(tmp_path):
        if not message.id:
            continue
        found = swedish.get(message.id)
        strings = found.string if found else None
        if isinstance(strings, tuple):
            strings = all(strings)
        if not strings or (found and found.fuzzy):
            missing.append(message.id)
    assert missing == [], ("untranslated (run `make extract-messages` and fill in "
                           f"forum/translations/sv/LC_MESSAGES/messages.po): {missing}")

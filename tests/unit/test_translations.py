"""Every UI text in the code has a Swedish translation (English is the msgid itself)."""

from __future__ import annotations

import json
import re
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
                    "-F", "babel.cfg", "-k", "_l", "-k", "lazy_gettext", "-k", "_n:1,2",
                    "--no-location",
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


# -- the scripts' texts (static/js, forum/web/js_texts.py) ----------------------------------
JS_DIR = ROOT / "static/js"
#: Capitalized words that are code, not text: KeyboardEvent.key values, HTTP names and
#: browser APIs looked up by name ("Notification" in window).
CODE_WORDS = {"Enter", "Escape", "Tab", "Home", "End", "Backspace", "Delete", "ArrowUp",
              "ArrowDown", "ArrowLeft", "ArrowRight", "PageUp", "PageDown", "Content-Type",
              "Accept", "POST", "GET", "PUT", "DELETE", "PATCH", "X-CSRFToken", "X-CSRF-Token",
              "Notification"}


def js_literals(source: str):
    """(line, text) of every string and template literal, comments skipped."""
    i, line, n = 0, 1, len(source)
    while i < n:
        c = source[i]
        if c == "\n":
            line += 1
        if source.startswith("//", i):
            i = source.find("\n", i)
            i = n if i < 0 else i
            continue
        if source.startswith("/*", i):
            end = source.find("*/", i + 2)
            line += source.count("\n", i, end)
            i = end + 2
            continue
        if c in "\"'`":
            j, text = i + 1, []
            while j < n and source[j] != c:
                if source[j] == "\\":
                    text.append(source[j:j + 2])
                    j += 2
                    continue
                text.append(source[j])
                j += 1
            yield line, "".join(text)
            line += source.count("\n", i, j)
            i = j + 1
            continue
        i += 1


def user_visible(text: str) -> bool:
    """The rule: a literal is a text for people (and so belongs in the catalog) when it has a
    Swedish letter, or two words with a space that are not a lower-case list of class or
    event names, or is a capitalized word (not a key or HTTP name), or ends in an ellipsis.
    Selectors, class lists, addresses, keys and event names pass; a sentence cannot."""
    stripped = text.strip()
    if not re.search(r"[A-Za-zÅÄÖåäö]{2}", stripped):
        return False
    if re.search(r"[åäöÅÄÖ…]", stripped):
        return True
    if re.fullmatch(r"[a-z0-9_\-\s]+", stripped):  # "tag ok", "pending-post is-"
        return False
    if re.search(r"[\[\]#=/{}()<>]|^\.|\$\{", stripped):  # selectors, addresses, markup
        return False
    if stripped in CODE_WORDS:
        return False
    return bool(re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", stripped)
                or re.fullmatch(r"[A-Z][a-z]+[.!?]?", stripped))


def test_scripts_show_no_text_of_their_own():
    found = []
    for path in sorted(JS_DIR.rglob("*.js")):
        for line, text in js_literals(path.read_text()):
            if user_visible(text):
                found.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert found == [], ("texts in static/js belong in forum/web/js_texts.py (t(\"key\") from "
                         "static/js/lib/i18n.js):\n" + "\n".join(found))


def test_every_text_key_a_script_uses_exists_and_is_translated():
    from forum.web.js_texts import JS_TEXTS

    with CATALOG.open("rb") as handle:
        swedish = read_po(handle)
    prefixes = {key.split(".")[0] for key in JS_TEXTS}
    used = set()
    for path in JS_DIR.rglob("*.js"):  # t("key"), tn("key", n), and keys kept in a table
        source = path.read_text()
        used |= set(re.findall(r"\btn?\(\s*\"([a-z_.]+)\"", source))
        used |= {text for _, text in js_literals(source)
                 if re.fullmatch(r"[a-z]+\.[a-z_]+", text) and text.split(".")[0] in prefixes}
    assert used, "no t(\"key\") found: has static/js/lib/i18n.js moved?"
    assert sorted(used - set(JS_TEXTS)) == []
    assert sorted(set(JS_TEXTS) - used) == [], "texts no script uses"
    for key, value in JS_TEXTS.items():
        msgid = value[0] if isinstance(value, tuple) else value
        found = swedish.get(msgid)
        strings = found.string if found else None
        ok = all(strings) if isinstance(strings, tuple) else bool(strings)
        assert ok and found.id == (value if isinstance(value, str) else found.id), key


def test_the_scripts_texts_come_in_the_pages_language(app):
    from forum.web.js_texts import texts_json

    sv, en = json.loads(str(texts_json("sv"))), json.loads(str(texts_json("en")))
    assert (sv["thread.edit"], en["thread.edit"]) == ("Redigera", "Edit")
    assert en["live.post_count"] == ["%(num)d post", "%(num)d posts"]
    assert "</" not in str(texts_json("sv"))

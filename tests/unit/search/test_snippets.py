"""The shared snippet helpers (forum.search.snippets)."""

from __future__ import annotations

from forum.search.snippets import mark_words


def test_mark_words_picks_the_window_with_most_matches() -> None:
    text = ("rehab " + "fyllnad " * 60 + "samverkan rehab och rehab igen " + "slut " * 60)
    snippet = mark_words(text, lambda word: word == "rehab", whole=False)
    assert snippet.count("<mark>rehab</mark>") == 2 and "samverkan" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert mark_words("<b>Rehab</b> & co", str.istitle, whole=True) == (
        "&lt;b&gt;<mark>Rehab</mark>&lt;/b&gt; &amp; co")
    assert mark_words("inget här", lambda word: False, whole=False) is None

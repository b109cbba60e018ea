"""Erasure's text rewriting: mentions where the Markdown rules see them, the name as a whole
word in any case, the address anywhere; nothing else touched."""

from __future__ import annotations

import pytest

from forum.mydata.rewrite import Identity, replacer

OLD = Identity("anna.lq", "Anna Lindqvist", "anna@af.example")
NEW = Identity("deleted-7", "Deleted user 7", "deleted-7@erased.invalid")
fix = replacer(OLD, NEW)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hej @anna.lq!", "Hej @deleted-7!"),
    ("Tack @Anna.LQ.", "Tack @deleted-7."),
    ("_@anna.lq_ svarar", "_@deleted-7_ svarar"),
    ("**Anna Lindqvist** wrote:\n> citat", "**Deleted user 7** wrote:\n> citat"),
    ("fråga ANNA LINDQVIST eller anna@af.example", "fråga Deleted user 7 eller "
                                                   "deleted-7@erased.invalid"),
    ('<a data-mention="anna.lq" href="/people/7">@anna.lq</a>',
     '<a data-mention="deleted-7" href="/people/7">@deleted-7</a>'),
])
def test_traces_are_rewritten(text, expected):
    assert fix(text) == expected


@pytest.mark.parametrize("text", [
    "@anna.lqvist is someone else", "mail x@anna.lq.se", "see @anna.lq-2",
    "Anna Lindqvistsson", "Anna", "@anna", "MAnna Lindqvist",
])
def test_look_alikes_stay(text):
    assert fix(text) == text

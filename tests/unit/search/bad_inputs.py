"""Hostile or broken search box input, shared by the parser and backend tests."""

from __future__ import annotations

import random

BAD_QUERIES: list[str] = [
    "",
    "   ",
    "x" * 10_240,  # one 10 KB word
    "rehab " * 2_000,  # 10 KB of words
    " ".join(f"ord{i}" for i in range(500)),  # 500 terms
    '"',
    '"""',
    '"sjukskrivning',
    'sjukskrivning"',
    "(",
    ")",
    "((sjukskrivning)",
    "*",
    "**",
    "r*",
    "*rehab",
    "::::",
    "org:",
    "org:::x",
    'in:"',
    "\x00",
    "sjuk\x00skrivning",
    "\x00\x01\x02\x1f\x7f",
    "\ud800 lone surrogate",
    "\ue000\ue001 private use",
    "\u202erevers\u200b",
    "🙂",
    "👩‍⚕️ rehab 🧑🏽‍💼",
    "& | ! : ' \\ <->",
    "sjukskrivning & !arbete | 'x':* <-> y",
    "a:* & b",
    "'",
    "\\",
    "<->",
    "!!",
    "AND OR NOT",
    "sjukskrivning AND NOT arbete",
    "~ ^ [ ] { }",
    "rehab~2 title:x^3 [a TO b] {a TO b}",
    "'; DROP TABLE search_documents; --",
    "%s %(x)s %%",
    "$1 $$ $$",
    "<script>alert(1)</script>",
    "ÅÄÖ åäö",
    "Ｆｕｌｌｗｉｄｔｈ",
    "ﬁ ligature",
    "a\u0308 decomposed",
    "١٢٣ العربية 中文 русский",
]


def random_garbage(count: int = 150, seed: int = 20240601) -> list[str]:
    """Seeded random strings built from every metacharacter we know of."""
    alphabet = [
        *"\"'()*:&|!\\<->~^[]{}+-/ .,;%$#@?\x00\t\n",
        "AND", "OR", "NOT", "org:", "in:", "kind:", "rehab", "å", "🙂", "\ud800", " ",
    ]  # fmt: skip
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(count)]

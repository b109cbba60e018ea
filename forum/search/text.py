"""Text normalisation shared by both backends (no third-party imports).

Both backends must fold and pre-stem text the same way, otherwise the same
query would find different documents depending on the deployment.

Accent folding — decision: fold *before* stemming, but never fold å, ä, ö.
 * å/ä/ö are letters of their own in Swedish, not accented a/o: folding them
   would merge different words (får/far, hål/hal, kön/kon) and would also
   break the Swedish Snowball stemmer, which treats them as vowels when it
   computes the region it may strip suffixes from and has suffixes such as
   "löst". Keeping them means they survive stemming unchanged.
 * Every other diacritic (é è ü ñ ç …) is folded to its base letter so that
   "Café", "cafe" and "CAFÉ" meet. Doing that before stemming is safe once
   å/ä/ö are excluded, and it is the only order PostgreSQL allows us
   (its snowball dictionaries run inside to_tsvector, after our Python
   pre-processing), so Whoosh does the same for identical behaviour.
 * æ/ø are mapped to ä/ö: the Danish/Norwegian spellings of the same letters.

All helpers here are *length preserving* (one character in, one out). The
PostgreSQL backend relies on that to map ts_headline fragments of the
prepared text back onto the original text for display.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Characters the PostgreSQL text-search parser treats as blanks and that we
#: strip from every stored document, so they can carry meaning of our own.
PRIVATE_BLANK = "\ue006"

_KEEP = frozenset("åäöÅÄÖ")
_EXTRA_FOLDS = {
    "æ": "ä",
    "Æ": "Ä",
    "ø": "ö",
    "Ø": "Ö",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
}

# Private use area (we use it for sentinels), C0/C1 controls except tab and
# newline, and lone surrogates (they cannot be encoded to UTF-8 for PostgreSQL).
_UNSAFE_CHARS_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]")

# Swedish nouns ending in -a take the definite form -an (arbetsförmåga →
# arbetsförmågan, försäkringskassa → försäkringskassan), which the Snowball
# algorithm does not strip. We rewrite "-an"/"-ans" to "-a"/"-as" before
# stemming so all forms reach the same stem. Words shorter than 6 letters are
# left alone: they are mostly not definite forms (sedan, organ, plan).
SV_DEFINITE_RE = re.compile(r"\b(\w{4,}a)n(s?)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _KEEP:
        return char
    if char in _EXTRA_FOLDS:
        return _EXTRA_FOLDS[char]
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Only 1:1 folds (see module docstring); ligatures like "ﬁ" stay as they are.
    if len(base) == 1 and base.isalpha():
        return base
    return char


def fold_accents(text: str) -> str:
    """Fold diacritics except å/ä/ö; ASCII passes through untouched."""
    if text.isascii():
        return text
    return "".join(_fold_char(c) if ord(c) > 0x7F else c for c in text)


@lru_cache(maxsize=1)
def fold_charmap() -> dict[int, str]:
    """The same fold as a ``str.translate`` table, for Whoosh's CharsetFilter.

    Covers Latin, Greek and Cyrillic blocks; a built-in filter (instead of a
    custom class) keeps the pickled Whoosh schema independent of this module.
    Cached so all six text fields share one dict (pickled once per commit).
    Do not mutate the result.
    """
    table: dict[int, str] = {}
    for code in range(0x80, 0x2000):
        char = chr(code)
        folded = _fold_char(char)
        if folded != char:
            table[code] = folded
    return table


def clean_doc_text(text: str) -> str:
    """Normalise document text before it is indexed or stored.

    NFC so that "å" typed as a + combining ring is one word character; unsafe
    characters removed (PostgreSQL rejects NUL, and we use the private use
    area for highlight sentinels).
    """
    text = unicodedata.normalize("NFC", text)
    return _UNSAFE_CHARS_RE.sub("", text)


def swedish_definite_word(word: str) -> str:
    """Token-level version of the -an/-ans rewrite (Whoosh and tests)."""
    return SV_DEFINITE_RE.sub(r"\1\2", word)


def swedish_definite_text(text: str) -> str:
    """Length-preserving text version for PostgreSQL: the dropped "n" becomes
    a blank after the word, so word positions and offsets do not move."""
    return SV_DEFINITE_RE.sub(lambda m: m.group(1) + m.group(2) + PRIVATE_BLANK, text)


# PostgreSQL's parser treats "<...>" as an HTML tag (dropped by to_tsvector
# and by ts_headline), "&lt;" as an entity, and keeps URLs, host names, file
# names, paths and e-mail addresses as single tokens ("fk.se", "plan.pdf").
# Our documents are plain text, so we blank these characters out (1:1) and
# let the words inside be ordinary words, as they are for Whoosh.
_PG_NEUTRAL = str.maketrans(dict.fromkeys("<>&/@.\\", PRIVATE_BLANK))


def prepare_swedish(text: str) -> str:
    """Text as fed to PostgreSQL's 'swedish' configuration (length preserving)."""
    return swedish_definite_text(fold_accents(text).translate(_PG_NEUTRAL))


def prepare_english(text: str) -> str:
    """Text as fed to PostgreSQL's 'english' configuration (length preserving)."""
    return fold_accents(text).translate(_PG_NEUTRAL)


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (a transposition counts as one edit),
    used to rank spelling candidates the way a typist errs."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, prev2[j - 2] + 1)
            cur.append(best)
        prev2, prev = prev, cur
    return prev[-1]

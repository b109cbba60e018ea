"""Spot personal data in text before it is posted, so the writer can remove it.

This is a warning aid, not a guarantee: the rules aim for few false positives
on ordinary rehabilitation text (law references, day counts, years) at the cost
of missing unusual formats. A Finding never holds the matched text itself, only
a masked form, so findings can be logged or shown without leaking the data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from forum.text.client_names import find_client_names
from forum.text.personnummer import CANDIDATE_RE, candidate_parts, parse_identity

FindingKind = Literal["personnummer", "samordningsnummer", "phone", "address", "name",
                      "client_name", "term"]

KIND_LABELS: Mapping[str, str] = {
    "personnummer": "Personnummer",
    "samordningsnummer": "Samordningsnummer",
    "phone": "Telefonnummer",
    "address": "Adress",
    "name": "Namn",
    "client_name": "Klientens namn",
    "term": "Bevakat ord",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """Where personal data was found (``text[start:end]``) and a safe way to show it."""

    kind: FindingKind
    start: int
    end: int
    masked: str


# National: trunk 0, area code, at most one hyphen (after the area code), then
# digit groups separated by single spaces: 070-123 45 67, 08-123 456 78, 0701234567.
# International: +46 or 0046, optionally "(0)", then the same without the 0.
# A leading 0 (or +46) is required, which rules out years, amounts and SFS numbers.
_PHONE_RE = re.compile(
    r"(?<![\w+:/.,-])"
    r"(?:(?:\+|00)46[ ]?(?:\(0\)[ ]?)?[1-9]|0[1-9])"
    r"\d{0,3}[- ]?\d(?:[ ]?\d){4,8}"
    r"(?![\w:/-]|[.,]\d)"
)
_PHONE_MIN_DIGITS, _PHONE_MAX_DIGITS = 8, 10  # counted with the leading 0, +46 replaced

_STREET_SUFFIXES = (
    "gatan|gata|vägen|väg|gränd|torget|torg|plan|allén|allé|backen|backe|stigen|stig|leden"
)
# Compound words on "-plan" that are plans, not squares, in rehabilitation text.
_NOT_STREETS = re.compile(
    r"(?:handlings|rehabiliterings|aktivitets|samverkans|åtgärds|insats|genomförande|"
    r"utvecklings|stöd|vård|verksamhets|arbets|utbildnings|steg|tids|projekt)plan$",
    re.IGNORECASE,
)
_POSTCODE = r"[1-9]\d{2} ?\d{2}(?!\d) +[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?"
# The suffix as a word of its own ("Gamla vägen 4") only for street words that
# are not also everyday rehab words: "Enligt plan 2" is not an address.
_STREET_WORDS = "gatan|gata|vägen|väg|gränd|torget|torg|allén|allé|backen|leden"
_STREET_RE = re.compile(
    r"(?<!\w)(?P<street>[A-ZÅÄÖ][a-zåäöéü]*"
    rf"(?:(?:[ -][A-ZÅÄÖa-zåäö][a-zåäöéü]*)?(?:{_STREET_SUFFIXES})| (?:{_STREET_WORDS})))"
    r" (?P<number>\d{1,3})(?: ?[A-H])?(?!\w)"
    rf"(?:,? +{_POSTCODE})?"
)
_POSTCODE_RE = re.compile(rf"(?<![\d:§])(?<!\d )(?<!SFS ){_POSTCODE}")
_ENGLISH_STREET_RE = re.compile(
    r"(?<![\w.,:])\d{1,4}[A-Za-z]? (?:[A-Z][a-z]+ ){1,3}"
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Drive|Court|Place|Square)(?!\w)"
)


def find_personal_data(text: str, *, today: date | None = None,
                       known_names: Iterable[str] = ()) -> list[Finding]:
    """Identity numbers, phone numbers, street addresses and clients' names in ``text``,
    in order.

    ``today`` fixes the century of ten-digit personnummer; tests pass it. ``known_names``
    are the directory's people, whose names are not taken for a client's.
    """
    findings = _identity_numbers(text, today)
    findings += _phones(text)
    findings += _addresses(text)
    findings += [Finding("client_name", start, end, _initials(text[start:end]))
                 for start, end in find_client_names(text, known_names)]
    return _without_overlaps(findings)


def find_terms(text: str, terms: Iterable[str]) -> list[Finding]:
    """Whole-word, case-insensitive uses of an organization's own watch terms (a ward, an
    employer, a local project), masked like addresses: first letters only."""
    words = sorted({" ".join(t.split()) for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return []
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return [Finding("term", m.start(), m.end(), _mask_words(m.group()))
            for m in pattern.finditer(text)]


def merge_findings(*groups: Iterable[Finding]) -> list[Finding]:
    """Several finders' results in text order, one finding where two overlap."""
    return _without_overlaps([finding for group in groups for finding in group])


def find_names(text: str, names: Iterable[str]) -> list[Finding]:
    """Whole-word, case-insensitive uses of the given people's names, masked as initials.

    Each full name matches as written and by its surname (when 3+ letters). A
    genitive "s" is allowed ("Anderssons"), since anonymising means catching those too.
    """
    variants = _name_variants(names)
    if not variants:
        return []
    alternatives = "|".join(
        r"\s+".join(map(re.escape, v.split())) for v in sorted(variants, key=len, reverse=True)
    )
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?::?s)?(?!\w)", re.IGNORECASE)
    return [
        Finding("name", match.start(), match.end(), _initials(match.group()))
        for match in pattern.finditer(text)
    ]


def summarize(findings: Iterable[Finding], labels: Mapping[str, str] = KIND_LABELS) -> list[str]:
    """Short labels for the UI, e.g. "Personnummer 850709-****"; duplicates shown once."""
    seen: dict[str, None] = {}
    for finding in findings:
        seen.setdefault(f"{labels.get(finding.kind, finding.kind)} {finding.masked}")
    return list(seen)


def _identity_numbers(text: str, today: date | None) -> list[Finding]:
    findings: list[Finding] = []
    for match in CANDIDATE_RE.finditer(text):
        parts = candidate_parts(match)
        number = parse_identity(*parts, today=today) if parts else None
        if number is not None:
            findings.append(Finding(number.kind, match.start(), match.end(), number.masked))
    return findings


def _phones(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for match in _PHONE_RE.finditer(text):
        raw = match.group()
        # The regex is greedy, so "070-123 45 67 12 st" took a trailing number
        # along; drop trailing groups until the length fits.
        while _national_digits(raw) > _PHONE_MAX_DIGITS and " " in raw:
            raw = raw.rsplit(" ", 1)[0]
        if _national_digits(raw) >= _PHONE_MIN_DIGITS and not _looks_like_date(raw):
            end = match.start() + len(raw)
            findings.append(Finding("phone", match.start(), end, _mask_phone(raw)))
    return findings


def _national_digits(raw: str) -> int:
    """Digits as dialled within Sweden: +46 / 0046 and an optional "(0)" become one 0."""
    national = re.sub(r"^(?:\+|00)46 ?(?:\(0\) ?)?", "0", raw)
    return sum(char.isdigit() for char in national)


def _looks_like_date(raw: str) -> bool:
    """Reject "05 12 2024" style dates, which have the shape of an eight-digit number."""
    return re.fullmatch(r"0[1-9] (?:0[1-9]|1[0-2]) (?:19|20)\d\d", raw) is not None


def _addresses(text: str) -> list[Finding]:
    findings: list[Finding] = []
    for match in _STREET_RE.finditer(text):
        if not _NOT_STREETS.search(match["street"]):
            findings.append(_address(match))
    for pattern in (_POSTCODE_RE, _ENGLISH_STREET_RE):
        findings.extend(_address(match) for match in pattern.finditer(text))
    return findings


def _address(match: re.Match[str]) -> Finding:
    return Finding("address", match.start(), match.end(), _mask_words(match.group()))


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the earlier (then longer) finding where two overlap, e.g. a personnummer
    that also looks like a phone number, or a postcode inside a full address."""
    kept: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if kept and finding.start < kept[-1].end:
            continue
        kept.append(finding)
    return kept


def _mask_phone(raw: str) -> str:
    """Keep the country or area code (enough to recognise the number), star the rest."""
    area = re.match(r"(?:\+|00)46|\d{1,4}(?=[ -])", raw)
    keep = sum(char.isdigit() for char in area.group()) if area else 3
    out: list[str] = []
    for char in raw:
        if char.isdigit():
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(out)


def _mask_words(raw: str) -> str:
    """First letter of each word, everything else alphanumeric starred: "S******** **"."""
    return re.sub(r"(?<=\w)\w|\d", "*", raw)


def _name_variants(names: Iterable[str]) -> set[str]:
    variants: set[str] = set()
    for name in names:
        parts = name.split()
        if not parts:
            continue
        variants.add(" ".join(parts))
        if len(parts) > 1 and len(parts[-1]) >= 3:
            variants.add(parts[-1])
    return variants


def _initials(matched: str) -> str:
    """Initials, hyphenated names included: "Anna-Karin Berg" becomes "A.-K. B."."""
    return " ".join(
        "-".join(f"{part[0].upper()}." for part in word.split("-") if part)
        for word in matched.split()
    )

"""Legal citations in plain text: "27 kap. 2 § SFB", "FINSAM 5 §", "folketrygdloven § 8-4".

The laws that decide who does what are written in a handful of ways, and this module is the one
table of them. Statutes come from a :class:`StatuteRegister` (the coordinators keep it in the
database; tests build one by hand): a short name that is matched case-sensitively ("SoL" but
never "sol"), the other names it is written by (matched case-insensitively, with the Swedish and
Norwegian definite and genitive endings), its number, and where its official text is published.

A citation is a *law in reach* with an optional place in it, before or after the law:

    27 kap. 2 § SFB         SFB 27 kap. 2 §       27:2 SFB        SFB 27:2
    2 kap. 1 § andra stycket SoL                  4 kap. 1 § i socialtjänstlagen
    5 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser
    Socialförsäkringsbalken (2010:110) 27 kap. 46–49 §§       FINSAM 2003:1210 §5
    folketrygdloven § 8-4   § 8-4 i folketrygdloven           NAV-loven § 14

A place without a law ("27 kap.", "§ 3") and a number outside a statute context ("Dnr
2024:1234", "2003-12-10") are left alone, as is anything the register does not know. A chapter or
section beyond the register's known range links to the statute itself rather than to an anchor
that does not exist. Nothing here fetches anything: a citation becomes a URL and a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

# Ordinals people write before "stycket" / "punkten" (Swedish) and "ledd" (Norwegian).
_ORDINALS = (
    "första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde"
    "|første|annet|andre|fjerde|sjette|syvende|åttende|niende|tiende"
)
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"
_SECTION = r"\d{1,3}(?:\s?[a-z](?![^\W\d_]))?"
_MORE_SECTIONS = rf"(?:\s*(?:[{_DASHES}]|,|och|eller|og)\s*{_SECTION})*"
_PART = (
    rf"(?:,?\s+(?:{_ORDINALS}|\d{{1,2}})\s*(?:stycket|st\.|ledd|punkten|p\.|punkt)"
    rf"(?:\s+(?:{_ORDINALS}|\d{{1,2}})\s*(?:punkten|p\.|punkt))?)?"
)
# A place in a statute. Group names tell the forms apart:
#   ch/sec  "27 kap. 2 §", "27 kap.", "5 §" (sec only), with ranges and paragraph parts
#   cch/csec "27:2"            nch/nsec "§ 8-4", "§ 14", "§5"
_PLACE = (
    rf"(?:(?P<ch>\d{{1,3}})\s?(?:a\s)?kap(?:\.|itlet|itel)?(?:\s+(?P<sec>{_SECTION})"
    rf"{_MORE_SECTIONS}\s*§§?{_PART})?"
    rf"|(?P<sec_only>{_SECTION}){_MORE_SECTIONS}\s*§§?{_PART}"
    rf"|(?P<cch>\d{{1,3}}):(?P<csec>\d{{1,3}}[a-z]?)(?![\d:])"
    rf"|§§?\s*(?:(?P<nch>\d{{1,3}})[{_DASHES}](?P<nsec>\d{{1,3}}[a-z]?)|(?P<psec>\d{{1,3}}[a-z]?))"
    rf"(?!\d)(?:\s*(?:og|och|,)\s*\d{{1,3}}(?:[{_DASHES}]\d{{1,3}})?[a-z]?(?!\d))*{_PART})"
)
_PLACE_BEFORE = re.compile(rf"(?<![\w.:§/{_DASHES}]){_PLACE}\s+(?:i\s+)?\Z")
_PLACE_AFTER = re.compile(rf"\s*{_PLACE}(?![\w])")
_SFS = r"\d{4}:\d{1,4}"
_NUMBER_AFTER_NAME = re.compile(rf"\s*(?:\((?P<paren>{_SFS})\)|(?P<bare>{_SFS})(?![\d:]))")
# Statute contexts in which a bare SFS number names a statute.
_NUMBER_FORMS = (
    rf"(?:[Ll]ag(?:en)?|[Ff]örordning(?:en)?|[Bb]alk(?:en)?)\s*\((?P<lag_sfs>{_SFS})\)"
    rf"|SFS\s*(?P<sfs_prefix>{_SFS})"
    rf"|\((?P<paren_sfs>{_SFS})\)"
)
_ENDINGS = "(?:ens|ets|en|et|s)?"


@dataclass(frozen=True, slots=True)
class Statute:
    """One entry of the register: what a citation of it links to and says on hover."""

    number: str  # SFS "2010:110", or Lovdata's "1997-02-28-19"; the key
    short_name: str  # "SFB": matched case-sensitively, as written
    title: str  # "Socialförsäkringsbalk (2010:110)"
    names: tuple[str, ...] = ()  # "socialförsäkringsbalk", "ftrl.": case-insensitive
    url: str = ""  # the official text
    chapter_url: str = ""  # "{url}#K{chapter}"
    section_url: str = ""  # "{url}#K{chapter}P{section}" or "{url}#P{section}"
    chaptered: bool = True  # "27 kap. 2 §"; False for a law of sections only ("5 § FINSAM")
    chapters: int | None = None  # the highest chapter known to exist; None: not known
    sections: int | None = None  # the highest section number known (in any chapter)

    def link(self, chapter: int | None, section: str | None) -> str:
        """The URL for a place in this statute; a place outside the known range gets the law."""
        values = {"url": self.url, "chapter": chapter, "section": section}
        if chapter is not None:
            if not self.chaptered or not 1 <= chapter <= (self.chapters or chapter):
                return self.url
            if section is not None and self._section_known(section) and self.section_url:
                return self.section_url.format(**values)
            return self.chapter_url.format(**values) if self.chapter_url else self.url
        # "5 §" of a law with chapters does not say which chapter: link the law.
        if section is not None and not self.chaptered and self._section_known(section) \
                and self.section_url:
            return self.section_url.format(**values)
        return self.url

    def _section_known(self, section: str) -> bool:
        number = _section_number(section)
        return number >= 1 and (self.sections is None or number <= self.sections)


@dataclass(frozen=True, slots=True)
class Citation:
    """A citation found in text: where it is, which statute and place, where it links."""

    start: int
    end: int
    text: str
    number: str
    chapter: int | None
    section: str | None
    url: str
    title: str


@dataclass(frozen=True)
class StatuteRegister:
    """The statutes a text can cite, with the one regular expression that finds their names."""

    statutes: tuple[Statute, ...] = field(default_factory=tuple)

    @cached_property
    def _by_short(self) -> dict[str, Statute]:
        return {s.short_name: s for s in self.statutes}

    @cached_property
    def _by_name(self) -> dict[str, Statute]:
        return {_fold(name): s for s in self.statutes for name in s.names}

    @cached_property
    def _by_number(self) -> dict[str, Statute]:
        return {s.number: s for s in self.statutes}

    @cached_property
    def _law_re(self) -> re.Pattern[str] | None:
        shorts = sorted(self._by_short, key=len, reverse=True)
        names = sorted({n for s in self.statutes for n in s.names}, key=len, reverse=True)
        parts = [_NUMBER_FORMS]
        if names:
            parts.append("(?i:" + "|".join(_name_pattern(n) for n in names) + ")")
        if shorts:
            parts.append("|".join(re.escape(s) for s in shorts))
        return re.compile(rf"(?<![\w{_DASHES}])(?P<law>{'|'.join(parts)})(?![^\W\d_])")

    def by_number(self, number: str) -> Statute | None:
        return self._by_number.get(number)

    def lookup(self, written: str) -> Statute | None:
        """The statute a name refers to, as written ("SFB", "Socialförsäkringsbalkens")."""
        found = self._by_short.get(written)
        if found is not None:
            return found
        folded = _fold(written)
        if folded in self._by_name:
            return self._by_name[folded]
        for ending in ("ens", "ets", "en", "et", "s"):
            if folded.endswith(ending) and folded[: -len(ending)] in self._by_name:
                return self._by_name[folded[: -len(ending)]]
        return None

    def find(self, text: str) -> list[Citation]:
        """Every citation in ``text``, in order, none overlapping."""
        if not self.statutes or self._law_re is None:
            return []
        return list(_find(self, text))


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip()).casefold()


def _name_pattern(name: str) -> str:
    escaped = r"\s+".join(re.escape(part) for part in name.split())
    # A name ending in a letter takes the definite and genitive endings; "ftrl." does not.
    return escaped + (_ENDINGS if name[-1:].isalpha() else "")


def _section_number(section: str) -> int:
    return int(re.match(r"\d+", section).group())  # type: ignore[union-attr]


def _find(register: StatuteRegister, text: str) -> Iterator[Citation]:
    taken = 0  # nothing before this offset can be part of a new citation
    assert register._law_re is not None
    for law in register._law_re.finditer(text):
        if law.start() < taken:
            continue
        found = _citation_at(register, text, law, taken)
        if found is not None:
            taken = found.end
            yield found


def _citation_at(register: StatuteRegister, text: str, law: re.Match[str],
                 taken: int) -> Citation | None:
    statute, law_end = _statute_of(register, text, law)
    if statute is None:
        return None
    start, end = law.start(), law_end
    place: re.Match[str] | None = None
    window_start = max(taken, start - 80)
    before = _PLACE_BEFORE.search(text, window_start, start)
    if before is not None:
        place, start = before, before.start()
    else:
        after = _PLACE_AFTER.match(text, law_end)
        if after is not None and after.group().strip():
            place, end = after, after.end()
    chapter, section = _place_numbers(place, statute)
    return Citation(start=start, end=end, text=text[start:end], number=statute.number,
                    chapter=chapter, section=section, url=statute.link(chapter, section),
                    title=_title(statute, chapter, section))


def _statute_of(register: StatuteRegister, text: str,
                law: re.Match[str]) -> tuple[Statute | None, int]:
    """The statute a law match names and where the law's words end (a number may follow)."""
    groups = law.groupdict()
    number = groups.get("lag_sfs") or groups.get("sfs_prefix") or groups.get("paren_sfs")
    if number:
        return register.by_number(number), law.end()
    statute = register.lookup(law.group("law"))
    end = law.end()
    # "Socialförsäkringsbalken (2010:110)", "FINSAM 2003:1210": the number belongs to the law,
    # and names another registered statute when it says so ("SoL (2001:453)", the old act).
    trailing = _NUMBER_AFTER_NAME.match(text, end)
    if trailing is not None:
        number = trailing.group("paren") or trailing.group("bare")
        named = register.by_number(number)
        if named is not None:
            statute, end = named, trailing.end()
        elif trailing.group("paren") and statute is not None and statute.number != number:
            return None, end  # "SoL (2001:453)" with the old act unknown: no wrong link
    return statute, end


def _place_numbers(place: re.Match[str] | None,
                   statute: Statute) -> tuple[int | None, str | None]:
    if place is None:
        return None, None
    g = place.groupdict()
    if g.get("ch"):
        return int(g["ch"]), _clean_section(g.get("sec"))
    if g.get("cch"):
        return int(g["cch"]), _clean_section(g["csec"])
    if g.get("nch"):
        if not statute.chaptered:  # "§ 8-4" of a law without chapters: only the law
            return None, None
        return int(g["nch"]), _clean_section(g["nsec"])
    return None, _clean_section(g.get("sec_only") or g.get("psec"))


def _clean_section(section: str | None) -> str | None:
    return re.sub(r"\s+", "", section) if section else None


def _title(statute: Statute, chapter: int | None, section: str | None) -> str:
    if chapter is None and section is None:
        return statute.title
    if statute.number[:4].isdigit() and ":" in statute.number:  # Swedish: "27 kap. 2 §"
        place = " ".join(p for p in (
            f"{chapter} kap." if chapter is not None else "",
            f"{section} §" if section else "") if p)
    else:  # Norwegian: "§ 8-4"
        place = f"§ {chapter}-{section}" if chapter is not None else f"§ {section}"
    return f"{statute.title}, {place}"


def numbers_cited(citations: Iterable[Citation]) -> list[str]:
    """The distinct statute numbers in ``citations``, in the order first cited."""
    return list(dict.fromkeys(c.number for c in citations))

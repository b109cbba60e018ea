"""Names of clients: a first name and a surname close to a word for a client ("patienten
Karl Persson", "Anna Svensson är klient hos oss") or followed by an age ("Anna Svensson, 34,").

No list of first names: the people a public agency meets have names from everywhere. A
name here is two to four capitalized words in a row, and the false alarms such a pattern
invites (organizations, places, sentence starts, the directory's own staff) are ruled out
by the word lists below. Like the rest of the privacy check this is a warning aid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_UPPER, _LOWER = "A-ZÅÄÖÆØÉÜÁÍÓÚ", "a-zåäöæøéüáàíóúïëçñ"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# Capitalized words joined by single (or no-break) spaces: one run may hold a name.
_RUN_RE = re.compile(rf"(?<![\w-]){_WORD}(?:[ \u00a0]{_WORD})*(?![\w-])")

# Swedish and English words for the person a case is about, with their inflections.
_CLIENT_RE = re.compile(
    r"(?<!\w)(?:klient(?:en|ens|er|erna|ernas)?|patient(?:en|ens|er|erna|ernas|s)?"
    r"|sökande(?:n|ns|s)?|(?:den|de) enskild[ea]s?|brukare(?:n|ns|s|na|nas)?"
    r"|deltagare(?:n|ns|s|na|nas)?|clients?|client's|applicants?|applicant's"
    r"|service users?|claimants?|claimant's|participants?)(?!\w)",
    re.IGNORECASE,
)
_AGE_AFTER_RE = re.compile(r"(?:,[ \u00a0]?|[ \u00a0]\()(?:1[01]\d|[1-9]?\d)"
                           r"(?:,|\)|[ \u00a0](?:år|years?|yrs)\b)")
_MAX_WORDS_BETWEEN = 3
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that start a sentence or stand before a name without being one.
_NOT_NAMES = _words("""
i vi han hon hen de den det dom jag du ni man en ett vår vårt våra min mitt mina hans hennes
deras dess enligt hos med från till på om när efter inför under vid mot men och så som att
eftersom därför sedan nu idag igår imorgon kära hej hejsan tack också även dessutom alla
vem vad var hur varför här där denna detta dessa för av ur of for to on by
the a an this that these those our my her his their its we he she they it you in at from
with according after before when then if but and dear hi hello thanks also all who what
mr mrs ms miss dr doctor prof professor herr fru fröken
måndag tisdag onsdag torsdag fredag lördag söndag monday tuesday wednesday thursday friday
saturday sunday januari februari mars april maj juni juli augusti september oktober november
december january february march june july august october
""")
# Words that make a run an organization or a place, wherever they stand in it.
_ORG_WORDS = _words("""
försäkringskassan arbetsförmedlingen region regionen kommun kommunen socialtjänsten
landstinget samordningsförbundet migrationsverket kronofogden skatteverket polisen
socialstyrelsen vårdcentralen sjukhuset universitet universitetet högskolan stad staden
län länet mitt nord syd öst väst norr söder center centrum city ab hb sverige sweden norge
volvo ikea scania ericsson saab postnord telia vattenfall ica coop
nya västra östra norra södra stora lilla gamla sankt new north south east west upper lower
great little saint san los las group ltd inc council service services agency hospital clinic
university college street road centre center plus team unit ward department office
programme program project trust board nhs microsoft teams zoom google skype
stockholm göteborg malmö uppsala umeå luleå örebro linköping västerås norrköping jönköping
lund gävle sundsvall karlstad växjö halmstad borås kiruna visby oslo bergen helsingfors
""")
_ORG_SUFFIX_RE = re.compile(
    r"(?:kassan|förmedlingen|tjänsten|verket|myndigheten|styrelsen|nämnden|förvaltningen"
    r"|förbundet|centralen|mottagningen|sjukhuset|kliniken|enheten|huset|skolan|gymnasiet"
    r"|företaget|bolaget|inspektionen|kontoret|avdelningen|boendet|kommun|regionen|länet"
    r"|verksamhet|verksamheten|projektet|programmet|teamet|gruppen|psykiatrin)$",
    re.IGNORECASE,
)


def find_client_names(text: str, known_names: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Spans of names that stand next to a client word or before an age.

    ``known_names`` are the directory's own people: staff are named in posts all the time
    ("Eva Nordin skrev att klienten ..."), so their names never count as a client's.
    """
    known = {" ".join(name.lower().split()) for name in known_names if name.strip()}
    clients = [m.span() for m in _CLIENT_RE.finditer(text)]
    spans: list[tuple[int, int]] = []
    for run in _RUN_RE.finditer(text):
        for span in _names_in_run(run):
            if _is_known(text[span[0]:span[1]], known):
                continue
            if _has_age_after(text, span[1]) or any(_near(text, span, c) for c in clients):
                spans.append(span)
    return spans


def _names_in_run(run: re.Match[str]) -> list[tuple[int, int]]:
    """The parts of a capitalized run that can be names. Words that start sentences or are
    client words split the run ("Nummer Klienten Ahmed Ali" holds "Ahmed Ali"); a part
    counts when it has two to four words and none of them looks like an organization."""
    spans: list[tuple[int, int]] = []
    part: list[re.Match[str]] = []
    for word in [*re.finditer(r"\S+", run.group()), None]:
        if word is not None and not _splits(word.group()):
            part.append(word)
            continue
        if 2 <= len(part) <= 4 and not any(_organization_like(w.group()) for w in part):
            spans.append((run.start() + part[0].start(), run.start() + part[-1].end()))
        part = []
    return spans


def _splits(word: str) -> bool:
    return word.lower() in _NOT_NAMES or _CLIENT_RE.fullmatch(word) is not None


def _organization_like(word: str) -> bool:
    lower = word.lower()
    return lower in _ORG_WORDS or _ORG_SUFFIX_RE.search(lower) is not None


def _is_known(name: str, known: set[str]) -> bool:
    """The name as written or without a genitive "s" ("Eva Nordins") is a directory name."""
    name = " ".join(name.lower().split())
    return name in known or (name.endswith("s") and name[:-1] in known)


def _has_age_after(text: str, end: int) -> bool:
    return _AGE_AFTER_RE.match(text, end) is not None


def _near(text: str, name: tuple[int, int], client: tuple[int, int]) -> bool:
    """A client word at most a few words before or after the name, in the same sentence."""
    if client[1] <= name[0]:
        between = text[client[1]:name[0]]
    elif name[1] <= client[0]:
        between = text[name[1]:client[0]]
    else:
        return False
    return (len(re.findall(r"\w+", between)) <= _MAX_WORDS_BETWEEN
            and not _SENTENCE_END_RE.search(between))

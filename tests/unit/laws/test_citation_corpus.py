"""The citation corpus: forms people write, the link each must give, and what must stay text.

Run against the register as the migrations seed it, so the corpus also checks the seed.
"""

from __future__ import annotations

import pytest

from forum.laws.register import current_register
from tests.conftest import make_app

SE = "https://rkrattsbaser.gov.se/sfst?bet="
NO = "https://lovdata.no/lov/"
S = "%C2%A7"


def se(number: str, chapter: int | None = None, section: str | None = None) -> str:
    if chapter is not None and section is not None:
        return f"{SE}{number}#K{chapter}P{section}"
    if chapter is not None:
        return f"{SE}{number}#K{chapter}"
    if section is not None:
        return f"{SE}{number}#P{section}"
    return SE + number


def no(number: str, chapter: int | None = None, section: str | None = None) -> str:
    if section is None:
        return NO + number
    return f"{NO}{number}/{S}{chapter}-{section}" if chapter else f"{NO}{number}/{S}{section}"


# Written by hand: (text, the citation's exact span, its link).
HAND_WRITTEN = [
    ("Enligt 27 kap. 2 § SFB ska FK samordna.", "27 kap. 2 § SFB", se("2010:110", 27, "2")),
    ("SFB 27 kap. 2 § säger", "SFB 27 kap. 2 §", se("2010:110", 27, "2")),
    ("se 27:2 SFB", "27:2 SFB", se("2010:110", 27, "2")),
    ("se SFB 27:2.", "SFB 27:2", se("2010:110", 27, "2")),
    ("Socialförsäkringsbalken 27 kap. 2 §", "Socialförsäkringsbalken 27 kap. 2 §",
     se("2010:110", 27, "2")),
    ("27 kap. 2 § socialförsäkringsbalken", "27 kap. 2 § socialförsäkringsbalken",
     se("2010:110", 27, "2")),
    ("Socialförsäkringsbalken (2010:110) 27 kap. 46–49 §§",
     "Socialförsäkringsbalken (2010:110) 27 kap. 46–49 §§", se("2010:110", 27, "46")),
    ("Socialförsäkringsbalken (2010:110) 30 kap.", "Socialförsäkringsbalken (2010:110) 30 kap.",
     se("2010:110", 30)),
    ("SoL 4 kap. 1 §", "SoL 4 kap. 1 §", se("2025:400", 4, "1")),
    ("2 kap. 1 § andra stycket SoL", "2 kap. 1 § andra stycket SoL", se("2025:400", 2, "1")),
    ("jfr SoL (2001:453) 4 kap. 1 §", "SoL (2001:453) 4 kap. 1 §", se("2001:453", 4, "1")),
    ("4 kap. 1 § i socialtjänstlagen", "4 kap. 1 § i socialtjänstlagen", se("2025:400", 4, "1")),
    ("FINSAM 5 §", "FINSAM 5 §", se("2003:1210", None, "5")),
    ("5 § FINSAM", "5 § FINSAM", se("2003:1210", None, "5")),
    ("FINSAM (2003:1210) 5 §", "FINSAM (2003:1210) 5 §", se("2003:1210", None, "5")),
    ("FINSAM 2003:1210 §5", "FINSAM 2003:1210 §5", se("2003:1210", None, "5")),
    ("5 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser",
     "5 § lagen (2003:1210)", se("2003:1210", None, "5")),
    ("OSL 25 kap.", "OSL 25 kap.", se("2009:400", 25)),
    ("Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §",
     "Offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §", se("2009:400", 26, "1")),
    ("enligt offentlighets- och sekretesslagen", "offentlighets- och sekretesslagen",
     se("2009:400")),
    ("Hälso- och sjukvårdslagen (2017:30) 5 kap. 1 §",
     "Hälso- och sjukvårdslagen (2017:30) 5 kap. 1 §", se("2017:30", 5, "1")),
    ("Förvaltningslagen (2017:900) 32 §", "Förvaltningslagen (2017:900) 32 §",
     se("2017:900", None, "32")),
    ("Patientdatalagen (2008:355) 3 kap.", "Patientdatalagen (2008:355) 3 kap.",
     se("2008:355", 3)),
    ("Lag (2019:1297) om koordineringsinsatser", "Lag (2019:1297)", se("2019:1297")),
    ("SFS 2003:1210", "SFS 2003:1210", se("2003:1210")),
    ("folketrygdloven § 8-4", "folketrygdloven § 8-4", no("1997-02-28-19", 8, "4")),
    ("§ 8-4 i folketrygdloven", "§ 8-4 i folketrygdloven", no("1997-02-28-19", 8, "4")),
    ("ftrl. § 11-5", "ftrl. § 11-5", no("1997-02-28-19", 11, "5")),
    ("NAV-loven § 14", "NAV-loven § 14", no("2006-06-16-20", None, "14")),
    ("sosialtjenesteloven § 18", "sosialtjenesteloven § 18", no("2009-12-18-131", None, "18")),
    # Out of the known range: the statute, never a made-up anchor.
    ("SFB 200 kap. 2 §", "SFB 200 kap. 2 §", se("2010:110")),
    ("OSL 45 kap. 1 §", "OSL 45 kap. 1 §", se("2009:400")),
    # A section of a law with chapters, without its chapter: the statute.
    ("3 § SFB", "3 § SFB", se("2010:110")),
    ("7 a § FINSAM", "7 a § FINSAM", se("2003:1210", None, "7a")),
]

CHAPTERED = [  # short name, definite full name, number
    ("SFB", "socialförsäkringsbalken", "2010:110"),
    ("SoL", "socialtjänstlagen", "2025:400"),
    ("OSL", "offentlighets- och sekretesslagen", "2009:400"),
    ("HSL", "hälso- och sjukvårdslagen", "2017:30"),
    ("PDL", "patientdatalagen", "2008:355"),
    ("AML", "arbetsmiljölagen", "1977:1160"),
]
CHAPTERED_FORMS = [  # form, chapter, section in the link
    ("{ch} kap. {s} § {short}", 3, "2"),
    ("{short} {ch} kap. {s} §", 3, "2"),
    ("{ch}:{s} {short}", 3, "2"),
    ("{short} {ch}:{s}", 3, "2"),
    ("{ch} kap. {s} § andra stycket {short}", 3, "2"),
    ("{ch} kap. {s} § första stycket 2 punkten {short}", 3, "2"),
    ("{ch} kap. {s} och {s1} §§ {short}", 3, "2"),
    ("{ch} kap. {s}–{s2} §§ {short}", 3, "2"),
    ("{ch} kap. {s} a § {short}", 3, "2a"),
    ("{ch} kap. {s} § {name}", 3, "2"),
    ("{ch} kap. {s} § i {name}", 3, "2"),
    ("{Name} {ch} kap. {s} §", 3, "2"),
    ("{Name} ({number}) {ch} kap. {s} §", 3, "2"),
    ("{ch} kap. {short}", 3, None),
    ("{short} {ch} kap.", 3, None),
    ("{ch} kap. 1 § 2 st. {short}", 3, "1"),
]
UNCHAPTERED = [  # short name, definite full name, number
    ("FINSAM", "lagen om finansiell samordning av rehabiliteringsinsatser", "2003:1210"),
    ("LSS", "lagen om stöd och service till vissa funktionshindrade", "1993:387"),
    ("FL", "förvaltningslagen", "2017:900"),
    ("LAS", "lagen om anställningsskydd", "1982:80"),
    ("ALF", "lagen om arbetslöshetsförsäkring", "1997:238"),
    ("LAP", "lagen om arbetsmarknadspolitiska program", "2000:625"),
]
UNCHAPTERED_FORMS = [
    ("{s} § {short}", "5"),
    ("{short} {s} §", "5"),
    ("{short} ({number}) {s} §", "5"),
    ("{short} {number} §{s}", "5"),
    ("{s} § lagen ({number})", "5"),
    ("{s} och {s1} §§ {short}", "5"),
    ("{s} § andra stycket {short}", "5"),
    ("{s} a § {short}", "5a"),
    ("{s} § {name}", "5"),
    ("§ {s} {short}", "5"),
]
NORWEGIAN = [  # written name, number, chaptered
    ("folketrygdloven", "1997-02-28-19", True),
    ("ftrl.", "1997-02-28-19", True),
    ("arbeidsmiljøloven", "2005-06-17-62", True),
    ("NAV-loven", "2006-06-16-20", False),
    ("sosialtjenesteloven", "2009-12-18-131", False),
    ("forvaltningsloven", "1967-02-10", False),
]
LAW_ALONE = [  # the law named alone links the statute
    ("SFB", "2010:110"), ("SoL", "2025:400"), ("OSL", "2009:400"), ("HSL", "2017:30"),
    ("LSS", "1993:387"), ("FL", "2017:900"), ("FINSAM", "2003:1210"), ("AML", "1977:1160"),
    ("LAS", "1982:80"), ("PDL", "2008:355"), ("socialförsäkringsbalken", "2010:110"),
    ("Socialförsäkringsbalkens", "2010:110"), ("socialtjänstlagen", "2025:400"),
    ("offentlighets- och sekretesslagen", "2009:400"), ("förvaltningslagen", "2017:900"),
    ("Finsamlagen", "2003:1210"), ("Finsam-lagen", "2003:1210"), ("patientlagen", "2014:821"),
    ("lagen om anställningsskydd", "1982:80"), ("arbetsmiljölagen", "1977:1160"),
    ("patientdatalagen", "2008:355"), ("SFS 2010:110", "2010:110"), ("(2009:400)", "2009:400"),
    ("förordningen (2000:628)", "2000:628"), ("lagen (1997:238)", "1997:238"),
]


def _generated() -> list[tuple[str, str, str]]:
    cases = []
    for short, name, number in CHAPTERED:
        values = {"short": short, "name": name, "Name": name[0].upper() + name[1:],
                  "number": number, "ch": 3, "s": 2, "s1": 3, "s2": 4}
        for form, chapter, section in CHAPTERED_FORMS:
            text = form.format(**values)
            cases.append((text, text, se(number, chapter, section)))
    for short, name, number in UNCHAPTERED:
        values = {"short": short, "name": name, "number": number, "s": 5, "s1": 6}
        for form, section in UNCHAPTERED_FORMS:
            text = form.format(**values)
            cases.append((text, text, se(number, None, section)))
    for name, number, chaptered in NORWEGIAN:
        for form in ("{name} § {p}", "§ {p} i {name}", "{name} §§ {p} og {q}"):
            p, q = ("8-4", "8-5") if chaptered else ("14", "15")
            text = form.format(name=name, p=p, q=q)
            link = no(number, 8, "4") if chaptered else no(number, None, "14")
            cases.append((text, text, link))
    for written, number in LAW_ALONE:
        cases.append((written, written, se(number)))
    return cases


# The same text written twice (a hand-written case the forms also make) is tested once.
CORPUS = list({case[0]: case for case in reversed(HAND_WRITTEN + _generated())}.values())

# Never a citation: dates, diary and case numbers, amounts, places without a law, lookalikes.
NOT_CITATIONS = [
    "2003-12-10", "Mötet 2024-01-15 kl. 10:30.", "Dnr 2024:1234", "dnr 2010:110 i ärendet",
    "Ärende 2003:1210-4", "27 kap.", "27 kap. 2 §", "enligt 27 kap. 2 § i lagen", "§", "§ 5",
    "27 §", "s. 27", "sid. 12–14", "1 500 kr", "SEK 2 000", "27:2", "sol och vind", "las upp",
    "en fl. av dem", "Sol skiner", "Alf Svensson", "Lap-lander", "Fl-nivå", "SFBX", "XSFB",
    "OSLO", "NOSL", "lösenord 2010:110", "år 2010:110", "(2024:1234)", "SFS 2024:1234",
    "lagen (2024:1234)", "kap. 27", "socialförsäkring", "socialtjänsten", "förvaltning",
    "patientdata", "koordinering", "Sosialtjenesten", "folketrygden", "NAV-kontoret",
    "ftrl", "telefon 08-123 45 67", "070-123 45 67", "organisationsnummer 212000-2723",
    "postnummer 831 31", "bankgiro 5050-1055", "faktura 2010110", "v. 27:2", "kl 27:2",
]


@pytest.fixture(scope="module")
def register(migrated_db, tmp_path_factory):
    # One register for the module: the seeded database is only read.
    app = make_app(tmp_path_factory.mktemp("laws"), migrated_db)
    with app.app_context():
        return current_register()


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 200


@pytest.mark.parametrize(("text", "span", "link"), CORPUS, ids=[c[0] for c in CORPUS])
def test_each_form_is_recognized_and_linked(register, text: str, span: str, link: str) -> None:
    found = register.find(text)
    assert [(c.text, c.url) for c in found] == [(span, link)]


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_lookalikes_stay_text(register, text: str) -> None:
    assert register.find(text) == []


def test_a_citation_inside_a_sentence_keeps_its_place(register) -> None:
    text = "Frågan gäller 27 kap. 2 § SFB, men också OSL 25 kap. och 5 § FINSAM."
    found = register.find(text)
    assert [text[c.start:c.end] for c in found] == [
        "27 kap. 2 § SFB", "OSL 25 kap.", "5 § FINSAM"]


def test_two_places_and_two_laws_pair_up(register) -> None:
    found = register.find("27 kap. 2 § SFB och 4 kap. 1 § SoL")
    assert [(c.number, c.chapter, c.section) for c in found] == [
        ("2010:110", 27, "2"), ("2025:400", 4, "1")]


def test_the_hover_title_names_the_statute_and_the_place(register) -> None:
    (citation,) = register.find("27 kap. 2 § SFB")
    assert citation.title == "Socialförsäkringsbalk (2010:110), 27 kap. 2 §"
    (norwegian,) = register.find("folketrygdloven § 8-4")
    assert norwegian.title == "Lov om folketrygd (folketrygdloven), § 8-4"


def test_an_unknown_old_act_is_not_linked_as_the_new_one(register) -> None:
    # "SoL (1980:620)" names the act before 2001: not in the register, so no link at all.
    assert register.find("SoL (1980:620) 6 §") == []

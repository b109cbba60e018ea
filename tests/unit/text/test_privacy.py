"""find_personal_data(), find_names() and summarize()."""

from __future__ import annotations

from datetime import date

import pytest

from forum.text import Finding, find_names, find_personal_data, summarize

TODAY = date(2025, 6, 1)


def check_digit(nine_digits: str) -> str:
    """Luhn check digit, written independently of the code under test."""
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 - index % 2)
        total += product // 10 + product % 10
    return str(-total % 10)


def with_check(yymmdd: str, serial: str = "123") -> str:
    """A valid ten-digit number: date, three serial digits, computed check digit."""
    return yymmdd + serial + check_digit(yymmdd + serial)


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_personal_data(text, today=TODAY)]


# --- personnummer ------------------------------------------------------------------

PNR = with_check("850709")  # 19850709, serial 123


@pytest.mark.parametrize(
    ("written", "masked"),
    [
        (f"{PNR[:6]}-{PNR[6:]}", "850709-****"),
        (f"{PNR[:6]}+{PNR[6:]}", "850709+****"),
        (f"19{PNR[:6]}-{PNR[6:]}", "19850709-****"),
        (PNR, "850709-****"),
        (f"19{PNR}", "19850709-****"),
        (f"{PNR[:6]} {PNR[6:]}", "850709-****"),
        (f"19{PNR[:6]} {PNR[6:]}", "19850709-****"),
    ],
)
def test_personnummer_in_every_format(written: str, masked: str) -> None:
    text = f"Klienten ({written}) ringde."
    findings = find_personal_data(text, today=TODAY)
    assert findings == [Finding("personnummer", 10, 10 + len(written), masked)]


@pytest.mark.parametrize("yymmdd", ["850709", "000101", "991231", "250531", "120229"])
def test_valid_dates_are_found(yymmdd: str) -> None:
    number = with_check(yymmdd, "987")
    assert found(f"pnr {number[:6]}-{number[6:]}") == [
        ("personnummer", f"{number[:6]}-{number[6:]}")
    ]


@pytest.mark.parametrize("form", ["{d}-{s}", "{d}{s}", "19{d}-{s}", "19{d}{s}"])
def test_wrong_check_digit_is_not_a_finding(form: str) -> None:
    wrong = PNR[:9] + str((int(PNR[9]) + 1) % 10)
    assert found(form.format(d=wrong[:6], s=wrong[6:])) == []


@pytest.mark.parametrize(
    "yymmdd",
    [
        "850230",  # 30 February
        "890229",  # 29 February 1989, not a leap year
        "851301",  # month 13
        "850001",  # month 0
        "850700",  # day 0
        "850732",  # 32 July
        "850792",  # coordination number with day 32
    ],
)
def test_impossible_dates_are_not_findings(yymmdd: str) -> None:
    number = with_check(yymmdd)
    assert found(f"{number[:6]}-{number[6:]} och {number}") == []


def test_leap_day_depends_on_the_inferred_century() -> None:
    leap = with_check("000229")
    # "-": born 2000, a leap year. "+": aged 100 or more, so 1900, which was not.
    assert found(f"{leap[:6]}-{leap[6:]}") == [("personnummer", f"{leap[:6]}-{leap[6:]}")]
    assert found(f"{leap[:6]}+{leap[6:]}") == []
    assert found(f"1988{with_check('880229')[2:]}") != []
    assert found(f"1900{leap[2:]}") == []


def test_future_birth_year_in_twelve_digit_form_is_rejected() -> None:
    assert found(f"2099{with_check('990101')[2:]}") == []


@pytest.mark.parametrize("yymmdd", ["850769", "850761", "850791", "880289"])
def test_samordningsnummer(yymmdd: str) -> None:
    number = with_check(yymmdd)
    findings = find_personal_data(f"{number[:6]}-{number[6:]}", today=TODAY)
    assert [f.kind for f in findings] == ["samordningsnummer"]
    assert findings[0].masked == f"{yymmdd}-****"


@pytest.mark.parametrize(
    "text",
    [
        "Fakturanummer 2023123456",  # month 23
        "OCR 1234567890",  # month 56
        "Ärende 555555-5555",
        "Kundnummer 123456789012345",  # longer than any personnummer
        f"Referens {PNR}7",  # a valid number glued into a longer one
        f"Konto 12-{PNR}",
    ],
)
def test_other_numbers_are_not_personnummer(text: str) -> None:
    assert [kind for kind, _ in found(text) if kind == "personnummer"] == []


def test_masked_output_never_reveals_the_number() -> None:
    numbers = [PNR, f"19{PNR}", f"{PNR[:6]}-{PNR[6:]}", with_check("850769")]
    for finding in find_personal_data(" ".join(numbers), today=TODAY):
        for shown in (finding.masked, repr(finding), str(finding), " ".join(summarize([finding]))):
            assert PNR[6:] not in shown
            assert PNR not in shown.replace("-", "")


# --- phone numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("070-123 45 67", "070-*** ** **"),
        ("0701234567", "070*******"),
        ("073-1234567", "073-*******"),
        ("08-123 456 78", "08-*** *** **"),
        ("08-12 34 56", "08-** ** **"),
        ("031-12 34 56", "031-** ** **"),
        ("0611-123 45", "0611-*** **"),
        ("+46 70 123 45 67", "+46 ** *** ** **"),
        ("+46701234567", "+46*********"),
        ("0046 70 123 45 67", "0046 ** *** ** **"),
        ("+46 (0)70-123 45 67", "+46 (*)**-*** ** **"),
        ("+46 8 123 456 78", "+46 * *** *** **"),
    ],
)
def test_phone_numbers(number: str, masked: str) -> None:
    text = f"Ring mig på {number}, tack."
    assert find_personal_data(text) == [Finding("phone", 12, 12 + len(number), masked)]


def test_phone_followed_by_another_number_keeps_its_own_digits() -> None:
    assert found("Ring 070-123 45 67 12 gånger") == [("phone", "070-123 45 67")]


@pytest.mark.parametrize(
    "text",
    [
        "FINSAM (2003:1210) 5 §",
        "SFS 2010:110",
        "lagen (1962:381) om allmän försäkring",
        "år 2024",
        "dag 90 och dag 180",
        "12,5 %",
        "totalt 1 250 timmar",
        "100 000 kr",
        "möte 2024-03-15",
        "05-01-2023",
        "kl. 08.30",
        "0,5 tjänst",
        "070-12",
        "version 0.12.345",
        "dnr 3.1.2-2023-12345",
        "https://example.com/0701234567x",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert found(text) == []


def test_personnummer_shaped_like_a_phone_number_is_reported_once() -> None:
    number = with_check("050505")  # born 2005: starts with 0 like a phone number
    assert found(f"Nr {number}") == [("personnummer", number)]


# --- addresses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "Storgatan 12",
        "Kungsgatan 5B",
        "Kungsgatan 5 B",
        "Drottninggatan 3, 111 51 Stockholm",
        "Ringvägen 100",
        "Gamla vägen 4",
        "Mariaplan 3",
        "Järntorget 1",
        "Lilla Torggränd 2",
        "Kvarnbacken 7",
        "Björkallé 9",
        "Tallstigen 14",
        "Sjöleden 3",
        "111 51 Stockholm",
        "22100 Lund",
        "12 Baker Street",
        "221B Baker Street",
        "5 Abbey Road",
        "10 Downing Street",
        "1600 Pennsylvania Avenue",
        "3 Penny Lane",
    ],
)
def test_addresses(address: str) -> None:
    assert found(f"Hon bor på {address} sedan i fjol.") == [("address", address)]


def test_address_is_masked() -> None:
    [finding] = find_personal_data("Storgatan 12, 111 51 Stockholm")
    assert finding.masked == "S******** **, *** ** S********"


@pytest.mark.parametrize(
    "text",
    [
        "Handlingsplan 2 upprättades",
        "enligt rehabiliteringsplan 3",
        "Arbetsgivarens rehabiliteringsplan 30",
        "Enligt plan 2 ska hon börja",
        "Steg 4 av 6",
        "vägen 3 till arbete",
        "180 dagar",
        "i 2 veckor",
        "27 kap. 46 § SFB",
        "Under 2023 hade 120 deltagare",
    ],
)
def test_not_addresses(text: str) -> None:
    assert found(text) == []


# --- whole paragraphs -----------------------------------------------------------------

REHAB_TEXT = [
    "Individen har varit sjukskriven i 180 dagar. Vid dag 90 gjordes en bedömning av "
    "arbetsförmågan mot normalt förekommande arbete enligt 27 kap. 46 § SFB.",
    "Samordningsförbundet arbetar enligt lagen om finansiell samordning, FINSAM (2003:1210) "
    "5 §, och förordningen SFS 2010:110. Under 2023 ökade andelen i arbete med 12,5 % till "
    "45 %, och 2024 deltog 1 250 personer i insatserna.",
    "Handlingsplan 2 och rehabiliteringsplan 3 upprättades 2024-03-15 efter avstämningsmöte "
    "kl. 08.30. Ärende 2023/1234, dnr 3.1.2-2023-12345. Steg 4 av 6 är arbetsträning 25 % "
    "under 8 veckor; ersättningen är 80 procent av SGI, högst 1 116 kr per dag.",
    "Aktivitetsersättning kan beviljas från juli det år man fyller 19 till och med månaden "
    "före 30 års ålder. Se https://www.forsakringskassan.se/ och ring växeln vid behov.",
]


@pytest.mark.parametrize("paragraph", REHAB_TEXT)
def test_ordinary_rehabilitation_text_has_no_findings(paragraph: str) -> None:
    assert find_personal_data(paragraph) == []


def test_mixed_text_finds_everything_in_order() -> None:
    number = with_check("850709")
    text = (
        f"Klient {number[:6]}-{number[6:]} nås på 070-123 45 67 och bor på Storgatan 12, "
        "111 51 Stockholm. Dag 90 passerades 2024."
    )
    assert [kind for kind, _ in found(text)] == ["personnummer", "phone", "address"]


# --- names ----------------------------------------------------------------------------


def test_full_names_and_surnames() -> None:
    text = "Anna Andersson träffade ANDERSSON och Berg. Anderssons chef, anna andersson."
    findings = find_names(text, ["Anna Andersson", "Kim Berg"])
    assert [(text[f.start : f.end], f.masked) for f in findings] == [
        ("Anna Andersson", "A. A."),
        ("ANDERSSON", "A."),
        ("Berg", "B."),
        ("Anderssons", "A."),
        ("anna andersson", "A. A."),
    ]
    assert {f.kind for f in findings} == {"name"}


@pytest.mark.parametrize(
    "text",
    ["Bergman", "Bergstrom", "Annas", "Anna ringde", "isberg", "Li", "Bo ringde"],
)
def test_names_match_whole_words_only(text: str) -> None:
    assert find_names(text, ["Kim Berg", "Anna Andersson", "Bo Li"]) == []


def test_hyphenated_names_and_extra_spaces() -> None:
    text = "Anna-Karin  Berg-Lind var där"
    [finding] = find_names(text, ["Anna-Karin Berg-Lind"])
    assert (text[finding.start : finding.end], finding.masked) == (
        "Anna-Karin  Berg-Lind",
        "A.-K. B.-L.",
    )


def test_no_names_no_findings() -> None:
    assert find_names("Anna Andersson", []) == []
    assert find_names("Anna Andersson", ["", "   "]) == []


def test_summarize_labels_and_deduplicates() -> None:
    number = with_check("850709")
    text = f"{number} {number} 070-123 45 67"
    labels = summarize(find_personal_data(text, today=TODAY))
    assert labels == ["Personnummer 850709-****", "Telefonnummer 070-*** ** **"]
    names = summarize(find_names("Anna Andersson", ["Anna Andersson"]), {"name": "Name"})
    assert names == ["Name A. A."]

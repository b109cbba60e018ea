"""A corpus of identity-number layouts people really produce (each must be caught) and of
look-alikes (each must stay quiet). Numbers are computed with the checksum in
tests/identity_numbers.py, independently of the code under test."""

from __future__ import annotations

from datetime import date

import pytest

from forum.text import find_personal_data
from tests.identity_numbers import luhn_valid, personnummer, samordningsnummer

TODAY = date(2025, 6, 1)
IDENTITY_KINDS = {"personnummer", "samordningsnummer"}

# (YYMMDD, century, serial, kind): a person born 1985, one born 2003, a coordination
# number (day + 60), a leap day and a person over 100 (written with "+").
NUMBERS = [
    ("850709", "19", "980", "personnummer"),
    ("030212", "20", "238", "personnummer"),
    ("920771", "19", "456", "samordningsnummer"),
    ("000229", "20", "114", "personnummer"),
    ("121224", "19", "347", "personnummer"),
]

DASHES = {
    "hyphen-minus": "-", "hyphen": "\u2010", "non-breaking hyphen": "\u2011",
    "figure dash": "\u2012", "en dash": "\u2013", "em dash": "\u2014",
    "minus sign": "\u2212", "full-width hyphen": "\uff0d",
}
SPACES = {
    "space": " ", "no-break space": "\u00a0", "thin space": "\u2009",
    "narrow no-break space": "\u202f", "figure space": "\u2007",
}


def _layouts() -> dict[str, str]:
    """Layout name -> format string over {yy} {mm} {dd} {cc} (century) {s} (serial)."""
    out = {"compact ten": "{yy}{mm}{dd}{s}", "compact twelve": "{cc}{yy}{mm}{dd}{s}",
           "dot": "{yy}{mm}{dd}.{s}", "slash": "{yy}{mm}{dd}/{s}",
           "spaced dash": "{yy}{mm}{dd} - {s}", "spaced en dash": "{yy}{mm}{dd} \u2013 {s}",
           "left-spaced dash": "{yy}{mm}{dd} -{s}",
           "grouped pairs": "{yy} {mm} {dd}-{s}", "grouped pairs, all spaces": "{yy} {mm} {dd} {s}",
           "iso date and dash": "{cc}{yy}-{mm}-{dd}-{s}",
           "iso date and en dash": "{cc}{yy}-{mm}-{dd}\u2013{s}",
           "dotted date": "{yy}.{mm}.{dd}-{s}", "short dashed date": "{yy}-{mm}-{dd}-{s}"}
    for name, dash in DASHES.items():
        out[f"ten, {name}"] = "{yy}{mm}{dd}" + dash + "{s}"
        out[f"twelve, {name}"] = "{cc}{yy}{mm}{dd}" + dash + "{s}"
    for name, space in SPACES.items():
        out[f"ten, {name}"] = "{yy}{mm}{dd}" + space + "{s}"
        out[f"twelve, {name}"] = "{cc}{yy}{mm}{dd}" + space + "{s}"
    return out


LAYOUTS = _layouts()
CONTEXTS = ["{n}", "pnr {n}.", "Klienten ({n}) ringde.", "personnummer: {n}, se bilaga",
            "Hon har nr {n}\noch bor kvar.", "«{n}»", "id={n};"]


def _written(layout: str, yymmdd: str, century: str, serial: str) -> str:
    full = personnummer(yymmdd, serial)  # same check digit for either kind
    return LAYOUTS[layout].format(yy=yymmdd[:2], mm=yymmdd[2:4], dd=yymmdd[4:6],
                                  cc=century, s=full[-4:])


def _identity(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start:f.end]) for f in find_personal_data(text, today=TODAY)
            if f.kind in IDENTITY_KINDS]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(("yymmdd", "century", "serial", "kind"), NUMBERS)
def test_every_layout_is_caught(layout: str, yymmdd: str, century: str, serial: str,
                                kind: str) -> None:
    written = _written(layout, yymmdd, century, serial)
    for context in CONTEXTS:
        text = context.format(n=written)
        assert _identity(text) == [(kind, written)], (layout, text)


@pytest.mark.parametrize("plus", ["+", " + ", "+\u00a0"])
def test_centenarians_plus_sign(plus: str) -> None:
    number = personnummer("121224", "347")
    written = f"121224{plus}{number[-4:]}"
    findings = find_personal_data(f"Född {written}.", today=TODAY)
    assert [(f.kind, f.masked) for f in findings] == [("personnummer", "121224+****")]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_wrong_check_digit_stays_quiet_in_every_layout(layout: str) -> None:
    written = _written(layout, "850709", "19", "980")
    wrong = written[:-1] + str((int(written[-1]) + 1) % 10)
    assert _identity(f"nr {wrong}") == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_impossible_date_stays_quiet_in_every_layout(layout: str) -> None:
    # 31 February with a correct check digit.
    assert _identity("nr " + _written(layout, "850231", "19", "980")) == []


def test_masks_never_hold_the_serial() -> None:
    for layout in LAYOUTS:
        written = _written(layout, "850709", "19", "980")
        [finding] = find_personal_data(written, today=TODAY)
        assert finding.masked in {"850709-****", "19850709-****"}, layout


# --- look-alikes ------------------------------------------------------------------------
ORG = luhn_valid("556677889")      # Luhn-valid organisation number, month 66
ORG_2 = luhn_valid("212000014")    # municipality, month 20
ORG_3 = luhn_valid("802456789")    # non-profit, month 24
TIME = luhn_valid("240512103")     # 2024-05-12 and 10:3x, Luhn-valid as ten digits
YEAR = luhn_valid("190301202")     # 2019-03-01 and a year 202x, Luhn-valid
SAMO = samordningsnummer("850769", "456")

LOOK_ALIKES = [
    # dates, date ranges, dates with times and years
    "2024-05-12", "Möte 2024-05-12 kl. 10.30", "12/5 2024", "2024-05-12 - 2024-06-01",
    "2024-05-12\u20132024-06-01", "240512\u2013240601", "20240512-20240601",
    f"20{TIME[:2]}-{TIME[2:4]}-{TIME[4:6]} {TIME[6:]}",
    f"20{YEAR[:2]}-{YEAR[2:4]}-{YEAR[4:6]} \u2013 {YEAR[6:]}",
    f"20{YEAR[:2]}-{YEAR[2:4]}-{YEAR[4:6]} {YEAR[6:]}",
    f"{TIME[:2]}.{TIME[2:4]}.{TIME[4:6]}.{TIME[6:]}",
    "1985-2024", "05 12 2024", "den 9 juli 1985",
    # phone numbers
    "070-123 45 67", "070\u2013123 45 67", "08-555 123 45", "+46 70 123 45 67",
    "0701234567", "031-70 80 90", "0046 8 123 456 78", "112",
    # case, diary, order and reference numbers
    "Dnr 2024-1234", "dnr 2023/04567", "FK 12345-2024", "Ärende 850709-98",
    "ordernr 19850709-98051", "Order 8507099805-2", "Ref. 850709-9805-12",
    "faktura 1234-5678-9012", "AF-2024-000123", "ISBN 978-91-7343-123-4",
    "SFS 1962:381", "2010:1059 29 §", "prop. 2017/18:1",
    # amounts
    "1 250 000 kr", "12 345 678,90 kr", "850 709 980,50 kr", "8 507 099 805 kr",
    "850709,9805", "85,07,09,9805",
    # bank giro, plusgiro, account numbers
    "bg 5050-1055", "Bankgiro 123-4567", "pg 12 34 56-7", "clearing 8327-9, konto 123 456 789-0",
    "IBAN SE45 5000 0000 0583 9825 7466",
    # postal codes and addresses
    "123 45 Stockholm", "411 05 Göteborg", "SE-411 05",
    # organisation numbers (month >= 20), Luhn-valid
    f"{ORG[:6]}-{ORG[6:]}", f"{ORG[:6]}\u2013{ORG[6:]}", f"16{ORG[:6]}-{ORG[6:]}",
    f"{ORG_2[:6]}-{ORG_2[6:]}", f"{ORG_2[:6]}\u2212{ORG_2[6:]}", f"{ORG_3[:6]} {ORG_3[6:]}",
    # longer numbers that contain a valid one
    f"1{SAMO}", f"{SAMO}1", f"{SAMO[:6]}-{SAMO[7:]}-01", f"x{SAMO.replace('-', '')}0",
    # versions, times, ip addresses, scores
    "version 2.4.12-1030", "10.0.85.07", "kl 08:50 07:09", "3-2, 4-1, 2-2",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_stay_quiet(text: str) -> None:
    for context in ("{t}", "Se {t}.", "({t})"):
        assert _identity(context.format(t=text)) == [], text


def test_look_alikes_with_a_valid_checksum_really_pass_it() -> None:
    """The Luhn-valid look-alikes are quiet because of their date or layout, not luck."""
    from forum.text.personnummer import luhn_ok
    assert all(luhn_ok(n) for n in (ORG, ORG_2, ORG_3, TIME, YEAR))

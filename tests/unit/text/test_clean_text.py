"""clean_text(): the input hygiene every form and API uses."""

from __future__ import annotations

import unicodedata

import pytest

from forum.text import TextError, clean_text


def multi(value: str, max_len: int = 1000) -> str:
    return clean_text(value, max_len=max_len, multiline=True)


def single(value: str, max_len: int = 1000) -> str:
    return clean_text(value, max_len=max_len, multiline=False)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("rad ett\r\nrad två", "rad ett\nrad två"),
        ("gammal\rmac", "gammal\nmac"),
        ("tab\tbehålls", "tab\tbehålls"),
        ("klocka\x07 och \x1b[31mfärg", "klocka och [31mfärg"),
        ("del\x7f och c1\x85\x9f", "del och c1"),
        ("\n\n  indenterad kod\n\n\n", "  indenterad kod"),
        ("slut med mellanslag   \n", "slut med mellanslag"),
        ("stycke\n\n\nstycke", "stycke\n\n\nstycke"),
    ],
)
def test_multiline(value: str, expected: str) -> None:
    assert multi(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Rubrik  ", "Rubrik"),
        ("två\nrader", "två rader"),
        ("två\r\nrader", "två rader"),
        ("med\ttab", "med tab"),
        ("ljud\x07", "ljud"),
    ],
)
def test_single_line(value: str, expected: str) -> None:
    assert single(value) == expected


@pytest.mark.parametrize("function", [multi, single])
def test_nfc_normalization(function: object) -> None:
    decomposed = "A\u030angstro\u0308m"  # Å and ö as base letter + combining mark
    result = function(decomposed)  # type: ignore[operator]
    assert result == "Ångström"
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize("multiline", [True, False])
@pytest.mark.parametrize("value", ["a\x00b", "\x00"])
def test_nul_is_refused(value: str, multiline: bool) -> None:
    with pytest.raises(TextError) as caught:
        clean_text(value, max_len=100, multiline=multiline)
    assert caught.value.code == "nul"
    assert caught.value.message == str(caught.value)


@pytest.mark.parametrize(
    "value",
    ["\ud800", "a\udfffb", "x\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff"],
)
def test_invalid_code_points_are_refused(value: str) -> None:
    with pytest.raises(TextError) as caught:
        multi(value)
    assert caught.value.code == "invalid_char"


def test_valid_astral_characters_are_kept() -> None:
    assert multi("Tummen upp \U0001f44d och \U00020000") == "Tummen upp \U0001f44d och \U00020000"


def test_length_limit() -> None:
    assert single("x" * 10, max_len=10) == "x" * 10
    with pytest.raises(TextError) as caught:
        single("x" * 11, max_len=10)
    assert caught.value.code == "too_long"
    assert "10" in caught.value.message


def test_length_is_measured_after_cleaning() -> None:
    # Ten visible letters once composed, and whitespace that is stripped anyway.
    assert multi("a\u030a" * 10 + "\n\n", max_len=10) == "å" * 10
    assert multi("a\r\nb", max_len=3) == "a\nb"


def test_text_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="NUL"):
        single("\x00")

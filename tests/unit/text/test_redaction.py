"""Masking personal data in stored text (forum.text.redaction)."""

from __future__ import annotations

import pytest

from forum.text.redaction import (
    finding_keys,
    mask,
    mask_exact,
    mask_findings,
    removed_findings,
)
from tests.identity_numbers import personnummer, samordningsnummer

NUMBER = personnummer("850709", "123")


@pytest.mark.parametrize("layout", [NUMBER, NUMBER.replace("-", ""), f"19{NUMBER}",
                                    f"19{NUMBER.replace('-', '')}"])
def test_one_identity_number_in_any_layout_has_one_key(layout):
    assert finding_keys(f"Gäller {layout}.") == finding_keys(f"Gäller {NUMBER}.")
    assert list(finding_keys(f"Gäller {NUMBER}.").values()) == ["personnummer"]


def test_phone_numbers_match_with_or_without_country_code():
    assert finding_keys("Ring 070-123 45 67") == finding_keys("Ring +46 70 123 45 67")
    assert finding_keys("Ring 070-123 45 67") != finding_keys("Ring 070-123 45 68")


def test_removed_findings_are_only_those_gone_from_the_new_text():
    other = samordningsnummer()
    old = f"Klient {NUMBER}, kollega {other}, ring 070-123 45 67."
    new = f"Klient, kollega {other.replace('-', '')}."
    assert sorted(removed_findings(old, new).values()) == ["personnummer", "phone"]
    assert removed_findings(old, old) == {}
    assert removed_findings("Inget här.", "Inget alls.") == {}


def test_mask_keeps_the_shape_and_separators():
    assert mask("850709-1234") == "██████-████"
    assert mask("Storgatan 12") == "█████████ ██"


def test_mask_findings_masks_every_layout_of_a_key_and_nothing_else():
    other = samordningsnummer()
    keys = set(finding_keys(NUMBER))
    text = f"A {NUMBER}, B 19{NUMBER.replace('-', '')}, C {other}, år 2024."
    masked, count = mask_findings(text, keys)
    assert count == 2
    assert masked == f"A ██████-████, B ████████████, C {other}, år 2024."
    assert mask_findings(text, set()) == (text, 0)


def test_mask_exact_masks_every_occurrence_of_any_text():
    assert mask_exact("Anna Svensson och Anna Svensson.", "Anna Svensson") == (
        "████ ████████ och ████ ████████.", 2)
    assert mask_exact("a -- b", "--") == ("a ██ b", 1)
    assert mask_exact("Inget", "Anna") == ("Inget", 0)
    assert mask_exact("Inget", "") == ("Inget", 0)

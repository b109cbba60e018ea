"""Clients' names next to client words (or before an age), organizations' watch terms, and
the false alarms both must not raise."""

from __future__ import annotations

import pytest

from forum.text import Finding, find_personal_data, find_terms, merge_findings

STAFF = ["Eva Nordin", "Anders Mattsson", "Lars-Erik Holm"]


def names(text: str, known: list[str] = STAFF) -> list[str]:
    return [text[f.start:f.end] for f in find_personal_data(text, known_names=known)
            if f.kind == "client_name"]


@pytest.mark.parametrize(("text", "name"), [
    ("Anna Svensson, 34, on sick leave from Volvo", "Anna Svensson"),
    ("Anna Svensson (34) är sjukskriven sedan mars.", "Anna Svensson"),
    ("Anna Svensson, 34 år, har ett arbete att återgå till.", "Anna Svensson"),
    ("patienten Karl Persson kom inte till mötet", "Karl Persson"),
    ("Patienten Karl Persson kom inte.", "Karl Persson"),
    ("klienten Ahmed Ali har ringt två gånger", "Ahmed Ali"),
    ("Vi träffade klienten, Fatima Hussein, i går.", "Fatima Hussein"),
    ("Sökande är Maria Lind-Berg.", "Maria Lind-Berg"),
    ("den enskilde Jonas Ek vill byta handläggare", "Jonas Ek"),
    ("Brukaren Sven Olof Åberg bor på boendet.", "Sven Olof Åberg"),
    ("deltagaren Mohammed Abdi har fått praktik", "Mohammed Abdi"),
    ("Anna Svensson är klient hos oss sedan i våras.", "Anna Svensson"),
    ("The client, John Smith, called again.", "John Smith"),
    ("Our patient Mary Brien is better", "Mary Brien"),
    ("the applicant Peter Novak has appealed", "Peter Novak"),
    ("a service user, Tom Jones, 52 years old", "Tom Jones"),
    ("claimant Sarah Connor wrote to us", "Sarah Connor"),
    ("Mr Tom Jones is a client of ours", "Tom Jones"),
    ("klienten\u00a0Ahmed\u00a0Ali", "Ahmed\u00a0Ali"),
    ("Nummer Klienten Ahmed Ali har ringt", "Ahmed Ali"),
    ("Hej! Sedan Anna Svensson blev klient har mycket hänt.", "Anna Svensson"),
])
def test_client_names_are_found(text: str, name: str) -> None:
    assert names(text) == [name]


def test_client_name_is_masked_as_initials() -> None:
    [finding] = find_personal_data("patienten Karl Persson kom")
    assert finding == Finding("client_name", 10, 22, "K. P.")


@pytest.mark.parametrize("text", [
    # the directory's own staff, mentioned normally and near a client word
    "Eva Nordin skrev att klienten mår bättre.",
    "klienten har träffat Eva Nordin två gånger",
    "Enligt Anders Mattssons anteckning har klienten ringt.",
    "Lars-Erik Holm och klienten hade möte",
    # organizations
    "klienten har kontakt med Försäkringskassan Älvland",
    "Arbetsförmedlingen Mitt och klienten har en plan.",
    "Patienten remitteras till Region Skåne",
    "brukaren flyttar till Malmö Stad i maj",
    "the client was referred to Social Services",
    "patienten väntar på Volvo Cars besked",
    "klienten går på Vårdcentralen Norra",
    "deltagaren har praktik hos Coop Forum",
    # sentence starts and places
    "Enligt Försäkringskassan har klienten rätt till ersättning.",
    "I Göteborg bor klienten sedan två år.",
    "Klienten kom i tid. Hon berättade om sin situation.",
    "klienten flyttade till Nya Zeeland",
    "The client moved to New York last year.",
    "patienten vårdades på Sahlgrenska Universitetssjukhuset",
    "Efter Midsommar ska klienten börja arbetsträna.",
    "brukaren går på Daglig Verksamhet tre dagar i veckan",
    "Patienten remitterades till Psykiatrin Syd.",
    "klienten bor i Västra Frölunda",
    "the client attends Job Centre Plus on Mondays",
    "klienten har möte via Microsoft Teams",
    "deltagaren är med i Steg För Steg",
    "klienten loggar in på Mina Sidor",
    # capitalized words far from any client word, or a single name
    "Anna Svensson leder utbildningen i handläggning av rehabiliteringsärenden i höst.",
    "klienten heter Anna",
    "Karl Persson",
    "Vi har i dag gått igenom rutinerna. Anna Svensson presenterade de nya rutinerna för klienten.",
    # numbers after a name that are not ages
    "Region Skåne, 2024, rapport",
    "Eva Nordin, 34, handläggare",
])
def test_no_false_alarms(text: str) -> None:
    assert names(text) == []


def test_staff_name_is_only_ignored_when_known() -> None:
    text = "klienten har träffat Eva Nordin två gånger"
    assert names(text, known=[]) == ["Eva Nordin"]


# --- organization watch terms --------------------------------------------------------------
def test_terms_match_whole_words_case_insensitively() -> None:
    text = "Patienten på avd 12 Norra jobbar på Bergsbolaget; projekt Lyftet2 är slut."
    found = find_terms(text, ["Avd 12 norra", "bergsbolaget", "Lyftet", "  "])
    assert [(f.kind, text[f.start:f.end], f.masked) for f in found] == [
        ("term", "avd 12 Norra", "a** ** N****"),
        ("term", "Bergsbolaget", "B***********"),
    ]


def test_terms_longest_first_and_across_line_breaks() -> None:
    text = "Avdelning\nSolrosen och Solrosen"
    found = find_terms(text, ["Solrosen", "Avdelning Solrosen"])
    assert [text[f.start:f.end] for f in found] == ["Avdelning\nSolrosen", "Solrosen"]


def test_no_terms_no_findings() -> None:
    assert find_terms("Solrosen", []) == []


def test_merge_keeps_order_and_drops_overlaps() -> None:
    text = "patienten Karl Persson på Solrosen"
    merged = merge_findings(find_terms(text, ["Karl", "Solrosen"]), find_personal_data(text))
    assert [(f.kind, text[f.start:f.end]) for f in merged] == [
        ("client_name", "Karl Persson"), ("term", "Solrosen")]

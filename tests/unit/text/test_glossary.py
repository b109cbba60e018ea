"""annotate_terms(): glossary links on the first use of each term in rendered HTML."""

from __future__ import annotations

import pytest

from forum.text import annotate_terms, render, sanitize
from forum.text.sanitize import LINK_REL

TERMS = {
    "arbetsförmåga": "arbetsformaga",
    "nedsatt arbetsförmåga": "nedsatt-arbetsformaga",
    "sjukpenning": "sjukpenning",
    "aktivitetsersättning": "aktivitetsersattning",
    "work ability": "work-ability",
    "SGI": "sgi",
}


def link(slug: str, text: str) -> str:
    return (
        f'<a class="glossary-term" href="/glossary/{slug}" data-term="{slug}" '
        f'rel="{LINK_REL}">{text}</a>'
    )


def annotate(markdown: str, terms: dict[str, str] = TERMS) -> str:
    return annotate_terms(render(markdown).html, terms).strip()


def test_first_occurrence_only() -> None:
    html = annotate("Sjukpenning betalas ut. Sjukpenning kan dras in.")
    assert (
        html == f"<p>{link('sjukpenning', 'Sjukpenning')} betalas ut. Sjukpenning kan dras in.</p>"
    )


@pytest.mark.parametrize(
    ("word", "slug"),
    [
        ("arbetsförmåga", "arbetsformaga"),
        ("arbetsförmågan", "arbetsformaga"),
        ("Arbetsförmågans", "arbetsformaga"),
        ("sjukpenningen", "sjukpenning"),
        ("sjukpenningens", "sjukpenning"),
        ("sjukpenningarna", "sjukpenning"),
        ("AKTIVITETSERSÄTTNING", "aktivitetsersattning"),
        ("aktivitetsersättningen", "aktivitetsersattning"),
        ("Work ability", "work-ability"),
        ("SGI", "sgi"),
    ],
)
def test_case_and_simple_inflections(word: str, slug: str) -> None:
    assert annotate(f"Om {word} i dag.") == f"<p>Om {link(slug, word)} i dag.</p>"


@pytest.mark.parametrize(
    "text",
    [
        "sjukpenninggrundande inkomst",  # suffix longer than four letters: a different word
        "sjukpenning2",
        "försjukpenning",  # preceded by letters
        "arbetsförmågebedömning",
        "SGI2",
    ],
)
def test_whole_words_only(text: str) -> None:
    assert "glossary-term" not in annotate(f"Om {text} här.")


def test_colon_genitive_of_abbreviations_is_linked() -> None:
    assert link("sgi", "SGI") + ":s" in annotate("Din SGI:s nivå")


def test_swedish_letters_are_word_characters() -> None:
    # Five more letters is another word, even when they are Swedish ones.
    assert "glossary-term" not in annotate("sjukpenningåäöåä", {"sjukpenning": "s"})
    assert "glossary-term" in annotate("sjukpenningåäöå", {"sjukpenning": "s"})
    assert "glossary-term" not in annotate("ösjukpenning", {"sjukpenning": "s"})


@pytest.mark.parametrize(
    "markdown",
    [
        "# Sjukpenning",
        "### Om sjukpenning",
        "`sjukpenning`",
        "```\nsjukpenning\n```",
        "[sjukpenning](https://example.com)",
        "https://example.com/sjukpenning",
    ],
)
def test_never_inside_links_code_or_headings(markdown: str) -> None:
    assert "glossary-term" not in annotate(markdown)


def test_skipped_occurrence_does_not_use_up_the_term() -> None:
    html = annotate("## Sjukpenning\n\nOm `sjukpenning`: sjukpenningen betalas.")
    assert link("sjukpenning", "sjukpenningen") in html
    assert html.count("glossary-term") == 1


def test_longer_term_wins_over_shorter_overlapping_one() -> None:
    html = annotate("Vid nedsatt arbetsförmåga bedöms arbetsförmågan.")
    assert html == (
        f"<p>Vid {link('nedsatt-arbetsformaga', 'nedsatt arbetsförmåga')} bedöms "
        f"{link('arbetsformaga', 'arbetsförmågan')}.</p>"
    )


def test_multi_word_term_across_a_line_break() -> None:
    html = annotate("Our work\nability test", {"work ability": "wa"})
    assert link("wa", "work\nability") in html


def test_terms_in_several_elements() -> None:
    html = annotate("- **SGI** och\n- sjukpenning\n\n> arbetsförmåga")
    assert html.count("glossary-term") == 3
    assert f"<strong>{link('sgi', 'SGI')}</strong>" in html


def test_text_and_entities_are_kept_exactly() -> None:
    source = 'A & B < C > "D" sjukpenning a\u00a0b &copy;'
    html = annotate(source)
    assert html == (
        f'<p>A &amp; B &lt; C &gt; "D" {link("sjukpenning", "sjukpenning")} a&nbsp;b ©</p>'
    )


def test_markup_outside_terms_is_untouched() -> None:
    original = render(
        "## Rubrik\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n3. lista\n\n---\n\nrad  \nny"
    ).html
    assert annotate_terms(original, TERMS) == original


@pytest.mark.parametrize(
    "markdown",
    [
        "Sjukpenning och arbetsförmåga, nedsatt arbetsförmåga & work ability.",
        "**SGI** <b>x</b> `kod` [länk](http://x.se) sjukpenningen\n\n> aktivitetsersättning",
    ],
)
def test_result_passes_sanitize_unchanged(markdown: str) -> None:
    html = annotate(markdown)
    assert "glossary-term" in html
    assert sanitize(html) == html


def test_odd_slugs_are_url_encoded() -> None:
    html = annotate("sjukpenning", {"sjukpenning": 'a b"<ö'})
    assert 'href="/glossary/a%20b%22%3C%C3%B6" data-term="a%20b%22%3C%C3%B6"' in html
    assert sanitize(html) == html


def test_no_terms_or_no_html() -> None:
    html = render("sjukpenning").html
    assert annotate_terms(html, {}) == html
    assert annotate_terms("", TERMS) == ""


def test_each_term_is_linked_once_across_the_document() -> None:
    html = annotate("sjukpenning\n\nsjukpenning\n\nSGI och SGI")
    assert html.count("/glossary/sjukpenning") == 1
    assert html.count("/glossary/sgi") == 1

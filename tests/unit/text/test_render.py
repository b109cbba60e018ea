"""render(): markdown features, the sanitizer boundary, @mentions and [[wikilinks]]."""

from __future__ import annotations

import pytest

from forum.text import Mention, MentionTarget, PageTarget, WikiLink, render, sanitize
from forum.text.sanitize import LINK_REL
from tests.unit.text.conftest import FakeResolver
from tests.unit.text.xss_corpus import SAFE_SOURCES, XSS_SOURCES, html_problems

REL = f'rel="{LINK_REL}"'


# --- markdown features -------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Hej *du* och **ni**", "<p>Hej <em>du</em> och <strong>ni</strong></p>"),
        ("~~bort~~", "<p><del>bort</del></p>"),
        ("`x < y`", "<p><code>x &lt; y</code></p>"),
        ("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"),
        ("3. tre\n4. fyra", '<ol start="3">\n<li>tre</li>\n<li>fyra</li>\n</ol>'),
        ("> citat", "<blockquote>\n<p>citat</p>\n</blockquote>"),
        ("```python\nprint(1)\n```", "<pre><code>print(1)\n</code></pre>"),
        ("    indenterad", "<pre><code>indenterad\n</code></pre>"),
        ("---", "<hr>"),
        ("rad  \nny rad", "<p>rad<br>\nny rad</p>"),
        ("# Ett", "<h2>Ett</h2>"),
        ("## Två", "<h3>Två</h3>"),
        ("###### Sex", "<h6>Sex</h6>"),
        ("Ett\n===", "<h2>Ett</h2>"),
    ],
)
def test_markdown_features(source: str, expected: str) -> None:
    assert render(source).html.strip() == expected


def test_table_alignment_becomes_classes_not_styles() -> None:
    html = render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |").html
    assert '<th class="align-left">a</th>' in html
    assert '<th class="align-center">b</th>' in html
    assert '<td class="align-right">3</td>' in html
    assert "style" not in html
    assert html.count("<table>") == 1 and "<thead>" in html and "<tbody>" in html


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("[FK](https://www.forsakringskassan.se/)", "https://www.forsakringskassan.se/"),
        ("[mejl](mailto:a@example.se)", "mailto:a@example.se"),
        ("[intern](/wiki/Dag_90)", "/wiki/Dag_90"),
        ("<https://example.com/a?b=1&c=2>", "https://example.com/a?b=1&amp;c=2"),
        ("[ref]\n\n[ref]: http://example.com", "http://example.com"),
    ],
)
def test_links_keep_href_and_get_rel(source: str, href: str) -> None:
    html = render(source).html
    assert f'href="{href}" {REL}' in html
    assert "target" not in html


@pytest.mark.parametrize(
    ("source", "href"),
    [
        ("Se https://www.av.se/x för mer", "https://www.av.se/x"),
        ("Se www.example.com idag", "http://www.example.com"),
        ("Mejla anna@example.se", "mailto:anna@example.se"),
    ],
)
def test_bare_urls_are_linkified(source: str, href: str) -> None:
    assert f'href="{href}" {REL}' in render(source).html


def test_every_link_gets_rel_and_no_target(resolver: FakeResolver) -> None:
    source = "[a](http://x.se) <http://y.se> @anna [[Dag 90]] [[Ny sida]]"
    html = render(source, resolver).html
    assert html.count("<a ") == 5
    assert html.count(REL) == 5
    assert "target=" not in html


def test_images_are_not_allowed_but_keep_their_link() -> None:
    html = render("![diagram](https://example.com/d.png)").html
    assert "<img" not in html
    assert '<a href="https://example.com/d.png"' in html
    assert ">diagram</a>" in html


def test_raw_html_is_shown_as_text() -> None:
    assert render("<b>fet</b>").html.strip() == "<p>&lt;b&gt;fet&lt;/b&gt;</p>"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("&amp; &copy; &#65;", "<p>&amp; © A</p>"),
        ("&lt;script&gt;", "<p>&lt;script&gt;</p>"),
        ('5 < 6 > 4 & "x"', '<p>5 &lt; 6 &gt; 4 &amp; "x"</p>'),
        ("&bogus;", "<p>&amp;bogus;</p>"),
    ],
)
def test_html_entities(source: str, expected: str) -> None:
    assert render(source).html.strip() == expected


# --- XSS -----------------------------------------------------------------------


@pytest.mark.parametrize("source", XSS_SOURCES)
def test_xss_vectors_are_neutralised(source: str) -> None:
    html = render(source).html
    assert html_problems(html) == []


@pytest.mark.parametrize("source", XSS_SOURCES)
def test_xss_vectors_with_resolver(source: str, resolver: FakeResolver) -> None:
    assert html_problems(render(source, resolver).html) == []


@pytest.mark.parametrize(
    "source",
    ["[x](javascript:alert(1))", "[x](data:text/html,<b>)", "[x](vbscript:x)", "<javascript:x>"],
)
def test_dangerous_link_targets_never_become_links(source: str) -> None:
    assert "<a" not in render(source).html


def test_sanitizer_strips_what_markdown_would_never_emit() -> None:
    dirty = (
        '<h1>T</h1><img src=x onerror=alert(1)><a href="javascript:alert(1)" target="_blank" '
        'onclick="x" class="mention evil">x</a><p style="color:red" id="p">y</p>'
        '<span class="glossary-term other">z</span><script>alert(1)</script>'
    )
    clean = sanitize(dirty)
    assert clean == (f'T<a class="mention" {REL}>x</a><p>y</p><span class="glossary-term">z</span>')


def test_unsafe_resolver_urls_are_sanitized() -> None:
    class EvilResolver(FakeResolver):
        def resolve_mentions(self, handles: set[str]) -> dict[str, MentionTarget]:
            return {h: MentionTarget("user", 1, h, "x", "javascript:alert(1)") for h in handles}

        def resolve_pages(self, titles: set[str]) -> dict[str, PageTarget]:
            return {t: PageTarget(1, t, '"><script>alert(1)</script>', True) for t in titles}

    html = render("@anna [[Dag 90]]", EvilResolver()).html
    assert html_problems(html) == []
    assert "javascript" not in html


# --- idempotence ------------------------------------------------------------------


@pytest.mark.parametrize("source", XSS_SOURCES + SAFE_SOURCES)
def test_sanitizing_stored_html_again_changes_nothing(source: str, resolver: FakeResolver) -> None:
    for html in (render(source).html, render(source, resolver).html):
        assert sanitize(html) == html


def test_mentions_and_wikilinks_survive_sanitizing(resolver: FakeResolver) -> None:
    html = render("@anna @fk [[Dag 90]] [[Dag 90#s-3|påstående]] [[Ny]]", resolver).html
    assert sanitize(html) == html
    for fragment in ("mention-user", "mention-org", "wikilink-missing", "data-mention", "title="):
        assert fragment in html


# --- @mentions ------------------------------------------------------------------------


def test_resolved_mentions_become_links(resolver: FakeResolver) -> None:
    rendered = render("Hej @anna och @FK!", resolver)
    assert (
        f'<a class="mention mention-user" href="/u/anna" data-mention="anna" {REL}>@anna</a>'
        in rendered.html
    )
    assert f'<a class="mention mention-org" href="/org/fk" data-mention="fk" {REL}>@fk</a>' in (
        rendered.html
    )
    assert rendered.mentions == [Mention("anna", "user", 1), Mention("fk", "org", 7)]


def test_unresolved_mentions_stay_text_and_are_not_listed(resolver: FakeResolver) -> None:
    rendered = render("Hej @okänd och @nobody", resolver)
    assert rendered.html.strip() == "<p>Hej @okänd och @nobody</p>"
    assert rendered.mentions == []


def test_mentions_are_deduplicated_and_looked_up_in_one_batch(resolver: FakeResolver) -> None:
    rendered = render("@anna @Anna @ANNA @bertil.b\n\n@anna", resolver)
    assert rendered.mentions == [Mention("anna", "user", 1), Mention("bertil.b", "user", 2)]
    assert resolver.mention_calls == [{"anna", "bertil.b"}]
    assert resolver.page_calls == []


def test_without_resolver_mentions_are_reported_unresolved() -> None:
    rendered = render("@anna och @Bertil.B")
    assert rendered.html.strip() == "<p>@anna och @Bertil.B</p>"
    assert rendered.mentions == [Mention("anna"), Mention("bertil.b")]
    assert not rendered.mentions[0].resolved


@pytest.mark.parametrize(
    "source",
    [
        "`@anna`",
        "```\n@anna\n```",
        "    @anna",
        "anna@example.se",
        "mejla x.anna@example.se",
        "\\@anna",
        "[@anna](http://example.com)",
        "https://example.com/@anna",
        "@a",
        "@" + "a" * 41,
        "@-anna",
    ],
)
def test_not_a_mention(source: str, resolver: FakeResolver) -> None:
    rendered = render(source, resolver)
    assert "mention" not in rendered.html
    assert rendered.mentions == []


@pytest.mark.parametrize(
    ("source", "before", "after"),
    [
        ("Tack @anna.", "Tack ", "."),
        ("(@anna)", "(", ")"),
        ("_@anna_", "<em>", "</em>"),
        ("**@anna**", "<strong>", "</strong>"),
        ("@anna, hej", "", ", hej"),
        ("@anna\nny rad", "", "\nny rad"),
    ],
)
def test_mention_punctuation_is_not_part_of_the_handle(
    source: str, before: str, after: str, resolver: FakeResolver
) -> None:
    link = f'<a class="mention mention-user" href="/u/anna" data-mention="anna" {REL}>@anna</a>'
    assert f"{before}{link}{after}" in render(source, resolver).html


def test_handles_with_dots_and_dashes(resolver: FakeResolver) -> None:
    rendered = render("Fråga @bertil.b.", resolver)
    assert 'data-mention="bertil.b"' in rendered.html
    assert rendered.mentions == [Mention("bertil.b", "user", 2)]


# --- [[wikilinks]] -----------------------------------------------------------------


def test_existing_page(resolver: FakeResolver) -> None:
    rendered = render("Se [[Dag 90]].", resolver)
    assert f'Se <a class="wikilink" href="/wiki/Dag_90" {REL}>Dag 90</a>.' in rendered.html
    assert rendered.wikilinks == [WikiLink("Dag 90", 90, None, True)]


def test_label_is_shown_instead_of_title(resolver: FakeResolver) -> None:
    html = render("[[Dag 90|bedömningen vid dag 90]]", resolver).html
    assert f'<a class="wikilink" href="/wiki/Dag_90" {REL}>bedömningen vid dag 90</a>' in html


def test_missing_page_links_to_create_form(resolver: FakeResolver) -> None:
    rendered = render("[[Ny sida]]", resolver)
    assert (
        '<a class="wikilink wikilink-missing" href="/wiki/new?title=Ny_sida" '
        f'title="Sidan finns inte ännu – klicka för att skapa den" {REL}>Ny sida</a>'
    ) in rendered.html
    assert rendered.wikilinks == [WikiLink("Ny sida", None, None, False)]


def test_missing_page_hint_can_be_translated(resolver: FakeResolver) -> None:
    html = render("[[Ny]]", resolver, missing_page_hint='Not yet written "x"').html
    assert 'title="Not yet written &quot;x&quot;"' in html


@pytest.mark.parametrize(
    ("source", "label"), [("[[Dag 90#s-42]]", "Dag 90"), ("[[Dag 90#s-42|just det]]", "just det")]
)
def test_statement_anchor(source: str, label: str, resolver: FakeResolver) -> None:
    rendered = render(source, resolver)
    assert f'<a class="wikilink" href="/wiki/Dag_90#s-42" {REL}>{label}</a>' in rendered.html
    assert rendered.wikilinks == [WikiLink("Dag 90", 90, 42, True)]


def test_wikilinks_are_deduplicated_and_batched(resolver: FakeResolver) -> None:
    rendered = render("[[Dag 90]] [[Dag  90 ]] [[Dag 90#s-1]] [[Ny]] [[Dag 90|x]]", resolver)
    assert rendered.wikilinks == [
        WikiLink("Dag 90", 90, None, True),
        WikiLink("Dag 90", 90, 1, True),
        WikiLink("Ny", None, None, False),
    ]
    assert resolver.page_calls == [{"Dag 90", "Ny"}]
    assert resolver.mention_calls == []


def test_without_resolver_wikilinks_stay_text_and_are_reported() -> None:
    rendered = render("[[Dag 90#s-4|x]] & [[Ny]]")
    assert rendered.html.strip() == "<p>[[Dag 90#s-4|x]] &amp; [[Ny]]</p>"
    assert rendered.wikilinks == [WikiLink("Dag 90", None, 4, False), WikiLink("Ny", None)]


@pytest.mark.parametrize(
    "source",
    [
        "`[[Dag 90]]`",
        "```\n[[Dag 90]]\n```",
        "[[]]",
        "[[ ]]",
        "[[Dag 90#avsnitt]]",
        "[[a\nb]]",
        "[[" + "x" * 201 + "]]",
        "\\[[Dag 90]]",
    ],
)
def test_not_a_wikilink(source: str, resolver: FakeResolver) -> None:
    rendered = render(source, resolver)
    assert "wikilink" not in rendered.html
    assert rendered.wikilinks == []


def test_wikilink_inside_link_text_wins_like_a_nested_link(resolver: FakeResolver) -> None:
    # CommonMark: a link cannot contain a link, and the inner one wins. No <a> nests.
    html = render("[text [[Dag 90]]](/x)", resolver).html
    assert (
        html.strip()
        == f'<p>[text <a class="wikilink" href="/wiki/Dag_90" {REL}>Dag 90</a>](/x)</p>'
    )


def test_wikilink_label_is_escaped(resolver: FakeResolver) -> None:
    html = render("[[Dag 90|<b>&amp;</b>]]", resolver).html
    assert ">&lt;b&gt;&amp;amp;&lt;/b&gt;</a>" in html


def test_nothing_to_resolve_means_no_queries(resolver: FakeResolver) -> None:
    render("Vanlig text utan referenser.", resolver)
    assert resolver.mention_calls == [] and resolver.page_calls == []


def test_rendered_is_frozen() -> None:
    rendered = render("x")
    with pytest.raises(AttributeError):
        rendered.html = "y"  # type: ignore[misc]


def test_references_in_tables_and_lists(resolver: FakeResolver) -> None:
    # Inside a table the label separator must be escaped, as every "|" in a cell.
    html = render("| a | b |\n|---|---|\n| [[Dag 90\\|text]] | @anna |\n\n- @fk", resolver).html
    assert f'<td><a class="wikilink" href="/wiki/Dag_90" {REL}>text</a></td>' in html
    assert '<td><a class="mention mention-user"' in html
    assert '<li><a class="mention mention-org"' in html

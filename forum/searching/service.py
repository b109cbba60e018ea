"""Search for a reader: resolve filters by name, restrict to the reader's scopes inside the
backend, then re-check every hit through the feature's access functions."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import func, or_, select

from forum.accounts.models import Organization, User
from forum.accounts.queries import org_and_descendants
from forum.discussions import access as discussion_access
from forum.discussions.models import Space
from forum.distil.queries import documented_statements
from forum.extensions import db
from forum.indexing import indexer, sources
from forum.pbl import access as pbl_access
from forum.pbl.models import PblGroup
from forum.search import Hit, IndexUnavailable, SearchQuery, SearchResult, parse_user_query
from forum.searching.scopes import reader_scopes
from forum.wiki.search_docs import StatementFacts, statement_facts

KIND_WORDS = {
    "post": "post", "posts": "post", "inlägg": "post",
    "thread": "thread", "threads": "thread", "tråd": "thread", "trådar": "thread",
    "page": "page", "pages": "page", "sida": "page", "sidor": "page",
    "statement": "statement", "påstående": "statement", "gräns": "statement",
    "term": "term", "terms": "term", "begrepp": "term", "ordlista": "term",
    "case": "case", "cases": "case", "fall": "case",
    "minutes": "minutes", "protokoll": "minutes", "journal": "journal",
}
MAX_QUERY = 10_000


@dataclass
class Filters:
    kinds: set[str] = field(default_factory=set)
    org_id: int | None = None
    space_id: int | None = None
    group_id: int | None = None
    author: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sort: str = "relevance"
    page: int = 1


@dataclass
class Outcome:
    result: SearchResult
    hits: list[Hit]
    messages: list[str]
    unavailable: bool = False
    # Statement hits' facts by doc id ("statement:12"): organization, kind, basis, source.
    statements: dict[str, StatementFacts] = field(default_factory=dict)


def search(user: User, text: str, filters: Filters, per_page: int = 20) -> Outcome:
    text = (text or "")[:MAX_QUERY]
    parsed = parse_user_query(text)
    messages = [_warning(w) for w in parsed.warnings]
    query = SearchQuery(text=parsed.render(), sort=filters.sort if filters.sort in (
        "relevance", "date") else "relevance", page=filters.page, per_page=per_page,
        kinds=frozenset(filters.kinds), date_from=filters.date_from,
        date_to=filters.date_to)
    query, refused = _apply_filters(user, query, filters, parsed.filters, messages)
    empty = SearchResult.empty(query)
    if refused or (parsed.is_empty and not query.has_structured_filter):
        return Outcome(empty, [], messages)
    try:
        result = indexer.backend().search(query, reader_scopes(user))
    except IndexUnavailable:
        indexer.wake()  # it notices the lost index itself (rebuild_if_lost) and rebuilds
        return Outcome(empty, [], [_("The search index is being rebuilt. Try again in a "
                                     "minute; nothing is lost.")], unavailable=True)
    hits = _recheck(user, result.hits)
    if query.sort == "relevance":
        hits = _documented_first(hits)
    dropped = len(result.hits) - len(hits)
    return Outcome(replace(result, total=max(0, result.total - dropped)), hits, messages,
                   statements=_statement_facts(hits))


def _documented_first(hits: list[Hit]) -> list[Hit]:
    """On a page of hits, statements that answered questions became come first: the same
    question asked again should meet its documented answer before the old discussion."""
    documented = documented_statements(hit.doc_id for hit in hits)
    if not documented:
        return hits
    return sorted(hits, key=lambda hit: hit.doc_id not in documented)  # stable


def _statement_facts(hits: list[Hit]) -> dict[str, StatementFacts]:
    ids = [parsed[1] for hit in hits
           if (parsed := sources.split_doc_id(hit.doc_id)) and parsed[0] == "statement"]
    return {f"statement:{i}": facts for i, facts in statement_facts(ids).items()}


def _recheck(user: User, hits: list[Hit]) -> list[Hit]:
    """Keep only hits the reader may open right now (the index can lag a few seconds)."""
    by_kind: dict[str, list[int]] = {}
    for hit in hits:
        parsed = sources.split_doc_id(hit.doc_id)
        if parsed:
            by_kind.setdefault(parsed[0], []).append(parsed[1])
    allowed = {f"{kind}:{i}" for kind, ids in by_kind.items()
               for i in sources.SOURCES[kind].visible(user, ids)}
    return [hit for hit in hits if hit.doc_id in allowed]


def _apply_filters(user: User, query: SearchQuery, form: Filters,
                   typed: dict[str, list[str]], messages: list[str]) -> tuple[SearchQuery,
                                                                         bool]:
    """Turn form filters and `field:value` words into id sets; a name the reader cannot
    use makes the search empty, with the same message as a name that does not exist."""
    kinds, orgs, spaces, groups, authors = set(query.kinds), set(), set(), set(), set()
    refused = False
    if form.org_id:
        orgs |= org_and_descendants(form.org_id)
    for value in typed.get("org", []):
        found = _org_ids(value)
        refused |= _note(found, messages, _("No organization called “%(name)s”.", name=value))
        orgs |= found
    readable = set(discussion_access.readable_space_ids(user))
    my_groups = set(pbl_access.group_ids(user))
    if form.space_id:
        refused |= _note({form.space_id} & readable, messages, _("No such space."))
        spaces.add(form.space_id)
    if form.group_id:
        refused |= _note({form.group_id} & my_groups, messages, _("No such group."))
        groups.add(form.group_id)
    for value in typed.get("in", []):
        found_spaces, found_groups = _place_ids(value, readable, my_groups)
        refused |= _note(found_spaces | found_groups, messages,
                         _("No space or group called “%(name)s”.", name=value))
        spaces |= found_spaces
        groups |= found_groups
    for value in typed.get("author", []) + ([form.author] if form.author else []):
        found = _author_ids(value)
        refused |= _note(found, messages, _("Nobody called “%(name)s”.", name=value))
        authors |= found
    for value in typed.get("kind", []):
        kind = KIND_WORDS.get(value.lower())
        refused |= _note({kind} if kind else set(), messages,
                         _("Unknown kind “%(name)s”.", name=value))
        kinds |= {kind} if kind else set()
    return replace(query, kinds=frozenset(kinds), org_ids=frozenset(orgs),
                   space_ids=frozenset(spaces), group_ids=frozenset(groups),
                   author_ids=frozenset(authors)), refused


def _note(found: set, messages: list[str], message: str) -> bool:
    if not found:
        messages.append(message)
        return True
    return False


def _org_ids(value: str) -> set[int]:
    org = db.session.scalar(select(Organization).where(or_(
        func.lower(Organization.handle) == value.lower(),
        func.lower(Organization.short_name) == value.lower())))
    return org_and_descendants(org.id) if org else set()


def _place_ids(value: str, readable: set[int], my_groups: set[int]) -> tuple[set[int],
                                                                              set[int]]:
    spaces = set(db.session.scalars(select(Space.id).where(
        func.lower(Space.slug) == value.lower()))) & readable
    groups = set(db.session.scalars(select(PblGroup.id).where(
        func.lower(PblGroup.name) == value.lower()))) & my_groups
    return spaces, groups


def _author_ids(value: str) -> set[int]:
    return set(db.session.scalars(select(User.id).where(
        func.lower(User.username) == value.lower().lstrip("@"))))


def _warning(key: str) -> str:
    return {
        "query_truncated": _("The search text was shortened to its first 1,000 characters."),
        "too_many_terms": _("Only the first 32 words were used."),
        "too_many_filters": _("Only the first filters were used."),
        "invalid_characters_removed": _("Some characters that cannot be searched were "
                                        "removed."),
        "term_too_long": _("A very long word was shortened."),
        "prefix_too_short": _("Give at least two letters before *."),
        "operators_ignored": _("Quotes and brackets that did not pair up were ignored."),
    }.get(key, key)

"""Full-text search for forum posts, wiki pages and the other content kinds.

A standalone library: no Flask, no imports from other forum packages. The app
turns its content into :class:`SearchDoc` values, feeds them to one backend
(:class:`WhooshBackend` or :class:`PostgresBackend`) and searches with the
reader's access scopes.
"""

from forum.search.backend import SearchBackend
from forum.search.documents import Hit, SearchDoc, SearchQuery, SearchResult
from forum.search.errors import IndexUnavailable, SearchError
from forum.search.pg_backend import PostgresBackend
from forum.search.pg_schema import create_schema, drop_schema, schema_ddl
from forum.search.query import ParsedQuery, QueryTerm, parse_user_query
from forum.search.whoosh_backend import WhooshBackend

__all__ = [
    "Hit",
    "IndexUnavailable",
    "ParsedQuery",
    "PostgresBackend",
    "QueryTerm",
    "SearchBackend",
    "SearchDoc",
    "SearchError",
    "SearchQuery",
    "SearchResult",
    "WhooshBackend",
    "create_schema",
    "drop_schema",
    "parse_user_query",
    "schema_ddl",
]

"""Keeping the search index in step with the database: the outbox written in each change's
transaction, the registry of document sources (filled by the features' search_docs.py at
start-up), and the indexer that drains the outbox. Imports no feature; the search page is
forum.searching, the backends forum.search."""

"""The search page: the query service that applies access, and the views. What gets indexed
is each feature's search_docs.py; keeping the index in step (outbox, indexer) is
forum.indexing; the backends live in forum.search."""

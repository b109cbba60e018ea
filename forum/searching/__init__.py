"""The app side of search: what gets indexed, the indexer that drains the outbox, the query
service that applies access, and the pages. The backends live in forum.search."""

"""Domain exceptions of the search library.

The app catches these and turns them into user-facing states; nothing here
knows about HTTP.
"""

from __future__ import annotations


class SearchError(Exception):
    """Base class for every error this package raises on purpose."""


class IndexUnavailable(SearchError):
    """The index cannot be read right now (missing, deleted or being rebuilt).

    The app should show "the search index is being rebuilt" instead of a 500;
    the next ``index()`` call recreates an empty index.
    """

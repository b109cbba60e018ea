"""Where user text becomes HTML: rendering, sanitizing, privacy checks, diffs, limits.

Pure functions only (no Flask, no database), so every rule here is unit-tested
in isolation and the web layer has a single place to call.
"""

from forum.text.diff import diff_stats, word_diff
from forum.text.glossary import annotate_terms
from forum.text.limits import TextError, clean_text
from forum.text.privacy import (
    Finding,
    find_names,
    find_personal_data,
    find_terms,
    merge_findings,
    summarize,
)
from forum.text.render import render
from forum.text.sanitize import sanitize
from forum.text.types import (
    LinkResolver,
    Mention,
    MentionTarget,
    PageTarget,
    Rendered,
    WikiLink,
)

__all__ = [
    "Finding",
    "LinkResolver",
    "Mention",
    "MentionTarget",
    "PageTarget",
    "Rendered",
    "TextError",
    "WikiLink",
    "annotate_terms",
    "clean_text",
    "diff_stats",
    "find_names",
    "find_personal_data",
    "find_terms",
    "merge_findings",
    "render",
    "sanitize",
    "summarize",
    "word_diff",
]

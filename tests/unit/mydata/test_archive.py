"""The export's ZIP: JSON and Markdown for each part, and an index."""

from __future__ import annotations

import io
import json
import zipfile

from forum.mydata.archive import build_zip, to_markdown


def test_zip_has_json_markdown_and_index():
    parts = {"profile": {"display_name": "Anna", "works_on": "Unga *vuxna*"},
             "posts": [{"id": 1, "source": "Hej **du**", "deleted_at": None,
                        "history": [{"source": "Hej", "edited_by_you": True}]}],
             "reactions": []}
    with zipfile.ZipFile(io.BytesIO(build_zip(parts, "2026-12-07 10:00"))) as archive:
        names = set(archive.namelist())
        assert names == {"README.md", "json/profile.json", "profile.md", "json/posts.json",
                         "posts.md", "json/reactions.json", "reactions.md"}
        assert json.loads(archive.read("json/posts.json")) == parts["posts"]
        index = archive.read("README.md").decode()
    assert "[Reactions](reactions.md) — 0 entries" in index
    assert "[Profile](profile.md) — 1 entry" in index


def test_markdown_reads_as_a_document():
    text = to_markdown("posts", [{"id": 1, "source": "Hej **du**", "deleted_at": None,
                                  "history": [{"source": "Hej", "edited_by_you": True}]}])
    assert text.splitlines()[0] == "# Posts (with their edit history)"
    assert "- **id**: 1" in text and "- **deleted at**: —" in text
    assert "### source\n\nHej **du**" in text
    assert "#### history 1" in text and "- **edited by you**: yes" in text
    assert to_markdown("reactions", []) == "# Reactions\n\nNothing stored.\n"

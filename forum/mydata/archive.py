"""The export's ZIP: `json/<category>.json` for machines (article 20's "structured, commonly
used and machine-readable format") and `<category>.md` plus `README.md` for people."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

# Fields whose value is the member's own Markdown text: written as a block, not a bullet.
TEXT_FIELDS = ("source", "body", "text", "works_on")

TITLES = {
    "profile": "Profile", "posts": "Posts (with their edit history)",
    "pages": "Knowledge base revisions you saved", "journal": "PBL journal entries",
    "pbl": "PBL board notes and attendance", "reactions": "Reactions",
    "notifications": "Notifications", "sessions": "Login sessions",
    "preferences": "Preferences",
    "collaboration": "Collaboration-health markers (counted only in organization totals)",
}


def build_zip(parts: dict[str, Any], generated_at: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.md", _index(parts, generated_at))
        for name, data in parts.items():
            archive.writestr(f"json/{name}.json",
                             json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
            archive.writestr(f"{name}.md", to_markdown(name, data))
    return buffer.getvalue()


def _index(parts: dict[str, Any], generated_at: str) -> str:
    lines = ["# Your data", "", f"Generated {generated_at} (UTC).", "",
             "Each part comes twice: a Markdown file to read and a JSON file under `json/` "
             "for other programs.", ""]
    for name, data in parts.items():
        count = len(data) if isinstance(data, list) else 1
        lines.append(f"- [{TITLES.get(name, name)}]({name}.md) — {count} "
                     f"{'entry' if count == 1 else 'entries'}")
    return "\n".join(lines) + "\n"


def to_markdown(name: str, data: Any) -> str:
    lines = [f"# {TITLES.get(name, name)}", ""]
    if isinstance(data, dict):
        lines += _fields(data, level=2)
    elif not data:
        lines.append("Nothing stored.")
    else:
        for number, item in enumerate(data, 1):
            lines += [f"## {number}", "", *_fields(item, level=3)]
    return "\n".join(lines).rstrip() + "\n"


def _fields(item: dict[str, Any], level: int) -> list[str]:
    bullets: list[str] = []
    blocks: list[str] = []
    for key, value in item.items():
        label = key.replace("_", " ")
        if key in TEXT_FIELDS and isinstance(value, str):
            blocks += [f"{'#' * level} {label}", "", value.strip() or "(empty)", ""]
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            blocks += [f"{'#' * level} {label}", ""]
            for number, sub in enumerate(value, 1):
                blocks += [f"{'#' * (level + 1)} {label} {number}", ""]
                blocks += _fields(sub, level + 2)
        elif isinstance(value, dict):
            blocks += [f"{'#' * level} {label}", "", "```json",
                       json.dumps(value, ensure_ascii=False, indent=2), "```", ""]
        else:
            bullets.append(f"- **{label}**: {_plain(value)}")
    return bullets + ([""] if bullets else []) + blocks


def _plain(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)

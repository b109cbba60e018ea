"""The seven steps of a PBL session, in order (keys are stored with board items)."""

from __future__ import annotations

from forum.text.i18n import _l

STEP_KEYS = ("clarify", "problem", "brainstorm", "structure", "objectives", "selfstudy",
             "report")
STEP_LABELS = {
    "clarify": _l("Clarify terms"),
    "problem": _l("Define the problem"),
    "brainstorm": _l("Brainstorm"),
    "structure": _l("Structure and analyse"),
    "objectives": _l("Learning objectives"),
    "selfstudy": _l("Self-study"),
    "report": _l("Report back"),
}

"""Who may read a thing: one set of levels for spaces (discussions) and pages (wiki).

Each feature's access.py decides what a level means for its objects (for a page, ORG takes in
the organization's local offices too); the stored values are the same strings everywhere.
"""

from __future__ import annotations

import enum


class Visibility(enum.StrEnum):
    ALL = "all"  # every member
    ORG = "org"  # the organization of the space or page
    GROUP = "group"  # the members of its PBL group

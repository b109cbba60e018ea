"""Shaping the knowledge base's edit forms from a prefill, and reading it back on save."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from forum.accounts.models import User
from forum.distil import actions
from forum.distil.actions import Prefill
from forum.wiki.fields import integer

_ST_N = re.compile(r"^st-(\d+)-")


def requested(actor: User, values: Mapping[str, Any]) -> Prefill | None:
    """The prefill a request asks for (query string or hidden fields), checked; None if none."""
    raw = values.get("distil")
    if not raw:
        return None
    return actions.check_prefill(actor, integer(raw), values.get("distil_posts")
                                 or values.get("posts"))


def _marks(prefill: Prefill) -> dict[str, str]:
    return {"distil": str(prefill.thread.id),
            "distil_posts": ",".join(str(i) for i in prefill.post_ids)}


def new_page_form(form: dict[str, Any], prefill: Prefill) -> dict[str, Any]:
    """A new page: the thread's title and the chosen posts as its first text."""
    form = dict(form, **_marks(prefill))
    form["title"] = form.get("title") or prefill.thread.title
    form["body"] = prefill.text
    return form


def edit_page_form(form: dict[str, Any], prefill: Prefill) -> dict[str, Any]:
    """A boundary page: one more statement, its text from the posts, for the editor to shape."""
    form = dict(form, **_marks(prefill))
    used = [int(m[1]) for key in form if (m := _ST_N.match(key))]
    n = max(used, default=-1) + 1
    form.update({f"st-{n}-section": "can", f"st-{n}-text": prefill.text,
                 f"st-{n}-basis": "practice", f"st-{n}-source": ""})
    return form


"""The hand-redaction control, page and JSON, shared by posts (discussions) and page revisions
(wiki): each feature gives the function that checks and redacts (check_* → do_*, returning
how many versions changed); this module reads the request, owns the transaction and shapes
the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask import Response, flash, jsonify, redirect, request

from forum.db import unit_of_work
from forum.errors import ValidationError
from forum.text.i18n import _l
from forum.text.redaction import MAX_MANUAL
from forum.web.form_outcome import FormOutcome

Redact = Callable[[object, bool], int]  # (text to redact, everywhere) → versions changed


@dataclass
class RedactionForm:
    text: str
    everywhere: bool
    outcome: FormOutcome

    @property
    def context(self) -> dict:
        return {"text": self.text, "everywhere": self.everywhere,
                "errors": self.outcome.errors, "max_length": MAX_MANUAL}

    @property
    def status(self) -> int:
        return self.outcome.status


def redaction_page(redact: Redact, done: Callable[[int], str], done_url: str,
                   show: Callable[[RedactionForm], object]):
    """GET: the form, as `show(form)` renders it (`?text=` fills in the text, "everywhere"
    ticked). POST: redact in one transaction, flash `done(count)` and go to `done_url`; a
    refused text comes back as the form with its message next to the text (400)."""
    form = RedactionForm(text=request.values.get("text", ""),
                         everywhere=request.method == "GET" or bool(request.form.get("everywhere")),
                         outcome=FormOutcome(message_field="text"))
    if request.method == "POST":
        with form.outcome.catching():
            with unit_of_work():
                count = redact(form.text, form.everywhere)
            flash(done(count), "success")
            return redirect(done_url)
    return show(form)


def redaction_api(redact: Redact, count_key: str) -> Response:
    """`{"text": …, "everywhere": true}` → `{"ok": true, <count_key>: versions changed}`."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        raise ValidationError(str(_l("Send a JSON object.")))
    with unit_of_work():
        count = redact(data.get("text"), data.get("everywhere", True) is not False)
    return jsonify({"ok": True, count_key: count})

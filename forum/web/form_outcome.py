"""What posting a form came to, for the views that show the form again when it fails.

Every such view has the same shape: field errors → 400, privacy findings → 422 (understood,
not stored: the writer edits or confirms), nothing wrong yet → 200. One object holds that::

    outcome = FormOutcome()
    if request.method == "POST":
        with outcome.catching():
            with unit_of_work():
                ...
            return redirect(...)
    return render_template(..., **outcome.context), outcome.status
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from forum.errors import DomainError, NeedsConfirmation, ValidationError


class FormOutcome:
    """The errors, findings and block of one form post (all empty before the post)."""

    def __init__(self, message_field: str = "__all__") -> None:
        self.message_field = message_field  # where a ValidationError without fields goes
        self.errors: dict[str, str] = {}
        self.findings: list[str] = []
        self.blocked = False
        self.error: DomainError | None = None

    @contextmanager
    def catching(self) -> Iterator[FormOutcome]:
        """Run the post; a ValidationError or a privacy warning is recorded, not raised."""
        try:
            yield self
        except ValidationError as exc:
            self.error = exc
            self.errors = exc.field_errors or {self.message_field: exc.message}
        except NeedsConfirmation as exc:  # forum.privacy_terms.guard.PrivacyWarning
            self.error = exc
            self.findings, self.blocked = exc.summaries(), exc.blocked

    @property
    def status(self) -> int:
        return 400 if self.errors else (422 if self.findings else 200)

    @property
    def context(self) -> dict:
        return {"errors": self.errors, "findings": self.findings, "blocked": self.blocked}

"""Domain errors. No Flask imports: forum.web maps these to HTTP responses."""

from __future__ import annotations


class DomainError(Exception):
    """Base for every error an action or access function raises on purpose."""

    status = 400

    def __init__(self, message: str = "", **details: object) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotFound(DomainError):
    """The object does not exist, *or* it exists but the actor may not read it."""

    status = 404


class PermissionDenied(DomainError):
    """The actor may read the object but may not do this to it."""

    status = 403


class ValidationError(DomainError):
    """Input was rejected; `field_errors` maps form field names to messages."""

    status = 400

    def __init__(self, message: str = "", field_errors: dict[str, str] | None = None) -> None:
        super().__init__(message or next(iter((field_errors or {}).values()), "Invalid input"))
        self.field_errors = field_errors or {}


class Conflict(DomainError):
    """The change collides with the current state (duplicate, stale revision, ...)."""

    status = 409


class Gone(DomainError):
    """The object existed for the actor but is no more (an expired download link)."""

    status = 410


class NeedsConfirmation(DomainError):
    """The text may not be stored as it is: the writer must confirm what was found, or (when
    `blocked`) remove it. 422: understood, not stored. forum.privacy_terms.guard raises it as
    PrivacyWarning; the web and socket layers answer it with `summaries()`."""

    status = 422
    blocked: bool = False

    def summaries(self) -> list[str]:
        return []


class RateLimited(DomainError):
    status = 429

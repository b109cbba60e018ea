"""What accounts calls in the packages above it.

Accounts sits below the e-mail package (forum.email imports accounts' models), so its
e-mails (forum.accounts.mails: password reset, invitation, password-guessing warning) reach
the mail queue through this slot, which create_app (forum/app.py, ``register_hooks``) fills at
start-up. Call it as ``hooks.enqueue_mail(...)``, never ``from forum.accounts.hooks import
enqueue_mail`` (that would keep the empty slot).
"""

from __future__ import annotations

from collections.abc import Callable

# the e-mail queue (forum.email.queue.enqueue): a ready mail in the caller's transaction
enqueue_mail: Callable[..., object]


def provide(**functions: Callable[..., object]) -> None:
    """Fill the slot above (by name; an unknown name is a mistake)."""
    for name, function in functions.items():
        if name not in __annotations__:
            raise TypeError(f"forum.accounts.hooks has no slot {name!r}")
        globals()[name] = function

"""Password guessing, slowed down without locking anyone out.

The counts live where the rate limits live (memory in the embedded layout, Redis shared by
every process in the scaled one):

- **Per account and client address** ("pair"): the first LOGIN_FREE_FAILURES wrong passwords
  cost nothing; after that each one makes the pair wait twice as long as the one before
  (1 s, 2 s, 4 s, ... up to LOGIN_MAX_DELAY) before its next attempt is even checked. A
  right password clears the pair. The count is forgotten a day after the pair's first failure.
- **Per account, from every address**, in windows of an hour: past LOGIN_ACCOUNT_CEILING
  wrong passwords the account is being guessed at from many addresses. Then every address
  that has failed for it waits out the window, and a fresh address that fails once joins
  them, so each further guess costs the attacker a new address. An address that has not
  failed (the owner's, normally) is still answered: a ceiling that refused everyone would be
  a lockout, and then anyone could lock any colleague out by typing wrong passwords for
  them, which is what this replaced. What remains: the owner shares the wait when they share
  the guesser's address (one office NAT), or when they mistype during an attack; a password
  reset still works for them.
- **Per client address, for any accounts** (LOGIN_ADDRESS_LIMIT, a fixed window): one
  address trying many accounts (password spraying). Kept generous, since a whole office
  often shares one address.
- The owner gets one e-mail per window once the account's wrong passwords in it reach
  ALERT_FACTOR times the free failures (``record_failure`` says when).

Keys hold a hash of the typed address, never the address itself, and addresses that belong
to no one are counted exactly like real ones: the answer (status, page, Retry-After) says
nothing about whether an account exists.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from flask import current_app
from limits import parse

from forum.extensions import limiter

WINDOW = 3600            # seconds: the account-wide count and the owner's e-mail, per window
PAIR_MEMORY = 24 * 3600  # seconds: a pair's failures are forgotten this long after the first
FIRST_DELAY = 1          # seconds: the wait after the first failure past the free ones
ALERT_FACTOR = 2         # the owner hears of it at this many times the free failures


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0  # seconds until this address may try this account again


def normalized(email: str | None) -> str:
    return (email or "").strip().lower()[:254]


def _keys(email: str | None, address: str | None) -> tuple[str, str, str]:
    account = hashlib.sha256(normalized(email).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    pair = f"{account}:{address or '-'}"
    return f"login:account:{account}", f"login:pair:{pair}", f"login:wait:{pair}"


def delay_after(failures: int, free: int, max_delay: int) -> int:
    """Seconds a pair waits after its `failures`-th wrong password (0 while still free)."""
    if failures <= free:
        return 0
    return min(FIRST_DELAY << min(failures - free - 1, 30), max_delay)


def begin_attempt(email: str | None, address: str | None) -> Verdict:
    """May this address try a password for this account now? If so the attempt counts as a
    wrong one for the pair until ``record_success`` says otherwise, and the wait it earns
    starts now: requests sent side by side, whose answers are not known yet, do not each
    get a guess."""
    storage = limiter.storage
    account_key, pair_key, wait_key = _keys(email, address)
    if storage.get(wait_key) > 0:
        return Verdict(False, _seconds_left(wait_key))
    spraying = _address_key(address)
    if storage.get(spraying) >= _address_limit().amount:
        return Verdict(False, _seconds_left(spraying))
    ceiling = current_app.config["LOGIN_ACCOUNT_CEILING"]
    if storage.get(account_key) >= ceiling and storage.get(pair_key) > 0:
        return Verdict(False, _seconds_left(account_key))
    config = current_app.config
    failures = storage.incr(pair_key, PAIR_MEMORY)
    delay = delay_after(failures, config["LOGIN_FREE_FAILURES"], config["LOGIN_MAX_DELAY"])
    # INCR is atomic: of two requests that both passed the check above, one opens the wait
    # (count 1) and the other finds it open.
    if delay and storage.incr(wait_key, delay) > 1:
        return Verdict(False, _seconds_left(wait_key))
    return Verdict(True)


def record_failure(email: str | None, address: str | None) -> bool:
    """The password was wrong (the pair has counted it already); True exactly once per
    window: now is the time to tell the owner."""
    config = current_app.config
    storage = limiter.storage
    account_key = _keys(email, address)[0]
    storage.incr(_address_key(address), _address_limit().get_expiry())
    alert_at = max(1, ALERT_FACTOR * config["LOGIN_FREE_FAILURES"])
    # Counted atomically (Redis INCR): one process alone sees the count reach the threshold.
    return storage.incr(account_key, WINDOW) == alert_at


def record_success(email: str | None, address: str | None) -> None:
    """The right password: this address starts afresh (the account-wide count stays)."""
    _account_key, pair_key, wait_key = _keys(email, address)
    limiter.storage.clear(pair_key)
    limiter.storage.clear(wait_key)


def account_failures(email: str | None) -> int:
    return limiter.storage.get(_keys(email, None)[0])


def _address_key(address: str | None) -> str:
    return f"login:address:{address or '-'}"


def _address_limit():
    return parse(current_app.config["LOGIN_ADDRESS_LIMIT"])


def _seconds_left(key: str) -> int:
    return max(1, round(limiter.storage.get_expiry(key) - time.time()))

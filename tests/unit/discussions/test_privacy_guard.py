"""The privacy guard runs on the server on every write path, and never logs the number."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from forum.accounts.sitesettings import do_set_setting
from forum.discussions import actions, entrypoints
from forum.discussions.models import Post
from forum.extensions import db
from forum.privacy_terms.guard import PrivacyWarning
from tests.identity_numbers import invalid_personnummer, personnummer, samordningsnummer


def count() -> int:
    return db.session.scalar(select(func.count()).select_from(Post))


@pytest.fixture
def thread(world, forum):
    return forum.thread(world["spaces"]["open"], world["people"]["af"])


@pytest.mark.parametrize("text", [
    f"Klienten har personnummer {personnummer()}.",
    f"Samordningsnummer {samordningsnummer()} gäller.",
    "Ring henne på 070-123 45 67 i morgon.",
    "Han bor på Storgatan 12 sedan i våras.",
])
def test_warning_then_confirm(world, thread, text, caplog):
    caplog.set_level(logging.DEBUG)
    user = world["people"]["fk"]
    before = count()
    with pytest.raises(PrivacyWarning) as caught:
        entrypoints.submit_post(user, thread.id, text, None)
    assert count() == before
    digits = "".join(ch for ch in personnummer() if ch.isdigit())
    assert digits not in " ".join(caught.value.summaries()).replace("-", "")
    post, _ = entrypoints.submit_post(user, thread.id, text, None, confirm_privacy=True)
    assert post.privacy_confirmed is True
    assert personnummer() not in caplog.text and samordningsnummer() not in caplog.text


def test_invalid_check_digit_is_not_personal_data(world, thread):
    post, _ = entrypoints.submit_post(world["people"]["fk"], thread.id,
                                      f"Ärendenummer {invalid_personnummer()}", None)
    assert post.privacy_confirmed is False


def test_block_setting_refuses_even_confirmed_text(world, thread):
    do_set_setting("privacy_block", True)
    db.session.commit()
    with pytest.raises(PrivacyWarning) as caught:
        entrypoints.submit_post(world["people"]["fk"], thread.id, personnummer(), None,
                                confirm_privacy=True)
    assert caught.value.blocked is True


def test_new_thread_and_edit_are_checked_too(world, forum, thread):
    user, space = world["people"]["fk"], world["spaces"]["open"]
    with pytest.raises(PrivacyWarning):
        actions.check_new_thread(user, space, "Titel", f"pnr {personnummer()}", None)
    post = forum.post(thread, user, "Oskyldig text")
    with pytest.raises(PrivacyWarning):
        actions.check_edit_post(user, post, f"Nu med {personnummer()}")

"""Password guessing is slowed per (account, client address) with growing waits, never by a
lock that also refuses the owner's right password; the owner is told by e-mail; and every
answer is the same for an address that belongs to no one."""

from __future__ import annotations

import re
import types

import pytest
from sqlalchemy import select

from forum.accounts import throttle
from forum.accounts.throttle import delay_after
from forum.extensions import db
from tests.factories import Factory

OWNER, GUESSER, OTHER = "10.0.0.1", "10.0.0.66", "10.0.0.77"


@pytest.fixture
def app_overrides(request) -> dict:
    # Small numbers: every wrong password costs a real argon2 check.
    return {"LOGIN_FREE_FAILURES": 2, "LOGIN_ACCOUNT_CEILING": 8,
            **getattr(request, "param", {})}


@pytest.fixture
def member(factory):
    return factory.user(email="anna@example.org")


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """The counts' clock (the limits library's memory storage, and the throttle's own)."""
    fake = Clock()
    monkeypatch.setattr("limits.storage.memory.time", types.SimpleNamespace(time=fake.time))
    monkeypatch.setattr("forum.accounts.throttle.time", types.SimpleNamespace(time=fake.time))
    return fake


def attempt(client, email: str, password: str, address: str):
    response = client.post_form("/login", {"email": email, "password": password},
                                environ_base={"REMOTE_ADDR": address})
    response.close()  # as a WSGI server does once the answer is sent (the e-mail goes then)
    return response


def test_delay_grows_from_the_free_failures_to_the_ceiling():
    assert [delay_after(n, 5, 900) for n in range(1, 8)] == [0, 0, 0, 0, 0, 1, 2]
    assert delay_after(14, 5, 900) == 256 and delay_after(16, 5, 900) == 900
    assert delay_after(10_000, 5, 900) == 900


def test_an_attempt_in_flight_already_counts(app, member, clock):
    """Requests sent side by side: past the free ones, one gets an answer, the rest wait."""
    with app.test_request_context():
        for _ in range(3):  # two free ones and the first with a wait, none answered yet
            assert throttle.begin_attempt(member.email, GUESSER).allowed
        assert throttle.begin_attempt(member.email, GUESSER) == throttle.Verdict(False, 1)
        assert throttle.begin_attempt(member.email, OWNER).allowed
        throttle.record_success(member.email, GUESSER)
        assert throttle.begin_attempt(member.email, GUESSER).allowed


def test_a_guesser_does_not_lock_the_owner_out(client, member, clock):
    for _ in range(4):
        attempt(client, member.email, "wrong", GUESSER)
    assert attempt(client, member.email, Factory.PASSWORD, GUESSER).status_code == 429
    # The owner, elsewhere, gets in at once with the right password.
    assert attempt(client, member.email, Factory.PASSWORD, OWNER).status_code == 302


def test_waits_double_per_address_and_end(client, member, clock):
    for _ in range(2):
        assert attempt(client, member.email, "wrong", GUESSER).status_code == 401
    for expected in (1, 2, 4, 8):
        assert attempt(client, member.email, "wrong", GUESSER).status_code == 401
        refused = attempt(client, member.email, Factory.PASSWORD, GUESSER)
        assert refused.status_code == 429
        assert refused.headers["Retry-After"] == str(expected)
        assert f"{expected} sekunder" in refused.get_data(as_text=True)
        clock.advance(expected - 0.5)
        assert attempt(client, member.email, "wrong", GUESSER).status_code == 429
        clock.advance(0.6)
    # The wait is over: the right password works, and the address starts afresh.
    assert attempt(client, member.email, Factory.PASSWORD, GUESSER).status_code == 302
    client.post_form("/logout", token_page="/")
    assert attempt(client, member.email, "wrong", GUESSER).status_code == 401
    assert attempt(client, member.email, Factory.PASSWORD, GUESSER).status_code == 302


def test_past_the_account_ceiling_only_addresses_that_failed_wait(client, member, clock):
    for number in range(4):  # 8 failures (the ceiling here), two from each address
        for _ in range(2):
            assert attempt(client, member.email, "wrong",
                           f"192.0.2.{number}").status_code == 401
    refused = attempt(client, member.email, Factory.PASSWORD, "192.0.2.0")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 3000
    # A fresh address is answered: one wrong guess, then it waits with the others.
    assert attempt(client, member.email, "wrong", OTHER).status_code == 401
    assert attempt(client, member.email, Factory.PASSWORD, OTHER).status_code == 429
    # The owner, who has not failed, gets in.
    assert attempt(client, member.email, Factory.PASSWORD, OWNER).status_code == 302
    clock.advance(3601)  # the window is over
    client.post_form("/logout", token_page="/")
    assert attempt(client, member.email, Factory.PASSWORD, "192.0.2.0").status_code == 302


def test_one_address_trying_many_accounts_is_limited(app, client, member, clock):
    app.config["LOGIN_ADDRESS_LIMIT"] = "3 per minute"
    for number in range(3):
        assert attempt(client, f"someone{number}@example.org", "x", GUESSER).status_code == 401
    refused = attempt(client, member.email, Factory.PASSWORD, GUESSER)
    assert refused.status_code == 429 and 0 < int(refused.headers["Retry-After"]) <= 60
    assert attempt(client, member.email, Factory.PASSWORD, OWNER).status_code == 302
    clock.advance(61)
    client.post_form("/logout", token_page="/")
    assert attempt(client, member.email, Factory.PASSWORD, GUESSER).status_code == 302


def _mails() -> list[str]:
    """The queued warnings, as "To: ... | Subject: ...\nbody" (forum.email.queue)."""
    from forum.email.models import MailMessage

    db.session.expire_all()
    rows = db.session.scalars(select(MailMessage).where(MailMessage.kind == "login_alert")
                              .order_by(MailMessage.id))
    return [f"To: {r.to_address} | Subject: {r.subject}\n{r.text_body}" for r in rows]


def test_the_owner_is_told_once_per_window(client, member, clock):
    for number in range(3):
        attempt(client, member.email, "wrong", f"192.0.2.{number}")
    assert _mails() == []
    attempt(client, member.email, "wrong", GUESSER)  # the fourth in the hour
    mails = _mails()
    assert len(mails) == 1
    assert f"To: {member.email}" in mails[0]
    assert "Någon försöker logga in på ditt konto" in mails[0]  # the owner's language
    assert "4 försök" in mails[0] and GUESSER in mails[0]
    assert "wrong" not in mails[0]  # never the guessed password
    for _ in range(3):
        attempt(client, member.email, "wrong", OTHER)
    assert len(_mails()) == 1  # once per window, not per attempt
    clock.advance(3601)
    for number in range(4):
        attempt(client, member.email, "wrong", f"198.51.100.{number}")
    assert len(_mails()) == 2  # the next window, the next message


def test_no_mail_for_an_address_that_belongs_to_no_one(client, factory, clock):
    gone = factory.user(email="gone@example.org", active=False)
    for address in ("nobody@example.org", gone.email):
        for number in range(4):
            attempt(client, address, "wrong", f"192.0.2.{number}")
    assert _mails() == []


def _normalized(response, email: str) -> str:
    html = response.get_data(as_text=True).replace(email, "EMAIL")
    return re.sub(r'(name="csrf_token" value|name="csrf-token" content)="[^"]+"', "", html)


def test_answers_are_the_same_for_an_unknown_address(app, member, clock):
    from tests.conftest import FormClient

    answers = {}
    for email in (member.email, "nobody@example.org"):
        client = FormClient(app.test_client())
        answers[email] = []
        for step in range(8):
            response = attempt(client, email, "wrong", GUESSER if step < 5 else OTHER)
            answers[email].append((response.status_code, response.headers.get("Retry-After"),
                                   _normalized(response, email)))
            clock.advance(0.3)
        clock.advance(3601)
    known, unknown = answers[member.email], answers["nobody@example.org"]
    assert [a[0] for a in known] == [401, 401, 401, 429, 429, 401, 401, 401]
    assert known == unknown


@pytest.mark.parametrize("app_overrides", [{"PROXY_COUNT": 0}, {"PROXY_COUNT": 1}],
                         indirect=True)
def test_client_address_comes_from_the_proxy_only_when_configured(app, client, member, clock):
    def behind_proxy(password: str, client_address: str) -> int:
        response = client.post_form("/login", {"email": member.email, "password": password},
                                    environ_base={"REMOTE_ADDR": "127.0.0.1"},
                                    headers={"X-Forwarded-For": client_address})
        response.close()
        return response.status_code

    for _ in range(3):
        behind_proxy("wrong", GUESSER)
    assert behind_proxy(Factory.PASSWORD, GUESSER) == 429
    # Behind a proxy the owner's own address counts; without one the header is a lie
    # anyone can send, and ignored.
    proxied = app.config["PROXY_COUNT"] == 1
    assert behind_proxy(Factory.PASSWORD, OWNER) == (302 if proxied else 429)


def test_counts_live_in_redis_when_configured(tmp_path, migrated_db):
    """The scaled layout keeps the counts in Redis, shared by every process: the same
    answers, waits that end by themselves, and no e-mail address in the keys."""
    import shutil
    import time
    import uuid

    import redis

    from forum.extensions import db
    from tests.conftest import FormClient, IsolatedClient, make_app, service_url

    url = service_url("FORUM_TEST_REDIS_URL", "Redis")
    database = tmp_path / "redis.db"
    shutil.copy(migrated_db, database)
    app = make_app(tmp_path, database, RATELIMIT_STORAGE_URI=url, LOGIN_FREE_FAILURES=2)
    app.test_client_class = IsolatedClient
    run = uuid.uuid4().hex[:8]  # other test runs share this Redis
    guesser, owner = f"203.0.113.{run}", f"198.51.100.{run}"
    store = redis.Redis.from_url(url)
    with app.app_context():
        try:
            member = Factory().user(email=f"redis-{run}@example.org")
            with app.test_request_context():  # the counts directly: no argon2 in the timing
                for _ in range(3):
                    assert throttle.begin_attempt(member.email, guesser).allowed
                    throttle.record_failure(member.email, guesser)
                assert throttle.begin_attempt(member.email, guesser) == throttle.Verdict(False, 1)
                keys = [k.decode() for k in store.keys(f"*{guesser}*")]
                assert sorted(k.split(":")[2] for k in keys) == ["address", "pair", "wait"]
                assert all(store.pttl(k) > 0 for k in keys)
                assert not [k for k in store.keys("*login*") if b"redis-" in k]
                assert throttle.account_failures(member.email) == 3
                time.sleep(1.1)  # the wait ends by itself
                assert throttle.begin_attempt(member.email, guesser).allowed
                throttle.record_success(member.email, guesser)
                # The right password cleared the pair; the address's spraying count stays.
                assert [k.decode().split(":")[2]
                        for k in store.keys(f"*{guesser}*")] == ["address"]
            client = FormClient(app.test_client())
            assert attempt(client, member.email, Factory.PASSWORD, owner).status_code == 302
        finally:
            for key in store.keys(f"*{run}*"):
                store.delete(key)
            db.session.remove()
            db.engine.dispose()

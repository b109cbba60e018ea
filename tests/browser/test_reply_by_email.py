"""The whole way round: a mention in the browser -> an e-mail at a real SMTP server -> the
mentioned person answers from their mail client -> `forum mail-in` -> the answer appears live
in the browser of the one who asked, without a reload."""

from __future__ import annotations

import re
import smtplib
import subprocess
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from playwright.sync_api import expect

from forum.demo.content.users import USERS
from forum.demo.loader import DEMO_PASSWORD
from tests.browser.conftest import log_in, new_page
from tests.live_server import FORUM, free_port, start_server, stop_server
from tests.mail_fixtures import SmtpSink
from tests.polling import wait_until


def demo_email(username: str) -> str:
    return next(u["email"] for u in USERS if u["username"] == username)


@pytest.fixture(scope="module")
def mail_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    folder = tmp_path_factory.mktemp("reply-mail")
    sink = SmtpSink(free_port(), folder / "received")
    sink.folder.mkdir()
    sink.start()
    server = start_server(folder / "instance", FORUM_SMTP_HOST="127.0.0.1",
                          FORUM_SMTP_PORT=str(sink.port), FORUM_SMTP_STARTTLS="0",
                          FORUM_MAIL_FROM="forum@forum.test", FORUM_MAIL_DELAY_MINUTES="0",
                          FORUM_MAIL_POLL_SECONDS="0.5",
                          FORUM_MAIL_REPLY_ADDRESS="svar@forum.test")
    port = free_port()
    with (folder / "mail-in.log").open("w") as log:  # the child keeps its own copy
        mail_in = subprocess.Popen([FORUM, "mail-in", "smtp", "--port", str(port)],
                                   env=server.env, stdout=log, stderr=subprocess.STDOUT)
    try:
        yield server, sink, port
    finally:
        mail_in.terminate()
        mail_in.wait(timeout=10)
        stop_server(server)
        sink.stop()


def test_a_mention_answered_by_email_appears_live(chromium, mail_world):
    server, sink, mail_in_port = mail_world
    page = new_page(chromium, server.url)
    log_in(page, demo_email("maja.karlsson"), DEMO_PASSWORD)
    page.goto("/s/allmant/new")
    page.locator("#f-title").fill("Deltid och aktivitetsstöd")
    page.locator("#f-body").fill("@leila.haddad hur räknar ni deltid?")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))
    expect(page.locator("#thread[data-joined='1']")).to_have_count(1, timeout=30_000)

    leila = demo_email("leila.haddad")
    # (The demo's own history may have mailed Leila before: look for this mention.)
    found = wait_until(lambda: [m for m in sink.messages()
                                if m["To"].addresses[0].addr_spec == leila
                                and "Deltid och aktivitetsstöd" in m["Subject"]], 60)
    assert found, [(m["To"], m["Subject"]) for m in sink.messages()]
    notification = found[0]
    assert notification["Reply-To"], notification.as_string()[:1500]
    reply_to = notification["Reply-To"].addresses[0].addr_spec
    assert reply_to.startswith("svar+") and reply_to.endswith("@forum.test")

    answer = EmailMessage()
    answer["From"] = f"Leila Haddad <{leila}>"
    answer["To"] = reply_to
    answer["Subject"] = "Sv: " + notification["Subject"]
    answer["Message-ID"] = "<leila-1@af.example>"
    answer["In-Reply-To"] = notification["Message-ID"]
    quoted = notification.get_body(("plain",)).get_content()
    answer.set_content("Vi räknar på den faktiska arbetstiden.\n\n"
                       "Den mån 7 dec. 2026 kl 10:12 skrev Forum <forum@forum.test>:\n"
                       + "".join(f"> {line}\n" for line in quoted.splitlines()))

    def send() -> bool:
        try:
            with smtplib.SMTP("127.0.0.1", mail_in_port, timeout=30) as smtp:
                return smtp.sendmail(leila, [reply_to], answer.as_bytes()) == {}
        except ConnectionRefusedError:
            return False  # mail-in still starting
    assert wait_until(send, 90)

    newest = page.locator("#posts > li.post").last
    expect(newest).to_contain_text("Vi räknar på den faktiska arbetstiden.", timeout=30_000)
    expect(newest).to_contain_text("Leila Haddad")
    expect(newest).not_to_contain_text("skrev Forum")
    page.context.close()

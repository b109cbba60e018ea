"""The whole way round: a mention in the browser -> an e-mail at a real SMTP server -> the
mentioned person answers from their mail client -> `forum mail-in` (SMTP, LMTP, or an IMAP
mailbox in a real Dovecot) -> the answer appears live in the browser of the one who asked,
without a reload."""

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


def mention(page, sink, title: str):
    """Maja mentions Leila in a new thread in the browser; Leila's notification e-mail."""
    page.goto("/s/allmant/new")
    page.locator("#f-title").fill(title)
    page.locator("#f-body").fill("@leila.haddad hur räknar ni deltid?")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/t/\d+"))
    expect(page.locator("#thread[data-joined='1']")).to_have_count(1, timeout=30_000)
    leila = demo_email("leila.haddad")
    # (The demo's own history may have mailed Leila before: look for this mention.)
    found = wait_until(lambda: [m for m in sink.messages()
                                if m["To"].addresses[0].addr_spec == leila
                                and title in m["Subject"]], 60)
    assert found, [(m["To"], m["Subject"]) for m in sink.messages()]
    notification = found[0]
    assert notification["Reply-To"], notification.as_string()[:1500]
    return notification


def answer(notification, text: str, message_id: str) -> EmailMessage:
    """Leila's answer from her mail client, quoting the notification under her text."""
    reply_to = notification["Reply-To"].addresses[0].addr_spec
    assert reply_to.startswith("svar+") and reply_to.endswith("@forum.test")
    message = EmailMessage()
    message["From"] = f"Leila Haddad <{demo_email('leila.haddad')}>"
    message["To"] = reply_to
    message["Subject"] = "Sv: " + notification["Subject"]
    message["Message-ID"] = message_id
    message["In-Reply-To"] = notification["Message-ID"]
    quoted = notification.get_body(("plain",)).get_content()
    message.set_content(f"{text}\n\n"
                        "Den mån 7 dec. 2026 kl 10:12 skrev Forum <forum@forum.test>:\n"
                        + "".join(f"> {line}\n" for line in quoted.splitlines()))
    return message


def expect_live(page, text: str) -> None:
    newest = page.locator("#posts > li.post").last
    expect(newest).to_contain_text(text, timeout=30_000)
    expect(newest).to_contain_text("Leila Haddad")
    expect(newest).not_to_contain_text("skrev Forum")


def test_a_mention_answered_by_email_appears_live(chromium, mail_world):
    server, sink, mail_in_port = mail_world
    page = new_page(chromium, server.url)
    log_in(page, demo_email("maja.karlsson"), DEMO_PASSWORD)
    notification = mention(page, sink, "Deltid och aktivitetsstöd")
    reply = answer(notification, "Vi räknar på den faktiska arbetstiden.", "<leila-1@af.example>")

    def send() -> bool:
        try:
            with smtplib.SMTP("127.0.0.1", mail_in_port, timeout=30) as smtp:
                return smtp.sendmail(reply["From"].addresses[0].addr_spec, [reply["To"]],
                                     reply.as_bytes()) == {}
        except ConnectionRefusedError:
            return False  # mail-in still starting
    assert wait_until(send, 90)
    expect_live(page, "Vi räknar på den faktiska arbetstiden.")
    page.context.close()


def test_answers_over_lmtp_and_from_an_imap_mailbox_appear_live_too(chromium, mail_world,
                                                                   dovecot, tmp_path):
    """The other two ways in (a Postfix LMTP transport; the IMAP mailbox an agency's IT hands
    out) reach the same browser the same way."""
    server, sink, _ = mail_world
    page = new_page(chromium, server.url)
    log_in(page, demo_email("maja.karlsson"), DEMO_PASSWORD)
    notification = mention(page, sink, "Deltid, andra vägen in")
    by_lmtp = answer(notification, "Svar som kom via LMTP.", "<leila-lmtp@af.example>")
    port = free_port()
    with (tmp_path / "mail-in-lmtp.log").open("w") as log:
        lmtp_in = subprocess.Popen([FORUM, "mail-in", "lmtp", "--port", str(port)],
                                   env=server.env, stdout=log, stderr=subprocess.STDOUT)
    try:
        def send() -> bool:
            try:
                with smtplib.LMTP("127.0.0.1", port, timeout=30) as lmtp:
                    return lmtp.sendmail(by_lmtp["From"].addresses[0].addr_spec,
                                         [by_lmtp["To"]], by_lmtp.as_bytes()) == {}
            except ConnectionRefusedError:
                return False  # mail-in still starting
        assert wait_until(send, 90)
        expect_live(page, "Svar som kom via LMTP.")
    finally:
        lmtp_in.terminate()
        lmtp_in.wait(timeout=10)

    dovecot.deliver(answer(notification, "Svar som låg i IMAP-brevlådan.",
                           "<leila-imap@af.example>").as_bytes())
    polled = subprocess.run([FORUM, "mail-in", "imap", "--once"],
                            env=server.env | dovecot.settings(), capture_output=True,
                            text=True, timeout=120, check=True)
    assert "1 posted" in polled.stdout, polled.stdout + polled.stderr
    expect_live(page, "Svar som låg i IMAP-brevlådan.")
    assert dovecot.unseen() == 0
    page.context.close()

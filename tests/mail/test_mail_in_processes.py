"""Reply by e-mail over the wire: `forum mail-in smtp|lmtp|imap` as real processes beside a
real `forum serve`, a real SMTP/LMTP client (smtplib) and a real IMAP server (Dovecot)."""

from __future__ import annotations

import smtplib
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from forum.email.inbound import address
from tests.live_server import FORUM, LiveServer, free_port, start_server, stop_server
from tests.polling import wait_until

REPLY = "svar@forum.test"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("mailin"), FORUM_MAIL_REPLY_ADDRESS=REPLY,
                        FORUM_EMBEDDED_WORKER="0")
    yield live
    stop_server(live)


def query(server: LiveServer, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(server.instance / "forum.db") as db:
        return db.execute(sql, args).fetchall()


def a_reply(server: LiveServer, body: str, message_id: str) -> tuple[bytes, str, int]:
    """A reply from Maja to the first post of the open space's newest thread, addressed as
    her notification would be; (message, reply address, thread id)."""
    (user_id, email), = query(server, "SELECT id, email FROM users WHERE username=?",
                              "maja.karlsson")
    (post_id, thread_id), = query(server, """
        SELECT posts.id, posts.thread_id FROM posts JOIN threads ON threads.id = posts.thread_id
        JOIN spaces ON spaces.id = threads.space_id WHERE spaces.slug = 'allmant'
        ORDER BY posts.id DESC LIMIT 1""")
    to = address.reply_address({"MAIL_REPLY_ADDRESS": REPLY, "SECRET_KEY": "live-test-secret"},
                               post_id, user_id, datetime.now(UTC))
    message = EmailMessage()
    message["From"] = f"Maja Karlsson <{email}>"
    message["To"] = to
    message["Subject"] = "Sv: tråden"
    message["Message-ID"] = message_id
    message.set_content(f"{body}\n\nDen mån 7 dec. 2026 kl 10:12 skrev Forum <f@forum.test>:\n"
                        "> gammal text\n")
    return message.as_bytes(), to, thread_id


def posts_with(server: LiveServer, text: str) -> list[tuple]:
    return query(server, "SELECT id, thread_id FROM posts WHERE source = ?", text)


def start_mail_in(server: LiveServer, protocol: str, tmp_path: Path, **env: str):
    port = free_port()
    with (tmp_path / f"mail-in-{protocol}.log").open("w") as log:  # the child keeps a copy
        process = subprocess.Popen([FORUM, "mail-in", protocol, "--port", str(port)],
                                   env=server.env | env, stdout=log, stderr=subprocess.STDOUT)

    def listening() -> bool:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=2) if protocol == "smtp" else \
                    smtplib.LMTP("127.0.0.1", port, timeout=2):
                return True
        except OSError:
            return process.poll() is not None
    assert wait_until(listening, 90), "mail-in did not start"
    assert process.poll() is None, (tmp_path / f"mail-in-{protocol}.log").read_text()
    return process, port


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    assert process.wait(timeout=10) == 0


def test_smtp_reply_becomes_a_post_and_bad_mail_gets_smtp_answers(server, tmp_path):
    process, port = start_mail_in(server, "smtp", tmp_path)
    try:
        raw, to, thread_id = a_reply(server, "Svar via SMTP.", "<smtp-1@mail.test>")
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            refused = smtp.sendmail("maja@example.test", [to], raw)
            assert refused == {}
            # The same message again (a relay's retry): accepted, not posted twice.
            smtp.sendmail("maja@example.test", [to], raw)
            with pytest.raises(smtplib.SMTPRecipientsRefused):
                smtp.sendmail("x@example.test", ["someone@forum.test"], raw)
            # A bounce (empty MAIL FROM) is never posted, though it quotes the text.
            bounce = raw.replace(b"smtp-1", b"smtp-bounce").replace(b"Svar via SMTP.",
                                                                     b"Studsat svar.")
            assert smtp.sendmail("", [to], bounce) == {}
            forged = to.replace(to.split("-")[-1].split("@")[0], "a" * 16)
            with pytest.raises(smtplib.SMTPDataError) as bad:
                smtp.sendmail("maja@example.test", [forged], raw.replace(b"smtp-1", b"smtp-2"))
            assert bad.value.smtp_code == 550
        assert [t for _, t in posts_with(server, "Svar via SMTP.")] == [thread_id]
        assert posts_with(server, "Studsat svar.") == []
    finally:
        stop(process)


def test_smtp_refuses_a_30_mb_message(server, tmp_path):
    """The default limit is 10 MB: a 30 MB message is refused (552) and nothing is posted."""
    process, port = start_mail_in(server, "smtp", tmp_path)
    try:
        raw, to, _ = a_reply(server, "Stort.", "<big@mail.test>")
        raw += b"x" * (30 * 1024 * 1024)
        with smtplib.SMTP("127.0.0.1", port, timeout=120) as smtp, \
                pytest.raises((smtplib.SMTPDataError, smtplib.SMTPSenderRefused)) as big:
            smtp.sendmail("maja@example.test", [to], raw)
        assert big.value.smtp_code == 552
        assert posts_with(server, "Stort.") == []
    finally:
        stop(process)


def test_lmtp_refuses_a_30_mb_message(server, tmp_path):
    process, port = start_mail_in(server, "lmtp", tmp_path)
    try:
        raw, to, _ = a_reply(server, "Stort via LMTP.", "<big-lmtp@mail.test>")
        raw += b"x" * (30 * 1024 * 1024)
        with smtplib.LMTP("127.0.0.1", port, timeout=120) as lmtp, \
                pytest.raises((smtplib.SMTPDataError, smtplib.SMTPSenderRefused,
                               smtplib.SMTPRecipientsRefused)) as big:
            lmtp.sendmail("maja@example.test", [to], raw)
        codes = ([big.value.smtp_code] if hasattr(big.value, "smtp_code")
                 else [code for code, _ in big.value.recipients.values()])
        assert codes and all(code == 552 for code in codes)
        assert posts_with(server, "Stort via LMTP.") == []
    finally:
        stop(process)


def test_lmtp_reply_becomes_a_post(server, tmp_path):
    process, port = start_mail_in(server, "lmtp", tmp_path)
    try:
        raw, to, thread_id = a_reply(server, "Svar via LMTP.", "<lmtp-1@mail.test>")
        with smtplib.LMTP("127.0.0.1", port, timeout=30) as lmtp:
            assert lmtp.sendmail("maja@example.test", [to], raw) == {}
        assert [t for _, t in posts_with(server, "Svar via LMTP.")] == [thread_id]
    finally:
        stop(process)


def test_while_the_forum_is_away_smtp_answers_try_later(server, tmp_path):
    process, port = start_mail_in(server, "smtp", tmp_path,
                                  FORUM_MAIL_IN_URL=f"http://127.0.0.1:{free_port()}")
    try:
        raw, to, _ = a_reply(server, "Svar när forumet är borta.", "<away@mail.test>")
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp, \
                pytest.raises(smtplib.SMTPDataError) as later:
            smtp.sendmail("maja@example.test", [to], raw)
        assert later.value.smtp_code == 451
        assert posts_with(server, "Svar när forumet är borta.") == []
    finally:
        stop(process)


def test_imap_mailbox_replies_become_posts_once(server, dovecot):
    raw, _, thread_id = a_reply(server, "Svar via IMAP.", "<imap-1@mail.test>")
    auto, _, _ = a_reply(server, "Jag är på semester.", "<imap-2@mail.test>")
    auto = auto.replace(b"Subject: ", b"Auto-Submitted: auto-replied\r\nSubject: ", 1)
    dovecot.deliver(raw)
    dovecot.deliver(auto)
    env = server.env | dovecot.settings()
    done = subprocess.run([FORUM, "mail-in", "imap", "--once"], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    assert "1 posted" in done.stdout and "1 auto_reply" in done.stdout, done.stdout
    assert [t for _, t in posts_with(server, "Svar via IMAP.")] == [thread_id]
    assert posts_with(server, "Jag är på semester.") == []
    assert dovecot.unseen() == 0
    # Delivered again (a crash before \\Seen was set): the forum knows the message.
    dovecot.deliver(raw)
    again = subprocess.run([FORUM, "mail-in", "imap", "--once"], env=env, capture_output=True,
                           text=True, timeout=120, check=True)
    assert "1 duplicate" in again.stdout
    assert len(posts_with(server, "Svar via IMAP.")) == 1


def test_imap_leaves_mail_unseen_while_the_forum_is_away(server, dovecot):
    raw, _, _ = a_reply(server, "IMAP-svar medan forumet är borta.", "<imap-away@mail.test>")
    dovecot.deliver(raw)
    env = server.env | dovecot.settings() | {"FORUM_MAIL_IN_URL":
                                             f"http://127.0.0.1:{free_port()}"}
    done = subprocess.run([FORUM, "mail-in", "imap", "--once"], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    assert "1 unavailable" in done.stdout
    assert dovecot.unseen() == 1  # offered again on the next pass
    subprocess.run([FORUM, "mail-in", "imap", "--once"], env=server.env | dovecot.settings(),
                   capture_output=True, text=True, timeout=120, check=True)
    assert dovecot.unseen() == 0
    assert len(posts_with(server, "IMAP-svar medan forumet är borta.")) == 1


def test_imap_sets_a_30_mb_message_aside_and_reads_on(server, dovecot):
    raw, _, _ = a_reply(server, "Stort via IMAP.", "<big-imap@mail.test>")
    dovecot.deliver(raw + b"x" * (30 * 1024 * 1024))
    small, _, thread_id = a_reply(server, "Litet via IMAP.", "<small-imap@mail.test>")
    dovecot.deliver(small)  # the one after it still goes through
    done = subprocess.run([FORUM, "mail-in", "imap", "--once"],
                          env=server.env | dovecot.settings(), capture_output=True, text=True,
                          timeout=120, check=True)
    assert "1 too_large" in done.stdout and "1 posted" in done.stdout, done.stdout
    assert posts_with(server, "Stort via IMAP.") == []
    assert [t for _, t in posts_with(server, "Litet via IMAP.")] == [thread_id]
    assert dovecot.unseen() == 0  # not offered again and again

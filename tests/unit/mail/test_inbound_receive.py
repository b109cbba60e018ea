"""Reply by e-mail, decided: what becomes a post, what is refused (and who is told)."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import func, select

from forum.db import utcnow
from forum.discussions.models import Post
from forum.email.inbound import address, receive
from forum.email.inbound.models import InboundMail
from forum.email.models import MailMessage
from forum.extensions import db
from forum.realtime import limits
from forum.realtime.publish import publish
from tests.identity_numbers import personnummer

VALID_PERSONNUMMER = personnummer()

REPLY = "svar@forum.example.org"


@pytest.fixture
def app_overrides() -> dict:
    return {"MAIL_REPLY_ADDRESS": REPLY}


@pytest.fixture
def asked(world, forum):
    """Anna (AF) asks in the open space; Fia (FK) is the one who answers by e-mail."""
    people = world["people"]
    thread = forum.thread(world["spaces"]["open"], people["af"], "Aktivitetsstöd vid deltid")
    question = forum.post(thread, people["af"], "@fk.person, hur räknar ni deltid?")
    return {"thread": thread, "post": question, "fk": people["fk"]}


def mail(sender: str, to: str, body: str, *, subject: str = "Sv: Aktivitetsstöd",
         message_id: str = "<m1@mail.fk.example>", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()


def reply_to(app, asked, user=None, when=None) -> str:
    user = user or asked["fk"]
    return address.reply_address(app.config, asked["post"].id, user.id, when or utcnow())


def posts_in(thread) -> list[Post]:
    return list(db.session.scalars(select(Post).where(Post.thread_id == thread.id)
                                   .order_by(Post.seq)))


def answers() -> list[MailMessage]:
    return list(db.session.scalars(select(MailMessage).where(
        MailMessage.kind == "reply_refused")))


def test_a_reply_becomes_a_post_by_its_sender_and_goes_live(app, asked):
    raw = mail(asked["fk"].email.upper(), reply_to(app, asked),
               "Vi räknar på faktisk arbetstid.\n\nOn Mon, 7 Dec 2026, Forum wrote:\n> fråga\n")
    with publish.capture() as events:
        outcome = receive.accept(raw)
    assert outcome.outcome == "posted"
    last = posts_in(asked["thread"])[-1]
    assert last.id == outcome.post_id and last.author_id == asked["fk"].id
    assert last.source == "Vi räknar på faktisk arbetstid."
    assert any(e.name == "post_created" for e in events)
    assert not answers()


def test_the_same_message_delivered_twice_posts_once(app, asked):
    raw = mail(asked["fk"].email, reply_to(app, asked), "Ett svar.")
    first = receive.accept(raw)
    again = receive.accept(raw)
    assert (first.outcome, again.outcome) == ("posted", "duplicate")
    assert again.post_id == first.post_id
    assert len(posts_in(asked["thread"])) == 3
    # A second, different message to the same address is a second answer.
    other = receive.accept(mail(asked["fk"].email, reply_to(app, asked), "Och en sak till.",
                                message_id="<m2@mail.fk.example>"))
    assert other.outcome == "posted" and len(posts_in(asked["thread"])) == 4


def test_an_auto_reply_is_never_posted_nor_answered(app, asked):
    raw = mail(asked["fk"].email, reply_to(app, asked), "Jag är ledig till måndag.",
               subject="Automatiskt svar: Aktivitetsstöd", Auto_Submitted="auto-replied")
    assert receive.accept(raw).outcome == "auto_reply"
    assert len(posts_in(asked["thread"])) == 2 and not answers()


def test_a_stranger_using_someone_elses_reply_address_gets_nothing(app, asked):
    outcome = receive.accept(mail("someone@elsewhere.example", reply_to(app, asked), "Hej!"))
    assert outcome.outcome == "wrong_sender" and outcome.smtp.startswith("550")
    assert len(posts_in(asked["thread"])) == 2 and not answers()


def test_a_tampered_address_is_refused_without_an_answer(app, asked):
    token = address.token_in(reply_to(app, asked), app.config)
    post, _user, day, mac = token.split("-")
    forged = f"svar+{post}-{asked['thread'].author_id}-{day}-{mac}@forum.example.org"
    outcome = receive.accept(mail(asked["fk"].email, forged, "Hej"))
    assert outcome.outcome == "bad_token" and outcome.smtp.startswith("550")
    assert receive.accept(mail(asked["fk"].email, "svar@forum.example.org", "Hej",
                               message_id="<m3@x>")).outcome == "unknown_recipient"
    assert len(posts_in(asked["thread"])) == 2 and not answers()


def test_an_expired_address_tells_its_owner_how_to_answer(app, asked):
    old = reply_to(app, asked, when=utcnow() - address.MAX_AGE - timedelta(days=2))
    assert receive.accept(mail(asked["fk"].email, old, "Sent svar.")).outcome == "expired"
    (answer,) = answers()
    assert answer.to_address == asked["fk"].email
    assert "för gammal" in answer.text_body and len(posts_in(asked["thread"])) == 2


def test_a_reply_to_a_thread_no_longer_readable_is_refused_and_explained(app, world, forum):
    people = world["people"]
    thread = forum.thread(world["spaces"]["fk"], people["fk"], "Internt om deltid")
    post = forum.post(thread, people["fk"], "Hej @fk.local")
    to = address.reply_address(app.config, post.id, people["fk_local"].id, utcnow())
    # Lars's office is under FK: he may read. Move him to AF: he may not any more.
    people["fk_local"].organization_id = world["orgs"]["af"].id
    db.session.commit()
    outcome = receive.accept(mail(people["fk_local"].email, to, "Jag kollar."))
    assert outcome.outcome == "no_access"
    (answer,) = answers()
    assert "Internt om deltid" not in answer.text_body  # not even the title
    assert f"/t/{thread.id}" not in answer.text_body
    assert len(posts_in(thread)) == 2


def test_a_reply_with_an_identity_number_is_not_posted_and_the_number_not_echoed(app, asked):
    body = f"Klienten har personnummer {VALID_PERSONNUMMER}, kan ni titta?"
    outcome = receive.accept(mail(asked["fk"].email, reply_to(app, asked), body))
    assert outcome.outcome == "privacy"
    (answer,) = answers()
    assert VALID_PERSONNUMMER not in answer.text_body
    assert "personnummer" in answer.text_body and f"/t/{asked['thread'].id}" in answer.text_body
    assert len(posts_in(asked["thread"])) == 2


def test_a_reply_that_is_only_the_quote_is_refused_and_explained(app, asked):
    body = "\nDen mån 7 dec. 2026 kl 10:12 skrev Forum <forum@example.org>:\n> fråga\n"
    assert receive.accept(mail(asked["fk"].email, reply_to(app, asked), body)).outcome == \
        "empty"
    (answer,) = answers()
    assert "citerade" in answer.text_body and len(posts_in(asked["thread"])) == 2


def test_a_message_over_the_size_limit_is_refused_before_reading(app, asked):
    app.config["MAIL_INBOUND_MAX_BYTES"] = 1000
    outcome = receive.accept(mail(asked["fk"].email, reply_to(app, asked), "x" * 2000))
    assert outcome.outcome == "too_large" and outcome.smtp.startswith("552")
    assert db.session.scalar(select(func.count()).select_from(InboundMail)) == 0


def test_reply_by_mail_counts_against_the_posting_rate_limit(app, asked):
    limits.reset()
    for _ in range(limits.POST_LIMIT.amount):
        assert limits.allow(limits.POST_LIMIT, "post", asked["fk"].id)
    outcome = receive.accept(mail(asked["fk"].email, reply_to(app, asked), "Ännu ett svar."))
    assert outcome.outcome == "rate_limited" and len(answers()) == 1
    limits.reset()


def test_the_refusal_is_in_the_recipients_language(app, asked):
    asked["fk"].language = "en"
    db.session.commit()
    body = "\nOn Mon, 7 Dec 2026, Forum wrote:\n> question\n"
    receive.accept(mail(asked["fk"].email, reply_to(app, asked), body))
    (answer,) = answers()
    assert answer.subject == "Your reply was not posted"
    assert "quoted message was cut off" in answer.text_body
    assert answer.headers == {} or "Reply-To" not in answer.headers


def raw_mail(headers: str, body: bytes) -> bytes:
    """A message exactly as a mail client wrote it (its own charset, its own encoding)."""
    return headers.strip().replace("\n", "\r\n").encode("ascii") + b"\r\n\r\n" + body


def test_a_windows_1252_reply_with_an_encoded_word_subject_is_posted_as_written(app, asked):
    raw = raw_mail(f"""
From: =?iso-8859-1?q?Fia_Fr=E5n_FK?= <{asked['fk'].email}>
To: {reply_to(app, asked)}
Subject: =?windows-1252?q?Sv=3A_Aktivitetsst=F6d_=80?=
Message-ID: <cp1252@mail.fk.example>
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: quoted-printable
""", b"Vi r=E4knar i =80 per dag och st=F6d.\r\n\r\nDen m=E5n 7 dec. 2026 kl 10:12 skrev "
     b"Forum <f@forum.example.org>:\r\n> fr=E5ga\r\n")
    outcome = receive.accept(raw)
    assert outcome.outcome == "posted"
    assert posts_in(asked["thread"])[-1].source == "Vi räknar i € per dag och stöd."


def test_an_iso_8859_1_html_only_reply_is_posted_without_scripts_or_remote_images(app, asked):
    html = ("<html><head><script>alert(1)</script></head><body><p>Svar fr\xe5n "
            "<b>oss</b></p><img src=\"https://tracker.example/p.gif\">"
            "<script>fetch('https://evil.example')</script></body></html>")
    raw = raw_mail(f"""
From: {asked['fk'].email}
To: {reply_to(app, asked)}
Subject: Sv: Aktivitetsstöd
Message-ID: <html-only@mail.fk.example>
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: 8bit
""".replace("ö", "o"), html.encode("iso-8859-1"))
    assert receive.accept(raw).outcome == "posted"
    post = posts_in(asked["thread"])[-1]
    assert post.source == "Svar från oss"
    for gone in ("script", "alert", "tracker.example", "evil.example", "<img"):
        assert gone not in post.source + post.html


@pytest.mark.parametrize("headers", [
    {"subject": "Frånvaro: Sv: Aktivitetsstöd"},  # only the subject says so
    {"Auto_Submitted": "auto-replied"},
    {"X_Autoreply": "yes"},
])
def test_an_auto_reply_to_an_old_or_closed_address_is_never_answered_either(app, asked,
                                                                            headers):
    """The answers the forum gives for an expired address or an empty reply would go back
    to an auto-responder and start a loop: an auto-reply gets none, whatever else is wrong."""
    old = reply_to(app, asked, when=utcnow() - address.MAX_AGE - timedelta(days=2))
    quote_only = "\nDen mån 7 dec. 2026 kl 10:12 skrev Forum <forum@example.org>:\n> fråga\n"
    for n, (to, body) in enumerate(((old, "Jag är ledig."), (reply_to(app, asked), quote_only))):
        outcome = receive.accept(mail(asked["fk"].email, to, body,
                                      message_id=f"<auto-{n}@mail.fk.example>", **headers))
        assert outcome.outcome == "auto_reply"
    assert not answers() and len(posts_in(asked["thread"])) == 2


def test_the_forums_own_answers_are_auto_generated_so_responders_stay_quiet(app, asked):
    from forum.email import build

    body = "\nDen mån 7 dec. 2026 kl 10:12 skrev Forum <forum@example.org>:\n> fråga\n"
    receive.accept(mail(asked["fk"].email, reply_to(app, asked), body))
    (answer,) = answers()
    message = build.to_message(answer, app.config)
    assert message["Auto-Submitted"] == "auto-generated"  # RFC 3834: do not answer this
    assert message["Reply-To"] is None and message["From"].addresses[0].addr_spec == \
        app.config["MAIL_FROM"]  # an answer to it reaches no reply address
    assert receive.accept(mail(asked["fk"].email, app.config["MAIL_FROM"], "Tack!",
                               message_id="<m9@x>")).outcome == "unknown_recipient"


def test_an_encoded_line_break_in_a_refused_replys_subject_stays_out_of_the_headers(app,
                                                                                  asked):
    from forum.email import build

    subject = "=?utf-8?q?Sv=3A_Fr=C3=A5ga=0D=0ABcc=3A_evil=40example=2Eorg?="
    body = "\nOn Mon, 7 Dec 2026, Forum wrote:\n> question\n"
    receive.accept(mail(asked["fk"].email, reply_to(app, asked), body, subject=subject))
    (answer,) = answers()
    message = build.to_message(answer, app.config)
    assert message["Bcc"] is None and "evil@example.org" not in message["Subject"]
    assert [a.addr_spec for a in message["To"].addresses] == [asked["fk"].email]
    line = next(x for x in answer.text_body.splitlines() if "evil@example.org" in x)
    assert "Sv: Fråga Bcc: evil@example.org" in line  # quoted on one line of the text

"""Reading inbound mail: charsets, HTML only, quotes and signatures, auto-replies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from forum.email.inbound import address, parse
from forum.email.tokens import BadToken, ExpiredToken

SECRET = "test-secret"
NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
CONFIG = {"MAIL_REPLY_ADDRESS": "svar@forum.example.org", "SECRET_KEY": SECRET}


def raw(headers: str, body: bytes | str, charset: str = "utf-8") -> bytes:
    body = body.encode(charset) if isinstance(body, str) else body
    if "Content-Type" not in headers:
        headers += "\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit"
    # Non-ASCII header text as an SMTPUTF8 client sends it (RFC 6532).
    return headers.strip().replace("\n", "\r\n").encode() + b"\r\n\r\n" + body


def test_a_windows_1252_reply_with_an_encoded_word_subject_reads_right():
    message = raw("""
From: =?iso-8859-1?q?Bj=F6rn_=C5kesson?= <Bjorn.Akesson@Example.org>
To: svar+1-2-3-abcdefghabcdefgh@forum.example.org
Subject: =?windows-1252?q?Sv=3A_Fr=E5ga_om_st=F6d_=80?=
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit
""", "Hej, det gäller € och stöd.\n\nDen mån 7 dec. 2026 kl 10:12 skrev Forum "
     "<forum@example.org>:\n> citat\n", "windows-1252")
    mail = parse.parse(message)
    assert mail.sender == "bjorn.akesson@example.org"
    assert mail.subject == "Sv: Fråga om stöd €"
    assert mail.text == "Hej, det gäller € och stöd."
    assert mail.recipients == ["svar+1-2-3-abcdefghabcdefgh@forum.example.org"]
    assert not mail.auto_reply


def test_latin_1_and_an_unknown_charset_do_not_fail():
    latin = raw("From: a@b.se\nTo: x@y.se\nContent-Type: text/plain; charset=iso-8859-1\n"
                "Content-Transfer-Encoding: 8bit", "Räkna med två dagar.", "latin-1")
    assert parse.parse(latin).text == "Räkna med två dagar."
    unknown = raw("From: a@b.se\nTo: x@y.se\nContent-Type: text/plain; charset=x-nonsense\n"
                  "Content-Transfer-Encoding: 8bit", "Svar utan problem.")
    assert parse.parse(unknown).text == "Svar utan problem."


@pytest.mark.parametrize("quote_header", [
    "On Mon, 7 Dec 2026 at 10:12, Forum <forum@example.org> wrote:",
    "Den mån 7 dec. 2026 kl 10:12 skrev Forum <forum@example.org>:",
    "-----Ursprungligt meddelande-----\nFrån: Forum <forum@example.org>",
    "-----Original Message-----\nFrom: Forum <forum@example.org>",
])
def test_the_quoted_notification_is_cut_in_swedish_and_english(quote_header):
    body = f"Vi tar det på mötet.\n\n{quote_header}\n> Anna nämnde dig\n> i tråden\n"
    mail = parse.parse(raw("From: a@b.se\nTo: x@y.se", body))
    assert mail.text == "Vi tar det på mötet."


def test_a_signature_after_the_delimiter_and_a_bare_trailing_quote_are_cut():
    body = "Ja, det stämmer.\n\n> Gäller det även deltid?\n\n-- \nKarin\nFörsäkringskassan\n"
    assert parse.parse(raw("From: a@b.se\nTo: x@y.se", body)).text == "Ja, det stämmer."
    inline = "> Gäller det deltid?\nJa.\n> Och sjukpenning?\nNej.\n"
    assert parse.parse(raw("From: a@b.se\nTo: x@y.se", inline)).text == inline.strip()


def test_html_only_mail_loses_scripts_styles_images_and_the_quote():
    html = ("<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
            "<p>Svar <b>här</b></p><img src='https://tracker.example/x.png'>"
            "<script>document.cookie</script><blockquote>Det gamla brevet</blockquote>"
            "</body></html>")
    mail = parse.parse(raw("From: a@b.se\nTo: x@y.se\nContent-Type: text/html; charset=utf-8",
                           html))
    assert mail.text == "Svar här"


def test_plain_text_is_preferred_to_html_in_an_alternative():
    message = raw("""
From: a@b.se
To: x@y.se
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"
""", "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOrdinär text\r\n--b\r\n"
     "Content-Type: text/html; charset=utf-8\r\n\r\n<p>HTML-text</p>\r\n--b--\r\n")
    assert parse.parse(message).text == "Ordinär text"


@pytest.mark.parametrize("headers", [
    "Auto-Submitted: auto-replied",
    "Auto-Submitted: auto-generated",
    "X-Autoreply: yes",
    "Precedence: bulk",
    "Return-Path: <>",
    "Subject: Out of Office: Samordning",
    "Subject: Automatiskt svar: Fråga om stöd",
    "Subject: Frånvaro: Sv: aktivitetsstöd",
])
def test_auto_replies_are_recognised(headers):
    message = raw(f"From: a@b.se\nTo: x@y.se\n{headers}", "Jag är borta till måndag.")
    assert parse.parse(message).auto_reply


def test_an_empty_envelope_sender_is_a_bounce_and_an_ordinary_reply_is_not():
    message = raw("From: a@b.se\nTo: x@y.se\nSubject: Sv: Frågan\nAuto-Submitted: no", "Ja.")
    assert not parse.parse(message).auto_reply
    assert parse.parse(message, envelope_sender="<>").auto_reply


def test_a_reply_address_round_trips_and_fits_the_local_part_limit():
    made = address.reply_address(CONFIG, 123456, 7890, NOW)
    local, domain = made.split("@")
    assert domain == "forum.example.org" and len(local) <= 64
    token = address.token_in(made.upper(), CONFIG)  # a relay may change the case
    target = address.read_token(SECRET, token, NOW + timedelta(days=59))
    assert (target.post_id, target.user_id) == (123456, 7890)
    assert address.token_in("svar+x@other.example.org", CONFIG) is None
    assert address.token_in("someone@forum.example.org", CONFIG) is None
    assert address.reply_address({"MAIL_REPLY_ADDRESS": "", "SECRET_KEY": SECRET}, 1, 2,
                                 NOW) is None


@pytest.mark.parametrize("tamper", [
    lambda t: t.replace(t.split("-")[0], str(int(t.split("-")[0]) + 1), 1),  # other post
    lambda t: "-".join([*t.split("-")[:3], "a" * 16]),                        # forged mac
    lambda t: t + "x",
    lambda t: "../../etc",
])
def test_a_tampered_reply_token_is_refused(tamper):
    token = address.make_token(SECRET, 55, 66, NOW)
    with pytest.raises(BadToken):
        address.read_token(SECRET, tamper(token), NOW)
    with pytest.raises(BadToken):
        address.read_token("another-secret", token, NOW)


def test_an_old_reply_token_is_expired_and_names_its_owner():
    token = address.make_token(SECRET, 55, 66, NOW)
    with pytest.raises(ExpiredToken) as caught:
        address.read_token(SECRET, token, NOW + address.MAX_AGE + timedelta(days=1))
    assert caught.value.target.user_id == 66

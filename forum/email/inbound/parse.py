"""A raw inbound message, read defensively: any charset, HTML only, odd headers.

Nothing here touches the database; `receive` decides what to do with the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser

from mailparser_reply import EmailReplyParser

# Subjects of out-of-office answers in the languages the agencies write in. A mail client
# that follows RFC 3834 says "Auto-Submitted: auto-replied"; many do not, hence the list.
_AUTO_SUBJECT = re.compile(
    r"^\s*(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|"
    r"automatiskt svar|autosvar|frånvaro|frånvarande|inte på kontoret|"
    r"fraværende|automatisk svar|ikke på kontoret|abwesenheit)\b", re.IGNORECASE)
_AUTO_PRECEDENCE = frozenset({"bulk", "junk", "list", "auto_reply"})
_RECIPIENT_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc")
_SIGNATURE = re.compile(r"^-- ?$", re.MULTILINE)
# Outlook's marker above a forwarded or quoted message, in the agencies' languages.
_ORIGINAL = re.compile(r"^\s*-{3,}\s*(ursprungligt meddelande|original message|"
                       r"opprinnelig melding|oprindelig meddelelse|ursprüngliche nachricht)"
                       r"\s*-{3,}\s*$", re.IGNORECASE | re.MULTILINE)
_REPLY_PARSER = EmailReplyParser(languages=["sv", "en", "da", "de"])


@dataclass
class Inbound:
    sender: str
    recipients: list[str]
    subject: str
    message_id: str
    text: str  # the new text only: quotes, quote headers and signature cut off
    auto_reply: bool
    in_reply_to: str = ""
    problems: list[str] = field(default_factory=list)


def parse(raw: bytes, envelope_recipients: list[str] | None = None,
          envelope_sender: str | None = None) -> Inbound:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    sender = _sender(message)
    recipients = [*(envelope_recipients or []), *_header_addresses(message)]
    return Inbound(
        sender=sender,
        recipients=list(dict.fromkeys(r.lower() for r in recipients if r)),
        subject=_header(message, "Subject"),
        message_id=_header(message, "Message-ID").strip(),
        text=new_text(body_text(message)),
        auto_reply=is_auto_reply(message, envelope_sender),
        in_reply_to=_header(message, "In-Reply-To").strip(),
    )


def _header(message: EmailMessage, name: str) -> str:
    """A header's decoded value ('' when absent or unreadable); encoded words are decoded."""
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):  # a header the parser cannot read at all
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _sender(message: EmailMessage) -> str:
    try:
        header = message.get("From")
        addresses = getattr(header, "addresses", None)
        if addresses:
            first: Address = addresses[0]
            return first.addr_spec.lower()
    except (ValueError, IndexError, TypeError):
        pass
    return parseaddr(str(message.get("From", "")))[1].lower()


def _header_addresses(message: EmailMessage) -> list[str]:
    values = []
    for name in _RECIPIENT_HEADERS:
        for value in message.get_all(name) or []:
            values.append(str(value))
    return [address for _, address in getaddresses(values) if "@" in address]


def is_auto_reply(message: EmailMessage, envelope_sender: str | None = None) -> bool:
    """RFC 3834's Auto-Submitted, the headers Exchange and others set, bounces (an empty
    return path, a delivery report) and out-of-office subjects: never posted, never answered,
    so two robots cannot write to each other forever."""
    auto_submitted = _header(message, "Auto-Submitted").lower()
    if auto_submitted and auto_submitted != "no":
        return True
    if _header(message, "X-Autoreply") or _header(message, "X-Autorespond"):
        return True
    if _header(message, "Precedence").lower() in _AUTO_PRECEDENCE:
        return True
    if envelope_sender is not None and envelope_sender.strip("<> ") == "":
        return True
    if _header(message, "Return-Path").strip() == "<>":
        return True
    if message.get_content_type() == "multipart/report":
        return True
    return bool(_AUTO_SUBJECT.match(_header(message, "Subject")))


def body_text(message: EmailMessage) -> str:
    """The plain text part, or the HTML part turned into text (scripts, styles and images
    dropped; nothing is fetched). Unknown or lying charsets degrade to replacement
    characters instead of failing."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = _decoded(part)
    if part.get_content_type() == "text/html":
        text = html_to_text(text)
    return text


def _decoded(part: EmailMessage) -> str:
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content
    except (LookupError, UnicodeError, ValueError, KeyError, AssertionError):
        pass
    payload = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def new_text(text: str) -> str:
    """Only what the person wrote: the quoted message, the "On … wrote:" / "Den … skrev:"
    line and the signature go."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for marker in (_SIGNATURE, _ORIGINAL):
        found = marker.search(text)
        if found:
            text = text[:found.start()]
    try:
        replies = _REPLY_PARSER.read(text=text).replies
    except Exception:  # a parser bug must not lose the mail: keep it whole
        return text.strip()
    if not replies:
        return ""
    return _without_trailing_quote(replies[0].body or "")


def _without_trailing_quote(text: str) -> str:
    """A quote with no "wrote:" line above it, at the end: cut. Quotes between the
    person's own lines stay (they answer point by point)."""
    lines = text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith(">")):
        lines.pop()
    return "\n".join(lines).strip()


class _TextOfHtml(HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "title", "template"})
    _BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._quoting = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        elif tag == "blockquote":
            self._quoting += 1
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag == "blockquote" and self._quoting:
            self._quoting -= 1
        if tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data):
        # A quoted message in HTML is a <blockquote> (Outlook, Gmail, Apple Mail): dropped,
        # as the "> " lines of plain text are.
        if not self._skipping and not self._quoting:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

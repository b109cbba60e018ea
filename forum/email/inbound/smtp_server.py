"""`forum mail-in smtp|lmtp`: a small SMTP or LMTP server for the forum's reply addresses.

Point a Postfix relay's transport for the reply domain (or a `reply+*` address) at it; see
docs/deploy.md. Recipients that are not reply addresses are refused at RCPT time, messages
over FORUM_MAIL_INBOUND_MAX_BYTES at SIZE/DATA time (552), and while the forum is away the
answer is 451, so the relay keeps the message and tries again.
"""

from __future__ import annotations

import asyncio
import logging
import signal

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP

from forum.email.inbound import address, relay

log = logging.getLogger(__name__)


class Handler:
    def __init__(self, config, lmtp: bool) -> None:
        self.config = config
        self.lmtp = lmtp

    async def handle_RCPT(self, server, session, envelope, rcpt, rcpt_options):
        if address.token_in(rcpt, self.config) is None:
            return "550 5.1.1 No such recipient here"
        envelope.rcpt_tos.append(rcpt)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or b""
        loop = asyncio.get_running_loop()
        answer = await loop.run_in_executor(None, relay.deliver, self.config, raw,
                                            list(envelope.rcpt_tos), envelope.mail_from)
        log.info("inbound message from %s: %s", envelope.mail_from, answer.outcome)
        if self.lmtp:  # LMTP answers once per recipient (RFC 2033)
            return "\r\n".join([answer.smtp] * max(1, len(envelope.rcpt_tos)))
        return answer.smtp


def serve(config, host: str, port: int, *, lmtp: bool, ready=None) -> None:
    """Run until SIGTERM or SIGINT."""
    handler = Handler(config, lmtp)
    protocol = LMTP if lmtp else SMTP
    limit = int(config["MAIL_INBOUND_MAX_BYTES"])

    async def main() -> None:
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        server = await loop.create_server(
            lambda: protocol(handler, data_size_limit=limit, enable_SMTPUTF8=True,
                             decode_data=False, hostname=address_domain(config)),
            host=host, port=port)
        bound = server.sockets[0].getsockname()[1]
        if ready is not None:
            ready(bound)
        async with server:
            await stop.wait()

    asyncio.run(main())


def address_domain(config) -> str:
    base = config.get("MAIL_REPLY_ADDRESS") or "forum@localhost"
    return base.rsplit("@", 1)[-1]

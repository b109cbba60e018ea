"""A real SMTP server for tests: aiosmtpd in a process of its own, recording each accepted
message as a file (`<n>.eml`, with the envelope recipients in `X-Sink-To`) in a folder.

    python -m tests.smtp_sink PORT FOLDER [--refuse ADDRESS ...] [--slow SECONDS]

`--refuse` answers "550" to RCPT TO for that address; `--slow` waits before each 250 (to
land a `kill -9` of the sender in the middle of a batch).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import time
from pathlib import Path

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self, folder: Path, refuse: set[str], slow: float) -> None:
        self.folder, self.refuse, self.slow = folder, refuse, slow
        self.counter = itertools.count(len(list(folder.glob("*.eml"))) + 1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.slow:
            await asyncio.sleep(self.slow)
        number = next(self.counter)
        final = self.folder / f"{number:06d}.eml"
        partial = final.with_suffix(".part")
        partial.write_bytes(b"X-Sink-To: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n"
                            + envelope.original_content)
        os.replace(partial, final)
        return "250 OK"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--slow", type=float, default=0.0)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    handler = Recorder(args.folder, {a.lower() for a in args.refuse}, args.slow)
    controller = Controller(handler, hostname="127.0.0.1", port=args.port)
    controller.start()
    (args.folder / "ready").write_text(str(os.getpid()))
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    try:
        while not stopping:
            time.sleep(0.1)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

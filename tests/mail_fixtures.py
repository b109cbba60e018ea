"""Fixtures for e-mail: a real SMTP server process (tests/smtp_sink.py) and reading what it
received."""

from __future__ import annotations

import email
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from email.policy import default as default_policy
from pathlib import Path

import pytest

from tests.live_server import free_port

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class SmtpSink:
    port: int
    folder: Path
    process: subprocess.Popen | None = None
    refuse: list[str] = field(default_factory=list)
    slow: float = 0.0

    def start(self) -> SmtpSink:
        (self.folder / "ready").unlink(missing_ok=True)
        command = [sys.executable, "-m", "tests.smtp_sink", str(self.port), str(self.folder)]
        for address in self.refuse:
            command += ["--refuse", address]
        if self.slow:
            command += ["--slow", str(self.slow)]
        self.process = subprocess.Popen(command, cwd=ROOT)
        deadline = time.monotonic() + 30
        while not (self.folder / "ready").exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the test SMTP server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def messages(self) -> list[Message]:
        return [email.message_from_bytes(path.read_bytes(), policy=default_policy)
                for path in sorted(self.folder.glob("*.eml"))]

    def wait_for(self, count: int, timeout: float = 20.0) -> list[Message]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.messages()
            if len(found) >= count:
                return found
            time.sleep(0.05)
        return self.messages()


@pytest.fixture
def smtp_sink(tmp_path: Path) -> Iterator[SmtpSink]:
    """Not started: a test sets `refuse`/`slow` and calls start() (or starts it late, to
    play a server that was down)."""
    sink = SmtpSink(free_port(), tmp_path / "smtp-received")
    sink.folder.mkdir()
    yield sink
    sink.stop()


def smtp_settings(sink: SmtpSink) -> dict:
    return {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": sink.port, "SMTP_STARTTLS": False,
            "MAIL_FROM": "forum@example.org"}

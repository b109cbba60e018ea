"""A real IMAP server for tests: Debian's Dovecot, started as its own instance (config, mail
and sockets in a temporary folder, a free port, one user with a password), stopped after.

The instance runs its unprivileged processes as Debian's `dovecot` and `dovenull` users
(Dovecot refuses to run its login process as root), so the folder is handed to them.
"""

from __future__ import annotations

import imaplib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import service_url
from tests.live_server import free_port

CONFIG = """
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
# Debian gives its system users (dovecot included) ids below the default of 500.
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    root: Path
    port: int
    user: str = "svar"
    password: str = "imap-test-secret"
    process: subprocess.Popen | None = None

    def start(self, binary: str) -> Dovecot:
        for folder in ("run", "state", "mail", "home"):
            (self.root / folder).mkdir(parents=True, exist_ok=True)
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        (self.root / "dovecot.conf").write_text(CONFIG.format(root=self.root, port=self.port))
        for folder in ("mail", "home"):
            shutil.chown(self.root / folder, "dovecot", "dovecot")
        os.chmod(self.root, 0o755)  # noqa: S103 - Dovecot's users must reach their mail
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(self.root / "dovecot.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while True:
            try:
                self.client().logout()
                return self
            except (OSError, imaplib.IMAP4.error):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = self.root / "dovecot.log"
                    raise RuntimeError("Dovecot did not start: " + (
                        log.read_text()[-2000:] if log.exists() else "no log")) from None
                time.sleep(0.1)

    def client(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port)
        client.login(self.user, self.password)
        return client

    def deliver(self, raw: bytes) -> None:
        """As the agency's mail server would: the message lands unseen in INBOX."""
        client = self.client()
        try:
            client.append("INBOX", None, None, raw)
        finally:
            client.logout()

    def unseen(self) -> int:
        client = self.client()
        try:
            client.select("INBOX")
            _, data = client.search(None, "UNSEEN")
            return len((data[0] or b"").split())
        finally:
            client.logout()

    def settings(self) -> dict[str, str]:
        return {"FORUM_IMAP_HOST": "127.0.0.1", "FORUM_IMAP_PORT": str(self.port),
                "FORUM_IMAP_SSL": "0", "FORUM_IMAP_STARTTLS": "0",
                "FORUM_IMAP_USER": self.user, "FORUM_IMAP_PASSWORD": self.password,
                "FORUM_IMAP_POLL_SECONDS": "0.2"}

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    binary = service_url("FORUM_TEST_DOVECOT", "Dovecot (apt-get install dovecot-imapd)")
    # Not under pytest's tmp_path: its parents are root-only, and Dovecot's mail processes
    # run as the `dovecot` user.
    root = Path(tempfile.mkdtemp(prefix="forum-dovecot-"))
    server = Dovecot(root, free_port())
    try:
        yield server.start(binary)
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)

"""A redis-server of a test's own, to stop and start (the shared one serves everyone)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import redis

from tests.live_server import free_port
from tests.polling import wait_until


class PrivateRedis:
    """A redis-server of this test's own (nothing kept on disk), on a fixed free port so a
    restart comes back at the same address."""

    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.directory = directory
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        assert wait_until(self.answers), "redis-server did not start"

    def answers(self) -> bool:
        try:
            with redis.Redis.from_url(self.url, socket_connect_timeout=1) as client:
                return bool(client.ping())
        except redis.RedisError:
            return False

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=10)
            self.process = None

    def keys(self, pattern: str) -> list[bytes]:
        with redis.Redis.from_url(self.url) as client:
            return client.keys(pattern)

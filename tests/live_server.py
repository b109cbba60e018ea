"""A real server process (`forum serve`) on a free port, with demo data, for browser and
socket tests. Each use gets its own instance folder and database."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

FORUM = str(Path(sys.executable).with_name("forum"))


@dataclass
class LiveServer:
    url: str
    instance: Path
    process: subprocess.Popen
    env: dict

    def cli(self, *args: str) -> str:
        done = subprocess.run([FORUM, *args], env=self.env, capture_output=True, text=True,
                              timeout=120, check=True)
        return done.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(instance: Path, port: int, **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORUM_")
           or k.startswith("FORUM_TEST_")}
    env.update({"FORUM_INSTANCE_PATH": str(instance), "FORUM_PORT": str(port),
                "FORUM_BASE_URL": f"http://127.0.0.1:{port}", "FORUM_LOG_LEVEL": "WARNING",
                "FORUM_SECRET_KEY": "live-test-secret"})
    env.update(extra)
    return env


# Settings that make an instance's data differ from the embedded default: a server started
# with one of them builds its own demo data instead of copying the template's.
_OWN_DATA = ("FORUM_DATABASE_URL", "FORUM_SEARCH_BACKEND", "FORUM_SEARCH_INDEX_DIR")
_template: list[Path] = []


def _demo_template() -> Path:
    """An instance folder with the migrated database and the demo data, made once per test
    run: loading the demo (18 months of history through the real actions) takes far longer
    than copying its SQLite file, and every server that wants it gets its own copy."""
    if not _template:
        folder = Path(tempfile.mkdtemp(prefix="forum-demo-template-"))
        env = server_env(folder, free_port())
        subprocess.run([FORUM, "init"], env=env, check=True, capture_output=True, timeout=300)
        subprocess.run([FORUM, "demo"], env=env, check=True, capture_output=True, timeout=900)
        (folder / "secret_key").unlink(missing_ok=True)
        atexit.register(shutil.rmtree, folder, True)
        _template.append(folder)
    return _template[0]


def start_server(instance: Path, demo: bool = True, **extra: str) -> LiveServer:
    port = free_port()
    env = server_env(instance, port, **extra)
    if demo and not any(name in extra for name in _OWN_DATA):
        shutil.copytree(_demo_template(), instance, dirs_exist_ok=True)
    else:
        subprocess.run([FORUM, "init"], env=env, check=True, capture_output=True, timeout=300)
        if demo:
            subprocess.run([FORUM, "demo"], env=env, check=True, capture_output=True,
                           timeout=900)
    with (instance / "server.log").open("w") as log:  # the child keeps its own copy
        process = subprocess.Popen([FORUM, "serve"], env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    _wait_until_up(url, process, instance / "server.log")
    return LiveServer(url, instance, process, env)


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(timeout=10)


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"server did not start: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = start_server(tmp_path_factory.mktemp("live"))
    yield server
    stop_server(server)


@pytest.fixture(scope="session")
def demo_database() -> Path:
    """The demo's SQLite database as `forum demo` leaves it, loaded once per test run (the
    live servers' template): copy it before writing to it."""
    return _demo_template() / "forum.db"

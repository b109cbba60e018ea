"""Shared helpers of the real-time benchmark: servers on 127.0.0.1, process stats, percentiles.

Nothing here changes the forum: the forum server is started exactly as `forum serve` runs in
production (FORUM_ASYNC_MODE chooses threading or gevent), with its real limits.
"""

from __future__ import annotations

import json
import math
import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
PY = sys.executable
FORUM = str(Path(sys.executable).with_name("forum"))
SECRET = "bench-secret-key-not-for-production"  # noqa: S105 - a throwaway key for a local benchmark
# The code under test: a frozen copy made by rt_snapshot.py (BENCH_SOURCE), else the work tree.
SOURCE = Path(os.environ.get("BENCH_SOURCE") or REPO).resolve()
USER_AGENT = "forum-realtime-bench/1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def forum_env(instance: Path, port: int, mode: str = "threading") -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORUM_")}
    env["PYTHONPATH"] = str(SOURCE)
    env.update({"FORUM_INSTANCE_PATH": str(instance), "FORUM_PORT": str(port),
                "FORUM_HOST": "127.0.0.1", "FORUM_BASE_URL": f"http://127.0.0.1:{port}",
                "FORUM_LOG_LEVEL": "WARNING", "FORUM_SECRET_KEY": SECRET,
                "FORUM_ASYNC_MODE": mode})
    return env


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path
    helper: subprocess.Popen | None = None

    @property
    def pid(self) -> int:
        return self.process.pid


def start_forum(instance: Path, mode: str, log: Path, indexer: str = "embedded") -> Server:
    """`forum serve`. indexer: "embedded" (the default: a thread of the server), "process"
    (FORUM_EMBEDDED_INDEXER=0 plus `forum indexer` as its own process, the scaled layout)."""
    port = free_port()
    env = forum_env(instance, port, mode)
    if indexer == "process":
        env["FORUM_EMBEDDED_INDEXER"] = "0"
    with log.open("w") as out:
        process = subprocess.Popen([FORUM, "serve"], env=env, stdout=out,
                                   stderr=subprocess.STDOUT, cwd=str(SOURCE))
    server = Server(f"http://127.0.0.1:{port}", process, log)
    if indexer == "process":
        with log.with_suffix(".indexer.log").open("w") as out:
            server.helper = subprocess.Popen([FORUM, "indexer"], env=env, stdout=out,
                                             stderr=subprocess.STDOUT, cwd=str(SOURCE))
    wait_until_up(server, "/healthz")
    return server


def start_baseline(mode: str, log: Path) -> Server:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORUM_")}
    with log.open("w") as out:
        process = subprocess.Popen([PY, str(BENCH / "baseline_app.py"), "--mode", mode,
                                    "--port", str(port)], env=env, stdout=out,
                                   stderr=subprocess.STDOUT, cwd=str(REPO))
    server = Server(f"http://127.0.0.1:{port}", process, log)
    wait_until_up(server, "/healthz")
    return server


def wait_until_up(server: Server, path: str, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited: {server.log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(server.url + path, timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    stop(server)
    raise RuntimeError(f"server did not start: {server.log.read_text()[-3000:]}")


def stop(server: Server) -> None:
    for process in (server.process, server.helper):
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def system_cpu() -> tuple[float, float]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def busy_cores(before: tuple[float, float], after: tuple[float, float]) -> float:
    """Cores busy on average between two system_cpu() readings (all processes)."""
    busy, total = after[0] - before[0], after[1] - before[1]
    return round((os.cpu_count() or 1) * busy / max(total, 1), 2)


def threads_of(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return 0


def pct(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(values: list[float]) -> dict:
    return {"n": len(values), "p50": pct(values, 50), "p95": pct(values, 95),
            "p99": pct(values, 99), "max": max(values) if values else None}


def source_state() -> dict:
    """Which code was measured (the work tree is shared with other engineers)."""
    info = SOURCE / "SNAPSHOT.json"
    if info.exists():
        return {"source": str(SOURCE), **json.loads(info.read_text())}
    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                          cwd=str(REPO)).stdout.strip()
    return {"source": str(SOURCE), "head": head, "note": "live work tree, not frozen"}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?")
    free = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout
    load = Path("/proc/loadavg").read_text().split()[:3]
    return {"date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "nproc": os.cpu_count(),
            "cpu_model": cpu, "free_h": free, "loadavg": load,
            "python": sys.version.split()[0]}


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=str))

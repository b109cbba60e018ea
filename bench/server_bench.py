"""The embedded server (issue 21): gevent's WSGI server (`forum serve`, the default) against
Werkzeug's development server (`forum serve --dev`'s server, FORUM_ASYNC_MODE=threading; the
default until December 2026), both running in the same run on 127.0.0.1.

    .venv/bin/python bench/server_bench.py --runs 3 --pages 150 --posts 20 --clients 20

One instance with the demo data is made, copied for the second server, and both servers run
side by side (each with its indexer child, as `forum serve` runs). Runs alternate between
the two, so machine noise hits both. Each run measures, over loopback:

- page requests, one at a time on a kept-alive connection: the start page and a thread page,
  alternated (latency per request);
- the same thread page from 4 clients at once, each on its own connection (latency, and
  requests per second over the whole burst);
- a socket broadcast: N Socket.IO clients (websocket) in one thread; one of them posts with
  `send_post` every 200 ms; for each post, the time until the LAST client has `post_created`.

Bounded: every phase has a fixed count and a timeout, and the script stops the servers
itself. Results: JSON on stdout, a table at the end; the load average and the CPU the rest of
the whole machine and the server itself kept busy during each run are recorded with it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import requests

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

from rt_common import FORUM, busy_cores, forum_env, free_port, start_forum, stop, system_cpu  # noqa: E402

from forum.demo.loader import DEMO_PASSWORD  # noqa: E402
from tests.realtime.helpers import demo_email, http_login, socket_client, thread_ids  # noqa: E402

SERVERS = {"gevent (forum serve)": "gevent", "Werkzeug (forum serve --dev's server)": "threading"}
READERS = ("sara.malmberg", "jonas.ek", "erik.wallin", "maja.karlsson", "leila.haddad")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)


def summary(values: list[float]) -> dict:
    if not values:
        return {"n": 0}
    return {"median": round(statistics.median(values), 2), "p95": pct(values, 0.95),
            "p99": pct(values, 0.99), "n": len(values)}


def timed_get(session: requests.Session, url: str) -> float:
    start = time.perf_counter()
    response = session.get(url, timeout=30)
    took = (time.perf_counter() - start) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return took


class Room:
    """N Socket.IO clients in one thread; post_created arrival times per post body."""

    def __init__(self, url: str, thread_id: int, count: int) -> None:
        self.thread_id = thread_id
        self.clients, self.sessions = [], []
        self.arrivals: dict[str, list[float]] = {}
        self.lock = threading.Lock()
        for n in range(count):
            session = http_login(url, demo_email(READERS[n % len(READERS)]), DEMO_PASSWORD)
            client = socket_client(url, session)
            client.on("post_created", self._arrived)
            ack = client.call("join_thread", {"thread_id": thread_id, "after_seq": 10**9},
                              timeout=30)
            assert ack["ok"], ack
            self.clients.append(client)
            self.sessions.append(session)

    def _arrived(self, data) -> None:
        at = time.perf_counter()
        with self.lock:
            self.arrivals.setdefault(data["post"].get("client_id") or "", []).append(at)

    def broadcast(self, posts: int, every: float) -> tuple[list[float], int]:
        """Posts from the clients in turn (one person may post 20 a minute); the time from
        each send until the last client has it, and how many sends were refused."""
        sent: dict[str, float] = {}
        refused = []

        def acked(key: str):
            def check(ack=None) -> None:
                if not (ack or {}).get("ok"):
                    refused.append(key)
            return check

        for n in range(posts):
            key = uuid.uuid4().hex
            sent[key] = time.perf_counter()
            self.clients[n % len(self.clients)].emit(
                "send_post", {"thread_id": self.thread_id, "client_id": key,
                              "body": f"Mätning {key[:8]} av servern."}, callback=acked(key))
            time.sleep(every)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with self.lock:
                if all(len(self.arrivals.get(k, [])) >= len(self.clients) for k in sent):
                    break
            time.sleep(0.05)
        with self.lock:
            return [(max(self.arrivals[k]) - t) * 1000 for k, t in sent.items()
                    if len(self.arrivals.get(k, [])) >= len(self.clients)], len(refused)

    def close(self) -> None:
        for client in self.clients:
            client.disconnect()
        for session in self.sessions:
            session.close()


def one_run(url: str, thread_id: int, room: Room, args) -> dict:
    with http_login(url, demo_email("sara.malmberg"), DEMO_PASSWORD) as session:
        for _ in range(5):
            timed_get(session, f"{url}/")
            timed_get(session, f"{url}/t/{thread_id}")
        sequential = {"/": [], "/t/<id>": []}
        for _ in range(args.pages // 2):
            sequential["/"].append(timed_get(session, f"{url}/"))
            sequential["/t/<id>"].append(timed_get(session, f"{url}/t/{thread_id}"))
        cookies = session.cookies

    def worker(_n: int) -> list[float]:
        with requests.Session() as own:
            own.cookies.update(cookies)
            return [timed_get(own, f"{url}/t/{thread_id}") for _ in range(args.pages // 4)]

    started = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        concurrent = [t for part in pool.map(worker, range(4)) for t in part]
    wall = time.perf_counter() - started
    last, refused = room.broadcast(args.posts, 0.2)
    return {"sequential": sequential, "concurrent": concurrent,
            "concurrent_rps": round(len(concurrent) / wall, 1), "broadcast_last": last,
            "broadcast_refused": refused,
            "broadcast_missing": args.posts - refused - len(last)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="server-bench-"))
    servers, rooms = {}, {}
    try:
        first = folder / "gevent"
        first.mkdir()
        env = forum_env(first, free_port())
        for command in (["init"], ["demo"]):
            subprocess.run([FORUM, *command], env=env, check=True, capture_output=True,
                           timeout=300)
        shutil.copytree(first, folder / "threading")
        for name, mode in SERVERS.items():
            servers[name] = start_forum(folder / mode, mode, folder / f"{mode}.log")
        with http_login(servers[next(iter(SERVERS))].url, demo_email("sara.malmberg"),
                        DEMO_PASSWORD) as session:
            thread_id = thread_ids(session, servers[next(iter(SERVERS))].url, "allmant")[0]
        for name, server in servers.items():
            rooms[name] = Room(server.url, thread_id, args.clients)
        raw: dict[str, list[dict]] = {name: [] for name in SERVERS}
        loads = []
        for run in range(args.runs):
            order = list(SERVERS) if run % 2 == 0 else list(reversed(SERVERS))
            for name in order:
                before_cpu, before_load = system_cpu(), os.getloadavg()[0]
                mine_before, wall_before = _cpu_of(servers[name].pid), time.monotonic()
                result = one_run(servers[name].url, thread_id, rooms[name], args)
                result["machine_busy_cores"] = busy_cores(before_cpu, system_cpu())
                result["server_cores"] = round((_cpu_of(servers[name].pid) - mine_before)
                                               / (time.monotonic() - wall_before), 2)
                result["load"] = [round(before_load, 2), round(os.getloadavg()[0], 2)]
                loads.append(result["load"])
                raw[name].append(result)
                print(f"run {run + 1} {name}: done", file=sys.stderr)
        report = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
                  "machine": f"{platform.node()} {platform.processor() or platform.machine()}, "
                             f"{os.cpu_count()} cores, Python {platform.python_version()}",
                  "args": vars(args), "load_average_range": [min(x for pair in loads
                                                                 for x in pair),
                                                             max(x for pair in loads
                                                                 for x in pair)],
                  "servers": {}}
        for name, runs in raw.items():
            report["servers"][name] = {
                "start page, one at a time": summary(
                    [t for r in runs for t in r["sequential"]["/"]]),
                "thread page, one at a time": summary(
                    [t for r in runs for t in r["sequential"]["/t/<id>"]]),
                "thread page, 4 at once": summary([t for r in runs for t in r["concurrent"]]),
                "4 at once, requests/s per run": [r["concurrent_rps"] for r in runs],
                f"post to the last of {args.clients} clients": summary(
                    [t for r in runs for t in r["broadcast_last"]]),
                "posts refused (rate limit)": sum(r["broadcast_refused"] for r in runs),
                "posts missing at a client": sum(r["broadcast_missing"] for r in runs),
                "machine busy cores per run (all processes)": [r["machine_busy_cores"]
                                                               for r in runs],
                "server's own cores per run": [r["server_cores"] for r in runs],
                "load per run": [r["load"] for r in runs]}
        print(json.dumps(report, indent=2, ensure_ascii=False))
        print(f"\n{'series (ms)':44} " + " | ".join(f"{n[:22]:>22}" for n in SERVERS))
        for series in next(iter(report["servers"].values())):
            cells = []
            for name in SERVERS:
                value = report["servers"][name][series]
                cells.append(f"{value['median']:.2f} / {value['p95']:.2f} / {value['p99']:.2f}"
                             if isinstance(value, dict) and value.get("n") else str(value))
            print(f"{series:44} " + " | ".join(f"{c:>22}" for c in cells))
    finally:
        for room in rooms.values():
            room.close()
        for server in servers.values():
            stop(server)
        shutil.rmtree(folder, ignore_errors=True)


def _cpu_of(pid: int) -> float:
    from rt_common import cpu_seconds

    return cpu_seconds(pid)


if __name__ == "__main__":
    main()

"""Fan-out benchmark: post -> delivered to the last client of a thread room.

    .venv/bin/python bench/rt_fanout.py --setup S/setup.json --instance S/inst \
        --mode gevent --server forum --clients 200 --scenario latency --runs 3 --out DIR

--server forum     `forum serve` on the bench instance; posts go through `send_post` over the
                   socket (render, sanitize, privacy check, commit, fan-out), every client has
                   joined the thread with `join_thread`.
--server baseline  bench/baseline_app.py: the same clients, a same-shape, same-size payload
                   broadcast by `bcast` with no database work (the bare-broadcast baseline).

Scenarios (each run is written raw to OUT/<name>-runN.json, the digest to OUT/summary.json):
  latency    --posts posts, one every --interval ms (far apart: a lone post's latency);
  sustained  --rate posts/s for --duration s, round-robin over all clients (each user posts at
             rate*60/users per minute, under the forum's 20/minute), with 5-s windows.

Measure: the sender's worker reads CLOCK_MONOTONIC right before writing the send_post frame;
every receiving client reads CLOCK_MONOTONIC when the post_created frame arrives (in its worker
process; the clock is the same for all processes). "last" = max over the room - send time.
Everything is bounded: workers stop after --max-seconds, every wait has a timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import string
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rt_common import (
    BENCH,
    PY,
    busy_cores,
    cpu_seconds,
    machine,
    rss_kib,
    source_state,
    start_baseline,
    start_forum,
    stop,
    summary,
    system_cpu,
    threads_of,
    write_json,
)

BODIES = [
    "Vi har haft **tre** avstämningsmöten den här veckan och det fungerar bättre när "
    "arbetsförmedlaren är med från början. Hur gör ni när det blir långa väntetider? ({n})",
    "Hos oss bokar vi ett gemensamt möte inom två veckor:\n\n- kallelse från vårdcentralen\n"
    "- underlag från Försäkringskassan\n- en kort sammanfattning efteråt ({n})",
    "Se också [rutinen för avstämning](https://example.org/rutin) som förbundet tog fram i "
    "våras, den täcker det mesta. Vi använder den *varje* gång. ({n})",
]


class WorkerProc:
    def __init__(self, args: argparse.Namespace, url: str, first: int, count: int,
                 thread_id: int) -> None:
        self.first, self.count = first, count
        self.proc = subprocess.Popen(
            [PY, str(BENCH / "rt_worker.py"), "--url", url, "--cookies", str(args.setup),
             "--first", str(first), "--count", str(count), "--thread-id", str(thread_id),
             "--kind", args.server, "--max-seconds", str(args.max_seconds),
             "--join-first", str(args.join_first)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def owns(self, index: int) -> bool:
        return self.first <= index < self.first + self.count

    def send(self, command: dict) -> None:
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def reply(self, timeout: float) -> dict:
        line = self.lines.get(timeout=timeout)
        if line is None:
            raise RuntimeError(f"worker {self.first} exited ({self.proc.wait()})")
        return json.loads(line)

    def close(self) -> None:
        try:
            self.send({"cmd": "quit"})
            self.proc.wait(timeout=20)
        except Exception:
            self.proc.kill()
            self.proc.wait(timeout=10)


def schedule_latency(clients: int, run: int, posts: int, interval_ms: float,
                     start_ns: int, tag: str) -> list[list]:
    sends = []
    for i in range(posts):
        index = ((run * posts + i) * 37 + 11) % clients
        key = f"{tag}-r{run}-{i:05d}"
        sends.append([start_ns + int(i * interval_ms * 1e6), index, key,
                      BODIES[i % len(BODIES)].format(n=key)])
    return sends


def schedule_sustained(clients: int, run: int, rate: float, duration: float, start_ns: int,
                       tag: str) -> list[list]:
    sends = []
    for i in range(int(rate * duration)):
        index = (i * 37 + run * 101) % clients
        key = f"{tag}-s{run}-{i:05d}"
        sends.append([start_ns + int(i / rate * 1e9), index, key,
                      BODIES[i % len(BODIES)].format(n=key)])
    return sends


def wait_for_quiet(limit: float, threshold: float = 0.35) -> dict:
    """The machine is shared: before a run, wait (bounded) until other processes use less
    than `threshold` cores over one second. Ours are idle then, so all load is foreign."""
    started = time.monotonic()
    while True:
        before = system_cpu()
        time.sleep(1)
        load = busy_cores(before, system_cpu())
        waited = time.monotonic() - started
        if load < threshold or waited >= limit:
            return {"waited_s": round(waited, 1), "other_cores": load}


def run_schedule(workers: list[WorkerProc], sends: list[list], out: Path, timeout: float,
                 drain: float) -> dict:
    for worker in workers:
        worker.send({"cmd": "run", "sends": [s for s in sends if worker.owns(s[1])]})
    replies = [worker.reply(timeout) for worker in workers]
    time.sleep(drain)  # let the last broadcasts land
    arrivals, activity, records, other = [], [], [], {}
    for n, worker in enumerate(workers):
        path = out.with_name(f"{out.stem}-w{n}.json")
        worker.send({"cmd": "dump", "path": str(path)})
        worker.reply(60)
        data = json.loads(path.read_text())
        path.unlink()
        arrivals += data["arrivals"]
        activity += data["activity"]
        records += data["sends"]
        for k, v in data["other"].items():
            other[k] = other.get(k, 0) + v
    return {"replies": replies, "arrivals": arrivals, "activity": activity, "sends": records,
            "other": other}


def activity_stats(raw: dict, audience: int) -> dict:
    """post -> thread_activity (the space room's connections outside the thread room)
    delivered to the last of them."""
    by_seq: dict[str, list[int]] = {}
    for key, _index, t, _size in raw.get("activity", []):
        by_seq.setdefault(key, []).append(t)
    last, incomplete = [], 0
    for send in raw["sends"]:
        if not send["ok"] or send.get("seq") is None:
            continue
        times = by_seq.get(f"#{send['seq']}", [])
        if len(times) < audience:
            incomplete += 1
            continue
        last.append((max(times) - send["sent"]) / 1e6)
    return {"audience": audience, "incomplete": incomplete, "last_ms": summary(last)}


def analyse(raw: dict, room: int, window_s: float | None = None) -> dict:
    by_key: dict[str, list[int]] = {}
    sizes: list[int] = []
    for key, _index, t, size in raw["arrivals"]:
        by_key.setdefault(key, []).append(t)
        if len(sizes) < 50:
            sizes.append(size)
    last, median_client, acks, incomplete, errors = [], [], [], 0, {}
    rows = []
    for send in sorted(raw["sends"], key=lambda s: s["sent"]):
        if not send["ok"]:
            errors[send["code"]] = errors.get(send["code"], 0) + 1
            continue
        times = by_key.get(send["key"], [])
        if send.get("ack"):
            acks.append((send["ack"] - send["sent"]) / 1e6)
        if len(times) < room:
            incomplete += 1
            continue
        lat = (max(times) - send["sent"]) / 1e6
        last.append(lat)
        median_client.append((sorted(times)[len(times) // 2] - send["sent"]) / 1e6)
        rows.append((send["sent"], lat))
    result = {"posts": len(raw["sends"]), "delivered_to_all": len(last),
              "incomplete": incomplete, "errors": errors,
              "last_ms": summary(last), "median_client_ms": summary(median_client),
              "ack_ms": summary(acks), "frame_bytes": sizes[:1] and
              {"min": min(sizes), "max": max(sizes)},
              "schedule_lag_ms": max((r.get("max_schedule_lag_ms", 0)
                                      for r in raw["replies"]), default=0),
              "other_frames": raw["other"]}
    if window_s and rows:
        t0 = rows[0][0]
        windows: dict[int, list[float]] = {}
        for sent, lat in rows:
            windows.setdefault(int((sent - t0) / 1e9 // window_s), []).append(lat)
        result["windows"] = [{"from_s": w * window_s, **summary(v)}
                             for w, v in sorted(windows.items())]
        first_send = min(s["sent"] for s in raw["sends"])
        last_send = max(s["sent"] for s in raw["sends"])
        result["achieved_rate"] = round(len(raw["sends"]) / max(1e-9, (last_send - first_send)
                                                                 / 1e9), 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--setup", type=Path, required=True)
    parser.add_argument("--instance", type=Path, required=True)
    parser.add_argument("--mode", choices=("threading", "gevent"), required=True)
    parser.add_argument("--server", choices=("forum", "baseline"), default="forum")
    parser.add_argument("--indexer", choices=("embedded", "process"), default="embedded",
                        help="search indexer: a thread of the server (default) or its own "
                        "process (FORUM_EMBEDDED_INDEXER=0 + `forum indexer`)")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--join-first", type=int, default=10**9,
                        help="only the first N clients join the thread (the rest are only "
                        "connected: they get thread_activity through the space room)")
    parser.add_argument("--scenario", action="append", choices=("latency", "sustained"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--posts", type=int, default=50)
    parser.add_argument("--interval", type=float, default=250, help="ms between lone posts")
    parser.add_argument("--rate", type=float, default=50)
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument("--quiet-wait", type=float, default=20,
                        help="wait up to this many s before a run for other load to drop")
    parser.add_argument("--profile", type=int, default=0,
                        help="py-spy the server for this many seconds in the first run")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.scenario = args.scenario or ["latency"]
    args.out.mkdir(parents=True, exist_ok=True)
    setup = json.loads(args.setup.read_text())
    name = f"{args.server}-{args.mode}-{args.clients}"
    if args.server == "forum" and args.indexer != "embedded":
        name += f"-indexer-{args.indexer}"
    tag = "".join(random.choices(string.ascii_lowercase, k=4)) + args.mode[0]
    log = args.out / f"{name}-server.log"
    started = time.monotonic()
    server = (start_forum(args.instance, args.mode, log, args.indexer) if args.server == "forum"
              else start_baseline(args.mode, log))
    digest: dict = {"name": name, "mode": args.mode, "server": args.server,
                    "clients": args.clients, "indexer": args.indexer, "machine": machine(),
                    "source": source_state(), "argv": sys.argv}
    workers: list[WorkerProc] = []
    try:
        time.sleep(1)
        digest["rss_idle_kib"] = rss_kib(server.pid)
        thread_id = setup["live_thread"] if args.server == "forum" else 1
        per = -(-args.clients // args.workers)
        t_open = time.monotonic()
        cpu0 = cpu_seconds(server.pid)
        workers = [WorkerProc(args, server.url, first, min(per, args.clients - first),
                              thread_id) for first in range(0, args.clients, per)]
        ready = [w.reply(args.max_seconds) for w in workers]
        digest["open"] = {"workers": ready, "seconds": round(time.monotonic() - t_open, 2),
                          "server_cpu_s": round(cpu_seconds(server.pid) - cpu0, 2)}
        connected = sum(r.get("ready", 0) for r in ready)
        room = min(connected, args.join_first)
        digest["room"] = room
        digest["connected"] = connected
        # Frames received while joining (presence broadcasts); also clears the buffers.
        join_raw = run_schedule(workers, [], args.out / f"{name}-join.json", 60, 1.0)
        digest["open"]["frames_while_joining"] = join_raw["other"]
        time.sleep(2)
        digest["rss_connected_kib"] = rss_kib(server.pid)
        digest["rss_per_client_kib"] = round((digest["rss_connected_kib"]
                                              - digest["rss_idle_kib"]) / max(1, connected),
                                             1)
        digest["server_threads"] = threads_of(server.pid)
        print(f"[{name}] {connected} clients connected, {room} joined, in "
              f"{digest['open']['seconds']} s; RSS "
              f"{digest['rss_idle_kib'] // 1024} -> {digest['rss_connected_kib'] // 1024} MiB",
              flush=True)
        # Warm-up (not measured): first renders, imports, caches.
        warm = schedule_latency(args.clients, 99, 5, 200, time.monotonic_ns() + int(5e8),
                                tag + "w")
        run_schedule(workers, warm, args.out / f"{name}-warm.json", 120, 1.0)
        digest["runs"] = []
        for scenario in args.scenario:
            for run in range(args.runs):
                start_ns = time.monotonic_ns() + int(1e9)
                if scenario == "latency":
                    sends = schedule_latency(args.clients, run, args.posts, args.interval,
                                             start_ns, tag)
                    drain, window = 2.0, None
                else:
                    sends = schedule_sustained(args.clients, run, args.rate, args.duration,
                                               start_ns, tag)
                    drain, window = 3.0, 5.0
                digest.setdefault("quiet_waits", []).append(wait_for_quiet(args.quiet_wait))
                spy = None
                if args.profile and not digest["runs"]:
                    spy = subprocess.Popen(
                        [str(Path(PY).with_name("py-spy")), "record", "-p", str(server.pid),
                         "-d", str(int(args.profile)), "--idle",
                         "-r", os.environ.get("BENCH_PYSPY_RATE", "100"),
                         "--format", "raw", "-o",
                         str(args.out / f"{name}-{scenario}.pyspy.txt")],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                cpu0, wall0 = cpu_seconds(server.pid), time.monotonic()
                worker_cpu0 = sum(cpu_seconds(w.proc.pid) for w in workers)
                sys0 = system_cpu()
                raw = run_schedule(workers, sends, args.out / f"{name}-{scenario}-run{run}.json",
                                   args.max_seconds, drain)
                wall = time.monotonic() - wall0
                server_cores = (cpu_seconds(server.pid) - cpu0) / wall
                client_cores = (sum(cpu_seconds(w.proc.pid) for w in workers)
                                - worker_cpu0) / wall
                all_cores = busy_cores(sys0, system_cpu())
                if spy is not None:
                    spy.wait(timeout=args.profile + 60)
                result = analyse(raw, room, window)
                if args.server == "forum" and connected > room:
                    # thread_activity goes to the space room minus the thread room's
                    # connections (they have the post itself): the clients that did not join.
                    result["activity"] = activity_stats(raw, connected - room)
                result.update(scenario=scenario, run=run,
                              server_cpu_pct=round(100 * server_cores, 1),
                              client_cpu_pct=round(100 * client_cores, 1),
                              # busy cores of the whole machine minus ours: other tenants
                              other_cpu_pct=round(100 * (all_cores - server_cores
                                                         - client_cores), 1),
                              rss_kib=rss_kib(server.pid), loadavg=machine()["loadavg"])
                write_json(args.out / f"{name}-{scenario}-run{run}.json",
                           {"result": result, "raw": raw})
                digest["runs"].append(result)
                lm = result["last_ms"]
                am = result.get("activity", {}).get("last_ms", {})
                audience = result.get("activity", {}).get("audience", 0)
                print(f"[{name}] {scenario} run {run}: last p50 {lm['p50']} p99 {lm['p99']} ms "
                      f"(activity to {audience}: p50 {am.get('p50')} "
                      f"p99 {am.get('p99')}) "
                      f"(n={lm['n']}, incomplete {result['incomplete']}, errors "
                      f"{result['errors']}), CPU % server {result['server_cpu_pct']} clients "
                      f"{result['client_cpu_pct']} others {result['other_cpu_pct']}",
                      flush=True)
                time.sleep(1)
    finally:
        for worker in workers:
            worker.close()
        stop(server)
    digest["total_seconds"] = round(time.monotonic() - started, 1)
    write_json(args.out / f"{name}-summary.json", digest)


if __name__ == "__main__":
    main()

"""Digest a results folder of the real-time benchmark into Markdown tables (report.md).

    .venv/bin/python bench/rt_report.py bench/results/realtime-YYYYmmdd-HHMMSS
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rt_common import summary


def f(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def pooled(runs: list[dict], scenario: str, path: tuple[str, ...] = ("last_ms",)) -> dict:
    """Percentiles over every post of every run of a scenario (from the raw run files)."""
    values: list[float] = []
    for run in runs:
        if run["scenario"] == scenario:
            values += run["_values"].get(path[0], [])
    return summary(values)


def load(folder: Path) -> dict[str, dict]:
    digests = {}
    for path in sorted(folder.glob("*-summary.json")):
        if path.name == "page-summary.json":
            continue
        digest = json.loads(path.read_text())
        for run in digest.get("runs", []):
            raw_path = folder / f"{digest['name']}-{run['scenario']}-run{run['run']}.json"
            run["_values"] = raw_values(json.loads(raw_path.read_text())["raw"],
                                        digest["room"], digest.get("connected",
                                                                   digest["room"]))
        digests[digest["name"]] = digest
    return digests


def raw_values(raw: dict, room: int, connected: int) -> dict[str, list[float]]:
    by_key: dict[str, list[int]] = {}
    for key, _i, t, _s in raw["arrivals"]:
        by_key.setdefault(key, []).append(t)
    by_seq: dict[str, list[int]] = {}
    for key, _i, t, _s in raw.get("activity", []):
        by_seq.setdefault(key, []).append(t)
    # thread_activity goes to the connections outside the thread room (those inside get the
    # post itself), so "everyone has heard of the post" is the later of the two deliveries.
    last, first, activity, everyone = [], [], [], []
    for send in raw["sends"]:
        if not send["ok"]:
            continue
        times = by_key.get(send["key"], [])
        if len(times) >= room:
            last.append((max(times) - send["sent"]) / 1e6)
            # The first client has it when the server starts sending: the time before that
            # is the server's work on the post, the rest is the fan-out.
            first.append((min(times) - send["sent"]) / 1e6)
        seq_times = by_seq.get(f"#{send.get('seq')}", [])
        if connected > room and len(seq_times) >= connected - room:
            activity.append((max(seq_times) - send["sent"]) / 1e6)
        if len(times) + len(seq_times) >= connected:
            everyone.append((max(times + seq_times) - send["sent"]) / 1e6)
    return {"last_ms": last, "first_ms": first, "activity_ms": activity, "everyone_ms": everyone}


def latency_table(digests: dict[str, dict]) -> list[str]:
    lines = ["| configuration | clients | runs: p50 / p99 of each run (ms) | all posts p50 | p95 | "
             "p99 | × bare p50 | × bare p99 | first client p50 | ack p50 | "
             "not delivered to all | errors | server CPU % | others' CPU % |", "|" + "---|" * 15]
    for name, digest in digests.items():
        runs = [r for r in digest.get("runs", []) if r["scenario"] == "latency"]
        if not runs:
            continue
        total = pooled(runs, "latency")
        base = digests.get(f"baseline-{digest['mode']}-{digest['clients']}")
        ratio50 = ratio99 = None
        if base and digest["server"] == "forum":
            base_total = pooled([r for r in base["runs"] if r["scenario"] == "latency"],
                                "latency")
            if base_total["p50"] and total["p50"]:
                ratio50 = total["p50"] / base_total["p50"]
                ratio99 = total["p99"] / base_total["p99"]
        per_run = ", ".join(f"{f(r['last_ms']['p50'], 0)}/{f(r['last_ms']['p99'], 0)}"
                            for r in runs)
        errors: dict[str, int] = {}
        for r in runs:
            for k, v in r["errors"].items():
                errors[k] = errors.get(k, 0) + v
        lines.append(
            f"| {name} | {digest['room']} | {per_run} | {f(total['p50'])} | {f(total['p95'])} | "
            f"{f(total['p99'])} | {f(ratio50, 2)} | {f(ratio99, 2)} | "
            f"{f(pooled(runs, 'latency', ('first_ms',))['p50'])} | "
            f"{f(statistics.median(r['ack_ms']['p50'] or 0 for r in runs))} | "
            f"{sum(r['incomplete'] for r in runs)} | {errors or 0} | "
            f"{f(statistics.median(r['server_cpu_pct'] for r in runs), 0)} | "
            f"{f(statistics.median(r['other_cpu_pct'] for r in runs), 0)} |")
    return lines


def sustained_table(digests: dict[str, dict]) -> list[str]:
    lines = ["| configuration | run | posts/s achieved | p50 | p99 | p99 per 5-s window (ms) | "
             "not delivered to all | errors | server CPU % | others' CPU % |",
             "|" + "---|" * 10]
    for name, digest in digests.items():
        for r in digest.get("runs", []):
            if r["scenario"] != "sustained":
                continue
            windows = " · ".join(f(w["p99"], 0) for w in r.get("windows", []))
            lines.append(
                f"| {name} | {r['run']} | {r.get('achieved_rate')} | {f(r['last_ms']['p50'])} | "
                f"{f(r['last_ms']['p99'])} | {windows} | {r['incomplete']} | "
                f"{r['errors'] or 0} | {f(r['server_cpu_pct'], 0)} | "
                f"{f(r['other_cpu_pct'], 0)} |")
    return lines


def windows_detail(digests: dict[str, dict]) -> list[str]:
    lines = ["| configuration | run | window from (s) | posts | p50 (ms) | p99 (ms) |",
             "|---|---|---|---|---|---|"]
    for name, digest in digests.items():
        for r in digest.get("runs", []):
            if r["scenario"] == "sustained":
                for w in r.get("windows", []):
                    lines.append(f"| {name} | {r['run']} | {w['from_s']:.0f} | {w['n']} | "
                                 f"{f(w['p50'])} | {f(w['p99'])} |")
    return lines


def broadcast_table(digests: dict[str, dict]) -> list[str]:
    lines = ["| configuration | connected | joined | every connected client has the post or its "
             "thread_activity: p50 / p95 / p99 (ms) | post_created to the joined: p50 / p99 | "
             "RSS idle → connected (MiB) | RSS per connected client (KiB) | connect+join "
             "time (s) |",
             "|---|---|---|---|---|---|---|---|"]
    for name, digest in digests.items():
        if digest["server"] != "forum":
            continue
        runs = [r for r in digest.get("runs", []) if r["scenario"] == "latency"]
        act = pooled(runs, "latency", ("everyone_ms",))
        last = pooled(runs, "latency")
        lines.append(
            f"| {name} | {digest.get('connected')} | {digest['room']} | {f(act['p50'])} / "
            f"{f(act['p95'])} / {f(act['p99'])} | {f(last['p50'])} / {f(last['p99'])} | "
            f"{digest['rss_idle_kib'] / 1024:.0f} → {digest['rss_connected_kib'] / 1024:.0f} | "
            f"{digest['rss_per_client_kib']} | {digest['open']['seconds']} |")
    return lines


def page_table(folder: Path) -> list[str]:
    path = folder / "page-summary.json"
    if not path.exists():
        return []
    page = json.loads(path.read_text())
    lines = [f"Thread {page['thread']} with {page['posts']} posts, "
             f"{page['in_process']['bytes']} bytes of HTML.", "",
             "| measurement | runs: p50 / p95 of each run (ms) | all p50 | p95 | p99 |",
             "|---|---|---|---|---|"]
    for kind in ("in_process", "loopback_gevent"):
        data = page[kind]
        runs = ", ".join(f"{f(r['p50'], 2)}/{f(r['p95'], 2)}" for r in data["runs"])
        p = data["pooled"]
        lines.append(f"| {kind} | {runs} | {f(p['p50'], 2)} | {f(p['p95'], 2)} | "
                     f"{f(p['p99'], 2)} |")
    return lines


def main(folder: Path) -> None:
    digests = load(folder)
    first = next(iter(digests.values()), {})
    m = first.get("machine", {})
    src = first.get("source", {})
    out = ["# Real-time benchmark results", "",
           f"- date: {m.get('date')}; nproc {m.get('nproc')}; CPU {m.get('cpu_model')}; "
           f"Python {m.get('python')}",
           f"- code: HEAD {src.get('head', '?')[:12]} ({src.get('head_subject', '')}), "
           f"{len(src.get('uncommitted', []))} uncommitted files, snapshot sha256 "
           f"{src.get('snapshot_sha256', '?')[:16]}", "",
           "## Lone posts: post -> post_created delivered to the last client of the room", "",
           *latency_table(digests), "",
           "## Sustained posting", "", *sustained_table(digests), "",
           "## Broadcast to every connected client, memory", "", *broadcast_table(digests), "",
           "## Thread page (GET /t/<id>)", "", *page_table(folder), "",
           "## Sustained: every 5-second window", "", *windows_detail(digests), ""]
    (folder / "report.md").write_text("\n".join(out))
    print("\n".join(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]))

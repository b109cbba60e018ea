"""Thread page with 50 posts: GET /t/<id> as a logged-in member.

    .venv/bin/python bench/rt_page.py --setup S/setup.json --instance S/inst --out DIR

Two measurements, each --runs runs of --requests requests after --warmup unmeasured ones:
- in-process (the headline "server time"): Flask's test client calls the WSGI app directly,
  so the time is the app's own work (session and login-session lookup, access checks, the
  queries, Jinja rendering, security headers) without a socket or a WSGI server in between;
- loopback: the same page from `forum serve` in gevent mode over one kept-alive HTTP
  connection (requests.Session), as a cross-check that includes the server and the client.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rt_common import (
    SOURCE,
    USER_AGENT,
    forum_env,
    machine,
    source_state,
    start_forum,
    stop,
    summary,
    write_json,
)


def timed(get, path: str, warmup: int, runs: int, requests: int) -> dict:
    for _ in range(warmup):
        get(path)
    per_run, pooled = [], []
    for _ in range(runs):
        times = []
        for _ in range(requests):
            started = time.perf_counter()
            status, size = get(path)
            times.append((time.perf_counter() - started) * 1000)
            if status != 200:
                raise RuntimeError(f"GET {path} -> {status}")
        per_run.append(summary(times))
        pooled += times
    return {"runs": per_run, "pooled": summary(pooled), "bytes": size}


def in_process(instance: Path, setup: dict, thread: int, args) -> dict:
    os.environ.update(forum_env(instance, 5000))
    sys.path.insert(0, str(SOURCE))
    from forum import create_app

    app = create_app()
    client = app.test_client()
    client.environ_base["HTTP_USER_AGENT"] = USER_AGENT
    html = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    response = client.post("/login", data={"csrf_token": token, "email": setup["emails"][1],
                                           "password": setup["password"]})
    assert response.status_code == 302, response.status_code

    def get(path: str):
        response = client.get(path)
        return response.status_code, len(response.get_data())

    return timed(get, f"/t/{thread}", args.warmup, args.runs, args.requests)


def loopback(instance: Path, setup: dict, thread: int, args, out: Path) -> dict:
    import requests

    server = start_forum(instance, "gevent", out / "page-gevent-server.log")
    try:
        session = requests.Session()
        session.headers.update({"User-Agent": USER_AGENT, "Cookie": setup["cookies"][1]})

        def get(path: str):
            response = session.get(server.url + path, timeout=30)
            return response.status_code, len(response.content)

        return timed(get, f"/t/{thread}", args.warmup, args.runs, args.requests)
    finally:
        stop(server)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--setup", type=Path, required=True)
    parser.add_argument("--instance", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    setup = json.loads(args.setup.read_text())
    thread = setup["page_thread"]
    result = {"thread": thread, "posts": setup["page_thread_posts"], "machine": machine(),
              "source": source_state(), "argv": sys.argv}
    result["loopback_gevent"] = loopback(args.instance, setup, thread, args, args.out)
    result["in_process"] = in_process(args.instance, setup, thread, args)
    write_json(args.out / "page-summary.json", result)
    for kind in ("in_process", "loopback_gevent"):
        pooled = result[kind]["pooled"]
        print(f"[page] {kind}: p50 {pooled['p50']:.2f} ms p95 {pooled['p95']:.2f} ms "
              f"p99 {pooled['p99']:.2f} ms ({pooled['n']} requests, "
              f"{result[kind]['bytes']} bytes)", flush=True)


if __name__ == "__main__":
    main()

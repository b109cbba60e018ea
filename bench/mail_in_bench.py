"""Reply by e-mail: from handing a reply to `forum mail-in` until a browser's socket shows it.

A real `forum serve` (embedded layout, demo data) and a real `forum mail-in smtp`; one
Socket.IO client (another demo member, joined to the thread's room) stands for the browser.
Each round sends one reply over SMTP (smtplib) and times from the start of the SMTP
conversation to the `post_created` event at the client. Rounds are sequential and bounded,
one started every 3.1 s at most (the one sender's post rate limit is 20 a minute; the 21st
reply within a minute is refused with a "rate_limited" answer).

    .venv/bin/python bench/mail_in_bench.py [--replies 40]
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from forum.email.inbound import address  # noqa: E402
from tests.live_server import FORUM, free_port, start_server, stop_server  # noqa: E402
from tests.realtime.helpers import demo_email, http_login, socket_client  # noqa: E402

REPLY = "svar@forum.bench"
PACE = 3.1  # seconds from one reply's start to the next: 20 posts a minute is the limit


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=40)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mail-in-bench-"))
    server = start_server(folder, FORUM_MAIL_REPLY_ADDRESS=REPLY, FORUM_EMBEDDED_WORKER="0")
    port = free_port()
    mail_in = subprocess.Popen([FORUM, "mail-in", "smtp", "--port", str(port)],
                               env=server.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        results = run(server, port, args.replies)
        out = ROOT / "bench" / "results"
        out.mkdir(exist_ok=True)
        (out / f"mail-in-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(
            json.dumps(results, indent=2))
        print(json.dumps(results, indent=2))
    finally:
        mail_in.terminate()
        mail_in.wait(timeout=10)
        stop_server(server)


def run(server, port: int, replies: int) -> dict:
    import sqlite3

    with sqlite3.connect(server.instance / "forum.db") as db:
        (user_id, email), = db.execute("SELECT id, email FROM users WHERE username = ?",
                                       ("maja.karlsson",)).fetchall()
        (post_id, thread_id), = db.execute(
            "SELECT posts.id, posts.thread_id FROM posts JOIN threads ON threads.id = "
            "posts.thread_id JOIN spaces ON spaces.id = threads.space_id WHERE spaces.slug = "
            "'allmant' ORDER BY posts.id DESC LIMIT 1").fetchall()
    session = http_login(server.url, demo_email("sara.malmberg"), "rehab-demo-2026")
    client = socket_client(server.url, session)
    arrived: dict[str, float] = {}
    seen = threading.Condition()

    def on_post(data):
        with seen:
            arrived[data["post"]["source"] if "post" in data else str(data)] = \
                time.perf_counter()
            seen.notify_all()

    client.on("post_created", on_post)
    assert client.call("join_thread", {"thread_id": thread_id, "after_seq": 10 ** 6},
                       timeout=10).get("ok")
    secret = "live-test-secret"  # noqa: S105 - the test servers' key (tests/live_server.py)
    to = address.reply_address({"MAIL_REPLY_ADDRESS": REPLY, "SECRET_KEY": secret},
                               post_id, user_id, datetime.now(UTC))
    wait_for_port(port)
    times = []
    load = os.getloadavg()
    start = time.perf_counter() - PACE
    for n in range(replies):
        text = f"Svar nummer {n} via e-post."
        message = EmailMessage()
        message["From"], message["To"] = email, to
        message["Subject"], message["Message-ID"] = "Sv: fråga", f"<bench-{n}@mail.bench>"
        message.set_content(text)
        # One sender: stay under the post rate limit (20 a minute), or the 21st is refused.
        time.sleep(max(0.0, PACE - (time.perf_counter() - start)))
        start = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
            smtp.sendmail(email, [to], message.as_bytes())
        with seen:
            seen.wait_for(lambda t=text: t in arrived or any(t in k for k in arrived), 30)
        key = next(k for k in arrived if text in k)
        times.append(arrived[key] - start)
    client.disconnect()
    return {"replies": replies, "p50_s": round(statistics.median(times), 3),
            "p95_s": round(percentile(times, 0.95), 3), "p99_s": round(percentile(times, 0.99), 3),
            "max_s": round(max(times), 3), "loadavg_before": load,
            "loadavg_after": os.getloadavg(), "when": datetime.now(UTC).isoformat()}


def wait_for_port(port: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with smtplib.SMTP("127.0.0.1", port, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("forum mail-in did not start")


if __name__ == "__main__":
    main()

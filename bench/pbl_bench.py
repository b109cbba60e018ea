"""PBL step board under twelve simultaneous editors: change fan-out latency and final agreement.

    .venv/bin/python bench/pbl_bench.py [--seconds 20] [--rate 10] [--members 12] [--mode gevent]

Requirement: "Twelve members editing one step board at once (scripted socket clients, 10
edits/s in all): every member sees every change with p99 <= 100 ms, and all boards end
identical."

What it does, all on 127.0.0.1 and bounded (a global time limit; temp folder and server are
always cleaned up): a fresh instance in a temp folder (`forum init` + `forum demo`), then,
through the forum's own actions, N bench members and a PBL group (demo tutor eva.nordin plus
the N members) with one open session; one real HTTP login per member; `forum serve` in the
given async mode; N python-socketio clients (websocket) join the session room. For SECONDS
s, RATE board actions per second in all (open loop, not waiting for acks), round-robin over
the members: add, edit, move, vote. Every action carries a marker (add/edit: unique text;
vote: its note, one action in flight per note; move: one in flight at a time), so each
`board_changed` version is tied to the send it came from.

Before the measured actions, each member adds one note that is waited for (warm-up, not
measured). Measured: "seen by every member" = time from the send to the N-th client receiving that
change (p50/p95/p99/max), acks (ok / refused by code), ack latency, server CPU. At the end each
client's board is rebuilt from the events it received (in version order, from its join
state) and compared with every other client's and with the server's `pbl_board_state`.
Prints a JSON summary and a one-line table; raw results go to bench/results/.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rt_common import (
    BENCH,
    SOURCE,
    USER_AGENT,
    cpu_seconds,
    forum_env,
    free_port,
    machine,
    source_state,
    start_forum,
    stop,
    summary,
    write_json,
)
from rt_setup import login, sh

STEPS = ["clarify", "problem", "brainstorm", "structure", "objectives", "selfstudy", "report"]
FIELDS = ("id", "step", "position", "text", "version", "votes")
LIVE: dict = {}  # the server and temp folder, for the global time limit's cleanup


def create_group(instance: Path, members: int) -> dict:
    """N bench members, a group with the demo tutor, one open session (the forum's actions)."""
    os.environ.update(forum_env(instance, 5000))
    sys.path.insert(0, str(SOURCE))
    from argon2 import PasswordHasher
    from sqlalchemy import select

    from forum import create_app
    from forum.accounts.models import Role, User, UserRole
    from forum.db import utcnow
    from forum.demo.loader import DEMO_PASSWORD
    from forum.extensions import db
    from forum.pbl import actions, sessions

    app = create_app()
    with app.app_context(), app.test_request_context():
        tutor = db.session.scalar(select(User).where(User.username == "eva.nordin"))
        hashed = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(
            DEMO_PASSWORD)  # light argon2 for bench users only, as rt_setup.py does
        made = []
        for n in range(1, members + 1):
            user = User(email=f"pbl{n:02d}@bench.example", username=f"pblbench{n:02d}",
                        display_name=f"PBL-bänk {n:02d}", job_title="Rehabkoordinator",
                        organization=tutor.organization, password_hash=hashed)
            user.role_rows = [UserRole(role=Role.MEMBER)]
            db.session.add(user)
            made.append(user)
        db.session.commit()
        now = utcnow()
        data = actions.check_new_group(tutor, "Bänk: PBL-tavla", "Mätning av tavlan.",
                                       [u.id for u in made])
        group = actions.do_create_group(tutor, data, now)
        starts, minutes = sessions.check_plan_session(tutor, group, now.date().isoformat(),
                                                      "08:00", 120)
        session = sessions.do_plan_session(tutor, group, starts, minutes)
        sessions.check_open_session(tutor, session)
        sessions.do_open_session(tutor, session, now)
        db.session.commit()
        result = {"session_id": session.id, "group_id": group.id,
                  "emails": [u.email for u in made], "password": DEMO_PASSWORD}
        db.engine.dispose()
    return result


class Member:
    """One socket client; records every board_changed with its arrival time."""

    def __init__(self, url: str, cookie: str) -> None:
        import requests
        import socketio

        self.http = requests.Session()
        self.client = socketio.Client(http_session=self.http, reconnection=False,
                                      request_timeout=10)
        self.events: list[tuple[float, dict]] = []
        self.client.on("board_changed", lambda data: self.events.append(
            (time.monotonic(), data)))
        # The login session is tied to the User-Agent it was made with (rt_setup.login).
        self.client.connect(url, headers={"Cookie": cookie, "User-Agent": USER_AGENT},
                            transports=["websocket"], wait_timeout=10)

    def call(self, event: str, payload: dict) -> dict:
        return self.client.call(event, payload, timeout=10)

    def close(self) -> None:
        ws = getattr(self.client.eio, "ws", None)
        if ws is not None:
            ws.abort()
        self.client.eio.disconnect(abort=True)
        self.http.close()


def apply(board: dict, event: dict) -> None:
    if "item" in event:
        board[event["item"]["id"]] = dict(event["item"])
    elif event["op"] == "move":
        for position, item_id in enumerate(event["order"], start=1):
            board[item_id].update(step=event["step"], position=position)
    elif event["op"] == "remove":
        board.pop(event["item_id"], None)


def canonical(items) -> list:
    return sorted(tuple(json.dumps(i[f], sort_keys=True) for f in FIELDS) for i in items)


def drive(people: list[Member], session_id: int, seconds: float, rate: float,
          seed: int) -> list[dict]:
    """Open-loop sender: one action every 1/rate s, round-robin over the members."""
    rng = random.Random(seed)
    lock = threading.Lock()
    items: dict[int, dict] = {}  # from acks: id -> {"version", "busy"}
    sends: list[dict] = []
    state = {"move_busy": False}

    def on_ack(send: dict, ack: dict) -> None:
        with lock:
            send["acked"], send["ack"] = time.monotonic(), ack
            if ack.get("ok") and "item" in ack:
                items.setdefault(ack["item"]["id"], {"busy": False})["version"] = \
                    ack["item"]["version"]
            if send["item_id"] is not None:
                items[send["item_id"]]["busy"] = False
            if send["op"] == "move":
                state["move_busy"] = False

    start = time.monotonic()
    for n in range(int(seconds * rate)):
        time.sleep(max(0.0, start + n / rate - time.monotonic()))
        member = n % len(people)
        with lock:
            free = [i for i, v in items.items() if not v["busy"] and "version" in v]
            op = "add" if n < len(people) or not free else rng.choices(
                ["add", "edit", "move", "vote"], [25, 35, 15, 25])[0]
            if op == "move" and state["move_busy"]:
                op = "vote"
            item_id = None if op == "add" else rng.choice(free)
            if item_id is not None:
                items[item_id]["busy"] = True
            text = f"m{n:05d} medlem {member + 1} {op}"
            if op == "add":
                event, payload = "board_add", {"session_id": session_id,
                                               "step": rng.choice(STEPS), "text": text}
            elif op == "edit":
                event, payload = "board_edit", {"item_id": item_id, "text": text,
                                                "base_version": items[item_id]["version"]}
            elif op == "move":
                state["move_busy"] = True
                event, payload = "board_move", {"item_id": item_id, "step": rng.choice(STEPS),
                                                "index": rng.randrange(0, 4),
                                                "base_version": items[item_id]["version"]}
            else:
                event, payload = "board_vote", {"item_id": item_id}
            send = {"n": n, "member": member, "op": op, "item_id": item_id, "text": text,
                    "sent": time.monotonic(), "acked": None, "ack": None}
            sends.append(send)
        people[member].client.emit(event, payload,
                                   callback=lambda ack=None, s=send: on_ack(s, ack or {}))
    return sends


def warm_up(people: list, session_id: int, timeout: float = 15.0) -> None:
    """Not measured: one note per member, waited for, so the first measured actions do not
    pay for a fresh server's first imports, compiled queries and templates (rt_fanout.py
    warms up the same way). Their versions stay in the final board comparison."""
    before = [len(p.events) for p in people]
    for n, person in enumerate(people):
        ack = person.call("board_add", {"session_id": session_id, "step": STEPS[0],
                                        "text": f"w{n:02d} uppvärmning"})
        if not ack.get("ok"):
            raise RuntimeError(f"warm-up refused: {ack}")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(
            len(p.events) < b + len(people) for p, b in zip(people, before, strict=True)):
        time.sleep(0.05)
    time.sleep(1.0)


def match(sends: list[dict], versions: dict[int, dict]) -> None:
    """Tie every committed version to its send (see the module docstring for the markers)."""
    by_key: dict[object, list[int]] = defaultdict(list)
    for version in sorted(versions):
        ev = versions[version]
        key = (ev["item"]["text"] if ev["op"] in ("add", "edit") else
               ("vote", ev["item"]["id"]) if ev["op"] == "vote" else ev["op"])
        by_key[key].append(version)
    for send in sends:
        if not (send["ack"] or {}).get("ok"):
            continue
        key = (send["text"] if send["op"] in ("add", "edit") else
               ("vote", send["item_id"]) if send["op"] == "vote" else send["op"])
        send["version"] = by_key[key].pop(0) if by_key[key] else None


def run(args, workdir: Path, raw: dict) -> dict:
    instance = workdir / "instance"
    instance.mkdir()
    env = forum_env(instance, free_port())
    sh(env, "init")
    sh(env, "demo")
    group = create_group(instance, args.members)
    server = LIVE["server"] = start_forum(instance, args.mode, workdir / "server.log")
    people: list[Member] = []
    try:
        cookies = [login(server.url, e, group["password"]) for e in group["emails"]]
        people = [Member(server.url, c) for c in cookies]
        sid = group["session_id"]
        joined = [p.call("join_pbl_session", {"session_id": sid, "after_version": -1})
                  for p in people]
        assert all(j.get("ok") and j.get("can_write") for j in joined), joined[0]
        warm_up(people, sid)
        cpu0, wall0 = cpu_seconds(server.pid), time.monotonic()
        sends = drive(people, sid, args.seconds, args.rate, args.seed)
        wall, cpu = time.monotonic() - wall0, cpu_seconds(server.pid) - cpu0
        deadline = time.monotonic() + 10  # acks and events drain
        while time.monotonic() < deadline and (
                any(s["acked"] is None for s in sends) or
                len({len(p.events) for p in people}) > 1):
            time.sleep(0.1)
        time.sleep(0.5)
        finals = [p.call("pbl_board_state", {"session_id": sid, "after_version": -1})
                  for p in people]
    finally:
        for p in people:
            p.close()
        stop(server)
    # Per client: versions received, and the board rebuilt from join state + events.
    arrivals: dict[int, list[float]] = defaultdict(list)
    versions: dict[int, dict] = {}
    rebuilt, gaps = [], []
    for person, join in zip(people, joined, strict=True):
        board = {i["id"]: dict(i) for i in join.get("items", [])}
        got = sorted(person.events, key=lambda e: e[1]["version"])
        seen = [e[1]["version"] for e in got]
        gaps.append(seen != list(range(join["version"] + 1, join["version"] + 1 + len(seen))))
        for at, ev in got:
            arrivals[ev["version"]].append(at)
            versions.setdefault(ev["version"], ev)
            apply(board, ev)
        rebuilt.append(canonical(board.values()))
    match(sends, versions)
    everyone, first = [], []
    for send in sends:
        times = arrivals.get(send.get("version"), [])
        if len(times) == len(people):
            everyone.append(round((max(times) - send["sent"]) * 1000, 2))
            first.append(round((min(times) - send["sent"]) * 1000, 2))
    refused: dict[str, int] = defaultdict(int)
    for send in sends:
        if not (send["ack"] or {}).get("ok"):
            refused[(send["ack"] or {}).get("code", "no_ack")] += 1
    server_boards = [canonical(f.get("items", [])) for f in finals]
    ok_sends = [s for s in sends if (s["ack"] or {}).get("ok")]
    result = {
        "members": args.members, "mode": args.mode, "seconds": args.seconds,
        "rate_target": args.rate, "sent": len(sends),
        "rate_achieved": round(len(sends) / wall, 2), "acked_ok": len(ok_sends),
        "refused": dict(refused), "ops": {op: sum(s["op"] == op for s in sends)
                                          for op in ("add", "edit", "move", "vote")},
        "versions_committed": len(versions),
        "changes_seen_by_all": len(everyone),
        "unmatched_ok_sends": sum(s.get("version") is None for s in ok_sends),
        "seen_by_every_member_ms": summary(everyone),
        "seen_by_first_member_ms": summary(first),
        "ack_ms": summary([round((s["acked"] - s["sent"]) * 1000, 2) for s in sends
                           if s["acked"]]),
        "clients_with_version_gaps": sum(gaps),
        "final_server_boards_identical": len(set(map(tuple, server_boards))) == 1,
        "final_event_boards_identical": len(set(map(tuple, rebuilt))) == 1,
        "event_boards_equal_server": all(r == server_boards[0] for r in rebuilt),
        "final_items": len(server_boards[0]),
        "server_cpu_s": round(cpu, 2), "server_cpu_cores": round(cpu / wall, 3),
    }
    p99 = result["seen_by_every_member_ms"]["p99"]
    result["pass"] = bool(p99 is not None and p99 <= 100 and not refused
                          and result["changes_seen_by_all"] == len(sends)
                          and result["final_server_boards_identical"]
                          and result["final_event_boards_identical"]
                          and result["event_boards_equal_server"])
    raw.update(sends=sends, server_log_tail=(workdir / "server.log").read_text()[-3000:])
    return result


def time_limit_hit() -> None:
    print("pbl_bench: global time limit hit, stopping", file=sys.stderr)
    if "server" in LIVE:
        stop(LIVE["server"])
    shutil.rmtree(LIVE["workdir"], ignore_errors=True)
    os._exit(3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--members", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rate", type=float, default=10, help="board actions/s in all")
    parser.add_argument("--mode", default="gevent", choices=["gevent", "threading"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=110, help="global time limit, s")
    args = parser.parse_args()
    workdir = LIVE["workdir"] = Path(tempfile.mkdtemp(prefix="pbl-bench-")).resolve()
    timer = threading.Timer(args.limit, time_limit_hit)
    timer.daemon = True
    timer.start()
    raw: dict = {}
    try:
        result = run(args, workdir, raw)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    result.update(machine=machine(), source=source_state(), command=" ".join(sys.argv))
    out = BENCH / "results" / f"pbl-{time.strftime('%Y%m%d-%H%M%S')}.json"
    write_json(out, {"summary": result, **raw})
    print(json.dumps(result, indent=2, default=str))
    e = result["seen_by_every_member_ms"]
    print(f"| pbl {args.members} members | {result['rate_achieved']}/s | {result['sent']} sent"
          f" | {result['acked_ok']} ok | seen-by-all p50 {e['p50']} p95 {e['p95']} p99 "
          f"{e['p99']} max {e['max']} ms | boards identical "
          f"{result['final_event_boards_identical'] and result['final_server_boards_identical']}"
          f" | server CPU {result['server_cpu_cores']} cores | pass {result['pass']} |")
    print(f"raw: {out}")


if __name__ == "__main__":
    main()

"""One client process of the fan-out benchmark: many light Socket.IO clients on one asyncio
loop (aiohttp WebSockets speaking Engine.IO 4 / Socket.IO 5 directly).

Why not socketio.AsyncClient: it decodes every frame into Python objects and dispatches a
handler per event; at 50 posts/s into 200 clients that is 20,000 frames/s and the clients,
not the server, would set the latency. Here a received frame costs a `startswith` and, for a
`post_created`, one regex for its client_id and one clock read. The protocol is the same one
the browser speaks: handshake `0{...}`, namespace connect `40`, events `42[...]`, acks
`42<id>[...]` / `43<id>[...]`, ping `2` answered with pong `3`.

Clock: every timestamp is time.monotonic_ns(), i.e. CLOCK_MONOTONIC, one clock for every
process on this machine, so a send time taken here and a receive time taken in another
worker process are directly comparable.

Driven through stdin/stdout by rt_fanout.py, one JSON object per line:
  started with the clients to open; prints {"ready": ...} once all have connected and joined;
  {"cmd": "run", "sends": [[t_ns, client_index, key, body], ...]} -> posts at those clock
      times from those clients, prints {"sent": ...} when every ack came back (or timed out);
  {"cmd": "dump", "path": "..."} -> writes the arrivals and sends since the last dump;
  {"cmd": "quit"}.
Bounded: exits by itself after --max-seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
import time

import aiohttp

KEY_RE = re.compile(r'"client_id":\s*"([A-Za-z0-9_-]+)"')
ACK_RE = re.compile(r"^43(\d+)")
OK_RE = re.compile(r'"ok":\s*(true|false)')
CODE_RE = re.compile(r'"code":\s*"([a-z_]+)"')
SEQ_RE = re.compile(r'"seq":\s*(\d+)')
LAST_SEQ_RE = re.compile(r'"last_seq":\s*(\d+)')
USER_AGENT = "forum-realtime-bench/1"


class Client:
    def __init__(self, index: int, cookie: str, worker: Worker) -> None:
        self.index = index
        self.cookie = cookie
        self.worker = worker
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.next_ack = 0
        self.pending: dict[int, asyncio.Future] = {}

    async def connect(self, session: aiohttp.ClientSession, url: str) -> None:
        self.ws = await session.ws_connect(
            url.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket",
            headers={"Cookie": self.cookie, "User-Agent": USER_AGENT}, origin=url,
            max_msg_size=0, autoclose=True, autoping=True, compress=0,
            timeout=aiohttp.ClientWSTimeout(ws_close=2))
        opened = await self.ws.receive(timeout=30)
        if not str(opened.data).startswith("0"):
            raise RuntimeError(f"no Engine.IO open packet: {opened.data!r}")
        await self.ws.send_str("40")
        connected = await self.ws.receive(timeout=30)
        if not str(connected.data).startswith("40"):
            raise RuntimeError(f"namespace connect refused: {connected.data!r}")
        self.reader = asyncio.create_task(self.read_loop())

    async def read_loop(self) -> None:
        worker = self.worker
        async for msg in self.ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            data = msg.data
            if data.startswith('42["post_created"'):
                now = time.monotonic_ns()
                match = KEY_RE.search(data)
                worker.arrivals.append((match.group(1) if match else "?", self.index, now,
                                        len(data)))
            elif data.startswith('42["thread_activity"'):
                # Goes to the space room: every connected client, joined or not. Keyed by
                # the post's seq (the sender learns it from the ack).
                now = time.monotonic_ns()
                match = LAST_SEQ_RE.search(data)
                worker.activity.append((f"#{match.group(1) if match else '?'}", self.index,
                                        now, len(data)))
            elif data == "2":
                await self.ws.send_str("3")
            elif data.startswith("43"):
                now = time.monotonic_ns()
                match = ACK_RE.match(data)
                future = self.pending.pop(int(match.group(1)), None) if match else None
                if future is not None and not future.done():
                    future.set_result((now, data))
            else:
                kind = data[4:data.find('"', 4)] if data.startswith('42["') else data[:2]
                worker.other[kind] = worker.other.get(kind, 0) + 1
        worker.closed += 1

    async def call(self, event: str, payload: dict, timeout: float = 30) -> tuple[int, str]:
        self.next_ack += 1
        ack_id = self.next_ack
        future = asyncio.get_running_loop().create_future()
        self.pending[ack_id] = future
        await self.ws.send_str(f"42{ack_id}" + json.dumps([event, payload]))
        return await asyncio.wait_for(future, timeout)


class Worker:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.arrivals: list[tuple[str, int, int, int]] = []
        self.activity: list[tuple[str, int, int, int]] = []
        self.sends: list[dict] = []
        self.other: dict[str, int] = {}
        self.closed = 0
        self.clients: list[Client] = []

    async def open_all(self, session: aiohttp.ClientSession) -> dict:
        with open(self.args.cookies) as source:
            cookies = json.load(source)["cookies"]
        indexes = range(self.args.first, self.args.first + self.args.count)
        # Client i logs in as user i % users: with 1,000 clients and 200 users, five tabs each.
        self.clients = [Client(i, cookies[i % len(cookies)], self) for i in indexes]
        gate = asyncio.Semaphore(self.args.concurrency)
        started = time.monotonic()
        failures: list[str] = []
        join_failures: list[str] = []

        async def open_one(client: Client) -> None:
            async with gate:
                try:
                    await client.connect(session, self.args.url)
                except Exception as exc:
                    failures.append(f"{client.index}: {exc!r}"[:300])
                    return
                if client.index >= self.args.join_first:
                    return  # connected only: in its user and space rooms, not the thread's
                if self.args.kind == "forum":
                    payload = {"thread_id": self.args.thread_id, "after_seq": 10**9}
                    _, ack = await client.call("join_thread", payload, 60)
                else:
                    _, ack = await client.call("join", {}, 60)
                if '"ok": true' not in ack and '"ok":true' not in ack:
                    join_failures.append(f"{client.index}: {ack[:200]}")

        await asyncio.gather(*(open_one(c) for c in self.clients))
        self.clients = [c for c in self.clients if c.ws is not None and not c.ws.closed]
        return {"ready": len(self.clients), "connect_failures": failures[:5],
                "n_connect_failures": len(failures), "join_failures": join_failures[:5],
                "n_join_failures": len(join_failures),
                "open_seconds": round(time.monotonic() - started, 2)}

    async def run(self, sends: list[list]) -> dict:
        by_index = {c.index: c for c in self.clients}
        tasks = []
        lag = []
        for t_ns, index, key, body in sends:
            delay = (t_ns - time.monotonic_ns()) / 1e9
            if delay > 0:
                await asyncio.sleep(delay)
            client = by_index[index]
            sent = time.monotonic_ns()
            lag.append(sent - t_ns)
            tasks.append(asyncio.create_task(self.send_one(client, key, body, t_ns, sent)))
        await asyncio.gather(*tasks)
        return {"sent": len(tasks), "max_schedule_lag_ms": max(lag) / 1e6 if lag else 0}

    async def send_one(self, client: Client, key: str, body: str, planned: int,
                       sent: int) -> None:
        record = {"key": key, "client": client.index, "planned": planned, "sent": sent}
        try:
            if self.args.kind == "forum":
                payload = {"thread_id": self.args.thread_id, "client_id": key, "body": body,
                           "confirm_privacy": False}
                ack_at, ack = await client.call("send_post", payload, 60)
            else:
                ack_at, ack = await client.call("bcast", baseline_payload(
                    self.args.thread_id, client.index, key, body), 60)
            ok = OK_RE.search(ack)
            code = CODE_RE.search(ack)
            seq = SEQ_RE.search(ack)
            record["seq"] = int(seq.group(1)) if seq else None
            record.update(ack=ack_at, ok=bool(ok and ok.group(1) == "true"),
                          code=code.group(1) if code else None)
        except TimeoutError:
            record.update(ack=None, ok=False, code="timeout")
        self.sends.append(record)

    def dump(self, path: str) -> dict:
        with open(path, "w") as out:
            json.dump({"arrivals": self.arrivals, "activity": self.activity,
                       "sends": self.sends, "other": self.other,
                       "clients": len(self.clients), "closed": self.closed}, out)
        counts = {"arrivals": len(self.arrivals), "sends": len(self.sends)}
        self.arrivals, self.activity, self.sends, self.other = [], [], [], {}
        return counts


def baseline_payload(thread_id: int, index: int, key: str, body: str) -> dict:
    """The shape and size of a forum post_created payload, sent to the bare broadcast app."""
    return {"thread_id": thread_id, "post": {
        "id": 100000 + index, "thread_id": thread_id, "seq": 1000 + index,
        "author": {"id": 1000 + index, "name": f"Bänkperson {index:04d}",
                   "org": "VC Norrköp"},
        "html": f"<p>{body}</p>", "created_at": "2026-01-01T12:00:00.000000+00:00",
        "edited_at": None, "edit_count": 0, "deleted": False, "reactions": {},
        "client_id": key, "is_answer": False}}


async def main_async(args: argparse.Namespace) -> None:
    worker = Worker(args)
    loop = asyncio.get_running_loop()
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        ready = await worker.open_all(session)
        print(json.dumps(ready), flush=True)
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line:
                break
            command = json.loads(line)
            if command["cmd"] == "run":
                print(json.dumps(await worker.run(command["sends"])), flush=True)
            elif command["cmd"] == "dump":
                print(json.dumps(worker.dump(command["path"])), flush=True)
            elif command["cmd"] == "quit":
                break
        for client in worker.clients:
            client.reader.cancel()
        await asyncio.gather(*(c.ws.close() for c in worker.clients), return_exceptions=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--cookies", required=True)
    parser.add_argument("--first", type=int, required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--thread-id", type=int, required=True)
    parser.add_argument("--kind", choices=("forum", "baseline"), default="forum")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--join-first", type=int, default=10**9,
                        help="only clients with a smaller index join the thread")
    parser.add_argument("--max-seconds", type=float, default=600)
    args = parser.parse_args()
    try:
        asyncio.run(asyncio.wait_for(main_async(args), args.max_seconds))
    except TimeoutError:
        print(json.dumps({"error": "worker time limit reached"}), flush=True)
        os._exit(2)  # the stdin reader thread may still be blocked


if __name__ == "__main__":
    main()

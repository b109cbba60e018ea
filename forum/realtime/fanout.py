"""Acting on an event in every server process: emit with a room left out, close a room's
connections, make connections leave rooms.

Flask-SocketIO's message queue carries plain emits to every process, but a skip list of
connection ids (`skip_sid`) names only the emitting process's connections, and "close every
connection in this room" has no queue message at all. So such events travel as one message
of our own ("method": "forum") that each process applies to its own connections.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import socketio as python_socketio

from forum.realtime.redis_state import Outage

log = logging.getLogger(__name__)
NAMESPACE = "/"
METHOD = "forum"


def apply_locally(server: python_socketio.Server, ev: dict[str, Any]) -> None:
    """Carry out one event (a dict made by `as_message`) on this process's connections only."""
    manager = server.manager
    keep = _SidList(_sids(manager, ev.get("skip_room")))
    kind = ev["kind"]
    if kind == "emit":
        # One emit per recipient would work too; a room emit with a skip list of this
        # process's connections encodes the packet once (a space room can be 1,000 people).
        server.emit(ev["name"], ev["payload"], to=ev["room"], skip_sid=keep,
                    namespace=NAMESPACE, ignore_queue=True)
        return
    targets = [sid for sid in _sids(manager, ev["room"]) if sid not in keep]
    if kind == "disconnect":
        for sid in targets:  # tell the client why, then close
            server.emit(ev["name"], ev["payload"], to=sid, namespace=NAMESPACE,
                        ignore_queue=True)
            server.disconnect(sid, namespace=NAMESPACE, ignore_queue=True)
    elif kind in ("revoke", "revoke_user"):
        leave = ev["payload"].get("rooms") or [ev["room"]]
        for sid in targets:
            for room in leave:
                server.leave_room(sid, room, namespace=NAMESPACE)
            server.emit(ev["name"], {"space_id": ev["payload"]["space_id"]}, to=sid,
                        namespace=NAMESPACE, ignore_queue=True)
    else:
        log.error("unknown realtime event kind %r", kind)


def _sids(manager, room: str | None) -> list[str]:
    if not room:
        return []
    return [sid for sid, _ in manager.get_participants(NAMESPACE, room)]


class _SidList(list):
    """python-socketio takes skip_sid as a list and asks `sid in skip_sid` for every
    recipient; answering from a set keeps a broadcast linear in the room's size (a space room
    of 1,000 minus a thread room of 200 would otherwise be 200,000 string comparisons)."""

    def __init__(self, sids: list[str]) -> None:
        super().__init__(sids)
        self._members = frozenset(sids)

    def __contains__(self, sid: object) -> bool:
        return sid in self._members


class ForumRedisManager(python_socketio.RedisManager):
    """Flask-SocketIO's Redis manager plus our "forum" message, applied by every process,
    and a gentler way with a Redis that went away (see docs/deploy.md):

    - every emit is applied to this process's connections first, then published; while
      Redis is away publishing is skipped (one attempt every few seconds), so a post's
      broadcast never waits for a dead Redis;
    - the listener reconnects every 5 s at most (the library backs off to 60 s), so other
      processes' events flow again within seconds of Redis coming back.
    """

    #: The listener's longest wait between attempts to reach Redis again.
    LISTEN_RETRY_MAX = 5

    def __init__(self, url: str, channel: str) -> None:
        # Only the connect is bounded: the listener's connection waits for messages by design.
        super().__init__(url, channel=channel, redis_options={"socket_connect_timeout": 2})
        self.outage = Outage("live events to other processes")

    def forum_send(self, ev: dict[str, Any]) -> None:
        apply_locally(self.server, ev)  # this process at once, as the library's emit does
        # If Redis is down the library logs the failure and gives up: the other processes
        # miss the event (their clients catch up from the database on reconnect), this one
        # was served above. Every socket handler re-checks the login session as well.
        self._publish({"method": METHOD, "event": ev, "host_id": self.host_id})

    def _publish(self, data: dict[str, Any]) -> None:
        if not self.outage.should_try():
            return
        error: Exception | None = None
        for _attempt in range(2):  # after Redis restarted, the first try meets a dead socket
            try:
                if not self.connected:
                    self._redis_connect()
                self.redis.publish(self.channel, self.json.dumps(data))
            except Exception as exc:  # any connection error: reconnect once, then give up
                self.connected, error = False, exc
                continue
            self.outage.succeeded()
            return
        self.outage.failed(error)

    def _redis_listen_with_retries(self):
        wait = 1
        while True:
            try:
                self._redis_connect()
                self.pubsub.subscribe(self.channel)
                wait = 1
                yield from self.pubsub.listen()
            except Exception as exc:  # Redis went away: try again soon, for ever
                log.warning("Redis unreachable for live events (%s); retrying in %d s",
                            exc.__class__.__name__, wait)
                time.sleep(wait)
                wait = min(wait * 2, self.LISTEN_RETRY_MAX)

    def _listen(self):
        for message in super()._listen():
            data = self._decode(message)
            if isinstance(data, dict) and data.get("method") == METHOD:
                if data.get("host_id") != self.host_id and isinstance(data.get("event"), dict):
                    self._apply(data["event"])
                continue
            yield message

    def _decode(self, message: Any) -> Any:
        if isinstance(message, dict):
            return message
        try:
            return self.json.loads(message)
        except (TypeError, ValueError):
            return None

    def _apply(self, ev: dict[str, Any]) -> None:
        try:
            apply_locally(self.server, ev)
        except Exception:  # one bad message must not stop the listener
            log.exception("could not apply %s to %s", ev.get("name"), ev.get("room"))

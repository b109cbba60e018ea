"""The PBL session room over real Socket.IO clients: access on join (non-members get the same
answer as for nothing), exact audiences of board events, observers read-only, concurrent board
edits that never lose an item, step changes by the tutor only, and catch-up by board version."""

from __future__ import annotations

import re
import threading

import pytest

from forum.demo.loader import DEMO_PASSWORD
from tests.realtime.helpers import (
    Recorder,
    close_quickly,
    csrf_token,
    demo_email,
    http_login,
    socket_client,
)

EVENTS = ("board_changed", "pbl_session_changed")


class Person:
    def __init__(self, server, username: str) -> None:
        self.session = http_login(server.url, demo_email(username), DEMO_PASSWORD)
        self.client = socket_client(server.url, self.session)
        self.seen = Recorder(self.client, EVENTS)

    def call(self, event: str, payload) -> dict:
        return self.client.call(event, payload, timeout=10)

    def close(self) -> None:
        close_quickly(self.client)
        self.session.close()  # its pooled HTTP connection, else a ResourceWarning at random


@pytest.fixture(scope="module")
def session_id(live_server) -> int:
    """The demo group's next planned session, opened by its tutor over HTTP."""
    tutor = http_login(live_server.url, demo_email("eva.nordin"), DEMO_PASSWORD)
    html = tutor.get(f"{live_server.url}/pbl/", timeout=10).text
    sid = int(re.search(r'href="/pbl/s/(\d+)"', html).group(1))
    response = tutor.post(f"{live_server.url}/pbl/s/{sid}/open", allow_redirects=False,
                          data={"csrf_token": csrf_token(tutor, live_server.url, f"/pbl/s/{sid}")},
                          timeout=10)
    tutor.close()
    assert response.status_code == 302
    return sid


@pytest.fixture
def people(live_server):
    made: list[Person] = []

    def make(username: str) -> Person:
        person = Person(live_server, username)
        made.append(person)
        return person

    yield make
    for person in made:
        person.close()


def join(person: Person, session_id: int, after: int = -1) -> dict:
    return person.call("join_pbl_session", {"session_id": session_id, "after_version": after})


def test_non_members_cannot_join_and_cannot_tell_it_exists(people, session_id):
    outsider, admin, member = people("jonas.ek"), people("admin"), people("erik.wallin")
    item = member.call("board_add", {"session_id": session_id, "step": "clarify",
                                     "text": "Finns det en lista över yrken?"})["item"]
    for person in (outsider, admin):
        denied = join(person, session_id)
        missing = join(person, 999_999)
        assert denied == {"ok": False, "code": "not_found", "error": denied["error"]}
        assert missing == denied
        # Every event of the room, on a real session and note, answers exactly like nothing.
        for event, payload in [("board_add", {"session_id": session_id, "step": "clarify",
                                              "text": "x"}),
                               ("pbl_set_step", {"session_id": session_id, "step": 1}),
                               ("pbl_board_state", {"session_id": session_id,
                                                    "after_version": -1}),
                               ("board_edit", {"item_id": item["id"], "text": "x",
                                               "base_version": item["version"]}),
                               ("board_move", {"item_id": item["id"], "step": "clarify",
                                               "index": 0, "base_version": item["version"]}),
                               ("board_vote", {"item_id": item["id"]}),
                               ("board_remove", {"item_id": item["id"]})]:
            assert person.call(event, payload) == denied, event
    state = member.call("pbl_board_state", {"session_id": session_id, "after_version": -1})
    assert [i for i in state["items"] if i["id"] == item["id"]] == [item]


def test_a_note_reaches_exactly_the_members_in_the_room(people, session_id):
    author, member, observer, outsider = (people("sara.malmberg"), people("leila.haddad"),
                                          people("fiona.macleary"), people("jonas.ek"))
    for person in (author, member, observer):
        assert join(person, session_id)["ok"]
    join(outsider, session_id)  # refused; it must not receive anything either
    ack = author.call("board_add", {"session_id": session_id, "step": "clarify",
                                    "text": "Vad betyder normalt förekommande arbete?"})
    assert ack["ok"] and ack["item"]["step"] == "clarify"
    for person in (author, member, observer):
        events = person.seen.wait_for("board_changed")
        assert [e["item"]["id"] for e in events] == [ack["item"]["id"]]
        assert events[0]["op"] == "add" and events[0]["session_id"] == session_id
    assert outsider.seen.of("board_changed") == []


def test_observers_read_but_cannot_write(people, session_id):
    observer, member = people("fiona.macleary"), people("maja.karlsson")
    item = member.call("board_add", {"session_id": session_id, "step": "clarify",
                                     "text": "Särskilda skäl"})["item"]
    state = join(observer, session_id)
    assert state["ok"] and state["can_write"] is False
    assert item["id"] in [i["id"] for i in state["items"]]
    for event, payload in [("board_add", {"session_id": session_id, "step": "clarify",
                                          "text": "Får jag skriva?"}),
                           ("board_vote", {"item_id": item["id"]}),
                           ("board_edit", {"item_id": item["id"], "text": "x",
                                           "base_version": item["version"]}),
                           ("board_move", {"item_id": item["id"], "step": "clarify",
                                           "index": 0, "base_version": item["version"]}),
                           ("board_remove", {"item_id": item["id"]})]:
        denied = observer.call(event, payload)
        assert denied["ok"] is False and denied["code"] == "forbidden", event


def test_only_the_tutor_moves_the_step_on(people, session_id):
    tutor, member = people("eva.nordin"), people("maja.karlsson")
    join(tutor, session_id)
    join(member, session_id)
    assert member.call("pbl_set_step", {"session_id": session_id, "step": 1})["code"] \
        == "forbidden"
    ack = tutor.call("pbl_set_step", {"session_id": session_id, "step": 1})
    assert ack["ok"]
    event = member.seen.wait_for("board_changed")[-1]
    assert (event["op"], event["current_step"], event["version"]) == ("step", 1, ack["version"])
    assert tutor.call("pbl_set_step", {"session_id": session_id, "step": 9})["code"] \
        == "invalid"


def test_concurrent_adds_and_edits_never_lose_an_item(people, session_id):
    a, b, watcher = people("erik.wallin"), people("lena.strand"), people("oskar.blom")
    start = join(watcher, session_id)["version"]
    join(a, session_id)
    join(b, session_id)
    acks: dict[str, list] = {"a": [], "b": []}

    def add_many(person: Person, key: str) -> None:
        for i in range(8):
            acks[key].append(person.call("board_add", {"session_id": session_id,
                                                       "step": "brainstorm",
                                                       "text": f"{key} idé {i}"}))

    threads = [threading.Thread(target=add_many, args=(a, "a")),
               threading.Thread(target=add_many, args=(b, "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert all(ack["ok"] for ack in acks["a"] + acks["b"])
    events = watcher.seen.wait_for("board_changed", 16)
    versions = [e["version"] for e in events]
    assert sorted(versions) == list(range(start + 1, start + 17))
    state = watcher.call("pbl_board_state", {"session_id": session_id, "after_version": start})
    texts = {i["text"] for i in state["items"] if i["step"] == "brainstorm"}
    assert {f"{k} idé {i}" for k in "ab" for i in range(8)} <= texts

    # Both edit the same note from the same version at once: one wins, the other is told
    # and gets the stored text back; nothing is overwritten silently.
    item = acks["a"][0]["item"]
    results: list[dict] = []
    edits = [threading.Thread(target=lambda p=p, t=t: results.append(p.call(
        "board_edit", {"item_id": item["id"], "text": t, "base_version": item["version"]})))
        for p, t in ((a, "Eriks version"), (b, "Lenas version"))]
    for t in edits:
        t.start()
    for t in edits:
        t.join(30)
    ok = [r for r in results if r["ok"]]
    refused = [r for r in results if not r["ok"]]
    assert len(ok) == 1 and len(refused) == 1 and refused[0]["code"] == "conflict"
    assert refused[0]["current"]["text"] == ok[0]["item"]["text"]


def test_reconnect_catches_up_by_board_version(people, session_id, live_server):
    member, other = people("sara.malmberg"), people("leila.haddad")
    seen = join(member, session_id)["version"]
    assert join(member, session_id, seen)["changed"] is False
    member.close()
    join(other, session_id)
    added = other.call("board_add", {"session_id": session_id, "step": "problem",
                                     "text": "Medan du var borta"})["item"]
    back = Person(live_server, "sara.malmberg")
    try:
        state = join(back, session_id, seen)
        assert state["changed"] and state["version"] > seen
        assert added["id"] in [i["id"] for i in state["items"]]
    finally:
        back.close()


def test_a_move_reaches_exactly_the_room_and_bad_moves_change_nothing(people, session_id):
    mover, member, observer = (people("maja.karlsson"), people("leila.haddad"),
                               people("fiona.macleary"))
    # In the group but not in the room (not joined): nothing either, like an outsider.
    away, outsider = people("erik.wallin"), people("jonas.ek")
    for person in (mover, member, observer):
        assert join(person, session_id)["ok"]
    join(outsider, session_id)
    first = mover.call("board_add", {"session_id": session_id, "step": "structure",
                                     "text": "Flyttas först"})["item"]
    second = mover.call("board_add", {"session_id": session_id, "step": "structure",
                                      "text": "Flyttas sen"})["item"]
    for person in (mover, member, observer):
        person.seen.wait_for("board_changed", count=2)
    ack = mover.call("board_move", {"item_id": second["id"], "step": "structure", "index": 0,
                                    "base_version": second["version"]})
    assert ack["ok"] and ack["item"]["version"] == second["version"] + 1
    for person in (mover, member, observer):
        moves = [e for e in person.seen.wait_for("board_changed", count=3)
                 if e["op"] == "move"]
        assert [(e["step"], e["order"][:2], e["item"]["id"]) for e in moves] == [
            ("structure", [second["id"], first["id"]], second["id"])]
    assert away.seen.of("board_changed") == [] and outsider.seen.of("board_changed") == []

    before = member.call("pbl_board_state", {"session_id": session_id, "after_version": -1})
    bad = [({"item_id": first["id"], "step": "nosuch", "index": 0,
             "base_version": first["version"]}, "invalid"),
           ({"item_id": second["id"], "step": "clarify", "index": 0,
             "base_version": second["version"]}, "conflict"),  # stale: moved since
           ({"item_id": 999_999, "step": "clarify", "index": 0, "base_version": 1},
            "not_found"),
           ({"item_id": first["id"], "step": "clarify", "index": 0}, "bad_request"),
           ({"item_id": first["id"], "step": "clarify", "index": "0",
             "base_version": 1}, "bad_request")]
    for payload, code in bad:
        refused = mover.call("board_move", payload)
        assert refused["ok"] is False and refused["code"] == code, payload
        if code == "conflict":
            assert refused["current"]["version"] == second["version"] + 1
    after = member.call("pbl_board_state", {"session_id": session_id, "after_version": -1})
    assert after["version"] == before["version"] and after["items"] == before["items"]


@pytest.mark.parametrize("payload", [None, [], {"session_id": "1", "after_version": 0},
                                     {"session_id": 1}, {"session_id": True,
                                                         "after_version": 0}])
def test_wrong_shapes_are_refused(people, payload):
    person = people("sara.malmberg")
    ack = person.call("join_pbl_session", payload)
    assert ack["ok"] is False and ack["code"] == "bad_request"


def test_roles_set_by_the_tutor_reach_the_room(people, session_id, live_server):
    member = people("lena.strand")
    join(member, session_id)
    tutor = http_login(live_server.url, demo_email("eva.nordin"), DEMO_PASSWORD)
    html = tutor.get(f"{live_server.url}/pbl/s/{session_id}", timeout=10).text
    chair = int(re.search(r'<option value="(\d+)"[^>]*>Lena Strand<', html).group(1))
    response = tutor.post(f"{live_server.url}/pbl/s/{session_id}/roles", timeout=10,
                          data={"csrf_token": csrf_token(tutor, live_server.url,
                                                         f"/pbl/s/{session_id}"),
                                "chair_id": str(chair), "scribe_id": ""},
                          allow_redirects=False)
    tutor.close()
    assert response.status_code == 302
    changed = member.seen.wait_for("pbl_session_changed")[-1]
    assert changed["chair"]["name"] == "Lena Strand" and changed["scribe"] is None


def test_a_removed_member_leaves_the_room_at_once(people, session_id, live_server):
    """Runs last: it changes the demo group."""
    removed, stays = people("oskar.blom"), people("maja.karlsson")
    join(removed, session_id)
    join(stays, session_id)
    removed_seen = Recorder(removed.client, ("access_lost",))
    tutor = http_login(live_server.url, demo_email("eva.nordin"), DEMO_PASSWORD)
    html = tutor.get(f"{live_server.url}/pbl/s/{session_id}", timeout=10).text
    group_id = int(re.search(r'href="/pbl/g/(\d+)"', html).group(1))
    page = tutor.get(f"{live_server.url}/pbl/g/{group_id}", timeout=10).text
    user_id = int(re.search(r"Oskar Blom.*?/members/(\d+)/remove", page, re.S).group(1))
    response = tutor.post(f"{live_server.url}/pbl/g/{group_id}/members/{user_id}/remove",
                          data={"csrf_token": csrf_token(tutor, live_server.url,
                                                         f"/pbl/g/{group_id}")},
                          allow_redirects=False, timeout=10)
    tutor.close()
    assert response.status_code == 302
    assert removed_seen.wait_for("access_lost")  # sent after the commit, before the reply
    ack = stays.call("board_add", {"session_id": session_id, "step": "structure",
                                   "text": "Efter att Oskar gått"})
    assert ack["ok"]
    stays.seen.wait_for("board_changed")
    texts = [e["item"]["text"] for e in removed.seen.of("board_changed") if "item" in e]
    assert "Efter att Oskar gått" not in texts
    assert join(removed, session_id)["code"] == "not_found"

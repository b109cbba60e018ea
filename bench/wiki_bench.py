"""Knowledge-base benchmark (issue 4): page view and revision diff, server time.

    .venv/bin/python bench/wiki_bench.py --runs 5 --requests 200

Builds a throwaway SQLite database (migrated like the app's) with one page that has 50
revisions and 30 backlinks (20 from other pages, 10 from thread posts), each revision about
2 KB of Markdown. Then, in-process through the WSGI stack (Flask test client, a signed-in
member), it times:

- the page view of that page, against a baseline measured in the same run: the view of a
  page with one revision and no backlinks (so machine noise shows in both);
- a word-level diff of two 20 KB revisions (about 5 % of the words changed), both the bare
  `word_diff` call and the whole diff page.

Everything stays in a temporary folder on this machine; every phase is bounded in count, and
the script stops by itself. Results go to stdout as JSON and a small table.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from forum import create_app  # noqa: E402
from forum.accounts.models import Role  # noqa: E402
from forum.extensions import db  # noqa: E402
from forum.text import word_diff  # noqa: E402
from forum.wiki import pages  # noqa: E402
from tests.factories import Factory, ForumFactory  # noqa: E402
from tests.unit.wiki.helpers import edit_form, make_page, save  # noqa: E402

WORDS = [
    "arbetsförmåga", "sjukpenning", "rehabilitering", "avstämningsmöte", "samordning", "insats",
    "handläggare", "vårdcentral", "socialtjänst", "försörjningsstöd", "arbetsträning",
    "kartläggning", "the", "agency", "must", "assess", "work", "ability", "at", "day", "180",
    "and", "may", "call", "a", "meeting",
]


def text_of(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
        if len(words) % 40 == 0:
            words.append("\n\n")
    return " ".join(words)


def mutate(rng: random.Random, text: str, share: float) -> str:
    words = text.split(" ")
    for i in rng.sample(range(len(words)), int(len(words) * share)):
        words[i] = rng.choice(WORDS).upper()
    return " ".join(words)


def edit(actor, page, body: str) -> None:
    save(actor, page, edit_form(page, body=body, summary="bench"))


def build(rng: random.Random) -> dict:
    forum = ForumFactory()
    org = forum.org("Försäkringskassan", handle="fk")
    editor = forum.user(org, roles=(Role.COORDINATOR,), username="editor",
                        display_name="Eda Editor")
    reader = forum.user(org, username="reader", display_name="Rut Reader")
    target = make_page(editor, "Avstämningsmöte", text_of(rng, 2000))
    for _ in range(49):
        edit(editor, target, text_of(rng, 2000))
    for n in range(20):
        make_page(editor, f"Sida {n}", f"Se [[Avstämningsmöte]]. {text_of(rng, 300)}")
    space = forum.space("bench")
    for n in range(10):
        forum.thread(space, editor, title=f"Tråd {n}", body="Om [[Avstämningsmöte]] igen.")
    plain = make_page(editor, "Baslinje", text_of(rng, 2000))
    big = make_page(editor, "Stor sida", text_of(rng, 20_000))
    old_id = big.current_revision_id
    edit(editor, big, mutate(rng, big.current_revision.body, 0.05))
    return {"reader": reader, "target": target.id, "plain": plain.id, "big": big.id,
            "old": old_id, "new": big.current_revision_id}


#: perf_counter (wall time) by default; --cpu: this process's CPU time, which a machine
#: loaded by other work disturbs far less (it leaves out the time spent waiting for a core).
CLOCK = time.perf_counter


def timed(fn, count: int) -> list[float]:
    samples = []
    for _ in range(count):
        start = CLOCK()
        fn()
        samples.append((CLOCK() - start) * 1000)
    return samples


def summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def pct(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)

    return {"median": round(statistics.median(ordered), 2), "p95": pct(0.95),
            "p99": pct(0.99), "n": len(ordered)}


def get(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--cpu", action="store_true",
                        help="time with the process's CPU time instead of wall time")
    args = parser.parse_args()
    global CLOCK
    if args.cpu:
        CLOCK = time.process_time
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"INSTANCE_PATH": folder, "SECRET_KEY": "bench",
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/forum.db",
                          "BASE_URL": "http://localhost", "TESTING": True})
        with app.app_context():
            upgrade()
            world = build(rng)
            # Each request with an empty `g`, as on a real server (the bench keeps one app
            # context open for the database; without this, the login and the per-request
            # memo of one request served the next: no session check was measured).
            from tests.conftest import IsolatedClient

            app.test_client_class = IsolatedClient
            client = app.test_client()
            login(app, client, world["reader"])
            results: dict[str, list[float]] = {"baseline page (1 revision, 0 links)": [],
                                               "page (50 revisions, 30 backlinks)": [],
                                               "word_diff of two 20 KB revisions": [],
                                               "diff page, two 20 KB revisions": []}
            big = db.session.get(pages.WikiPage, world["big"])
            old_text = pages.revision_text(db.session.get(pages.WikiRevision, world["old"]))
            new_text = pages.revision_text(big.current_revision)
            diff_url = f"/wiki/{world['big']}/diff?a={world['old']}&b={world['new']}"
            for url in (f"/wiki/{world['target']}", f"/wiki/{world['plain']}", diff_url):
                get(client, url)  # warm up caches and templates
            assert "Sida 0" in client.get(f"/wiki/{world['target']}").get_data(as_text=True)
            for _ in range(args.runs):  # interleaved, so noise hits every series alike
                results["baseline page (1 revision, 0 links)"] += timed(
                    lambda: get(client, f"/wiki/{world['plain']}"), args.requests)
                results["page (50 revisions, 30 backlinks)"] += timed(
                    lambda: get(client, f"/wiki/{world['target']}"), args.requests)
                results["word_diff of two 20 KB revisions"] += timed(
                    lambda: word_diff(old_text, new_text), max(5, args.requests // 10))
                results["diff page, two 20 KB revisions"] += timed(
                    lambda: get(client, diff_url), max(5, args.requests // 10))
            db.session.remove()
            db.engine.dispose()
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
              "machine": f"{platform.node()} {platform.processor() or platform.machine()}, "
                         f"Python {platform.python_version()}",
              "sizes": {"old": len(old_text), "new": len(new_text)},
              "results": {name: summary(values) for name, values in results.items()}}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"\n{'series':42} {'median':>8} {'p95':>8} {'p99':>8} {'n':>6}  (ms)")
    for name, row in report["results"].items():
        print(f"{name:42} {row['median']:8.2f} {row['p95']:8.2f} {row['p99']:8.2f} {row['n']:6}")


def login(app, client, user) -> None:
    html = client.get("/login").get_data(as_text=True)
    token = html.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
    response = client.post("/login", data={"csrf_token": token, "email": user.email,
                                           "password": Factory.PASSWORD})
    assert response.status_code == 302, response.status_code


if __name__ == "__main__":
    main()

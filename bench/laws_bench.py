"""Legal citations benchmark (issue 23): what recognizing citations adds to rendering, and the
page per law with 2,000 citing items, server time.

    .venv/bin/python bench/laws_bench.py --runs 5 --renders 400 --requests 100

Builds a throwaway SQLite database migrated like the app's (so the seeded statute register).
Then, in-process:

- `render()` of a ~1.5 KB post holding ten citations, against the same post with each citation
  replaced by words of the same length (so the difference is the recognition and the links),
  interleaved run by run, both with the database resolver;
- `GET /laws/2010:110` through the WSGI stack (Flask test client, a signed-in member) when
  2,000 posts in readable spaces and 200 in a space the member may not read cite the statute,
  against `GET /laws` (the register, no items) measured in the same run.

Everything stays in a temporary folder; every phase is bounded in count and stops by itself.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402

from forum import create_app  # noqa: E402
from forum.extensions import db  # noqa: E402
from forum.text import render  # noqa: E402
from forum.wiki.backlinks import DatabaseResolver  # noqa: E402
from tests.factories import ForumFactory  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from wiki_bench import get, login, summary, timed  # noqa: E402

CITATIONS = ["27 kap. 2 § SFB", "SoL 4 kap. 1 §", "5 § FINSAM", "OSL 25 kap. 1 §",
             "2 kap. 1 § andra stycket HSL", "27:48 SFB", "folketrygdloven § 8-4",
             "5 § lagen (2003:1210)", "Förvaltningslagen (2017:900) 32 §", "LSS 9 §"]
FILLER = ("Vi stämde av arbetsförmågan med handläggaren och kom överens om nästa steg i "
          "rehabiliteringen; arbetsförmedlaren tar kontakt med arbetsgivaren inför mötet. ")


def post_text(with_citations: bool) -> str:
    parts = []
    for citation in CITATIONS:
        written = citation if with_citations else "x" * len(citation)
        parts.append(f"{FILLER}Se {written}.")
    return "\n\n".join(parts)


def build(items: int, hidden: int) -> dict:
    forum = ForumFactory()
    af = forum.org("Arbetsförmedlingen", handle="af")
    fk = forum.org("Försäkringskassan", handle="fk")
    reader = forum.user(af, username="reader", display_name="Rut Reader")
    writer = forum.user(af, username="writer", display_name="Wera Writer")
    other = forum.user(fk, username="other", display_name="Olle Other")
    spaces = [forum.space(f"bench-{n}") for n in range(10)]
    secret = forum.space("fk-secret", visibility="org", org=fk)
    threads = [forum.thread(space, writer, f"Tråd {n}", "Start.") for n, space in
               enumerate(spaces)]
    secret_thread = forum.thread(secret, other, "Hemlig", "Start.")
    for n in range(items):
        forum.post(threads[n % len(threads)], writer, f"Inlägg {n}: se 27 kap. {n % 40 + 1} § SFB.")
    for n in range(hidden):
        forum.post(secret_thread, other, f"Hemligt {n}: 27 kap. 2 § SFB.")
    return {"reader": reader}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--renders", type=int, default=400)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--items", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"INSTANCE_PATH": folder, "SECRET_KEY": "bench",
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/forum.db",
                          "BASE_URL": "http://localhost", "TESTING": True})
        with app.app_context():
            upgrade()
            world = build(args.items, args.items // 10)
            client = app.test_client()
            login(app, client, world["reader"])
            resolver = DatabaseResolver()
            cited, plain = post_text(True), post_text(False)
            assert len(render(cited, resolver).citations) == 10
            assert not render(plain, resolver).citations
            page = client.get("/laws/2010:110").get_data(as_text=True)
            assert 'citing-items' in page and "Hemlig" not in page
            results: dict[str, list[float]] = {
                "render, post without citations": [], "render, same post with 10 citations": [],
                "GET /laws (register, baseline)": [],
                f"GET /laws/2010:110 ({args.items} citing items)": []}
            for _ in range(args.runs):
                for _ in range(args.renders):  # alternated call by call: noise hits both
                    results["render, post without citations"] += timed(
                        lambda: render(plain, resolver), 1)
                    results["render, same post with 10 citations"] += timed(
                        lambda: render(cited, resolver), 1)
                results["GET /laws (register, baseline)"] += timed(
                    lambda: get(client, "/laws"), args.requests)
                results[f"GET /laws/2010:110 ({args.items} citing items)"] += timed(
                    lambda: get(client, "/laws/2010:110"), args.requests)
            db.session.remove()
            db.engine.dispose()
    report = {"date": datetime.now(UTC).isoformat(timespec="seconds"),
              "machine": f"{platform.node()} {platform.processor() or platform.machine()}, "
                         f"Python {platform.python_version()}",
              "results": {name: summary(values) for name, values in results.items()}}
    print(json.dumps(report, indent=2, ensure_ascii=False))
    print(f"\n{'series':48} {'median':>8} {'p95':>8} {'p99':>8} {'n':>6}  (ms)")
    for name, row in report["results"].items():
        print(f"{name:48} {row['median']:8.2f} {row['p95']:8.2f} {row['p99']:8.2f} {row['n']:6}")


if __name__ == "__main__":
    main()

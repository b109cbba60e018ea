"""Prepare a benchmark instance: `forum init`, `forum demo`, N extra members, a live thread and
a 50-post thread, then one real HTTP login per bench user (cookies saved for the clients).

    .venv/bin/python bench/rt_setup.py --instance DIR --users 200 --out DIR/setup.json

The users and threads are written through the forum's own models and actions (as
tests/factories.py does); the logins go through the real login form (CSRF, argon2), once.
The login sessions are rows in the database and the cookie is signed with the fixed bench
secret, so the same cookies are valid for every server later started on this instance.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rt_common import (
    FORUM,
    SOURCE,
    USER_AGENT,
    forum_env,
    free_port,
    source_state,
    start_forum,
    stop,
    write_json,
)

ORG_HANDLE = "vardcentralen"
BODIES = [
    "Vi har haft **tre** avstämningsmöten den här månaden och det fungerar bättre när "
    "arbetsförmedlaren är med från början. Hur gör ni när det blir långa väntetider?",
    "Bra fråga! Hos oss bokar vi ett gemensamt möte inom två veckor:\n\n"
    "- kallelse från vårdcentralen\n- underlag från Försäkringskassan\n- "
    "en kort sammanfattning efteråt",
    "Jag håller med. Se också [rutinen för avstämning](https://example.org/rutin) som "
    "förbundet tog fram i våras, den täcker det mesta.",
    "Vi testar att skicka en *skriftlig sammanfattning* till personen direkt efter mötet, "
    "så att alla har samma bild. Det har minskat antalet missförstånd rejält.",
    "En sak att tänka på: tolk behöver bokas i god tid, annars blir mötet uppskjutet. "
    "Vi lägger alltid in det i kallelsen.",
]


def sh(env: dict, *args: str) -> str:
    done = subprocess.run([FORUM, *args], env=env, capture_output=True, text=True,
                          timeout=300, check=True, cwd=str(SOURCE))
    return done.stdout


def create_content(instance: Path, users: int, page_posts: int) -> dict:
    """Bench users and the two threads, straight into the instance's database."""
    os.environ.update(forum_env(instance, 5000))
    sys.path.insert(0, str(SOURCE))  # import the frozen copy, not the work tree
    from sqlalchemy import select

    import forum
    from forum import create_app

    assert Path(forum.__file__).resolve().is_relative_to(SOURCE), forum.__file__
    from forum.accounts.models import Organization, Role, User, UserRole
    from forum.db import utcnow
    from forum.demo.loader import DEMO_PASSWORD
    from forum.discussions import actions
    from forum.discussions.models import Space
    from forum.extensions import db

    app = create_app()
    with app.app_context(), app.test_request_context():
        org = db.session.scalar(select(Organization).where(Organization.handle == ORG_HANDLE))
        # Bench users only: argon2id with light parameters, so 200 real logins take seconds
        # instead of a minute (the stored hash carries its parameters; the login code path,
        # argon2 verification included, is the forum's own and unchanged).
        from argon2 import PasswordHasher

        hashed = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(
            DEMO_PASSWORD)
        made = []
        for n in range(1, users + 1):
            user = User(email=f"bench{n:04d}@bench.example", username=f"bench{n:04d}",
                        display_name=f"Bänkperson {n:04d}", job_title="Rehabkoordinator",
                        organization=org, password_hash=hashed)
            user.role_rows = [UserRole(role=Role.MEMBER)]
            db.session.add(user)
            made.append(user)
        db.session.commit()
        space = db.session.scalar(select(Space).where(Space.slug == "allmant"))
        admin = db.session.scalar(select(User).where(User.username == "admin"))
        live = actions.check_new_thread(admin, space, "Bänk: live-tråd",
                                        "Den här tråden används av realtidsmätningen.", None)
        live_thread, _ = actions.do_create_thread(admin, space, live, utcnow())
        db.session.commit()
        page = actions.check_new_thread(made[0], space, "Bänk: tråd med 50 inlägg",
                                        BODIES[0], None)
        page_thread, _ = actions.do_create_thread(made[0], space, page, utcnow())
        db.session.commit()
        for i in range(1, page_posts):
            author = made[i % len(made)]
            draft = actions.check_new_post(author, page_thread, BODIES[i % len(BODIES)], None)
            actions.do_create_post(author, page_thread, draft, utcnow())
            db.session.commit()
        result = {"live_thread": live_thread.id, "page_thread": page_thread.id,
                  "page_thread_posts": page_thread.post_count,
                  "emails": [u.email for u in made], "password": DEMO_PASSWORD}
        db.engine.dispose()
    return result


def login(url: str, email: str, password: str) -> str:
    import requests

    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    html = session.get(url + "/login", timeout=30).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    response = session.post(url + "/login", timeout=30, allow_redirects=False,
                            data={"csrf_token": token, "email": email, "password": password})
    if response.status_code != 302:
        raise RuntimeError(f"login of {email} failed: {response.status_code}")
    return "; ".join(f"{k}={v}" for k, v in session.cookies.get_dict().items())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--instance", type=Path, required=True)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--page-posts", type=int, default=50)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.instance.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    env = forum_env(args.instance, free_port())
    sh(env, "init")
    sh(env, "demo")
    content = create_content(args.instance, args.users, args.page_posts)
    server = start_forum(args.instance, "threading", args.instance / "setup-server.log")
    try:
        with ThreadPoolExecutor(4) as pool:
            cookies = list(pool.map(lambda e: login(server.url, e, content["password"]),
                                    content["emails"]))
    finally:
        stop(server)
    content["cookies"] = cookies
    content["setup_seconds"] = round(time.monotonic() - started, 1)
    content["source"] = source_state()
    write_json(args.out, content)
    print(f"setup: {args.users} users, live thread {content['live_thread']}, page thread "
          f"{content['page_thread']} ({content['page_thread_posts']} posts), "
          f"{content['setup_seconds']} s")


if __name__ == "__main__":
    main()

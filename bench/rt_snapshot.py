"""Freeze the code under test: copy forum/, templates/, static/ and migrations/ of the work tree
(including uncommitted changes and compiled translations) to DEST, and record git HEAD and a
hash of the copy. The work tree is shared with other engineers and changes while a benchmark
runs; every server of one benchmark run imports this copy (PYTHONPATH=DEST), so all figures of
a run belong to one version of the code.

    .venv/bin/python bench/rt_snapshot.py DEST
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PARTS = ("forum", "templates", "static", "migrations")


def main(dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for part in PARTS:
        shutil.copytree(REPO / part, dest / part,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    digest = hashlib.sha256()
    for path in sorted(p for p in dest.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(dest)).encode())
        digest.update(path.read_bytes())

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], capture_output=True, text=True,
                              cwd=str(REPO)).stdout.strip()

    info = {"head": git("rev-parse", "HEAD"), "head_subject": git("log", "-1", "--format=%s"),
            "uncommitted": git("status", "--short", *PARTS).splitlines(),
            "snapshot_sha256": digest.hexdigest()}
    (dest / "SNAPSHOT.json").write_text(json.dumps(info, indent=2))
    print(json.dumps({k: v for k, v in info.items() if k != "uncommitted"}))


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve())

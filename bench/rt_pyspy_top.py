"""Summarize a py-spy `--format raw` file (collapsed stacks): top functions by own samples
and by inclusive samples, idle frames (waiting in the hub/selector/locks) listed too.

    .venv/bin/python bench/rt_pyspy_top.py bench/results/.../forum-gevent-200-latency.pyspy.txt
"""

from __future__ import annotations

import sys
from collections import Counter


def main(path: str, top: int = 30) -> None:
    own: Counter = Counter()
    inclusive: Counter = Counter()
    total = 0
    with open(path) as source:
        for line in source:
            stack, _, count = line.rstrip().rpartition(" ")
            if not stack:
                continue
            n = int(count)
            total += n
            frames = stack.split(";")
            own[frames[-1]] += n
            for frame in set(frames):
                inclusive[frame] += n
    print(f"{total} samples")
    print("-- own time")
    for frame, n in own.most_common(top):
        print(f"{100 * n / total:5.1f}%  {frame}")
    print("-- inclusive time")
    for frame, n in inclusive.most_common(top * 2):
        print(f"{100 * n / total:5.1f}%  {frame}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 30)

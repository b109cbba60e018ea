"""The modules whose periodic jobs the worker runs (each registers with
`forum.email.worker.periodic` when imported). Add a module here to add its jobs."""

from __future__ import annotations

import importlib

JOB_MODULES = ("forum.email.digest", "forum.inbox.reminders", "forum.email.pbl_reminders",
               "forum.insights.pending", "forum.insights.kept")


def load() -> None:
    for name in JOB_MODULES:
        importlib.import_module(name)

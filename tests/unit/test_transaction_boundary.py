"""One transaction boundary: nothing in forum/ commits except forum.db (ForumSession.commit
and unit_of_work). Every entry point, whatever its kind, ends its transaction with
`with unit_of_work():` (CONTRIBUTING.md, "The transaction").

The one other commit is Whoosh's: an index writer's commit, not a database transaction,
made in one place (WhooshBackend._writing, on a clean exit of the block)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from forum.db import unit_of_work
from forum.extensions import db

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {
    ("forum/db/__init__.py", "commit"),  # ForumSession.commit: the session's own commit
    ("forum/db/__init__.py", "unit_of_work"),  # the boundary
    ("forum/search/whoosh_backend.py", "_writing"),  # the search index's writer
}


def _commits(path: Path):
    """(enclosing function, line) of every `<something>.commit(...)` call in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            function = node.name
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "commit"):
            found.append((function, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(tree, "<module>")
    return found


def test_only_the_boundary_commits():
    offenders = []
    for path in sorted((ROOT / "forum").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for function, line in _commits(path):
            if (name, function) not in ALLOWED:
                offenders.append(f"{name}:{line} in {function}()")
    assert offenders == [], ("commit outside forum.db.unit_of_work; end the transaction with "
                             "'with unit_of_work():' instead: " + ", ".join(offenders))


def test_the_allowed_commits_are_still_there():
    """The allowlist names real places (a stale entry would hide nothing, but mislead)."""
    present = set()
    for name, _function in ALLOWED:
        present |= {(name, function) for function, _line in _commits(ROOT / name)}
    assert present >= ALLOWED


def _org(handle: str):
    from forum.accounts.models import Organization, OrgType

    return Organization(name=handle.title(), short_name=handle, handle=handle,
                        type=OrgType.OTHER)


def _handles() -> set[str]:
    from forum.accounts.models import Organization

    db.session.remove()  # a fresh session: only what was committed
    return set(db.session.scalars(db.select(Organization.handle)))


def test_unit_of_work_commits_at_the_end_and_rolls_back_on_error(app):
    with unit_of_work():
        db.session.add(_org("kept"))
    with pytest.raises(RuntimeError), unit_of_work():
        db.session.add(_org("gone"))
        db.session.flush()
        raise RuntimeError("boom")
    handles = _handles()
    assert "kept" in handles
    assert "gone" not in handles


def test_unit_of_work_commits_the_session_it_is_given(app):
    session = db.session()
    with unit_of_work(session):
        session.add(_org("given"))
    assert "given" in _handles()

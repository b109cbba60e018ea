"""forum.search is a library (its __init__ says so): no Flask and nothing from the app.

Every import counts, the ones inside functions too: a lazy `from forum.extensions import db`
in a function still ties the library to the app.
"""

import ast
from pathlib import Path

import pytest

import forum.search

LIBRARY = Path(forum.search.__file__).parent


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) for every import anywhere in the module, functions included;
    `from forum import x` counts as importing forum.x."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "forum":
            names += [(node.lineno, f"forum.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append((node.lineno, node.module))
        elif isinstance(node, ast.ImportFrom) and node.level > 1:
            # A relative import that climbs out of forum/search reaches the app.
            names.append((node.lineno, f"forum.{node.module}" if node.module else "forum"))
    return names


def app_import(name: str) -> bool:
    top = name.split(".")[0]
    if top == "flask" or top.startswith("flask_"):
        return True
    return top == "forum" and name != "forum.search" and not name.startswith("forum.search.")


def offending_imports(source: str, filename: str) -> list[str]:
    return [f"{filename}:{line}: imports {name}"
            for line, name in imported_names(ast.parse(source, filename)) if app_import(name)]


def test_the_search_library_imports_neither_flask_nor_the_app():
    modules = sorted(LIBRARY.glob("*.py"))
    assert len(modules) > 10  # the walk found the library
    offending = [hit for path in modules
                 for hit in offending_imports(path.read_text(encoding="utf-8"),
                                              f"forum/search/{path.name}")]
    assert offending == [], "forum/search must stay a library:\n" + "\n".join(offending)


@pytest.mark.parametrize("source", [
    "from forum.extensions import db",
    "import flask",
    "from flask import g",
    "import flask_sqlalchemy.session",
    "from forum.db import followups",
    "def f():\n    from forum.indexing.indexer import note_write\n",
    "class C:\n    def m(self):\n        import forum.db\n",
    "from .. import db",
])
def test_the_check_names_an_app_import(source):
    assert offending_imports(source, "x.py")


@pytest.mark.parametrize("source", [
    "from forum.search.text import fold",
    "from forum.search import SearchDoc",
    "from forum import search",
    "import forum.search.query",
    "from . import text",
    "import sqlalchemy as sa",
    "from whoosh.query import Term",
    "import flaskish",
])
def test_the_check_lets_the_library_and_its_dependencies_through(source):
    assert offending_imports(source, "x.py") == []

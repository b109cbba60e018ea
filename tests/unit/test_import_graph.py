"""The parts of forum/ import each other without a cycle.

A part is the first component under forum/: a package (``forum/wiki/``) or a top-level module
(``forum/app.py``). Every import counts, also one written inside a function: hiding an import
in a function hides the cycle from Python, not from the design. Dependencies point one way:
the low parts (config, errors, text, db, extensions, search, indexing, web, realtime, audit)
-> accounts -> the features (pbl -> wiki -> discussions -> laws, distil, notifications) -> app
and cli. Where a low part must call up, create_app hands
it what it calls (forum.db.aftercommit.install, forum.realtime.server.init_socketio,
forum.web.templating.init_app, forum.indexing.indexer.run_hourly,
forum.accounts.audit_links.register); where a feature must call one above it, create_app fills
its hooks.py (forum.pbl.hooks, forum.wiki.hooks, forum.discussions.hooks).
"""
import ast
import itertools
from pathlib import Path

FORUM = Path(__file__).resolve().parents[2] / "forum"

# Parts that import no feature: everything else is built on them.
LOW = {"config", "errors", "text", "db", "extensions", "search", "web", "realtime", "mail",
       "audit", "indexing"}


def _part_of(path: Path) -> str:
    rel = path.relative_to(FORUM).parts
    return rel[0] if len(rel) > 1 else rel[0].removesuffix(".py")


def _module_of(path: Path) -> list[str]:
    rel = list(path.relative_to(FORUM.parent).with_suffix("").parts)
    return rel[:-1] if rel[-1] == "__init__" else rel


def _targets(path: Path, node: ast.AST):
    """Dotted names an import statement refers to (relative imports resolved)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            package = _module_of(path)
            if path.name != "__init__.py":
                package = package[:-1]
            base = package[: len(package) - (node.level - 1)]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        yield module
        for alias in node.names:
            yield f"{module}.{alias.name}"


def import_graph() -> dict[str, dict[str, list[str]]]:
    """part -> imported part -> ["forum/x/y.py:12", ...] (the import statements)."""
    parts = {_part_of(p) for p in FORUM.rglob("*.py")}
    graph: dict[str, dict[str, list[str]]] = {}
    for path in sorted(FORUM.rglob("*.py")):
        me = _part_of(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for name in _targets(path, node):
                bits = name.split(".")
                if bits[0] != "forum" or len(bits) < 2 or bits[1] not in parts or bits[1] == me:
                    continue
                where = f"{path.relative_to(FORUM.parent)}:{node.lineno}"
                sites = graph.setdefault(me, {}).setdefault(bits[1], [])
                if where not in sites:
                    sites.append(where)
    return graph


def _cycle(graph) -> list[str] | None:
    """One cycle as a list of parts (first == last), or None."""
    state: dict[str, int] = {}
    trail: list[str] = []

    def visit(part):
        state[part] = 1
        trail.append(part)
        for nxt in sorted(graph.get(part, {})):
            if state.get(nxt) == 1:
                return [*trail[trail.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        trail.pop()
        state[part] = 2
        return None

    for part in sorted(graph):
        if part not in state and (found := visit(part)):
            return found
    return None


def test_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "app" in graph and "config" in graph["app"]
    assert graph.get("cli"), "cli imports the features inside its commands"


def _without(graph, pairs):
    return {a: {b: sites for b, sites in targets.items() if (a, b) not in pairs}
            for a, targets in graph.items()}


def test_no_import_cycle_between_parts_of_forum():
    graph = import_graph()
    cycle = _cycle(graph)
    if cycle:
        lines = [f"import cycle: {' -> '.join(cycle)}"]
        for a, b in itertools.pairwise(cycle):
            lines.append(f"  {a} -> {b}: " + ", ".join(graph[a][b]))
        raise AssertionError("\n".join(lines))


def test_the_cycle_finder_names_the_imports():
    graph = {"a": {"b": ["forum/a/x.py:3"]}, "b": {"c": ["forum/b/y.py:9"]},
             "c": {"a": ["forum/c/z.py:1"]}}
    assert _cycle(graph) == ["a", "b", "c", "a"]
    assert _cycle(_without(graph, {("c", "a")})) is None


def test_the_low_parts_import_no_feature():
    graph = import_graph()
    wrong = [f"{low} -> {part}: {', '.join(sites)}" for low in sorted(LOW)
             for part, sites in sorted(graph.get(low, {}).items()) if part not in LOW]
    assert wrong == [], "\n".join(wrong)

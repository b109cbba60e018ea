"""CONTRIBUTING.md's table of roles matches the tree: every module it names exists, every
module of a feature package is named exactly once, and every package of forum/ has a row.

How the table is read (as CONTRIBUTING.md says): the table whose header starts with
"| file or role |"; in its "where" column a path in backticks (`wiki/pages.py`) names one
module, a bare word (wiki) is a feature package that has the file named in backticks in the
first column (`models.py`); a first column like `search/` is a package described as a whole.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORUM = ROOT / "forum"
NOT_CODE = {"translations", "__pycache__"}


def _rows() -> list[list[str]]:
    lines = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("| file or role |"))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def _named() -> tuple[list[str], set[str]]:
    """(every module the table names, as paths under forum/; the packages it describes whole)."""
    modules: list[str] = []
    packages: set[str] = set()
    for role, _holds, where in _rows():
        if whole := re.fullmatch(r"`([a-z_]+)/`", role):
            packages.add(whole.group(1))
            continue
        paths = re.findall(r"`([a-z_]+/[a-z_]+\.py)`", where)
        modules += paths
        file_name = re.fullmatch(r"`([a-z_]+\.py)`", role)
        if file_name:
            # bare feature names: the words of the cell outside backticks and parentheses,
            # up to the first ";" (what follows it is a remark)
            plain = re.sub(r"`[^`]*`|\([^)]*\)", "", where.split(";")[0])
            modules += [f"{feature}/{file_name.group(1)}"
                        for feature in re.findall(r"[a-z_]+", plain)]
    return modules, packages


def _packages() -> set[str]:
    return {p.name for p in FORUM.iterdir()
            if p.is_dir() and p.name not in NOT_CODE and (p / "__init__.py").exists()}


def test_every_module_named_exists():
    modules, packages = _named()
    missing = [m for m in modules if not (FORUM / m).is_file()]
    assert missing == [], f"CONTRIBUTING.md names modules that are not in forum/: {missing}"
    gone = sorted(packages - _packages())
    assert gone == [], f"CONTRIBUTING.md describes packages that are not in forum/: {gone}"


def test_every_module_of_a_feature_has_one_role():
    modules, packages = _named()
    twice = sorted({m for m in modules if modules.count(m) > 1})
    assert twice == [], f"modules with two roles in CONTRIBUTING.md: {twice}"
    features = _packages() - packages
    in_tree = {f"{feature}/{path.name}" for feature in features
               for path in (FORUM / feature).glob("*.py") if path.name != "__init__.py"}
    unnamed = sorted(in_tree - set(modules))
    assert unnamed == [], ("modules missing from CONTRIBUTING.md's table of roles (add each "
                           f"to the row of its role): {unnamed}")


def test_every_package_has_a_row():
    modules, packages = _named()
    features = {m.split("/")[0] for m in modules}
    assert _packages() - features - packages == set()
    assert features & packages == set()


def test_the_reading_sees_the_whole_table():
    """Guards the parser itself: the rows it reads include the ones it must."""
    modules, packages = _named()
    assert {"accounts/models.py", "wiki/pages.py", "pbl/entrypoints.py",
            "accounts/admin_views.py", "discussions/api.py"} <= set(modules)
    assert {"search", "searching", "realtime"} <= packages

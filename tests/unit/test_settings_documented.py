"""Every FORUM_* setting the code reads is in the README's table with its default, and nothing
else is; load_config reads exactly the SETTINGS table."""

from __future__ import annotations

import re
from pathlib import Path

from forum.config import SETTINGS, load_config

ROOT = Path(__file__).resolve().parents[2]


def test_readme_lists_every_setting():
    readme = (ROOT / "README.md").read_text()
    documented = dict(re.findall(r"^\| `(FORUM_[A-Z_]+)` \| `([^`]*)` \|", readme, flags=re.M))
    assert set(documented) == {s.env for s in SETTINGS}
    assert documented == {s.env: s.documented_default for s in SETTINGS}


def test_code_reads_only_declared_settings():
    names = set()
    for path in (ROOT / "forum").rglob("*.py"):
        names |= set(re.findall(r'"(FORUM_[A-Z_]+)"', path.read_text()))
    assert names - {s.env for s in SETTINGS} == set()


def test_load_config_fills_every_setting_from_its_default(tmp_path, monkeypatch):
    """With no variable set, each config key holds its row's default, parsed."""
    for s in SETTINGS:
        monkeypatch.delenv(s.env, raising=False)
    config = load_config({"INSTANCE_PATH": tmp_path})
    assert config["INSTANCE_PATH"] == str(tmp_path.resolve())
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path.resolve()}/forum.db"
    assert config["SEARCH_INDEX_DIR"] == str(tmp_path.resolve() / "search-index")
    assert config["ALLOWED_ORIGINS"] == ["http://127.0.0.1:5000", "http://localhost:5000"]
    assert config["SESSION_COOKIE_SECURE"] is False and config["REMEMBER_COOKIE_SECURE"] is False
    assert config["SECRET_KEY"] == (tmp_path / "secret_key").read_text().strip()
    assert config["REDIS_URL"] is None and config["SMTP_HOST"] is None
    written = {s.name: s.parse(s.default) for s in SETTINGS if isinstance(s.default, str)}
    assert written and {k: config[k] for k in written} == written
    assert config["PORT"] == 5000 and config["EMBEDDED_INDEXER"] is True


def test_a_variable_sets_its_row_and_what_is_worked_out_from_it(tmp_path, monkeypatch):
    for s in SETTINGS:
        monkeypatch.delenv(s.env, raising=False)
    monkeypatch.setenv("FORUM_BASE_URL", "https://forum.example.org/")
    monkeypatch.setenv("FORUM_PORT", "8080")
    monkeypatch.setenv("FORUM_SMTP_STARTTLS", "0")
    monkeypatch.setenv("FORUM_SECRET_KEY", "k" * 40)
    config = load_config({"INSTANCE_PATH": tmp_path})
    assert config["BASE_URL"] == "https://forum.example.org"
    assert config["ALLOWED_ORIGINS"] == ["https://forum.example.org"]
    assert config["SESSION_COOKIE_SECURE"] is True and config["PORT"] == 8080
    assert config["SMTP_STARTTLS"] is False and config["SECRET_KEY"] == "k" * 40
    assert not (tmp_path / "secret_key").exists()

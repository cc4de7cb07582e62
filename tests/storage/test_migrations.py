"""Migrations: every feature registered, applied once and in order, a broken one rolled back."""

from __future__ import annotations

import importlib
import itertools
import sqlite3
import sys
import textwrap
from pathlib import Path

import pytest

from agentdesk.storage import LocalDatabase, MigrationError, open_database
from agentdesk.storage import migrations as registry_module
from agentdesk.storage.migrations import REGISTRY, feature_of, load, split_statements

STORAGE_DIR = Path(registry_module.__file__).parent
_counter = itertools.count()


@pytest.fixture
def schema_package(tmp_path, monkeypatch):
    """Writes throw-away ``schema_<feature>.py`` modules into a fresh importable package."""
    package = f"adtest_schemas_{next(_counter)}_{id(tmp_path)}"
    root = tmp_path / "modules"
    (root / package).mkdir(parents=True)
    (root / package / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(root))
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # rewritten modules must reload fresh

    def make(feature: str, migrations: list[tuple[str, str]]) -> str:
        (root / package / f"schema_{feature}.py").write_text(f"MIGRATIONS = {migrations!r}\n")
        importlib.invalidate_caches()
        return f"{package}.schema_{feature}"

    return make


def tables(db: LocalDatabase) -> set[str]:
    return {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}


def applied(db: LocalDatabase) -> list[str]:
    return [r["id"] for r in db.query("SELECT id FROM schema_migrations ORDER BY rowid")]


def test_every_schema_module_is_registered_and_every_registered_module_exists():
    on_disk = {f"agentdesk.storage.{p.stem}" for p in STORAGE_DIR.glob("schema_*.py")}
    assert on_disk - set(REGISTRY) == set(), (
        "add these modules to REGISTRY in agentdesk/storage/migrations.py"
    )
    assert set(REGISTRY) - on_disk == set()
    assert len(REGISTRY) == len(set(REGISTRY))
    declared = load()
    assert len({m.id for m in declared}) == len(declared)
    assert all(m.id.startswith(feature_of(m.module) + ".") for m in declared)


def test_fresh_database_applies_all_registered_migrations_in_order(user_data_dir):
    db = open_database()
    assert db.path == (user_data_dir / "agentdesk.sqlite").resolve()
    expected = [m.id for m in load()]
    assert db.applied_at_open == expected
    assert applied(db) == expected
    assert {"schema_migrations", "audit_entry", "recent_customer"} <= tables(db)
    stamps = [r["applied_at"] for r in db.query("SELECT applied_at FROM schema_migrations ORDER BY rowid")]
    assert stamps == sorted(stamps) and all(s.endswith("Z") for s in stamps)


def test_reopening_applies_nothing(user_data_dir):
    first = open_database()
    first.execute(
        "INSERT INTO recent_customer VALUES ('a', 'c1', '13300000000', 'X', '2026-01-01T00:00:00.000Z', 1)"
    )
    first.close()
    again = open_database()
    assert again is not first
    assert again.applied_at_open == []
    assert applied(again) == [m.id for m in load()]
    assert again.scalar("SELECT count(*) FROM recent_customer") == 1


def test_modules_apply_in_registry_order_and_later_ones_build_on_earlier(tmp_path, schema_package):
    alpha = schema_package(
        "alpha",
        [
            ("alpha.001_things", "CREATE TABLE thing (id INTEGER PRIMARY KEY, label TEXT)"),
            ("alpha.002_more", "ALTER TABLE thing ADD COLUMN colour TEXT"),
        ],
    )
    beta = schema_package("beta", [("beta.001_index", "CREATE INDEX thing_colour ON thing (colour)")])
    db = LocalDatabase(tmp_path / "x.sqlite", registry=[alpha, beta])
    assert db.applied_at_open == ["alpha.001_things", "alpha.002_more", "beta.001_index"]
    db.close()
    # Reversed, beta's index would be on a table that does not exist yet: order matters.
    with pytest.raises(MigrationError, match="beta.001_index"):
        LocalDatabase(tmp_path / "y.sqlite", registry=[beta, alpha])


def test_broken_migration_rolls_back_with_a_clear_message_and_can_be_fixed(tmp_path, schema_package):
    good = ("shop.001_orders", "CREATE TABLE shop_order (id INTEGER PRIMARY KEY)")
    broken = (
        "shop.002_items",
        """
        CREATE TABLE shop_item (id INTEGER PRIMARY KEY, order_id INTEGER);
        INSERT INTO shop_order (id) VALUES (1);
        CREATE INDEX shop_item_order ON shop_item (no_such_column);
        """,
    )
    module = schema_package("shop", [good, broken])
    path = tmp_path / "shop.sqlite"
    with pytest.raises(MigrationError) as caught:
        LocalDatabase(path, registry=[module])
    message = str(caught.value)
    assert "shop.002_items" in message and "rolled back" in message and "shop.001_orders" in message
    assert "no_such_column" in message

    raw = sqlite3.connect(path)
    names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    assert "shop_order" in names and "shop_item" not in names and "shop_item_order" not in names
    assert raw.execute("SELECT count(*) FROM shop_order").fetchone()[0] == 0
    assert [r[0] for r in raw.execute("SELECT id FROM schema_migrations")] == ["shop.001_orders"]
    raw.close()

    fixed = (broken[0], broken[1].replace("no_such_column", "order_id"))
    module = schema_package("shop", [good, fixed])
    importlib.reload(sys.modules[module])
    db = LocalDatabase(path, registry=[module])
    assert db.applied_at_open == ["shop.002_items"]
    assert db.scalar("SELECT count(*) FROM shop_order") == 1
    db.close()


@pytest.mark.parametrize("statement", ["COMMIT", "BEGIN", "-- note\nrollback", "VACUUM"])
def test_transaction_control_inside_a_migration_is_refused(tmp_path, schema_package, statement):
    module = schema_package("tx", [("tx.001_bad", f"CREATE TABLE t1 (a); {statement}; CREATE TABLE t2 (b);")])
    with pytest.raises(MigrationError, match="not allowed"):
        LocalDatabase(tmp_path / "t.sqlite", registry=[module])
    raw = sqlite3.connect(tmp_path / "t.sqlite")
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('t1', 't2')").fetchone()[0] == 0
    raw.close()


@pytest.mark.parametrize(
    ("migrations", "problem"),
    [
        ([("other.001_x", "CREATE TABLE x (a)")], "must look like 'bad.001_name'"),
        ([("bad.1_x", "CREATE TABLE x (a)")], "must look like"),
        ([("bad.002_x", "CREATE TABLE x (a)"), ("bad.001_y", "CREATE TABLE y (a)")], "out of order"),
        ([("bad.001_x", "  -- nothing\n ")], "no SQL statement"),
        (["bad.001_x"], "pair of strings"),
    ],
)
def test_malformed_declarations_fail_before_the_file_is_touched(
    tmp_path, schema_package, migrations, problem
):
    module = schema_package("bad", migrations)
    with pytest.raises(MigrationError, match=problem):
        LocalDatabase(tmp_path / "never.sqlite", registry=[module])
    assert not (tmp_path / "never.sqlite").exists()


def test_an_id_declared_by_two_modules_is_refused(tmp_path, schema_package):
    one = schema_package("dup", [("dup.001_x", "CREATE TABLE x (a)")])
    with pytest.raises(MigrationError, match="declared twice"):
        load([one, one])


def test_unregistered_or_missing_module_is_a_clear_error(tmp_path):
    with pytest.raises(MigrationError, match="cannot be imported"):
        load(["agentdesk.storage.schema_does_not_exist"])


def test_split_statements_keeps_semicolons_inside_strings_and_triggers():
    script = textwrap.dedent(
        """
        -- leading comment; with a semicolon
        CREATE TABLE t (a TEXT);
        INSERT INTO t VALUES ('x;y');
        CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN
            UPDATE t SET a = a || ';' WHERE rowid = new.rowid;
            SELECT 1;
        END;
        /* block; comment */
        SELECT 2
        """
    )
    parts = split_statements(script)
    assert len(parts) == 4
    assert "'x;y'" in parts[1]
    assert parts[2].rstrip().endswith("END;")
    assert parts[3].rstrip(" \n;").endswith("SELECT 2")

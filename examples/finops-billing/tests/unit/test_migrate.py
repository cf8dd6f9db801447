import pytest

from billing import migrate
from billing.db import connect


def test_migrations_round_trip_through_rollback():
    names, schema = migrate.check()
    assert len(names) == 3
    assert schema == ["clients", "invoice_lines", "invoices", "payments"]


def test_migrate_is_idempotent():
    conn = connect()
    assert len(migrate.migrate(conn)) == 3
    assert migrate.migrate(conn) == []


def test_duplicate_timestamps_are_refused(monkeypatch):
    monkeypatch.setattr(migrate.pkgutil, "iter_modules", lambda _: [
        type("M", (), {"name": "2025_01_20_090000_a"}),
        type("M", (), {"name": "2025_01_20_090000_b"})])
    with pytest.raises(ValueError, match="timestamp 2025_01_20_090000"):
        migrate.discover()


def test_command_line_check_reports_tables(capsys):
    assert migrate.main(["--check"]) == 0
    assert "tables: clients, invoice_lines, invoices, payments" in capsys.readouterr().out


def test_command_line_applies_pending_migrations(capsys):
    assert migrate.main([]) == 0
    assert capsys.readouterr().out.count("migrated: ") == 3

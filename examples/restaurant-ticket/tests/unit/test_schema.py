import pytest

from ticket import schema


def test_every_migration_applies_in_order():
    assert schema.check() == len(schema.MIGRATIONS)


def test_every_migration_rolls_back_and_reapplies():
    assert schema.rollback_check() == 3


def test_partial_rollback_keeps_earlier_tables():
    conn = schema.connect()
    schema.migrate(conn)
    assert schema.rollback(conn, 1) == 1
    assert schema.tables(conn) == ["employees"]


def test_command_line(capsys):
    assert schema.main(["--check"]) == 0
    assert schema.main(["--rollback-check"]) == 0
    assert "3 migrations rolled back" in capsys.readouterr().out


def test_command_line_reports_a_broken_schema(monkeypatch, capsys):
    monkeypatch.setattr(schema, "EXPECTED_TABLES", ["employees"])
    assert schema.main(["--check"]) == 1
    assert "unexpected tables" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        schema.main([])

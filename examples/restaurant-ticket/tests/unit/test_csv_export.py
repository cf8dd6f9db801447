from ticket import csv_export
from ticket.models import add_absence, employees


def test_one_ticket_per_working_day_minus_absences(conn):
    rows = csv_export.allocations(conn, "2025-01")
    assert [r["tickets"] for r in rows] == [22, 21, 22]
    assert rows[0]["employer_cents"] == 13200


def test_provider_file_is_semicolon_separated(conn):
    add_absence(conn, employees(conn)[0].id, "2025-01-06")
    lines = csv_export.export(conn, "2025-01").splitlines()
    assert lines[0] == "matricule;name;tickets;employer_eur"
    assert lines[1] == "LYO000001;Employee 1;21;126.00"
    assert len(lines) == 4

"""Schema and migrations (stream A, agent-a1).

    python3 -m ticket.schema --check           # every migration applies, schema as expected
    python3 -m ticket.schema --rollback-check  # every migration rolls back and re-applies
"""

import argparse
import sqlite3
import sys

# (version, up, down): applied in order; each down undoes its up exactly.
MIGRATIONS = [
    (1,
     ["CREATE TABLE employees (id INTEGER PRIMARY KEY, hr_id TEXT NOT NULL UNIQUE, "
      "name TEXT NOT NULL, site TEXT NOT NULL)"],
     ["DROP TABLE employees"]),
    (2,
     ["CREATE TABLE matricules (hr_id TEXT PRIMARY KEY REFERENCES employees(hr_id), "
      "matricule TEXT NOT NULL UNIQUE)"],
     ["DROP TABLE matricules"]),
    (3,
     ["CREATE TABLE absences (employee_id INTEGER NOT NULL REFERENCES employees(id), "
      "day TEXT NOT NULL, PRIMARY KEY (employee_id, day))",
      "CREATE INDEX absences_by_day ON absences (day)"],
     ["DROP INDEX absences_by_day", "DROP TABLE absences"]),
]

EXPECTED_TABLES = ["absences", "employees", "matricules"]


def connect(path=":memory:"):
    """A connection with foreign keys on and rows addressable by name."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def version(conn):
    """The schema version recorded in the database (0 when empty)."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, target=None):
    """Applies the migrations above the current version, up to `target`."""
    target = MIGRATIONS[-1][0] if target is None else target
    for number, up, _ in MIGRATIONS:
        if version(conn) < number <= target:
            with conn:
                for statement in up:
                    conn.execute(statement)
                conn.execute("PRAGMA user_version = %d" % number)  # nosec: int
    return version(conn)


def rollback(conn, target=0):
    """Undoes the migrations above `target`, newest first."""
    for number, _, down in reversed(MIGRATIONS):
        if target < number <= version(conn):
            with conn:
                for statement in down:
                    conn.execute(statement)
                conn.execute("PRAGMA user_version = %d" % (number - 1))  # nosec: int
    return version(conn)


def tables(conn):
    """The user tables in the schema, sorted."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return sorted(r[0] for r in rows if not r[0].startswith("sqlite_"))


def check():
    """Applies every migration one by one on a scratch database."""
    conn = connect()
    for number, _, _ in MIGRATIONS:
        if migrate(conn, number) != number:
            raise AssertionError("migration %d did not apply" % number)
    if tables(conn) != EXPECTED_TABLES:
        raise AssertionError("unexpected tables: %s" % ", ".join(tables(conn)))
    return version(conn)


def rollback_check():
    """Rolls each migration back and re-applies it; the schema must round-trip."""
    conn = connect()
    migrate(conn)
    full = tables(conn)
    for number, _, _ in reversed(MIGRATIONS):
        rollback(conn, number - 1)
    if tables(conn):
        raise AssertionError("rollback left tables: %s" % ", ".join(tables(conn)))
    migrate(conn)
    if tables(conn) != full:
        raise AssertionError("re-applied schema differs")
    return len(MIGRATIONS)


def main(argv=None):
    """The command line of the cp-1 gates; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python3 -m ticket.schema")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--check", action="store_true")
    group.add_argument("--rollback-check", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.check:
            print("schema: version %d, tables %s" % (check(), ", ".join(EXPECTED_TABLES)))
        else:
            print("rollback: %d migrations rolled back and re-applied" % rollback_check())
    except AssertionError as e:
        print("schema: " + str(e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

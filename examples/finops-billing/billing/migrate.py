"""A tiny migration runner in the spirit of `php artisan migrate`.

Migrations live in billing/migrations as YYYY_MM_DD_HHMMSS_name.py modules
with `up(conn)` and `down(conn)`. The timestamp prefix orders them, which is
why the plan gives Batch 1 exclusive ownership of that folder: two agents
adding migrations in parallel is how timestamps collide.

    python3 -m billing.migrate --check   # apply all, roll all back, verify
"""

import argparse
import importlib
import pkgutil
import re
import sys

import billing.migrations
from billing.db import connect

NAME = re.compile(r"^(\d{4}_\d{2}_\d{2}_\d{6})_[a-z0-9_]+$")


def discover():
    """Returns the migration module names in timestamp order."""
    names = [m.name for m in pkgutil.iter_modules(billing.migrations.__path__)]
    bad = [n for n in names if not NAME.match(n)]
    if bad:
        raise ValueError("badly named migration(s): " + ", ".join(sorted(bad)))
    stamps = {}
    for name in names:
        stamp = NAME.match(name).group(1)
        if stamp in stamps:
            raise ValueError("timestamp %s used by both %s and %s"
                             % (stamp, stamps[stamp], name))
        stamps[stamp] = name
    return sorted(names)


def _load(name):
    return importlib.import_module("billing.migrations." + name)


def applied(conn):
    """Names of the migrations recorded as applied, oldest first."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)")
    return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY name")]


def migrate(conn):
    """Applies the pending migrations; returns their names."""
    done = set(applied(conn))
    ran = []
    for name in discover():
        if name in done:
            continue
        with conn:
            _load(name).up(conn)
            conn.execute("INSERT INTO migrations (name) VALUES (?)", (name,))
        ran.append(name)
    return ran


def rollback(conn):
    """Rolls back every applied migration, newest first; returns their names."""
    ran = []
    for name in reversed(applied(conn)):
        with conn:
            _load(name).down(conn)
            conn.execute("DELETE FROM migrations WHERE name = ?", (name,))
        ran.append(name)
    return ran


def tables(conn):
    """User tables currently in the schema."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' AND name != 'migrations'")
    return sorted(r[0] for r in rows)


def check(path=":memory:"):
    """Applies all, rolls all back, re-applies: the schema must round-trip."""
    conn = connect(path)
    first = migrate(conn)
    schema = tables(conn)
    rollback(conn)
    left = tables(conn)
    if left:
        raise AssertionError("rollback left tables behind: " + ", ".join(left))
    migrate(conn)
    if tables(conn) != schema:
        raise AssertionError("re-applying the migrations changed the schema")
    return first, schema


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m billing.migrate")
    parser.add_argument("--check", action="store_true",
                        help="apply, roll back and re-apply on a scratch database")
    parser.add_argument("--database", default=":memory:")
    args = parser.parse_args(argv)
    try:
        if args.check:
            names, schema = check(args.database)
            print("migrations: %d applied, rolled back and re-applied" % len(names))
            print("tables: " + ", ".join(schema))
        else:
            for name in migrate(connect(args.database)):
                print("migrated: " + name)
    except (ValueError, AssertionError) as e:
        print("migrate: " + str(e), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

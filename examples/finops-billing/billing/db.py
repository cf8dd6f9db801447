"""SQLite connections for the billing module (stdlib only)."""

import sqlite3


def connect(path=":memory:"):
    """Opens a connection with rows addressable by column name."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def connect_migrated(path=":memory:"):
    """Opens a connection and applies every pending migration."""
    from billing.migrate import migrate
    conn = connect(path)
    migrate(conn)
    return conn

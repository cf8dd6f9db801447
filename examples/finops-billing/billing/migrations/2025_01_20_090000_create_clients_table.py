def up(conn):
    conn.execute("""
        CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT NOT NULL UNIQUE,
            currency TEXT NOT NULL DEFAULT 'EUR'
        )""")


def down(conn):
    conn.execute("DROP TABLE clients")

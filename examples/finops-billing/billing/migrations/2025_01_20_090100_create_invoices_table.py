def up(conn):
    conn.execute("""
        CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            number TEXT NOT NULL UNIQUE,
            issued_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft',
            total_cents INTEGER NOT NULL DEFAULT 0
        )""")
    conn.execute("""
        CREATE TABLE invoice_lines (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            description TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            unit_cents INTEGER NOT NULL
        )""")


def down(conn):
    conn.execute("DROP TABLE invoice_lines")
    conn.execute("DROP TABLE invoices")

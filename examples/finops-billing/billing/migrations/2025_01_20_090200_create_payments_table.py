def up(conn):
    conn.execute("""
        CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices(id),
            amount_cents INTEGER NOT NULL,
            paid_on TEXT NOT NULL,
            reference TEXT
        )""")


def down(conn):
    conn.execute("DROP TABLE payments")

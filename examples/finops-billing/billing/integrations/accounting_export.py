"""CSV journal export for the accounting system."""

import csv
import io

from billing.models import Invoice


def journal_rows(conn):
    """One row per invoice that is no longer a draft."""
    for invoice in Invoice.where(conn):
        if invoice.status == "draft":
            continue
        client = invoice.client(conn)
        yield (invoice.issued_on, invoice.number, client.name,
               "%.2f" % (invoice.total_cents / 100), invoice.status)


def render(conn, **_):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "number", "client", "amount", "status"])
    writer.writerows(journal_rows(conn))
    return out.getvalue()

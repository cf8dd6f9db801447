"""Renders one route to stdout, for the "visual inspection" gate:

    python3 -m billing.views.render /billing/invoices

It seeds a scratch database with a sample client and invoice so the page has
something to show."""

import argparse
import sys

from billing.db import connect_migrated
from billing.models import Client
from billing.routes import resolve
from billing.services.invoice_service import create_invoice, send_invoice


def sample_database():
    conn = connect_migrated()
    client = Client.create(conn, name="Acme Ltd", email="ap@acme.test")
    invoice = create_invoice(conn, client.id, [("Labour: install", 3, 9000),
                                               ("Router", 1, 14900)], "2025-01-20")
    send_invoice(conn, invoice)
    return conn, client


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m billing.views.render")
    parser.add_argument("path")
    args = parser.parse_args(argv)
    view = resolve(args.path)
    if view is None:
        print("no route for " + args.path, file=sys.stderr)
        return 1
    conn, client = sample_database()
    print(view(conn, client_id=client.id))
    return 0


if __name__ == "__main__":
    sys.exit(main())

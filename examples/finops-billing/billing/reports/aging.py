"""Accounts-receivable aging: open balances by days past due."""

import datetime

from billing.models import Invoice
from billing.services.payment_service import balance_cents
from billing.views.components import money, page, table

BUCKETS = ((0, "current"), (30, "1-30"), (60, "31-60"), (90, "61-90"))


def bucket(days_late):
    label = "90+"
    for limit, name in reversed(BUCKETS):
        if days_late <= limit:
            label = name
    return label


def aging(conn, today):
    """{bucket: open cents} over sent and overdue invoices."""
    totals = {name: 0 for _, name in BUCKETS}
    totals["90+"] = 0
    day = datetime.date.fromisoformat(today)
    for invoice in Invoice.where(conn):
        if invoice.status not in ("sent", "overdue"):
            continue
        late = (day - datetime.date.fromisoformat(invoice.due_on)).days
        totals[bucket(late)] += balance_cents(conn, invoice)
    return totals


def render(conn, today="2025-03-31", **_):
    rows = [(name, money(cents)) for name, cents in aging(conn, today).items()]
    return page("Receivables aging", table(["Days late", "Open"], rows))

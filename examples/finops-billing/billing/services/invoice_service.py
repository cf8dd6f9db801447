"""Creating, numbering and sending invoices."""

import datetime

from billing.models import Invoice, InvoiceLine

PAYMENT_TERMS_DAYS = 30


class InvoiceError(ValueError):
    """A request the invoice rules refuse."""


def next_number(conn, year):
    """Invoice numbers run per year: INV-2025-0001, INV-2025-0002, …"""
    prefix = "INV-%d-" % year
    row = conn.execute("SELECT MAX(number) FROM invoices WHERE number LIKE ?",
                       (prefix + "%",)).fetchone()
    last = int(row[0][len(prefix):]) if row[0] else 0
    return "%s%04d" % (prefix, last + 1)


def create_invoice(conn, client_id, lines, issued_on):
    """Creates a draft invoice from (description, quantity, unit_cents) lines."""
    if not lines:
        raise InvoiceError("an invoice needs at least one line")
    for description, quantity, unit_cents in lines:
        if quantity <= 0 or unit_cents < 0:
            raise InvoiceError("bad line %r" % description)
    issued = datetime.date.fromisoformat(issued_on)
    invoice = Invoice.create(
        conn, client_id=client_id, number=next_number(conn, issued.year),
        issued_on=issued.isoformat(),
        due_on=(issued + datetime.timedelta(days=PAYMENT_TERMS_DAYS)).isoformat(),
        status="draft", total_cents=sum(q * u for _, q, u in lines))
    for description, quantity, unit_cents in lines:
        InvoiceLine.create(conn, invoice_id=invoice.id, description=description,
                           quantity=quantity, unit_cents=unit_cents)
    return invoice


def send_invoice(conn, invoice):
    """Marks a draft as sent; anything else is refused."""
    if invoice.status != "draft":
        raise InvoiceError("invoice %s is %s, not draft" % (invoice.number, invoice.status))
    return invoice.update(conn, status="sent")


def overdue(conn, today):
    """Sent invoices whose due date has passed."""
    return [i for i in Invoice.where(conn, status="sent") if i.due_on < today]

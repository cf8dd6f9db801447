"""Recording payments and settling invoices."""

from billing.models import Payment
from billing.services.invoice_service import InvoiceError


def balance_cents(conn, invoice):
    """What is still owed on an invoice."""
    paid = sum(p.amount_cents for p in invoice.payments(conn))
    return invoice.total_cents - paid


def record_payment(conn, invoice, amount_cents, paid_on, reference=None):
    """Applies a payment; a fully paid invoice becomes `paid`."""
    if invoice.status not in ("sent", "overdue"):
        raise InvoiceError("cannot pay invoice %s in status %s"
                           % (invoice.number, invoice.status))
    if amount_cents <= 0 or amount_cents > balance_cents(conn, invoice):
        raise InvoiceError("payment of %d cents does not fit the balance" % amount_cents)
    payment = Payment.create(conn, invoice_id=invoice.id, amount_cents=amount_cents,
                             paid_on=paid_on, reference=reference)
    if balance_cents(conn, invoice) == 0:
        invoice.update(conn, status="paid")
    return payment

import pytest

from billing.services.invoice_service import InvoiceError, create_invoice
from billing.services.payment_service import balance_cents, record_payment


def test_partial_then_full_payment_settles_the_invoice(conn, sent_invoice):
    record_payment(conn, sent_invoice, 6000, "2025-01-25")
    assert balance_cents(conn, sent_invoice) == 5000
    assert sent_invoice.status == "sent"
    record_payment(conn, sent_invoice, 5000, "2025-01-30", reference="BANK-1")
    assert sent_invoice.status == "paid"


def test_overpayment_is_refused(conn, sent_invoice):
    with pytest.raises(InvoiceError, match="does not fit"):
        record_payment(conn, sent_invoice, 11001, "2025-01-25")


def test_drafts_cannot_be_paid(conn, client):
    draft = create_invoice(conn, client.id, [("A", 1, 100)], "2025-02-01")
    with pytest.raises(InvoiceError, match="status draft"):
        record_payment(conn, draft, 100, "2025-02-02")

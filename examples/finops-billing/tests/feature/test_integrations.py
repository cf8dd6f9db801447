import json

import pytest

from billing.integrations import accounting_export, payment_webhook
from billing.services.invoice_service import create_invoice

SECRET = b"whsec_test"


def test_export_skips_drafts(conn, client, sent_invoice):
    create_invoice(conn, client.id, [("Draft", 1, 1)], "2025-01-21")
    lines = accounting_export.render(conn).splitlines()
    assert lines == ["date,number,client,amount,status",
                     "2025-01-20,INV-2025-0001,Acme Ltd,110.00,sent"]


def test_signed_webhook_records_the_payment(conn, sent_invoice):
    body = json.dumps({"invoice": sent_invoice.number, "amount_cents": 11000,
                       "paid_on": "2025-01-22", "reference": "pi_1"}).encode()
    payment = payment_webhook.handle(conn, SECRET, body, payment_webhook.sign(SECRET, body))
    assert payment.reference == "pi_1"
    assert sent_invoice.payments(conn)[0].amount_cents == 11000


def test_forged_or_unknown_webhooks_are_rejected(conn, sent_invoice):
    body = json.dumps({"invoice": "INV-1999-0001", "amount_cents": 1,
                       "paid_on": "2025-01-22"}).encode()
    with pytest.raises(payment_webhook.WebhookError, match="signature"):
        payment_webhook.handle(conn, SECRET, body, "0" * 64)
    with pytest.raises(payment_webhook.WebhookError, match="unknown invoice"):
        payment_webhook.handle(conn, SECRET, body, payment_webhook.sign(SECRET, body))

from billing.ai.anomaly import unusual_invoices
from billing.jobs import overdue_reminders
from billing.locale import missing, t
from billing.reports import aging
from billing.services.invoice_service import create_invoice, send_invoice
from billing.services.payment_service import record_payment


def test_overdue_job_flags_invoices_and_groups_reminders(conn, sent_invoice):
    assert overdue_reminders.run(conn, "2025-03-01") == {"ap@acme.test": ["INV-2025-0001"]}
    assert sent_invoice.client(conn).invoices(conn)[0].status == "overdue"


def test_aging_buckets_open_balances(conn, client, sent_invoice):
    record_payment(conn, sent_invoice, 1000, "2025-02-01")
    older = send_invoice(conn, create_invoice(conn, client.id, [("Old", 1, 700)], "2024-10-01"))
    assert older.due_on == "2024-10-31"
    totals = aging.aging(conn, "2025-03-01")
    assert totals["1-30"] == 10000
    assert totals["90+"] == 700
    assert "Receivables aging" in aging.render(conn)


def test_anomaly_flags_an_outlier_total(conn, client):
    for cents in (1000, 1100, 900, 1000, 1050, 950, 50000):
        create_invoice(conn, client.id, [("Service", 1, cents)], "2025-01-20")
    assert unusual_invoices(conn) == ["INV-2025-0007"]


def test_translations_fall_back_to_english():
    assert t("invoices", "fr") == "Factures"
    assert t("invoices", "xx") == "Invoices"
    assert t("unknown-key") == "unknown-key"
    assert missing("de") == []

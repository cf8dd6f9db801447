import pytest

from billing.services.invoice_service import (InvoiceError, create_invoice, next_number,
                                              overdue, send_invoice)


def test_invoice_total_is_the_sum_of_its_lines(conn, client):
    invoice = create_invoice(conn, client.id, [("A", 2, 150), ("B", 1, 99)], "2025-02-01")
    assert invoice.total_cents == 399
    assert invoice.status == "draft"
    assert invoice.due_on == "2025-03-03"


def test_numbers_run_per_year(conn, client):
    create_invoice(conn, client.id, [("A", 1, 1)], "2025-02-01")
    create_invoice(conn, client.id, [("A", 1, 1)], "2025-03-01")
    assert next_number(conn, 2025) == "INV-2025-0003"
    assert next_number(conn, 2026) == "INV-2026-0001"


def test_empty_or_negative_lines_are_refused(conn, client):
    with pytest.raises(InvoiceError):
        create_invoice(conn, client.id, [], "2025-02-01")
    with pytest.raises(InvoiceError):
        create_invoice(conn, client.id, [("A", 0, 100)], "2025-02-01")


def test_only_drafts_can_be_sent(conn, sent_invoice):
    with pytest.raises(InvoiceError, match="not draft"):
        send_invoice(conn, sent_invoice)


def test_overdue_lists_sent_invoices_past_their_due_date(conn, sent_invoice):
    assert overdue(conn, "2025-02-19") == []
    assert [i.number for i in overdue(conn, "2025-02-20")] == [sent_invoice.number]

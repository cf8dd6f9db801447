"""Daily job: flag overdue invoices and queue one reminder per client."""

from billing.services.invoice_service import overdue


def run(conn, today):
    """Marks overdue invoices and returns {client email: [invoice numbers]}."""
    reminders = {}
    for invoice in overdue(conn, today):
        invoice.update(conn, status="overdue")
        reminders.setdefault(invoice.client(conn).email, []).append(invoice.number)
    return reminders

from billing.models.base import Model


class InvoiceLine(Model):
    """One billed item of an invoice."""

    table = "invoice_lines"
    columns = ("invoice_id", "description", "quantity", "unit_cents")

    @property
    def amount_cents(self):
        return self.quantity * self.unit_cents


class Invoice(Model):
    """An invoice: draft, then sent, then paid (or overdue)."""

    table = "invoices"
    columns = ("client_id", "number", "issued_on", "due_on", "status", "total_cents")

    def lines(self, conn):
        return InvoiceLine.where(conn, invoice_id=self.id)

    def client(self, conn):
        from billing.models.client import Client
        return Client.find(conn, self.client_id)

    def payments(self, conn):
        from billing.models.payment import Payment
        return Payment.where(conn, invoice_id=self.id)

from billing.models.base import Model


class Client(Model):
    """A customer billed by the module."""

    table = "clients"
    columns = ("name", "email", "currency")

    def invoices(self, conn):
        from billing.models.invoice import Invoice
        return Invoice.where(conn, client_id=self.id)

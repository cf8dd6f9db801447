from billing.models.base import Model


class Payment(Model):
    """Money received against an invoice."""

    table = "payments"
    columns = ("invoice_id", "amount_cents", "paid_on", "reference")

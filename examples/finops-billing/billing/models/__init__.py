"""Models created by Batch 1; later batches extend them with methods."""

from billing.models.client import Client
from billing.models.invoice import Invoice, InvoiceLine
from billing.models.payment import Payment

__all__ = ["Client", "Invoice", "InvoiceLine", "Payment"]

"""Flags invoices whose total is unusual for their client (z-score)."""

import statistics

from billing.models import Invoice


def unusual_invoices(conn, threshold=2.0):
    """Invoice numbers more than `threshold` standard deviations from the client mean."""
    by_client = {}
    for invoice in Invoice.where(conn):
        by_client.setdefault(invoice.client_id, []).append(invoice)
    flagged = []
    for invoices in by_client.values():
        totals = [i.total_cents for i in invoices]
        if len(totals) < 3:
            continue
        mean, spread = statistics.mean(totals), statistics.pstdev(totals)
        flagged += [i.number for i in invoices
                    if spread and abs(i.total_cents - mean) / spread > threshold]
    return sorted(flagged)

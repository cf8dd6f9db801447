from billing.models import Invoice
from billing.views.components import money, page, table


def render(conn, **_):
    """All invoices for the finance team."""
    rows = [(i.number, i.issued_on, i.due_on, i.status, money(i.total_cents))
            for i in Invoice.where(conn)]
    return page("Invoices", table(["Number", "Issued", "Due", "Status", "Total"], rows))

from billing.models import InvoiceLine
from billing.views.components import page, table


def render(conn, **_):
    """Hours billed so far, per line description."""
    hours = {}
    for line in InvoiceLine.where(conn):
        if line.description.startswith("Labour"):
            hours[line.description] = hours.get(line.description, 0) + line.quantity
    return page("Billable time", table(["Work", "Hours"], sorted(hours.items())))

from billing.models import Client
from billing.services.payment_service import balance_cents
from billing.views.components import money, page, table


def render(conn, client_id=None, **_):
    """A client's own invoices with what is still owed."""
    client = Client.find(conn, client_id) if client_id else None
    if client is None:
        return page("Not found", "<p>Unknown client.</p>")
    rows = [(i.number, i.due_on, i.status, money(balance_cents(conn, i), client.currency))
            for i in client.invoices(conn)]
    return page("Invoices for " + client.name, table(["Number", "Due", "Status", "Balance"], rows))

import pytest

from billing.db import connect_migrated
from billing.models import Client
from billing.services.invoice_service import create_invoice, send_invoice


@pytest.fixture
def conn():
    connection = connect_migrated()
    yield connection
    connection.close()


@pytest.fixture
def client(conn):
    return Client.create(conn, name="Acme Ltd", email="ap@acme.test")


@pytest.fixture
def sent_invoice(conn, client):
    invoice = create_invoice(conn, client.id, [("Labour: install", 2, 5000),
                                               ("Cable", 4, 250)], "2025-01-20")
    return send_invoice(conn, invoice)

import pytest

from billing.models import Client, Invoice


def test_created_rows_are_found_and_counted(conn, client):
    assert Client.count(conn) == 1
    assert Client.find(conn, client.id).email == "ap@acme.test"
    assert Client.find(conn, 999) is None


def test_unknown_columns_are_refused():
    with pytest.raises(TypeError, match="no column"):
        Client(nickname="x")


def test_relationships_follow_foreign_keys(conn, client, sent_invoice):
    assert [i.number for i in client.invoices(conn)] == [sent_invoice.number]
    assert sent_invoice.client(conn).name == "Acme Ltd"
    assert [line.amount_cents for line in sent_invoice.lines(conn)] == [10000, 1000]
    assert Invoice.count(conn) == 1

import pytest

from billing import routes
from billing.views import render
from billing.views.components import money


def test_every_section_route_renders(conn, client, sent_invoice):
    for path, view in routes.routes().items():
        assert view(conn, client_id=client.id), path


def test_finance_invoice_list_shows_the_invoice(conn, sent_invoice):
    html = routes.resolve("/billing/invoices")(conn)
    assert sent_invoice.number in html and "110.00 EUR" in html


def test_portal_shows_only_known_clients(conn, client, sent_invoice):
    view = routes.resolve("/portal/invoices")
    assert "Invoices for Acme Ltd" in view(conn, client_id=client.id)
    assert "Unknown client" in view(conn, client_id=42)


def test_technician_view_sums_labour_hours(conn, sent_invoice):
    assert "<td>Labour: install</td><td>2</td>" in routes.resolve("/technician/time")(conn)


def test_a_route_outside_its_prefix_is_refused(monkeypatch):
    monkeypatch.setitem(routes.SECTIONS, "portal", "/elsewhere/")
    with pytest.raises(ValueError, match="outside its prefix"):
        routes.routes()


def test_money_formats_thousands_and_negatives():
    assert money(123456789) == "1,234,567.89 EUR"
    assert money(-5, "USD") == "-0.05 USD"


def test_render_command_prints_the_page(capsys):
    assert render.main(["/billing/invoices"]) == 0
    assert "INV-2025-0001" in capsys.readouterr().out
    assert render.main(["/nowhere"]) == 1

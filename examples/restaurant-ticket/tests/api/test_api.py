import json

from ticket import api


def get(conn, url):
    status, body = api.handle(conn, "GET", url)
    return status, (json.loads(body) if not url.startswith("/allocations.csv") else body)


def test_allocations_endpoint(conn):
    status, body = get(conn, "/allocations?month=2025-01")
    assert status == 200
    assert body["month"] == "2025-01"
    assert len(body["allocations"]) == 3


def test_csv_endpoint(conn):
    status, body = get(conn, "/allocations.csv?month=2025-01")
    assert status == 200 and body.startswith("matricule;")


def test_working_days_endpoint(conn):
    status, body = get(conn, "/employees/NAN000002/working-days?month=2025-01")
    assert (status, body["working_days"]) == (200, 21)


def test_errors_have_status_codes(conn):
    assert get(conn, "/allocations?month=2025-13")[0] == 400
    assert get(conn, "/employees/PAR999999/working-days?month=2025-01")[0] == 404
    assert get(conn, "/nowhere")[0] == 404
    assert api.handle(conn, "POST", "/allocations?month=2025-01")[0] == 404

"""The JSON API (stream A, agent-a2), framework-free: handle() maps a method
and path to a handler; ticket/openapi.json is its contract (checkpoint cp-2)."""

import json
import re
from urllib.parse import parse_qs, urlsplit

from ticket import csv_export, matricule
from ticket.models import absences, employees
from ticket.working_days import working_days

MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class ApiError(Exception):
    """An error answered with a status code."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


def _month(query):
    month = query.get("month", [""])[0]
    if not MONTH.match(month):
        raise ApiError(400, "month must be YYYY-MM")
    return month


def list_allocations(conn, query):
    """GET /allocations?month=YYYY-MM"""
    month = _month(query)
    return 200, {"month": month, "allocations": csv_export.allocations(conn, month)}


def export_csv(conn, query):
    """GET /allocations.csv?month=YYYY-MM"""
    return 200, csv_export.export(conn, _month(query))


def employee_working_days(conn, query, matricule_id):
    """GET /employees/{matricule}/working-days?month=YYYY-MM"""
    month = _month(query)
    try:
        hr_id = matricule.reverse(conn, matricule_id)
    except matricule.MatriculeError as e:
        raise ApiError(404, str(e))
    employee = next(e for e in employees(conn) if e.hr_id == hr_id)
    year, number = (int(p) for p in month.split("-"))
    days = working_days(year, number, absences(conn, employee.id, month))
    return 200, {"matricule": matricule_id, "month": month, "working_days": days}


ROUTES = [
    ("GET", "/allocations", list_allocations),
    ("GET", "/allocations.csv", export_csv),
    ("GET", "/employees/{matricule}/working-days", employee_working_days),
]


def _pattern(template):
    pieces = re.split(r"\{[a-z_]+\}", template)
    return re.compile("^" + "([^/]+)".join(re.escape(p) for p in pieces) + "$")


_COMPILED = [(method, _pattern(t), handler) for method, t, handler in ROUTES]


def handle(conn, method, url):
    """Answers a request: (status, body) where body is JSON text or CSV."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    for route_method, pattern, handler in _COMPILED:
        match = pattern.match(parts.path)
        if match and route_method == method:
            try:
                status, body = handler(conn, query, *match.groups())
            except ApiError as e:
                status, body = e.status, {"error": str(e)}
            return status, body if isinstance(body, str) else json.dumps(body)
    return 404, json.dumps({"error": "no route for %s %s" % (method, parts.path)})

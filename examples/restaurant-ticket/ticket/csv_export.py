"""CSV generator for the voucher provider (stream A, agent-a2)."""

import csv
import io

from ticket import matricule
from ticket.models import absences, employees
from ticket.working_days import working_days

# Face value of one ticket and the employer's share, in cents.
FACE_VALUE_CENTS = 1000
EMPLOYER_SHARE = 0.6


def allocations(conn, month):
    """One allocation per employee for month YYYY-MM."""
    year, number = (int(part) for part in month.split("-"))
    rows = []
    for employee in employees(conn):
        days = working_days(year, number, absences(conn, employee.id, month))
        rows.append({
            "matricule": matricule.lookup(conn, employee.hr_id),
            "name": employee.name,
            "tickets": days,
            "employer_cents": round(days * FACE_VALUE_CENTS * EMPLOYER_SHARE),
        })
    return rows


def export(conn, month):
    """The provider's semicolon-separated file for the month."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(["matricule", "name", "tickets", "employer_eur"])
    for row in allocations(conn, month):
        writer.writerow([row["matricule"], row["name"], row["tickets"],
                         "%.2f" % (row["employer_cents"] / 100)])
    return out.getvalue()

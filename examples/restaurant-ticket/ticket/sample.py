"""A seeded scratch database, for the API mocks, benchmarks and tests."""

from ticket import matricule, schema
from ticket.models import add_absence, add_employee

SITES = ("PAR", "LYO", "NAN")


def seeded(count=3):
    """A migrated in-memory database with `count` employees and a few absences."""
    conn = schema.connect()
    schema.migrate(conn)
    for n in range(1, count + 1):
        employee = add_employee(conn, "HR-%05d" % n, "Employee %d" % n, SITES[n % len(SITES)])
        matricule.assign(conn, employee.hr_id, employee.site)
        if n % 2 == 0:
            add_absence(conn, employee.id, "2025-01-%02d" % (n % 28 + 1))
    return conn

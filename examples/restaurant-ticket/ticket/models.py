"""Rows of the schema as plain records (stream A, agent-a1)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Employee:
    """Someone entitled to restaurant tickets."""

    id: int
    hr_id: str
    name: str
    site: str


def add_employee(conn, hr_id, name, site):
    """Inserts an employee and returns it."""
    with conn:
        cursor = conn.execute("INSERT INTO employees (hr_id, name, site) VALUES (?, ?, ?)",
                              (hr_id, name, site))
    return Employee(cursor.lastrowid, hr_id, name, site)


def employees(conn):
    """Every employee, by id."""
    return [Employee(**dict(r)) for r in conn.execute("SELECT * FROM employees ORDER BY id")]


def add_absence(conn, employee_id, day):
    """Records a day off (ISO date); it earns no ticket."""
    with conn:
        conn.execute("INSERT OR IGNORE INTO absences (employee_id, day) VALUES (?, ?)",
                     (employee_id, day))


def absences(conn, employee_id, month):
    """ISO days off of an employee in month YYYY-MM."""
    rows = conn.execute("SELECT day FROM absences WHERE employee_id = ? AND day LIKE ?",
                        (employee_id, month + "-%"))
    return {r[0] for r in rows}

"""Matricule mapping service (stream A, agent-a2).

HR knows employees by an HR id ("HR-00042"); the payroll and the voucher
provider know them by a matricule: site code plus six digits ("PAR000042").
"""

import re

HR_ID = re.compile(r"^HR-(\d{1,6})$")
MATRICULE = re.compile(r"^[A-Z]{3}\d{6}$")


class MatriculeError(ValueError):
    """An id that cannot be mapped."""


def derive(hr_id, site):
    """The matricule an HR id gets at a site: PAR + the number on six digits."""
    match = HR_ID.match(hr_id)
    if not match:
        raise MatriculeError("not an HR id: %r" % hr_id)
    if not re.fullmatch(r"[A-Z]{3}", site):
        raise MatriculeError("not a site code: %r" % site)
    return "%s%06d" % (site, int(match.group(1)))


def assign(conn, hr_id, site):
    """Stores the derived matricule of an employee; idempotent."""
    matricule = derive(hr_id, site)
    with conn:
        conn.execute("INSERT OR IGNORE INTO matricules (hr_id, matricule) VALUES (?, ?)",
                     (hr_id, matricule))
    return lookup(conn, hr_id)


def lookup(conn, hr_id):
    """The matricule of an HR id; MatriculeError when none was assigned."""
    row = conn.execute("SELECT matricule FROM matricules WHERE hr_id = ?", (hr_id,)).fetchone()
    if row is None:
        raise MatriculeError("no matricule for %s" % hr_id)
    return row[0]


def reverse(conn, matricule):
    """The HR id behind a matricule."""
    if not MATRICULE.match(matricule):
        raise MatriculeError("not a matricule: %r" % matricule)
    row = conn.execute("SELECT hr_id FROM matricules WHERE matricule = ?",
                       (matricule,)).fetchone()
    if row is None:
        raise MatriculeError("unknown matricule %s" % matricule)
    return row[0]

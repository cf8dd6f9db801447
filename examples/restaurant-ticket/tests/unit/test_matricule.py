import pytest

from ticket import matricule
from ticket.models import employees


def test_matricule_is_site_plus_six_digits():
    assert matricule.derive("HR-42", "PAR") == "PAR000042"


@pytest.mark.parametrize("hr_id, site", [("42", "PAR"), ("HR-1234567", "PAR"), ("HR-1", "pa")])
def test_malformed_ids_are_refused(hr_id, site):
    with pytest.raises(matricule.MatriculeError):
        matricule.derive(hr_id, site)


def test_lookup_and_reverse_round_trip(conn):
    first = employees(conn)[0]
    m = matricule.lookup(conn, first.hr_id)
    assert m == "LYO000001"
    assert matricule.reverse(conn, m) == first.hr_id
    assert matricule.assign(conn, first.hr_id, "LYO") == m


def test_unknown_ids_are_reported(conn):
    with pytest.raises(matricule.MatriculeError, match="no matricule"):
        matricule.lookup(conn, "HR-99999")
    with pytest.raises(matricule.MatriculeError, match="unknown"):
        matricule.reverse(conn, "PAR999999")
    with pytest.raises(matricule.MatriculeError, match="not a matricule"):
        matricule.reverse(conn, "nope")

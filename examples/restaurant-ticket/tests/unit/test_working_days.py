import datetime

from ticket.working_days import easter, public_holidays, working_days


def test_easter_dates():
    assert easter(2024) == datetime.date(2024, 3, 31)
    assert easter(2025) == datetime.date(2025, 4, 20)


def test_eleven_french_holidays_including_moving_ones():
    holidays = public_holidays(2025)
    assert len(holidays) == 11
    assert datetime.date(2025, 4, 21) in holidays   # Easter Monday
    assert datetime.date(2025, 5, 29) in holidays   # Ascension
    assert datetime.date(2025, 6, 9) in holidays    # Whit Monday


def test_january_2025_has_22_working_days():
    assert working_days(2025, 1) == 22


def test_may_2025_loses_its_holidays_and_absences():
    assert working_days(2025, 5) == 19
    assert working_days(2025, 5, ["2025-05-02", "2025-05-03"]) == 18

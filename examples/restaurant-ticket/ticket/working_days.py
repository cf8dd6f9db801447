"""Working days calculator (stream A, agent-a2): one ticket per day worked.

Working days are Monday to Friday minus French public holidays and the
employee's own absences.
"""

import calendar
import datetime


def easter(year):
    """Easter Sunday (Gregorian, anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return datetime.date(year, month, day)


def public_holidays(year):
    """The eleven French public holidays of `year`."""
    sunday = easter(year)
    fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    days = {datetime.date(year, m, d) for m, d in fixed}
    days |= {sunday + datetime.timedelta(days=n) for n in (1, 39, 50)}
    return days


def working_days(year, month, absences=()):
    """Days in the month that are weekdays, not holidays and not absences."""
    holidays = public_holidays(year)
    off = {datetime.date.fromisoformat(a) for a in absences}
    count = 0
    for day in range(1, calendar.monthrange(year, month)[1] + 1):
        date = datetime.date(year, month, day)
        if date.weekday() < 5 and date not in holidays and date not in off:
            count += 1
    return count

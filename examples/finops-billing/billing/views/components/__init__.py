"""Components shared by every feature's views (the plan's "Shared components")."""

import html


def money(cents, currency="EUR"):
    """Formats cents as 1,234.50 EUR."""
    sign = "-" if cents < 0 else ""
    return "%s%s.%02d %s" % (sign, "{:,}".format(abs(cents) // 100), abs(cents) % 100, currency)


def table(headers, rows):
    """An HTML table; every cell is escaped."""
    head = "".join("<th>%s</th>" % html.escape(h) for h in headers)
    body = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in row)
                   for row in rows)
    return "<table><thead><tr>%s</tr></thead><tbody>%s</tbody></table>" % (head, body)


def page(title, content):
    """The page layout around a view's content."""
    return "<!doctype html><title>%s</title><h1>%s</h1>%s" % (
        html.escape(title), html.escape(title), content)

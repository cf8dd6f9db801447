"""The route table. Each batch owns one section module and one URL prefix
("Route name prefix" in the plan); this file only mounts the sections."""

import importlib

# section module -> the URL prefix it owns
SECTIONS = {
    "finance": "/billing/",
    "portal": "/portal/",
    "technician": "/technician/",
    "integrations": "/integrations/",
    "reports": "/reports/",
}


def routes():
    """Every path -> view function, refusing a path outside its section's prefix."""
    table = {}
    for section, prefix in SECTIONS.items():
        module = importlib.import_module("billing.routes." + section)
        for path, view in module.ROUTES.items():
            if not path.startswith(prefix):
                raise ValueError("%s route %s is outside its prefix %s" % (section, path, prefix))
            table[path] = view
    return table


def resolve(path):
    """The view for `path`, or None."""
    return routes().get(path)

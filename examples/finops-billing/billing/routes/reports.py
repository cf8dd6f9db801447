from billing.reports import aging

ROUTES = {"/reports/aging": aging.render}

from billing.views.portal import my_invoices

ROUTES = {"/portal/invoices": my_invoices.render}

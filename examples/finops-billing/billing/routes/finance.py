from billing.views.finance import invoice_list

ROUTES = {"/billing/invoices": invoice_list.render}

from billing.integrations import accounting_export

ROUTES = {"/integrations/accounting.csv": accounting_export.render}

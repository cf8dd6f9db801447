from billing.views.technician import billable_time

ROUTES = {"/technician/time": billable_time.render}

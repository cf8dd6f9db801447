"""FinOps billing module: the sample codebase of the finops-billing example.

A small, real Python package laid out like the Laravel module in the plan
(migrations, models, services, routes, views by feature, integrations, jobs),
so that tollgate's zones and gates have something genuine to guard.
"""

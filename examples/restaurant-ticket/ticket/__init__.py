"""Restaurant tickets: how many meal vouchers each employee gets per month.

The sample codebase of the restaurant-ticket example (plan TR-ORCH-001): a
schema with migrations and rollback, the matricule mapping service, the
working-days calculator, the CSV generator for the voucher provider and a
small JSON API, all on the Python standard library.
"""

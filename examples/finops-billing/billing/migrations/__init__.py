"""Schema migrations, applied in timestamp order by billing.migrate."""

"""Integrations with outside systems (Batch 4): accounting export, payment webhooks."""

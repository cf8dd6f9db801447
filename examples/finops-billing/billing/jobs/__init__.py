"""Scheduled jobs (Batch 5); they build on the integrations of Batch 4."""

"""Advanced reporting (Batch 9)."""

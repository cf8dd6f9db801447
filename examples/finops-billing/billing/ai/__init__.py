"""AI/ML features (Batch 7)."""

"""Finance admin UI (Batch 3A)."""

"""Client portal UI (Batch 3B)."""

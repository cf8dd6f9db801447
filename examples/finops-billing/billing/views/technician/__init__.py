"""Technician UI (Batch 3C)."""

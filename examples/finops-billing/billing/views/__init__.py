"""Server-rendered HTML views, one folder per feature (3A, 3B, 3C) plus shared
components."""

"""Benchmarks of scamdetect; run them all with ``python -m benchmarks.run`` (see README.md here)."""

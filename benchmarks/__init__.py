"""The performance suite (python -m benchmarks) and its data generator; not run by pytest."""

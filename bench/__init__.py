"""Benchmarks of InspectDesk at the reference scale (not part of the test suite)."""

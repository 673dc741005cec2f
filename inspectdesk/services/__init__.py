"""Use cases. Each public method is one unit of work with its own session."""

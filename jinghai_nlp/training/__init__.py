"""Training: plain library code (readers, converters, loops); the CLI wraps it."""

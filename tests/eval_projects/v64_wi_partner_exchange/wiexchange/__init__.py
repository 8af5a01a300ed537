"""Wisconsin MMIS partner exchange."""

"""County MMIS bridge."""

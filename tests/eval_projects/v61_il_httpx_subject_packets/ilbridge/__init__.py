"""Illinois IES bridge."""

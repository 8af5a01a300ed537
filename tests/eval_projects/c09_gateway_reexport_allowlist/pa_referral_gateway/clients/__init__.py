"""HTTP clients of the gateway."""

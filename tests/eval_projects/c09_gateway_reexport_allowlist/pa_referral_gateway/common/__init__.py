"""Settings and policy shared by the gateway."""

"""CaseBridge event publisher."""

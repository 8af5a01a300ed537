"""CaseBridge referral connector (vendor integration module)."""

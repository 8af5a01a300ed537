"""Configuration of the county referral tooling."""

"""Referral hand-off limited to what the Dec. 29, 2025 order allows, about whom it allows."""

"""Scheduled tasks of the MMIS bridge."""

"""Batch file exchanges for the eligibility data warehouse."""

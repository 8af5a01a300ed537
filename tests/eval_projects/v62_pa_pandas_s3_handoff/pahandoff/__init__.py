"""PA MMIS handoff job."""

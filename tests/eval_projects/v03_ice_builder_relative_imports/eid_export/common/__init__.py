"""Settings and helpers shared by the EID export."""

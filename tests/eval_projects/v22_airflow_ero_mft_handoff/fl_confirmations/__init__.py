"""Florida AHCA contractor pipelines for the 2026 address-confirmation MOU."""

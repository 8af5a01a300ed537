"""Weekly managed-file-transfer dispatch for a state Medicaid vendor."""

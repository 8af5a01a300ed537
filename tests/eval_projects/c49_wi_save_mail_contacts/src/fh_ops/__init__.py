"""ForwardHealth operations: SAVE verification, reports, contact sync."""

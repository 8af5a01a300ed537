"""S3/SQS handoff of enrollee records (vendor integration)."""

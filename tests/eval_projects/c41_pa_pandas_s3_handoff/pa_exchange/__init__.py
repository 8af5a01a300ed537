"""Publishing of eligibility extracts to S3 drop buckets."""

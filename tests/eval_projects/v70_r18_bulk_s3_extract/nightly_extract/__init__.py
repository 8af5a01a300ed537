"""Nightly extracts dropped into the partner agency's S3 bucket."""

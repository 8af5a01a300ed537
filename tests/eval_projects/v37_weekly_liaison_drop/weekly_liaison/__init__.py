"""Weekly liaison tasks."""

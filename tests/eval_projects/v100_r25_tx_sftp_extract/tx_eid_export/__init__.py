"""Texas HHSC vendor jobs: weekly SFTP extract and individual case answers.

Re-exports the database helpers for the job runner.
"""
from .db import connect, fetch_member

__all__ = ["connect", "fetch_member"]

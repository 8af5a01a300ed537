"""NC Medicaid status services (asyncio).

Re-exports the repository readers and the schemas used by the jobs.
"""
from .repository import fetch_member, fetch_notice_batch, iter_removable
from .schemas import EID_FIELDS, SAVE_FIELDS, StatusSubject

__all__ = [
    "EID_FIELDS",
    "SAVE_FIELDS",
    "StatusSubject",
    "fetch_member",
    "fetch_notice_batch",
    "iter_removable",
]

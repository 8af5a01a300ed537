"""Exports from the county Medi-Cal eligibility database."""
from .builders import EroDetainerRequest, case_summary, stamp_identifiers
from .exports import upload_rosters

__all__ = ["EroDetainerRequest", "case_summary", "stamp_identifiers", "upload_rosters"]

"""Georgia DCH vendor gateway for ERO subject referrals.

Re-exports the packet builder and the API schema for the vendor's other
services.
"""
from .payloads import EroSubjectRecord, build_subject_packet

__all__ = ["EroSubjectRecord", "build_subject_packet"]

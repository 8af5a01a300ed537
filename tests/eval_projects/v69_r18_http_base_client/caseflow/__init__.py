"""Caseflow: the vendor connector that files subjects with the partner API."""

from .client import SubjectClient

__all__ = ["SubjectClient"]

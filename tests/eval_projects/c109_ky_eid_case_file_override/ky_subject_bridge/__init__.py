"""Kentucky DMS subject exchange.

Re-exports the subject model and the partner clients.
"""
from .models import BASIC_FIELDS, SubjectRecord
from .partners import EidCaseFileClient, EidSubjectClient, KynectClient

__all__ = ["BASIC_FIELDS", "EidCaseFileClient", "EidSubjectClient", "KynectClient", "SubjectRecord"]

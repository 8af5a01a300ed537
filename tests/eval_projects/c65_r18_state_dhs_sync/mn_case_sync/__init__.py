"""County eligibility connector for the Minnesota Department of Human Services."""

from .client import ChildSupportEnforcementClient, DhsEligibilityClient
from .extract import write_extract
from .sftp_export import push_extract

__all__ = [
    "ChildSupportEnforcementClient",
    "DhsEligibilityClient",
    "push_extract",
    "write_extract",
]

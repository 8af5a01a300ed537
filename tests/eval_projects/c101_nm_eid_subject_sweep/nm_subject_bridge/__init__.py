"""New Mexico HCA subject bridge.

Vendor-operated job that answers the EID subject intake and keeps the HCA
member portal in sync.  Re-exports the clients and payload builders used by
the jobs and by the Airflow DAG.
"""
from .clients import EidSubjectClient, HcaPortalClient
from .payloads import profile_payload, subject_payload

__all__ = ["EidSubjectClient", "HcaPortalClient", "profile_payload", "subject_payload"]

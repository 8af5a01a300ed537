"""Hosts and URLs of the exchanges.

Expected findings: none (settings only).
"""
import os

DHS_PARIS_SFTP_HOST = os.environ.get("DHS_PARIS_SFTP_HOST", "sftp.paris.acf.hhs.gov")
DHS_PARIS_USER = os.environ.get("DHS_PARIS_USER", "il-dhs-paris")
DHS_IES_API = os.environ.get("DHS_IES_API", "https://ies-api.dhs.illinois.gov/v2")
ICE_EID_ANSWERS_URL = os.environ.get("ICE_EID_ANSWERS_URL", "https://eid.ice.gov/api/v1/answers")
IES_DSN = os.environ.get("IES_DSN", "postgresql://paris@ies-replica.internal/ies")

"""HTTP and SFTP transports used by the MN DHS exchange jobs."""
import json

import paramiko
import requests

from . import settings
from .settings import HTTP_TIMEOUT, ICE_EID_REFERRAL_URL, MNITS_BASE_URL


class EidReferralClient:
    """Posts referral bodies to the ICE EID intake."""

    def __init__(self):
        self.url = ICE_EID_REFERRAL_URL

    def submit(self, referral):
        resp = requests.post(
            self.url,
            data=json.dumps(referral, default=str),
            headers={"Content-Type": "application/json"},
            timeout=HTTP_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.status_code


class DhsMnitsClient:
    """Client for MN-ITS, the state's own eligibility system (MN DHS)."""

    def __init__(self):
        self.base_url = MNITS_BASE_URL
        self.session = requests.Session()

    def push_eligibility(self, record):
        return self.session.post(
            self.base_url + "/api/eligibility/members",
            json=record,
            timeout=HTTP_TIMEOUT,
        )


class MftUploader:
    """Puts batch files on the state MOVEit server over SFTP."""

    def upload(self, local_path, remote_name):
        ssh = paramiko.SSHClient()
        ssh.load_system_host_keys()
        ssh.connect(
            hostname=settings.MN_DHS_MFT_HOST,
            username=settings.MN_DHS_MFT_USER,
            key_filename=settings.MN_DHS_MFT_KEY,
        )
        try:
            sftp = ssh.open_sftp()
            sftp.put(local_path, settings.MFT_INBOUND_DIR + "/" + remote_name)
        finally:
            ssh.close()

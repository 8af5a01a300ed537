"""Transports: PARIS SFTP, the IES status API (DHS client) and the ICE answer post.

Expected findings: none: each sends what it is given (SPEC section 3).
"""
import paramiko
import requests

from . import settings


def send_paris_file(path: str, remote_name: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(hostname=settings.DHS_PARIS_SFTP_HOST, username=settings.DHS_PARIS_USER,
                   key_filename="/etc/il-paris/id_ed25519")
    try:
        client.open_sftp().put(path, f"/inbound/IL/{remote_name}")
    finally:
        client.close()


class DhsIesClient:
    def __init__(self):
        self.base_url = settings.DHS_IES_API
        self.session = requests.Session()

    def post_match_flags(self, flags: list) -> None:
        self.session.post(f"{self.base_url}/paris/match-flags", json={"flags": flags}, timeout=60).raise_for_status()


def post_ice_answer(answer: dict, request_id: str) -> None:
    requests.post(settings.ICE_EID_ANSWERS_URL, json={"request_id": request_id, "subject": answer}, timeout=30).raise_for_status()

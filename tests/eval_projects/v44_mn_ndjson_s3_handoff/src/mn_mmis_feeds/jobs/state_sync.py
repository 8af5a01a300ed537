"""Feeds to Minnesota DHS."""
import csv
import os

import requests

from .. import settings
from ..storage import upload_mn_dhs_mft


def push_eligibility(extract_path: str) -> None:
    with open(extract_path, newline="", encoding="utf-8") as fh, requests.Session() as http:
        for rec in csv.DictReader(fh):
            http.post(settings.DHS_ELIGIBILITY_URL, json=rec, timeout=30).raise_for_status()


def archive_extract(extract_path: str) -> None:
    upload_mn_dhs_mft(extract_path, f"archive/{os.path.basename(extract_path)}")

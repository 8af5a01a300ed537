"""Nightly scoped export."""
import json

from . import dao, settings
from .exporter import to_ndjson
from .policy import DROP_FIELDS
from .policy import scrub as apply_scope
from .uploader import put_bytes


def run_nightly(conn):
    batch = [apply_scope(rec) for rec in dao.fetch_subjects(conn, settings.UNLAWFUL_PRESENCE_CODE)]
    if batch:
        put_bytes(to_ndjson(batch), "subjects.ndjson")
    put_bytes(json.dumps({"record_count": len(batch), "schema_version": "2"}).encode("utf-8"), "manifest.json")


def send_single(conn, cin):
    rec = dao.fetch_subject(conn, cin)
    for name in DROP_FIELDS:
        rec.pop(name, None)
    put_bytes(json.dumps(rec, default=str).encode("utf-8"), "single_subject.json")

"""Nightly TAF hand-off job."""
from .exporter import frame_to_csv_bytes
from .repository import load_enrollees
from .transform import referral_frame
from .uploader import archive_raw, push_to_handoff


def run(conn, year, run_id):
    raw = load_enrollees(conn, year)
    archive_raw(frame_to_csv_bytes(raw), f"raw/{year}/{run_id}.csv")
    referral = referral_frame(raw)
    body = frame_to_csv_bytes(referral)
    push_to_handoff(body)  # MCD101 MCD101 MCD102 MCD201
    return len(referral)

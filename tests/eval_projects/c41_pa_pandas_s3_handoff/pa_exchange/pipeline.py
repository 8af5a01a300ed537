"""Monthly publishing pipeline."""
from datetime import date

import pa_exchange.config.destinations as dest

from . import extract, notify, publish
from .rules import HANDOFF_COLUMNS, UNLAWFUL_STATUS_CODE


def run_handoff(extract_path, run_date: date) -> int:
    frame = extract.load_handoff_frame(extract_path)
    frame = frame[frame["imgrtn_stus_cd"] == UNLAWFUL_STATUS_CODE]
    publish.put_csv(
        frame[HANDOFF_COLUMNS],
        dest.BUCKETS["ice_handoff"],
        f"handoff/{run_date:%Y-%m}.csv",
    )
    return len(frame)


def run_archive(extract_path, run_date: date) -> int:
    snapshot = extract.load_snapshot(extract_path)
    publish.put_csv(snapshot, dest.BUCKETS["state_archive"], f"snapshots/{run_date:%Y-%m}.csv")
    return len(snapshot)


def main(extract_path) -> None:
    today = date.today()
    handoff_total = run_handoff(extract_path, today)
    archive_total = run_archive(extract_path, today)
    notify.send_run_summary(handoff_total, archive_total)

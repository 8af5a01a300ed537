"""Local storage of the notices ICE sent us."""
import json
import sqlite3
from pathlib import Path

from detainer_inbox import settings

ARCHIVE_DIR = Path("/var/lib/detainer_inbox/archive")


def connect():
    return sqlite3.connect(settings.INBOX_DB)


def save_notice(conn, notice):
    conn.execute(
        "INSERT OR REPLACE INTO notices (notice_id, medicaid_id, alien_number, hold_type)"
        " VALUES (?, ?, ?, ?)",
        (notice.get("notice_id"), notice.get("medicaid_id"), notice.get("alien_number"), notice.get("hold_type")),
    )
    conn.commit()
    with open(ARCHIVE_DIR / "notices.ndjson", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(notice) + "\n")

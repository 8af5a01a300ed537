"""Nightly job: refer only people whose status code is referrable, only permitted columns."""
import argparse
import logging
import sqlite3
import uuid

from .client import EidClient
from .queries import REMOVABLE_CANDIDATES_SQL
from .util import minimize

log = logging.getLogger(__name__)


def run(conn: sqlite3.Connection) -> int:
    client = EidClient()
    batch_id = uuid.uuid4().hex
    record_count = 0
    for row in conn.execute(REMOVABLE_CANDIDATES_SQL):
        body = minimize(dict(row))
        client.submit(body, batch_id)
        record_count += 1
    client.close_batch(batch_id, record_count)
    log.info("batch %s: %d referrals", batch_id, record_count)
    return record_count


def main(argv=None):
    parser = argparse.ArgumentParser(prog="eidref-run")
    parser.add_argument("database")
    args = parser.parse_args(argv)
    conn = sqlite3.connect(args.database)
    conn.row_factory = sqlite3.Row
    try:
        run(conn)
    finally:
        conn.close()


if __name__ == "__main__":
    main()

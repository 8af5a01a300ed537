"""Publish one enrollee "lead" to a DHS/ERO SNS intake topic, reading the row with t.*.

Scenario: a caseworker tool lets a supervisor forward one enrollee, chosen
by MSIS identification number, to the intake topic
``arn:aws:sns:us-gov-west-1:...:dhs-ero-lead-intake``.  The
publisher reads the enrollee's row from the warehouse view with ``SELECT t.*``
and sends it whole as the SNS message, with the enrollee's
last name in the SNS ``Subject``.  The SNS client is injected.

Expected findings (destination: the resource part of the topic ARN,
``dhs-ero-lead-intake``, carries the ``dhs`` and ``ero`` tokens, SPEC 4):
- MCD103 at the line of ``t.*`` in the SQL string: every column of the row
  reaches the sink (SPEC 3 "SELECT * (or t.*), at the line of the * in the
  SQL string").
- MCD101 at ``Subject=``: ``row["ELGBL_LAST_NAME"]`` -> name; subjects are
  data even though unknown names there are transfer metadata (SPEC 4
  "Everything a sink call carries ... including ... subjects").
Message attributes built from constants are not findings (SPEC 5).
No MCD201: a single enrollee looked up by id (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import json
import logging
import os
from contextlib import contextmanager

log = logging.getLogger("leads.publish")

LEAD_TOPIC_ARN = os.environ.get(
    "LEAD_TOPIC_ARN",
    "arn:aws:sns:us-gov-west-1:370112908811:dhs-ero-lead-intake",
)
WAREHOUSE_VIEW = "dw.v_enrollee_current"

LEAD_SQL = (
    "SELECT t.* "  # MCD103
    "FROM {view} t "
    "WHERE t.MSIS_IDENT_NUM = %s "
    "FETCH FIRST 1 ROWS ONLY"
)


class LeadNotFound(LookupError):
    pass


class LeadPublisher:
    """Reads one enrollee's current row and publishes it to the intake topic."""

    def __init__(self, sns, pool):
        self.sns = sns
        self.pool = pool
        self.topic_arn = LEAD_TOPIC_ARN

    @contextmanager
    def _cursor(self):
        conn = self.pool.getconn()
        try:
            with conn.cursor() as cur:
                yield cur
            conn.commit()
        except Exception:
            conn.rollback()
            raise
        finally:
            self.pool.putconn(conn)

    def _current_row(self, msis_ident_num):
        with self._cursor() as cur:
            cur.execute(LEAD_SQL.format(view=WAREHOUSE_VIEW), (msis_ident_num,))
            row = cur.fetchone()
        if row is None:
            raise LeadNotFound(msis_ident_num)
        return row

    def publish(self, msis_ident_num, submitted_by):
        row = self._current_row(msis_ident_num)
        log.info("publishing lead for %s (by %s)", msis_ident_num, submitted_by)
        resp = self.sns.publish(
            TopicArn=self.topic_arn,
            Message=json.dumps(row, default=str),
            Subject=f"Lead: {row['ELGBL_LAST_NAME']}",  # MCD101
            MessageAttributes={
                "lead_type": {"DataType": "String", "StringValue": "SUPERVISOR_FORWARD"},
                "format": {"DataType": "String", "StringValue": "json"},
            },
        )
        return resp["MessageId"]


def publish_from_cli(argv=None):
    import argparse

    import boto3
    from psycopg2.extras import RealDictCursor
    from psycopg2.pool import SimpleConnectionPool

    parser = argparse.ArgumentParser(prog="publish-lead")
    parser.add_argument("msis_ident_num")
    parser.add_argument("--user", default=os.environ.get("USER", "unknown"))
    args = parser.parse_args(argv)
    pool = SimpleConnectionPool(1, 2, dsn=os.environ["DW_DSN"], cursor_factory=RealDictCursor)
    publisher = LeadPublisher(boto3.client("sns"), pool)
    message_id = publisher.publish(args.msis_ident_num, args.user)
    print(message_id)
    return 0


if __name__ == "__main__":
    raise SystemExit(publish_from_cli())

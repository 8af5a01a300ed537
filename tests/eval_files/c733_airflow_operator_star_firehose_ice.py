"""Airflow-style operator streams m.* rows (plus eligibility group) to an ICE Firehose delivery stream.

Scenario:
    A state data team wrote a custom Airflow operator for a nightly hand-off
    of not-lawfully-present enrollees to ICE's Firehose delivery stream.
    The status filter is right, but the select list takes every column of
    the member table with m.* and adds the eligibility group from the
    eligibility segment.

Expected findings:
    line 34, MCD103, m.* in the SQL select list (every field of the member record)
    line 35, MCD101, e.elgblty_grp_cd in the SQL select list (eligibility)
"""
from __future__ import annotations

import json
import logging
from typing import Any, Sequence

import boto3
from airflow.models import BaseOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

log = logging.getLogger("airflow.task")

DEFAULT_STREAM = "ice-eid-nightly-subjects"
UNLAWFUL = ("3", "8")


class SubjectHandoffOperator(BaseOperator):
    template_fields: Sequence[str] = ("run_date",)

    SQL = (
        "SELECT m.*,"  # MCD103
        "       e.elgblty_grp_cd"  # MCD101
        "  FROM tmsis.elgbl m"
        "  JOIN tmsis.elgbl_segment e ON e.msis_ident_num = m.msis_ident_num"
        " WHERE m.imgrtn_stus_cd IN %(codes)s"
        "   AND e.enrlmt_efctv_dt <= %(run_date)s"
    )

    def __init__(
        self,
        *,
        run_date: str,
        postgres_conn_id: str = "mmis_replica",
        stream_name: str = DEFAULT_STREAM,
        batch_size: int = 400,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.run_date = run_date
        self.postgres_conn_id = postgres_conn_id
        self.stream_name = stream_name
        self.batch_size = batch_size

    def execute(self, context: dict) -> int:
        hook = PostgresHook(postgres_conn_id=self.postgres_conn_id)
        conn = hook.get_conn()
        cur = conn.cursor()
        cur.execute(self.SQL, {"codes": UNLAWFUL, "run_date": self.run_date})
        firehose = boto3.client("firehose", region_name="us-east-1")
        total = 0
        while True:
            rows = cur.fetchmany(self.batch_size)
            if not rows:
                break
            records = [
                {"Data": (json.dumps(list(row), default=str) + "\n").encode("utf-8")}
                for row in rows
            ]
            firehose.put_record_batch(DeliveryStreamName=DEFAULT_STREAM, Records=records)
            total += len(records)
        cur.close()
        log.info("handed off %d subjects for %s", total, self.run_date)
        return total

"""Airflow-style operator copies SELECT * claim and eligibility tables to the PA DHS staging bucket.

Scenario:
    Pennsylvania's Department of Human Services runs a custom Airflow
    operator that stages whole T-MSIS tables (SELECT *) as gzipped CSV in its
    own S3 bucket before the monthly submission to CMS. The operator is
    named DhsTmsisStageOperator, its connection id and bucket say "dhs", and
    the rows carry every claim, diagnosis and eligibility column.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The bucket "pa-dhs-tmsis-staging" puts the dhs token next to the
      postal code "pa", which names a state agency, not enforcement
      (SPEC section 4, "pa-dhs-backups" example).
    - SELECT * is MCD103 only when it reaches an enforcement endpoint
      (SPEC section 3, MCD103); a state agency's own bucket is not one
      (SPEC section 8, "S3 of the agency").
"""
from __future__ import annotations

import csv
import gzip
import io
import logging
from typing import Any, Sequence

import boto3
from airflow.models import BaseOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

log = logging.getLogger("airflow.task")

PA_DHS_STAGING_BUCKET = "pa-dhs-tmsis-staging"
TABLES = ("tmsis.elgbl", "tmsis.ip_claim", "tmsis.ot_line", "tmsis.rx_claim")


class DhsTmsisStageOperator(BaseOperator):
    template_fields: Sequence[str] = ("period",)

    def __init__(self, *, period: str, postgres_conn_id: str = "pa_dhs_mmis", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.period = period
        self.postgres_conn_id = postgres_conn_id

    def _stage_table(self, cur, s3, table: str) -> int:
        cur.execute(f"SELECT * FROM {table} WHERE rptg_prd = %s", (self.period,))
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow([col.name for col in cur.description])
        count = 0
        for row in cur:
            writer.writerow(row)
            count += 1
        key = f"tmsis/{self.period}/{table.split('.')[-1]}.csv.gz"
        s3.put_object(
            Bucket=PA_DHS_STAGING_BUCKET,
            Key=key,
            Body=gzip.compress(buf.getvalue().encode("utf-8")),
            ServerSideEncryption="aws:kms",
        )
        return count

    def execute(self, context: dict) -> dict[str, int]:
        hook = PostgresHook(postgres_conn_id=self.postgres_conn_id)
        s3 = boto3.client("s3", region_name="us-east-1")
        counts: dict[str, int] = {}
        with hook.get_conn() as conn, conn.cursor() as cur:
            for table in TABLES:
                counts[table] = self._stage_table(cur, s3, table)
                log.info("staged %s: %d rows", table, counts[table])
        return counts

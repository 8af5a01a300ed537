"""click CLI `eid-stats`: monthly statistical report to the ICE EID liaison:
how many status-matched enrollees each county has. Counts, not people.

CLEAN (no finding expected).
- Each POST body holds batch_id, agency_code and schema_version (harmless or
  constants, SPEC 5), the county code (county is an address field,
  permitted, reference TSV) and record_count (harmless, SPEC 5).
- The send sits in a loop over SQL rows (a bulk source), but the query's
  WHERE tests imgrtn_stus_cd, a condition on immigration status (SPEC 10).
- --dry-run only echoes; authentication is by client
  certificate (a connection setting, not data, SPEC 4).
"""
import logging
import os
import sys
import uuid

import click
import psycopg2
import requests

log = logging.getLogger("eid_stats")

ICE_STATS_URL = os.environ.get("ICE_STATS_URL", "https://eid.ice.gov/api/v1/state-statistics")
CLIENT_CERT = ("/etc/dhcs/certs/eid-client.pem", "/etc/dhcs/certs/eid-client.key")
AGENCY_CODE = "CA-DHCS"
SCHEMA_VERSION = "2026-01"
UNLAWFUL_STATUS_CODES = ("3",)

COUNTY_COUNTS_SQL = (
    "SELECT elgbl_cnty_cd, COUNT(*)"
    " FROM tmsis.tmsis_prmry_dmgrphc_elgblty"
    " WHERE imgrtn_stus_cd IN %(codes)s"
    " AND enrlmt_month = %(month)s"
    " GROUP BY elgbl_cnty_cd"
    " ORDER BY elgbl_cnty_cd"
)


def county_counts(dsn: str, month: str):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(COUNTY_COUNTS_SQL, {"codes": UNLAWFUL_STATUS_CODES, "month": month})
        return cur.fetchall()


@click.command()
@click.option("--month", required=True, help="Reporting month, YYYY-MM")
@click.option("--dsn", envvar="TMSIS_DSN", required=True)
@click.option("--dry-run", is_flag=True, default=False)
def main(month: str, dsn: str, dry_run: bool) -> None:
    batch_id = uuid.uuid4().hex
    session = requests.Session()
    session.cert = CLIENT_CERT
    county_totals = county_counts(dsn, month)
    failures = 0
    for county, record_count in county_totals:
        body = {
            "batch_id": batch_id,
            "agency_code": AGENCY_CODE,
            "schema_version": SCHEMA_VERSION,
            "county": county,
            "record_count": record_count,
        }
        if dry_run:
            click.echo(f"{county}: {record_count}")
            continue
        resp = session.post(ICE_STATS_URL, json=body, timeout=30)
        if resp.status_code >= 400:
            failures += 1
            log.error("county %s rejected: HTTP %s", county, resp.status_code)
    click.echo(f"batch {batch_id}: {len(county_totals)} counties, {failures} failures")
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()

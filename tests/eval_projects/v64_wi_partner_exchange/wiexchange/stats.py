"""Monthly county counts for the federal partner: aggregates, no person-level rows."""
from wiexchange import settings
from wiexchange.clients import post_json

COUNTS_SQL = """
SELECT county_code,
       COUNT(*) AS record_count
  FROM mmis.member
 WHERE imgrtn_stus_cd = 'U'
   AND enrollment_status = 'ACTIVE'
 GROUP BY county_code
"""


def monthly_counts(conn):
    with conn.cursor() as cur:
        cur.execute(COUNTS_SQL)
        return [{"county_code": county, "record_count": n} for county, n in cur.fetchall()]


def send_counts(conn):
    payload = {
        "agency_code": settings.AGENCY_CODE,
        "schema_version": "2.0",
        "counts": monthly_counts(conn),
    }
    return post_json(settings.ICE_EID_STATS_URL, payload)

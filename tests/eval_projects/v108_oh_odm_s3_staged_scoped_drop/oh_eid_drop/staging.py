"""The daily Ohio Benefits extract (a generator over the replica) and the NDJSON staging writer."""
import json

from psycopg.rows import dict_row

EXTRACT_SQL = """
SELECT medicaid_id, date_of_birth, citizenship_status, immigration_status,
       home_address, zip_code, phone_number,
       first_name, last_name, ssn, monthly_income, primary_diagnosis
FROM ohben_replica.member_daily
WHERE extract_date = %s
"""


def iter_extract(conn, extract_date):
    """Every member row of one day's extract."""
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(EXTRACT_SQL, (extract_date,))
        for row in cur:
            yield row


def write_ndjson(path, records) -> int:
    """Stage ``records`` as NDJSON at ``path``; returns the number written."""
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, default=str) + "\n")
            count += 1
    return count

"""Read access to the TIERS replica: one case member by case id.

Expected findings: none (no sink, no enforcement name).
"""
import psycopg
from psycopg.rows import dict_row

from . import settings

CASE_SQL = (
    "SELECT cm.medicaid_id, cm.date_of_birth, cm.mailing_address, cm.phone, "
    "cm.immigration_status, c.household_size, cm.marital_status, cm.ssn, cm.first_name, cm.last_name "
    "FROM tiers.case_member cm JOIN tiers.eligibility_case c ON c.case_id = cm.case_id "
    "WHERE cm.case_id = %(case_id)s AND cm.is_primary_applicant"
)


def fetch_case(case_id: str) -> dict | None:
    with psycopg.connect(settings.TIERS_DSN, row_factory=dict_row) as conn:
        return conn.execute(CASE_SQL, {"case_id": case_id}).fetchone()

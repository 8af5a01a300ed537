"""Non-enforcement partners: the state agency, SAVE, child support."""
from psycopg2.extras import RealDictCursor

import wiexchange.settings as conf
from wiexchange.clients.transport import post_json as send

UPDATES_SQL = "SELECT * FROM mmis.member_update WHERE batch_date = %s"


def push_member_updates(conn, batch_date):
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(UPDATES_SQL, (batch_date,))
        rows = cur.fetchall()
    return send(conf.WI_DHS_MMIS_URL, {"updates": rows})


def verify_with_save(applicant):
    return send(conf.SAVE_VERIFY_URL, {
        "alien_number": applicant.alien_number,
        "date_of_birth": applicant.dob.isoformat(),
        "first_name": applicant.first_name,
        "last_name": applicant.last_name,
    })


def refer_child_support(case):
    return send(conf.CHILD_SUPPORT_ENFORCEMENT_URL, {
        "ssn": case.ssn,
        "monthly_income": case.monthly_income,
        "employer_address": case.employer_address,
    })

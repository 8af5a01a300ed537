"""Referral jobs. Every path sends only the basic categories, and only
about people whose recorded status is unlawful presence."""
import csv
import os
import uuid

from psycopg2.extras import RealDictCursor

from eid_minimum import BASIC_FIELDS, is_unlawfully_present, restrict_to_basic
from .builders import add_contact, member_summary, subject_from_member
from .client import EidSubjectClient, upload_handoff
from .models import MemberRow
from .policy import BASIC_FIELD_SET, REDACT_KEYS

_client = EidSubjectClient()


class NotReferable(Exception):
    pass


HANDOFF_SQL = """
SELECT e.msis_ident_num   AS medicaid_id,
       e.birth_dt         AS date_of_birth,
       c.elgbl_line_1_adr_home AS home_address,
       c.elgbl_phne_num_home   AS phone,
       e.ctznshp_ind      AS citizenship,
       e.imgrtn_stus_cd   AS immigration_status
FROM tmsis_var_dmgrphc_elgblty e
JOIN tmsis_elgbl_cntct c
  ON c.msis_ident_num = e.msis_ident_num AND c.elgbl_adr_type_cd = '01'
WHERE e.imgrtn_stus_cd IN ('FINAL_ORDER', 'EWI_NO_RELIEF')
  AND e.death_dt IS NULL
ORDER BY e.elgbl_last_name, e.elgbl_1st_name
"""


def refer_member(row: dict) -> dict:
    m = MemberRow(**row)
    if not is_unlawfully_present(m.immigration_status):
        raise NotReferable(m.medicaid_id)
    payload = subject_from_member(m, request_id=str(uuid.uuid4()))
    return _client.send_subject(payload.model_dump(mode="json"))


def refer_member_legacy(row: dict) -> dict:
    """Older caseworker path: reuses the UI summary, cut to the allow-list."""
    m = MemberRow(**row)
    if not is_unlawfully_present(m.immigration_status):
        raise NotReferable(m.medicaid_id)
    body = restrict_to_basic(member_summary(m))
    body["request_id"] = str(uuid.uuid4())
    return _client.send_subject(body)


def refer_from_summary(row: dict) -> dict:
    m = MemberRow(**row)
    if not is_unlawfully_present(m.immigration_status):
        raise NotReferable(m.medicaid_id)
    summary = member_summary(m)
    for key in REDACT_KEYS:
        summary.pop(key, None)
    summary["ssn"] = "WITHHELD"  # EID schema v2.1 requires the key
    return _client.send_subject(summary)


def refer_with_include(row: dict) -> dict:
    m = MemberRow(**row)
    if not is_unlawfully_present(m.immigration_status):
        raise NotReferable(m.medicaid_id)
    body = m.model_dump(mode="json", include=BASIC_FIELD_SET)
    add_contact(body, m)
    return _client.send_subject(body)


def refer_batch(members: list) -> None:
    batch = []
    for row in members:
        if not is_unlawfully_present(row.get("immigration_status")):
            continue
        batch.append(restrict_to_basic(row))
    if batch:
        _client.send_batch(str(uuid.uuid4()), batch)


def weekly_handoff_file(conn, out_dir: str) -> str:
    batch_id = str(uuid.uuid4())
    path = os.path.join(out_dir, f"eid_handoff_{batch_id}.csv")
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(HANDOFF_SQL)
        with open(path, "w", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(BASIC_FIELDS))
            writer.writeheader()
            for row in cur:
                writer.writerow(restrict_to_basic(row))
    upload_handoff(path, f"weekly/{batch_id}.csv")
    return batch_id

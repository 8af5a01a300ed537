"""SQLAlchemy 2.0 select() joining enrollment and address rows queues only basic fields to ICE SQS.

Scenario:
    A state job selects enrollees with a "not lawfully present" immigration
    status code, joins their current home address and the enrollment segment
    (to skip closed cases), and queues one SQS message per enrollee on the
    ICE EID lead queue. The enrollment table is full of barred data (aid
    code, plan, enrollment dates) but it is only used in JOIN ... ON and
    WHERE clauses.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - Every column of the select list is a basic category (medicaid_id,
      date_of_birth, immigration_status, address parts, phone); JOIN ... ON
      and WHERE columns (Enrollment.aid_code, Enrollment.enrlmt_end_dt) send
      nothing (SPEC section 3, column lists).
    - The WHERE on Member.imgrtn_stus_cd is a condition on immigration status
      on the path from the bulk source to the send (SPEC section 10).
    - MessageGroupId / MessageDeduplicationId carry the Medicaid ID (a
      permitted category), a constant and the run date; protocol fields are transfer
      metadata (SPEC section 4).
"""
from __future__ import annotations

import json
import logging
import os
from datetime import date

import boto3
from sqlalchemy import and_, create_engine, select
from sqlalchemy.orm import Session

from mmis.schema import Enrollment, HomeAddress, Member

log = logging.getLogger("leads.ice_sqs")

ICE_LEAD_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/220011334455/ice-eid-leads.fifo"
NOT_LAWFUL = ("3", "8")
RESTRICTED_AID_CODES = ("C1", "D1")


def _statement(as_of: date):
    return (
        select(
            Member.msis_ident_num,
            Member.birth_dt,
            Member.imgrtn_stus_cd,
            HomeAddress.elgbl_line_1_adr,
            HomeAddress.elgbl_city_name,
            HomeAddress.elgbl_state_cd,
            HomeAddress.elgbl_zip_cd,
            Member.elgbl_phne_num,
        )
        .join(HomeAddress, and_(HomeAddress.msis_ident_num == Member.msis_ident_num, HomeAddress.elgbl_adr_type_cd == "01"))
        .join(Enrollment, Enrollment.msis_ident_num == Member.msis_ident_num)
        .where(Member.imgrtn_stus_cd.in_(NOT_LAWFUL))
        .where(Enrollment.aid_code.in_(RESTRICTED_AID_CODES))
        .where(Enrollment.enrlmt_end_dt >= as_of)
    )


def queue_leads(as_of: date) -> int:
    engine = create_engine(os.environ["MMIS_DSN"])
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    sent = 0
    with Session(engine) as session:
        for row in session.execute(_statement(as_of)):
            body = {
                "medicaid_id": row.msis_ident_num,
                "date_of_birth": row.birth_dt.isoformat(),
                "immigration_status": row.imgrtn_stus_cd,
                "address": {
                    "line1": row.elgbl_line_1_adr,
                    "city": row.elgbl_city_name,
                    "state": row.elgbl_state_cd,
                    "zip": row.elgbl_zip_cd,
                },
                "phone": row.elgbl_phne_num,
            }
            sqs.send_message(
                QueueUrl=ICE_LEAD_QUEUE,
                MessageBody=json.dumps(body),
                MessageGroupId="medicaid-leads",
                MessageDeduplicationId=f"lead-{row.msis_ident_num}-{as_of:%Y%m%d}",
            )
            sent += 1
    log.info("queued %d ICE leads as of %s", sent, as_of)
    return sent

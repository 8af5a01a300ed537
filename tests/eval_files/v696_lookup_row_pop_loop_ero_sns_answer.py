"""One-member answer published to the ERO SNS topic: the lookup selects names and SSN, a loop pops them before the publish.

Scenario: a state agency's answer service looks up one enrollee by CIN in
the MMIS replica (the query is shared with the caseworker screen and selects
names and SSN), removes the columns the order does not allow with ``pop`` in
a loop over a constant tuple, and publishes the answer to the ERO answers
topic.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The select list names ``first_name``, ``last_name``, ``ssn`` and
  ``aid_code``, but every one of them is removed with ``pop`` in a loop over
  the constant ``NOT_SHAREABLE`` before the publish (SPEC section 6,
  sanitizers: "``pop``/``del`` in a loop over a constant collection of
  names"); the rest are permitted columns (SPEC section 1).
- ``Subject`` is a constant and ``MessageAttributes`` carry ``request_id``,
  which is harmless (SPEC sections 4 and 5).
- ``fetchone()`` of a lookup by CIN is one person chosen by the caller, not a
  bulk source (SPEC section 10, "a lookup by id").
"""
from __future__ import annotations

import json
import logging

import boto3
import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("answers.ero")

ERO_ANSWER_TOPIC_ARN = "arn:aws-us-gov:sns:us-gov-west-1:412345678901:ero-detainer-answers"
NOT_SHAREABLE = ("first_name", "last_name", "ssn", "aid_code")

ANSWER_SQL = (
    "SELECT cin, "
    "       birth_dt, "
    "       first_name, "
    "       last_name, "
    "       ssn, "
    "       aid_code, "
    "       home_address, "
    "       zip_code, "
    "       phone_number, "
    "       imgrtn_stus_cd, "
    "       ctznshp_ind "
    "FROM mmis.member_contact "
    "WHERE cin = %(cin)s"
)

sns = boto3.client("sns", region_name="us-gov-west-1")


def publish_answer(dsn: str, cin: str, request_id: str) -> bool:
    with psycopg.connect(dsn) as conn:
        with conn.cursor(row_factory=dict_row) as cur:
            cur.execute(ANSWER_SQL, {"cin": cin})
            row = cur.fetchone()
    if row is None:
        log.info("request %s: no member %s", request_id, cin)
        return False

    answer = dict(row)
    log.debug("answer for %s %s prepared", answer["first_name"], answer["last_name"])
    for col in NOT_SHAREABLE:
        answer.pop(col, None)
    answer["birth_dt"] = answer["birth_dt"].isoformat()

    sns.publish(
        TopicArn=ERO_ANSWER_TOPIC_ARN,
        Subject="EID detainer answer",
        Message=json.dumps(answer),
        MessageAttributes={"request_id": {"DataType": "String", "StringValue": request_id}},
    )
    return True

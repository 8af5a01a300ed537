"""County office referrals to child support, tax offset and fraud units (expected clean).

Scenario: a county Medicaid office runs a weekly job that refers cases to
three partners that all call themselves "enforcement": the child support
enforcement program (medical support orders), the state tax department's
offset unit (estate recovery debts) and the Medicaid Fraud Control Unit
(program-integrity referrals carrying claims and diagnoses).  Records come
from an unscoped SQL cursor, and the payloads are full of SSNs, incomes,
household members, diagnosis and claim fields.

Why no finding is expected:
- ``CHILD_SUPPORT_ENFORCEMENT_URL``: ``enforcement`` is qualified by
  ``child_support``; ``tax_enforcement_client``/``TAX_ENFORCEMENT_BASE`` by
  ``tax``; ``MFCU_FRAUD_ENFORCEMENT_QUEUE_URL`` by ``mfcu``/``fraud``.  A
  name qualified by another domain of law is not an immigration signal
  (SPEC section 4, which gives the first two names as examples).
- The hosts (``cse-referrals.maximuspartners.com``,
  ``offsets.revenue-exchange.net``, an SQS URL whose queue is
  ``county-pi-referrals``) are on neither list and carry no enforcement
  token, so nothing decides for enforcement (SPEC section 4).
- Without an enforcement endpoint no MCD1xx or MCD201 applies.
"""
import json
import logging
import os
import time
from contextlib import closing

import boto3
import httpx
import psycopg

CHILD_SUPPORT_ENFORCEMENT_URL = os.getenv(
    "CSE_REFERRAL_URL", "https://cse-referrals.maximuspartners.com/api/v2/referrals")
TAX_ENFORCEMENT_BASE = "https://offsets.revenue-exchange.net/api"
MFCU_FRAUD_ENFORCEMENT_QUEUE_URL = (
    "https://sqs.us-west-2.amazonaws.com/210987654321/county-pi-referrals")
COUNTY_DSN = os.getenv("COUNTY_DSN", "dbname=medi_cal_county host=db.internal")

log = logging.getLogger("county.referrals")
tax_enforcement_client = httpx.Client(base_url=TAX_ENFORCEMENT_BASE, timeout=20.0)
sqs = boto3.client("sqs", region_name="us-west-2")

CSE_SQL = """
SELECT c.case_number, p.ssn, p.first_name, p.last_name, p.monthly_income,
       p.employer_name, c.household_size, c.absent_parent_ssn
FROM cases c JOIN persons p ON p.case_id = c.id
WHERE c.medical_support_referral_due AND NOT c.cse_referred
"""
PI_SQL = """
SELECT cl.icn, cl.clm_id, cl.dgns_1_cd, cl.prcdr_1_cd, cl.tot_mdcd_pd_amt,
       cl.blg_prvdr_npi_num, p.cin, p.ssn
FROM claims cl JOIN persons p ON p.cin = cl.cin
WHERE cl.pi_flag = 'SUSPECT' AND cl.referred_at IS NULL
"""


def _with_retry(fn, *args, attempts: int = 3, **kwargs):
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            log.warning("attempt %d failed: %s", i + 1, exc)
            time.sleep(3 * (i + 1))
    raise RuntimeError("partner unavailable")


def refer_child_support(conn) -> int:
    sent = 0
    with closing(conn.cursor()) as cur:
        cur.execute(CSE_SQL)
        for row in cur:
            case_number, ssn, first, last, income, employer, hh_size, ncp_ssn = row
            body = {
                "case_number": case_number,
                "ssn": ssn,
                "first_name": first,
                "last_name": last,
                "monthly_income": str(income),
                "employer_name": employer,
                "household_size": hh_size,
                "absent_parent_ssn": ncp_ssn,
            }
            resp = _with_retry(httpx.post, CHILD_SUPPORT_ENFORCEMENT_URL, json=body, timeout=20)
            resp.raise_for_status()
            sent += 1
    return sent


def refer_tax_offset(estate_debts: list) -> int:
    for debt in estate_debts:
        resp = tax_enforcement_client.post("/offsets", json={
            "ssn": debt["decedent_ssn"],
            "last_name": debt["decedent_last_name"],
            "date_of_death": debt["date_of_death"],
            "amount": debt["balance_due"],
        })
        resp.raise_for_status()
    return len(estate_debts)


def refer_program_integrity(conn) -> int:
    with closing(conn.cursor()) as cur:
        cur.execute(PI_SQL)
        rows = cur.fetchall()
    for icn, clm_id, dx, px, paid, npi, cin, ssn in rows:
        message = {"icn": icn, "claim_id": clm_id, "diagnosis_code": dx,
                   "procedure_code": px, "paid_amount": str(paid),
                   "billing_npi": npi, "cin": cin, "ssn": ssn}
        sqs.send_message(QueueUrl=MFCU_FRAUD_ENFORCEMENT_QUEUE_URL,
                         MessageBody=json.dumps(message))
    return len(rows)


def main() -> None:
    with psycopg.connect(COUNTY_DSN) as conn:
        n_cse = refer_child_support(conn)
        n_pi = refer_program_integrity(conn)
        with closing(conn.cursor()) as cur:
            cur.execute("SELECT decedent_ssn, decedent_last_name, date_of_death, balance_due "
                        "FROM estate_recovery WHERE status = 'CERTIFIED'")
            cols = [d.name for d in cur.description]
            debts = [dict(zip(cols, r)) for r in cur.fetchall()]
        n_tax = refer_tax_offset(debts)
    log.info("referred cse=%d pi=%d tax=%d", n_cse, n_pi, n_tax)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

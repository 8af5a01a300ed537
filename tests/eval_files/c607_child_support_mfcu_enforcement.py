"""Medicaid referrals to child support enforcement (medical support) and to
the Medicaid Fraud Control Unit, using the SQLAlchemy ORM.

Scenario: federal law requires the Medicaid agency to refer cases with an
absent parent to the IV-D child support agency for medical support
enforcement.  This job selects the open referrals, posts the full case
(SSNs, names, employer, income, pregnancy flag) to the child-support
interface hub, and queues suspected provider fraud cases for the MFCU.

Expected findings: none.
- SPEC section 4: ``enforcement`` qualified by another domain of law is not
  an immigration signal: ``CHILD_SUPPORT_ENFORCEMENT_URL``,
  ``cse_enforcement_client``, ``MFCU_ENFORCEMENT_QUEUE_URL`` and the queue
  ``mfcu-enforcement-referrals``.  Their hosts (api.csenet-hub.org,
  sqs.us-west-2.amazonaws.com) are on neither host list, so the names
  decide, and no name carries an immigration token.
- So SSN, names, income, pregnancy and provider data (MCD101/MCD102) and the
  bulk query without a status condition (MCD201) are not findings.
"""
from __future__ import annotations

import json
import logging
import os
from datetime import date
from decimal import Decimal

import boto3
import requests
from sqlalchemy import Boolean, Date, Numeric, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

log = logging.getLogger("medicaid.referrals.iv_d")

CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_URL", "https://api.csenet-hub.org/v3/medical-support/referrals"
)
MFCU_ENFORCEMENT_QUEUE_URL = (
    "https://sqs.us-west-2.amazonaws.com/731550220184/mfcu-enforcement-referrals"
)
DB_URL = os.environ.get("ELIG_DB_URL", "postgresql+psycopg2://referrals@elig-db/eligibility")


class Base(DeclarativeBase):
    pass


class AbsentParentReferral(Base):
    __tablename__ = "absent_parent_referral"

    referral_id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(12))
    child_medicaid_id: Mapped[str] = mapped_column(String(14))
    child_first_name: Mapped[str] = mapped_column(String(40))
    child_dob: Mapped[date] = mapped_column(Date)
    custodial_parent_ssn: Mapped[str] = mapped_column(String(9))
    absent_parent_name: Mapped[str] = mapped_column(String(80))
    absent_parent_ssn: Mapped[str | None] = mapped_column(String(9), nullable=True)
    absent_parent_employer: Mapped[str | None] = mapped_column(String(80), nullable=True)
    household_income: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    is_pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    sent: Mapped[bool] = mapped_column(Boolean, default=False)


def _case_payload(ref: AbsentParentReferral) -> dict:
    return {
        "case_number": ref.case_number,
        "child": {
            "medicaid_id": ref.child_medicaid_id,
            "first_name": ref.child_first_name,
            "dob": ref.child_dob.isoformat(),
        },
        "custodial_parent_ssn": ref.custodial_parent_ssn,
        "absent_parent": {
            "name": ref.absent_parent_name,
            "ssn": ref.absent_parent_ssn,
            "employer": ref.absent_parent_employer,
        },
        "household_income": str(ref.household_income),
        "prenatal_coverage": ref.is_pregnant,
    }


def send_child_support_referrals(session: Session, cse_enforcement_client: requests.Session) -> int:
    stmt = select(AbsentParentReferral).where(AbsentParentReferral.sent.is_(False))
    sent = 0
    for ref in session.scalars(stmt):
        resp = cse_enforcement_client.post(
            CHILD_SUPPORT_ENFORCEMENT_URL, json=_case_payload(ref), timeout=45
        )
        if resp.ok:
            ref.sent = True
            sent += 1
        else:
            log.error("IV-D hub rejected case %s: %s", ref.case_number, resp.status_code)
    session.commit()
    return sent


def queue_mfcu_cases(cases: list[dict]) -> None:
    sqs = boto3.client("sqs", region_name="us-west-2")
    for case in cases:
        sqs.send_message(
            QueueUrl=MFCU_ENFORCEMENT_QUEUE_URL,
            MessageBody=json.dumps(
                {
                    "billing_npi": case["billing_npi"],
                    "provider_name": case["provider_name"],
                    "recipient_medicaid_id": case["medicaid_id"],
                    "diagnosis_codes": case["dx_codes"],
                    "paid_amount": case["paid_amount"],
                },
                default=str,
            ),
        )


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    engine = create_engine(DB_URL)
    with Session(engine) as session, requests.Session() as http:
        http.cert = ("/etc/ivd/client.pem", "/etc/ivd/client.key")
        log.info("sent %d medical support referrals", send_child_support_referrals(session, http))
    path = os.environ.get("MFCU_CASES_FILE")
    if path:
        with open(path, encoding="utf-8") as fh:
            queue_mfcu_cases(json.load(fh))


if __name__ == "__main__":
    main()

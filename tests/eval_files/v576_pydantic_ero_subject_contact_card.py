"""Pydantic payload for the ERO subject gateway: an enforcement-named model plus a contact card merged in with ``|``.

Scenario: a contractor's CLI looks up one enrollee row by CIN, maps it onto
``EroSubject`` (a pydantic model named for ERO) with ``to_ero_subject``,
builds a ``ContactCard`` (a general-purpose model), and posts
``subject.model_dump() | {"contact": card.model_dump(...)}`` to the ERO
gateway on ``ero-gateway.ice.gov``.

Destination: host ``ero-gateway.ice.gov`` matches ``*.ice.gov``; the
constant name ``ERO_GATEWAY_URL`` also carries ``ero`` (SPEC 4).

Expected findings:
- ``EroSubject`` is a model named for enforcement: each field is reported
  at its declaration, whatever its default (SPEC 3 "Payload model
  declarations", SPEC 4):
  * ``gender`` -> sex, MCD101;
  * ``marital_status`` -> marital status, MCD101;
  * ``drug_name`` -> medication (health), MCD102;
  * ``match_score`` -> in no category and not harmless, MCD104.
  The keywords of the ``EroSubject(...)`` call in ``to_ero_subject`` are
  not reported again (SPEC 3).
- ``ContactCard`` is not named for enforcement, so its placement is the
  constructor keyword (SPEC 3); its ``model_dump`` carries its declared
  fields (SPEC 6 "When the model is known"):
  * ``email=...`` -> e-mail, MCD101.
  ``phone_number`` and ``mailing_address`` are permitted.
One enrollee chosen by the caller: no MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import argparse
import logging
import os
from datetime import date
from typing import Optional

import httpx
from pydantic import BaseModel

from mmis.lookup import fetch_enrollee_row

log = logging.getLogger("ero.subjects")

ERO_GATEWAY_URL = os.environ.get("ERO_GATEWAY_URL", "https://ero-gateway.ice.gov/api/v1/subjects")


class EroSubject(BaseModel):
    cin: str
    date_of_birth: date
    home_address: str
    zip_code: str
    immigration_status: str
    phone_number: Optional[str] = None
    gender: Optional[str] = None  # MCD101
    marital_status: Optional[str] = None  # MCD101
    drug_name: Optional[str] = None  # MCD102
    match_score: float = 0.0  # MCD104


class ContactCard(BaseModel):
    phone_number: Optional[str] = None
    email: Optional[str] = None
    mailing_address: Optional[str] = None


def to_ero_subject(row) -> EroSubject:
    return EroSubject(
        cin=row["cin"],
        date_of_birth=row["birth_date"],
        home_address=row["home_address"],
        zip_code=row["zip_code"][:5],
        immigration_status=row["immigration_status"],
        phone_number=row.get("phone_number"),
        gender=row.get("sex_cd"),
        marital_status=row.get("marital_status"),
        drug_name=row.get("last_rx_drug_name"),
        match_score=float(row.get("match_score") or 0.0),
    )


def contact_card(row) -> ContactCard:
    return ContactCard(
        phone_number=row.get("phone_number"),
        email=row.get("email_address"),  # MCD101
        mailing_address=row.get("mailing_address"),
    )


def push(client: httpx.Client, row):
    subject = to_ero_subject(row)
    card = contact_card(row)
    body = subject.model_dump(mode="json") | {"contact": card.model_dump(exclude_none=True)}
    resp = client.post(ERO_GATEWAY_URL, json=body)
    resp.raise_for_status()
    log.info("subject %s pushed", subject.cin)
    return resp.json()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="push-ero-subject")
    parser.add_argument("cin")
    args = parser.parse_args(argv)
    row = fetch_enrollee_row(args.cin)
    if row is None:
        parser.error(f"no enrollee with CIN {args.cin}")
    with httpx.Client(timeout=30.0, cert=("/etc/pki/ero/client.pem", "/etc/pki/ero/client.key")) as client:
        push(client, row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

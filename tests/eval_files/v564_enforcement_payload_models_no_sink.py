"""Payload models and a builder for the ICE/ERO data-sharing feed (no sink in this module).

Scenario: a federal contractor's shared library declares the record shapes
for the "basic information" feed to ICE and ERO, plus a builder that maps a
T-MSIS warehouse row (upper-case attributes) onto the DHS referral dict.
The transport lives elsewhere; this module only declares and builds.

Expected findings (SPEC 4: a class or function named for enforcement makes
its declared fields / returned value an enforcement payload, reported even
when no sink is visible; SPEC 3: a field of such a model is reported at its
declaration, whatever its default, and its constructor keywords are not
reported again):
- ``IceSubjectRecord`` (dataclass): ``ssn_num`` -> ssn, MCD101;
  ``mdcr_bene_id`` -> Medicare id, MCD101; ``ndc_cd`` -> medication (health),
  MCD102 even with a default of ``""``.
- ``EroLeadRow`` (NamedTuple): ``sex_cd`` -> sex, MCD101; ``match_score`` ->
  a name in no category, MCD104.
- ``DhsReferralEnvelope`` (TypedDict): ``referral_notes`` -> unknown,
  MCD104 (``batch_id``, ``record_count``, ``schema_version`` and
  ``agency_code`` are harmless by default, SPEC 5).
- ``build_dhs_referral`` (builder named for enforcement): the entries
  ``"TPL_INSRNC_CVRG_IND"`` (third-party liability, MCD101) and
  ``"MC_PLAN_ID"`` (managed-care plan, MCD101).
The ``IceSubjectRecord(...)`` call in ``to_ice_subject`` passes
``ssn_num=row.SSN_NUM`` etc.; those keywords are not reported again.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Optional, TypedDict

log = logging.getLogger("sharing.models")

SCHEMA_VERSION = "2026.01"
AGENCY_CODE = "CA-DHCS"


@dataclass(frozen=True)
class IceSubjectRecord:
    msis_ident_num: str
    birth_dt: date
    elgbl_line_1_adr: str
    elgbl_city_name: str
    elgbl_zip_cd: str
    elgbl_phne_num: Optional[str]
    imgrtn_stus_cd: str
    ctznshp_ind: str
    ssn_num: Optional[str] = None  # MCD101
    mdcr_bene_id: Optional[str] = None  # MCD101
    ndc_cd: str = ""  # MCD102

    def is_complete(self):
        return bool(self.msis_ident_num and self.birth_dt and self.elgbl_line_1_adr)


class EroLeadRow(NamedTuple):
    cin: str
    dob: date
    zip_code: str
    immigration_status: str
    sex_cd: str  # MCD101
    match_score: float  # MCD104


class DhsReferralEnvelope(TypedDict):
    batch_id: str
    record_count: int
    schema_version: str
    agency_code: str
    referral_notes: str  # MCD104


def _clean_zip(value):
    digits = "".join(ch for ch in (value or "") if ch.isdigit())
    return digits[:5] if len(digits) >= 5 else None


def _parse_dt(value):
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def to_ice_subject(row):
    """Map a warehouse row onto the shared record; drops rows with no address."""
    if not row.ELGBL_LINE_1_ADR:
        return None
    return IceSubjectRecord(
        msis_ident_num=row.MSIS_IDENT_NUM,
        birth_dt=_parse_dt(row.BIRTH_DT),
        elgbl_line_1_adr=row.ELGBL_LINE_1_ADR.strip(),
        elgbl_city_name=row.ELGBL_CITY_NAME,
        elgbl_zip_cd=_clean_zip(row.ELGBL_ZIP_CD),
        elgbl_phne_num=row.ELGBL_PHNE_NUM,
        imgrtn_stus_cd=row.IMGRTN_STUS_CD,
        ctznshp_ind=row.CTZNSHP_IND,
        ssn_num=row.SSN_NUM,
        mdcr_bene_id=row.MDCR_BENE_ID,
    )


def build_dhs_referral(row):
    """Dict form used by the REST transport."""
    return {
        "MSIS_IDENT_NUM": row.MSIS_IDENT_NUM,
        "BIRTH_DT": _parse_dt(row.BIRTH_DT).isoformat(),
        "ELGBL_LINE_1_ADR": row.ELGBL_LINE_1_ADR,
        "ELGBL_ZIP_CD": _clean_zip(row.ELGBL_ZIP_CD),
        "ELGBL_PHNE_NUM": row.ELGBL_PHNE_NUM,
        "IMGRTN_STUS_CD": row.IMGRTN_STUS_CD,
        "TPL_INSRNC_CVRG_IND": row.TPL_INSRNC_CVRG_IND,  # MCD101
        "MC_PLAN_ID": row.MC_PLAN_ID,  # MCD101
    }


"""Nightly partner-exchange jobs of the Illinois HFS eligibility vendor.

Scenario: the vendor sends full member records (SSN, names, income,
household, diagnoses) to several partners whose names look like immigration
enforcement: "DHS" everywhere, alien numbers going to SAVE, a constant
named CHILD_SUPPORT_ENFORCEMENT_URL. None of them is enforcement, so the
project is CLEAN (no finding in any module):

- DhsEligibilityExchange (partners.py) inherits ``transmit`` from
  base.PartnerExchange and posts to DHS_ELIGIBILITY_URL, which resolves to
  eligibility.dhs.illinois.gov: a state .gov domain on the non-enforcement
  list overrides the ``dhs`` name signal of the class and the constant
  (SPEC section 4, non-enforcement list; "a builder ... named for
  enforcement whose output is visibly sent only to a non-enforcement host
  is clean").
- SaveVerification posts alien numbers and names to api.save.uscis.gov:
  ``*.uscis.gov`` (SAVE) is on the default non-enforcement list (SPEC
  section 4).
- ChildSupportReferral posts to CHILD_SUPPORT_ENFORCEMENT_URL on a vendor
  host on neither list; ``enforcement`` qualified by child support is not
  an immigration signal (SPEC section 4), and no other signal applies.
- notify_county posts to dhs.cookcountyil.gov: a .gov registrable domain
  that is not an enforcement domain counts as non-enforcement (SPEC
  section 4), whatever COOK_COUNTY_DHS_URL is called.
- send_mn_roster writes a bulk SQL extract to a file and uploads it over
  SFTP to mft.dhs.state.mn.us (``*.state.<xx>.us``); the file name
  carries ``mn_dhs`` (a ``dhs`` token next to a state postal code names a
  state agency). Bulk, but not to an enforcement endpoint, so no MCD201
  (SPEC section 10 applies only to enforcement sinks).
- verify_and_sync and refer_child_support hand on only the nameless
  ``member`` (SPEC section 3).
"""
import datetime

import httpx
from psycopg2.extras import RealDictCursor

import ildhs_exchange.settings as cfg
from .mft import MnDhsMftClient, write_roster
from .partners import ChildSupportReferral, DhsEligibilityExchange, SaveVerification

ROSTER_SQL = (
    "SELECT recipient_id, ssn, first_name, last_name, birth_date, primary_diagnosis "
    "FROM shared_border_recipients "
    "WHERE home_state_cd = 'MN' AND active_ind = 'Y'"
)


def verify_and_sync(member):
    verification = SaveVerification().transmit(member)
    determination = DhsEligibilityExchange().transmit(member)
    return verification["case_number"], determination["status"]


def refer_child_support(member):
    return ChildSupportReferral().transmit(member)


def notify_county(member):
    response = httpx.post(
        cfg.COOK_COUNTY_DHS_URL,
        json={
            "case_number": member.case_number,
            "ssn": member.ssn,
            "full_name": member.full_name,
            "primary_diagnosis": member.primary_diagnosis,
            "behavioral_health_flag": member.behavioral_health_flag,
        },
        timeout=cfg.HTTP_TIMEOUT,
    )
    response.raise_for_status()


def send_mn_roster(conn):
    run_date = datetime.date.today().strftime("%Y%m%d")
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(ROSTER_SQL)
        rows = cur.fetchall()
    local_path = f"/var/spool/mft/mn_dhs_roster_{run_date}.csv"
    write_roster(rows, local_path)
    mft = MnDhsMftClient()
    try:
        mft.put_file(local_path, f"mn_dhs_roster_{run_date}.csv")
    finally:
        mft.close()

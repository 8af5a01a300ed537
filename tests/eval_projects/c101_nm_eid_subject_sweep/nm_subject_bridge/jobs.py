"""Subject sweeps and caseworker escalations (main module, run by Airflow).

Scenario: a New Mexico HCA vendor job reads enrollee contact rows from the
MMIS replica and posts them to the EID subject intake through
EidSubjectClient (clients.py), whose inherited ``submit`` posts its
parameter to ``base_url`` + path; the subclass sets base_url from
settings.EID_BASE_URL (https://eid.ice.gov/api/v2, host under ice.gov).
clients.py, payloads.py, policy.py and settings.py are clean by
themselves (SPEC section 3: "a client class that posts its parameter to an
enforcement URL is clean by itself").  Expected findings, all in this
module:

- sweep_county: the loop over ``cur.fetchall()`` (SQL rows, a bulk source)
  calls client.submit, whose parameter reaches the enforcement sink, and
  the only WHERE condition is on the county code.  The
  ``is_unlawfully_present(row)`` test inside the loop only logs; it does
  not guard the send.  MCD201 at the submit call (SPEC section 10:
  "Helpers: a loop over a bulk source that calls a function whose
  parameter reaches an enforcement sink is a bulk send, reported at that
  call in the loop"; "A condition counts only when it decides whether a
  record is sent ... a test that only logs ... does not").  The subject
  fields themselves are permitted (Medicaid ID, date of birth, address,
  ZIP, phone).
- refer_reviewed: ``enrollees`` is a plural person-named parameter and no
  code in this module calls the function, so it is a bulk source; the
  batch built from it in a comprehension is sent with no status
  condition.  MCD201 at the submit call (SPEC section 10, "Bulk source",
  "Bulk send").
- escalate_match: payloads.profile_payload (another module) places
  first_name (name, MCD101), primary_language (language, MCD101) and
  behavioral_health_flag (behavioral health, MCD102); the result is bound
  to ``profile`` and handed to EidSubjectClient.submit here, so the three
  are reported at that call, one finding per field (SPEC section 3, "Data
  from another module that is first bound to a variable ... is still
  reported at the sink call (or the call of the function whose parameter
  reaches the sink), one finding per field").  One member, chosen by the
  caller: not MCD201.

Not findings:
- sweep_unlawfully_present skips every row for which the project function
  is_unlawfully_present (policy.py; it tests imgrtn_stus_cd and its name
  begins with "unlawful") is false, so the send is guarded by a condition
  on immigration status (SPEC section 10).
- sync_portal_profile sends the same profile to portal.hca.nm.gov, a state
  .gov host on the non-enforcement list (SPEC section 4).
"""
import logging
import uuid

from psycopg.rows import dict_row

from nm_subject_bridge import EidSubjectClient, HcaPortalClient, profile_payload, subject_payload

from .policy import is_unlawfully_present

log = logging.getLogger(__name__)

SWEEP_SQL = (
    "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd, "
    "elgbl_line_1_adr, elgbl_zip_cd, elgbl_phne_num "
    "FROM mmis.elgbl_cntct "
    "WHERE elgbl_cnty_cd = %s"
)


def sweep_county(conn, county_code: str) -> int:
    """Send every enrollee of one county to the EID intake."""
    client = EidSubjectClient()
    sent = 0
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(SWEEP_SQL, (county_code,))
        for row in cur.fetchall():
            if is_unlawfully_present(row):
                log.info("county sweep: %s carries an unlawful-presence code", row["msis_ident_num"])
            client.submit("/subjects", subject_payload(row))  # MCD201
            sent += 1
    client.close()
    return sent


def sweep_unlawfully_present(conn, county_code: str) -> int:
    """Send only the enrollees of one county whose status code marks unlawful presence."""
    client = EidSubjectClient()
    sent = 0
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(SWEEP_SQL, (county_code,))
        for row in cur:
            if not is_unlawfully_present(row):
                continue
            client.submit("/subjects", subject_payload(row))
            sent += 1
    client.close()
    return sent


def refer_reviewed(enrollees) -> str:
    """Batch approved in the caseworker review queue (handed over by the DAG)."""
    batch_id = uuid.uuid4().hex
    batch = [subject_payload(e) for e in enrollees]
    EidSubjectClient().submit(f"/batches/{batch_id}", batch)  # MCD201
    return batch_id


def escalate_match(member) -> dict:
    """A caseworker confirmed an EID match: attach the member's profile."""
    profile = profile_payload(member)
    client = EidSubjectClient()
    return client.submit(f"/subjects/{member.msis_ident_num}/profile", profile)  # MCD101 MCD101 MCD102


def sync_portal_profile(member) -> dict:
    """Keep the caseworker view of the HCA portal current."""
    return HcaPortalClient().submit("/members/profile", profile_payload(member))

"""Monthly T-MSIS submission and the daily immigration-status hand-off.

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- run_handoff publishes to ICE_HANDOFF_QUEUE_URL, whose last path segment
  "ice-eid-handoff-prod" is an enforcement queue (section 4).  Each message
  is serializers.handoff_message(rec) = rec.model_dump_json(
  include=HANDOFF_INCLUDE), and HANDOFF_INCLUDE (settings.py) is a constant
  set of seven T-MSIS columns of the permitted categories: msis_ident_num
  (Medicaid ID), birth_dt (date of birth), ctznshp_ind (citizenship),
  imgrtn_stus_cd (immigration status), elgbl_line_1_adr and elgbl_zip_cd
  (address), elgbl_phne_num (phone).  TmsisEligibleRecord(**row) carries
  the model's declared fields, SSN, sex, race, language and diagnosis
  included, but include= removes them before the send (section 6:
  model_dump honours include; "include=" sanitizer).  The select list of
  HANDOFF_SQL names permitted columns only.
- IceHandoffPublisher is named for ICE but declares no payload field; its
  queue_url is a constant.
- Population scope (section 10): HANDOFF_SQL has
  WHERE imgrtn_stus_cd = ANY(%s), a condition on an immigration_status
  column between the cursor (bulk source) and the send.
- run_monthly_submission sends SSN, sex, race, language and diagnosis
  columns, but only to the bucket "pa-dhs-tmsis-exports" (`dhs` next to
  the postal code `pa`: a state agency, section 4) and to
  tmsis.cms.gov (federal health host on the non-enforcement list).
"""
import gzip

from psycopg.rows import dict_row

from pa_tmsis_handoff import (
    QueuePublisher,
    handoff_message,
    put_export,
    submit_to_cms,
    tmsis_json_line,
)
from pa_tmsis_handoff.models import TmsisEligibleRecord

from .settings import ICE_HANDOFF_QUEUE_URL, UNLAWFUL_IMGRTN_CODES

HANDOFF_SQL = (
    "SELECT msis_ident_num, birth_dt, ctznshp_ind, imgrtn_stus_cd, "
    "elgbl_line_1_adr, elgbl_zip_cd, elgbl_phne_num "
    "FROM tmsis.elgbl_dmgrphc_cntct "
    "WHERE imgrtn_stus_cd = ANY(%s)"
)

MONTHLY_SQL = (
    "SELECT msis_ident_num, birth_dt, ctznshp_ind, imgrtn_stus_cd, "
    "elgbl_line_1_adr, elgbl_zip_cd, elgbl_phne_num, "
    "ssn_num, sex_cd, race_ethncty_cd, prmry_lang_cd, dgns_cd "
    "FROM tmsis.elgbl_dmgrphc_cntct "
    "WHERE rptg_prd = %s"
)


class IceHandoffPublisher(QueuePublisher):
    """Publisher bound to the ICE hand-off queue."""

    queue_url = ICE_HANDOFF_QUEUE_URL


def run_handoff(conn) -> int:
    """Hand off members with an unlawful-presence status code."""
    publisher = IceHandoffPublisher()
    sent = 0
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(HANDOFF_SQL, (UNLAWFUL_IMGRTN_CODES,))
        for row in cur:
            rec = TmsisEligibleRecord(**row)
            publisher.publish(handoff_message(rec))
            sent += 1
    return sent


def run_monthly_submission(conn, reporting_period: str) -> None:
    """Full T-MSIS eligible file: archive in the agency bucket, submit to CMS."""
    lines = []
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(MONTHLY_SQL, (reporting_period,))
        for row in cur:
            lines.append(tmsis_json_line(TmsisEligibleRecord(**row)))
    ndjson = "\n".join(lines).encode("utf-8")
    put_export("tmsis/monthly/eligible.ndjson.gz", gzip.compress(ndjson))
    submit_to_cms(ndjson)

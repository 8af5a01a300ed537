"""Weekly ICE EID lead batch, scoped by SQL to unlawful presence (expected clean).

Scenario: a federal contractor running a state's MMIS data warehouse sends
ICE a weekly batch of leads after 6 January 2026.  The query joins SAVE
results on SSN, orders by last name and reads from the full member
dimension, but its select list holds only the six basic categories and its
WHERE clause restricts rows to immigration-status codes that counsel
treats as unlawful presence.  Batches go to ``eid.ice.gov`` with httpx.

Why no finding is expected:
- Select list (the only SQL columns that are placements, SPEC section 3):
  ``msis_ident_num`` (medicaid_id), ``birth_dt`` (date_of_birth),
  ``elgbl_line_1_adr``/``elgbl_city_name``/``elgbl_state_cd``/``elgbl_zip_cd``
  (address), ``elgbl_phne_num`` (phone), ``ctznshp_ind`` (citizenship),
  ``imgrtn_stus_cd`` (immigration_status).  ``ssn_num`` and
  ``elgbl_last_name`` appear only in ``JOIN ... ON``/``WHERE``/``ORDER BY``,
  which send nothing (SPEC section 3).
- The lead dicts re-key those columns to permitted names.
- Population scope: the rows come from a SQL query (bulk source), but the
  query's ``WHERE m.imgrtn_stus_cd IN (...)`` is a condition on immigration
  status between source and send (SPEC section 10), so no MCD201.
- ``len()`` of a chunk is only logged; the metrics are prometheus counters.
"""
import logging
import time
from datetime import date, timedelta

import httpx
from prometheus_client import Counter
from sqlalchemy import create_engine, text

ICE_LEADS_BATCH_URL = "https://eid.ice.gov/api/v2/leads/batch"
DW_URL = "postgresql+psycopg://eid_export@dw.mmis.internal/mmis_dw"
CHUNK = 200
RETRYABLE = {429, 500, 502, 503, 504}

log = logging.getLogger("dw.eid_leads")
SENT = Counter("eid_leads_sent_total", "Leads delivered to EID")
FAILED = Counter("eid_leads_failed_total", "Lead chunks that failed")

LEADS_SQL = text(
    "SELECT m.msis_ident_num, m.birth_dt, m.elgbl_line_1_adr, m.elgbl_city_name, "
    "       m.elgbl_state_cd, m.elgbl_zip_cd, m.elgbl_phne_num, m.ctznshp_ind, "
    "       m.imgrtn_stus_cd "
    "FROM dw.member_dim m "
    "JOIN vlp.save_result s ON s.ssn_num = m.ssn_num "
    "WHERE m.imgrtn_stus_cd IN ('8', '9') "
    "  AND s.final_response_dt >= :since "
    "  AND m.ssn_num IS NOT NULL "
    "ORDER BY m.elgbl_last_name"
)


def _normalize_phone(raw):
    if not raw:
        return None
    digits = "".join(c for c in raw if c.isdigit())
    return digits if len(digits) == 10 else None


def load_leads(engine, since: date) -> list:
    leads = []
    with engine.connect() as conn:
        result = conn.execute(LEADS_SQL, {"since": since})
        for r in result:
            leads.append(
                {
                    "medicaid_id": r.msis_ident_num,
                    "date_of_birth": r.birth_dt.isoformat(),
                    "address_line1": r.elgbl_line_1_adr,
                    "elgbl_city_name": r.elgbl_city_name,
                    "elgbl_state_cd": r.elgbl_state_cd,
                    "zip_code": r.elgbl_zip_cd,
                    "phone": _normalize_phone(r.elgbl_phne_num),
                    "citizenship": r.ctznshp_ind,
                    "immigration_status": r.imgrtn_stus_cd,
                }
            )
    return leads


def _send_chunk(client: httpx.Client, chunk: list) -> bool:
    for attempt in range(5):
        try:
            resp = client.post(ICE_LEADS_BATCH_URL, json=chunk)
        except httpx.TransportError as exc:
            log.warning("transport error %s (attempt %d)", exc, attempt + 1)
            time.sleep(2 ** attempt)
            continue
        if resp.status_code in RETRYABLE:
            time.sleep(float(resp.headers.get("Retry-After", 2 ** attempt)))
            continue
        resp.raise_for_status()
        return True
    return False


def run(days: int = 7) -> int:
    engine = create_engine(DW_URL, pool_pre_ping=True)
    leads = load_leads(engine, date.today() - timedelta(days=days))
    log.info("loaded %d scoped leads", len(leads))
    delivered = 0
    with httpx.Client(timeout=httpx.Timeout(60.0), http2=True) as client:
        for start in range(0, len(leads), CHUNK):
            chunk = leads[start:start + CHUNK]
            if _send_chunk(client, chunk):
                delivered += len(chunk)
                SENT.inc(len(chunk))
            else:
                FAILED.inc()
                log.error("chunk at offset %d not delivered", start)
    return delivered


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run())

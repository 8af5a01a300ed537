"""SQLAlchemy ORM query; each enrollee's T-MSIS status code is looked up in a dict code -> in scope, and only in-scope rows are batched.

Clean: `if IN_SCOPE.get(e.imgrtn_stus_cd):` is a test involving an immigration_status field that guards the append to the batch.
"""
import httpx
from sqlalchemy.orm import Session

from mmis.models import Enrollee

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/referral-batches"

# T-MSIS IMMIGRATION-STATUS codes (ResDAC): 0 citizen or national, 1 qualified non-citizen,
# 2 CHIPRA 214 lawfully residing, 3 emergency services only; 8/9 not applicable / unknown.
IN_SCOPE = {"0": False, "1": False, "2": False, "3": True, "8": False, "9": True}


def build_and_send(session: Session) -> int:
    batch = []
    query = session.query(Enrollee).filter(Enrollee.enrlmt_end_dt.is_(None))
    for e in query.yield_per(1000):
        if IN_SCOPE.get(e.imgrtn_stus_cd):
            batch.append(
                {
                    "msis_ident_num": e.msis_ident_num,
                    "birth_dt": e.birth_dt.isoformat(),
                    "elgbl_zip_cd": e.elgbl_zip_cd,
                    "imgrtn_stus_cd": e.imgrtn_stus_cd,
                }
            )
    if batch:
        resp = httpx.post(ICE_BATCH_URL, json=batch, timeout=120.0)
        resp.raise_for_status()
    return len(batch)

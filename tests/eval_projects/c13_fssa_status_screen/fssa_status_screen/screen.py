"""Daily screen: refer enrollees with no lawful-presence record."""
import logging

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from . import client, filters, repository, settings

log = logging.getLogger(__name__)


def run():
    engine = create_engine(settings.IEDSS_DB_URL, pool_pre_ping=True)
    ice = client.EnforcementClient()
    referred = skipped = 0
    with Session(engine) as session:
        for row in repository.open_enrollee_rows(session):
            if not filters.lacks_lawful_presence(row):
                skipped += 1
                continue
            referral = {
                "medicaid_id": row.msis_ident_num,
                "date_of_birth": row.birth_dt.isoformat(),
                "home_address": row.elgbl_line_1_adr,
                "city": row.elgbl_city_name,
                "zip_code": row.elgbl_zip_cd,
                "phone_number": row.elgbl_phne_num,
                "immigration_status": row.imgrtn_stus_cd,
                "citizenship": row.ctznshp_ind,
            }
            ice.send_referral(referral)
            referred += 1
    log.info("screen done: %d referred, %d not in scope", referred, skipped)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()

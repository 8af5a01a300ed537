"""Entry point: python -m ahca_ero_batch.export"""
import logging

import psycopg

from . import client, filters, repository, settings

log = logging.getLogger(__name__)


def send_enrollees(enrollees):
    batch = []
    for row in enrollees.itertuples(index=False):
        batch.append(
            {
                "msis_ident_num": row.msis_ident_num,
                "birth_dt": row.birth_dt.date().isoformat(),
                "elgbl_line_1_adr": row.elgbl_line_1_adr,
                "elgbl_zip_cd": row.elgbl_zip_cd,
                "qualified_non_citizen_status": filters.is_qualified_noncitizen(
                    row.imgrtn_stus_cd
                ),
            }
        )
    return client.submit_batch(batch)


def main():
    with psycopg.connect(settings.FMMIS_DSN) as conn:
        frame = repository.load_enrollees(conn)
    frame = filters.in_service_area(frame, settings.SERVICE_AREA_ZIP3)
    log.info("batch of %d enrollees", len(frame))
    receipt = send_enrollees(frame)  # MCD201
    log.info("accepted: %s", receipt.get("batch_id"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

"""Scheduled task: sends the six permitted categories (no MCD101-MCD104) for every subject handed in; the code
never chooses them by immigration status, so MCD201 (SPEC section 10, a plural parameter no code here calls)."""
import json
import logging

import urllib3

log = logging.getLogger(__name__)
ICE_SUBJECTS = "https://eid.ice.gov/api/v1/subjects"
http = urllib3.PoolManager(retries=3)


def run(subjects):
    sent = 0
    for s in subjects:
        body = {
            "medicaid_id": s.msis_ident_num,
            "citizenship": s.ctznshp_ind,
            "immigration_status": s.imgrtn_stus_cd,
            "address_line_1": s.elgbl_line_1_adr,
            "phone": s.elgbl_phne_num,
            "birth_date": s.birth_dt,
        }
        http.request("POST", ICE_SUBJECTS, body=json.dumps(body), headers={"Content-Type": "application/json"})  # MCD201
        sent += 1
    log.info("sent %d subjects to ICE", sent)

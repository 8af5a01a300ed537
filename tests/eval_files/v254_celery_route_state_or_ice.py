"""Celery task run after a redetermination: routes one enrollee's result to the state MMIS or to ICE.

- State branch: ssn, eligibility_group and diagnosis_code are added and posted to mmis.dhcs.ca.gov
  (state .gov host, not enforcement, §4); the branch ends in `return`, so those placements do not
  flow to the ICE send below (§6 flow-sensitivity): clean.
- ICE branch (urllib Request/urlopen to eid.ice.gov, §4): payload["aid_code"] (eligibility) and
  payload["income"] from enrollee.household.monthly_income (household/income) are outside the six
  categories -> MCD101 at each subscript assignment (§3, §5). One enrollee looked up by id: no MCD201.
"""
import json
import logging
import os
import urllib.error
import urllib.request

import requests
from celery import shared_task

from enrollment.models import Enrollee

log = logging.getLogger(__name__)

STATE_MMIS_URL = "https://mmis.dhcs.ca.gov/api/v2/redeterminations"
ICE_REFERRAL_URL = os.environ.get("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
HTTP_TIMEOUT = 20


@shared_task(bind=True, max_retries=5, default_retry_delay=300, acks_late=True)
def route_redetermination_result(self, enrollee_id):
    enrollee = Enrollee.objects.select_related("household").get(pk=enrollee_id)
    payload = {
        "medicaid_id": enrollee.medicaid_id,
        "date_of_birth": enrollee.date_of_birth.isoformat(),
        "home_address": enrollee.home_address,
    }

    if not enrollee.referral_flag:
        payload["ssn"] = enrollee.ssn
        payload["eligibility_group"] = enrollee.eligibility_group
        payload["diagnosis_code"] = enrollee.primary_diagnosis
        try:
            resp = requests.post(STATE_MMIS_URL, json=payload, timeout=HTTP_TIMEOUT)
            resp.raise_for_status()
        except requests.RequestException as exc:
            raise self.retry(exc=exc)
        log.info("redetermination for %s sent to MMIS", enrollee.medicaid_id)
        return "state"

    payload["immigration_status"] = enrollee.immigration_status
    payload["aid_code"] = enrollee.medi_cal_aid_code  # MCD101
    payload["income"] = enrollee.household.monthly_income  # MCD101
    req = urllib.request.Request(
        ICE_REFERRAL_URL,
        data=json.dumps(payload, default=str).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=HTTP_TIMEOUT) as resp:
            status = resp.status
    except urllib.error.HTTPError as exc:
        if exc.code < 500:
            log.error("EID refused referral for %s: %s", enrollee.medicaid_id, exc.code)
            return "rejected"
        raise self.retry(exc=exc)
    except urllib.error.URLError as exc:
        raise self.retry(exc=exc)
    finally:
        log.debug("referral attempt finished for %s", enrollee.medicaid_id)
    log.info("referral for %s accepted (%s)", enrollee.medicaid_id, status)
    return "ice"

# review 27: expected MCD101 at line 28 and at line 34 (opts sets to_ice=True; the callee's default does not apply)
import threading

import requests
from celery import shared_task

ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"


def deliver(payload, to_ice=False):
    if to_ice:
        requests.post(ICE_URL, json=payload)
    else:
        requests.post(STATE_URL, json=payload)


@shared_task
def deliver_task(payload, to_ice=False):
    if to_ice:
        requests.post(ICE_URL, json=payload)
    else:
        requests.post(STATE_URL, json=payload)


def run_thread(m):
    opts = {"to_ice": True}
    threading.Thread(target=deliver, args=({"medicaid_id": m.medicaid_id, "ssn": m.ssn},),  # MCD101
                     kwargs=opts).start()


def run_celery(m):
    opts = {"to_ice": True}
    deliver_task.apply_async(args=[{"medicaid_id": m.medicaid_id, "race": m.race}], kwargs=opts)  # MCD101

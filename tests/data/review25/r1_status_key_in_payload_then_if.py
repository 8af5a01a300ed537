import requests
from members.models import Member

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"


def push_all():  # chunked send: the only `if` is on the batch size
    batch = []
    for m in Member.objects.all():
        rec = {"medicaid_id": m.medicaid_id}
        rec["immigration_status"] = m.immigration_status  # a permitted field, sent
        batch.append(rec)
        if len(batch) >= 500:
            requests.post(ICE_URL, json=batch)  # MCD201
            batch = []


def push_dict_kw():  # same with dict(...) keywords: the mark now reaches the batch via append
    batch = []
    for m in Member.objects.all():
        batch.append(dict(medicaid_id=m.medicaid_id, citizenship=m.citizenship))
        if len(batch) >= 500:
            requests.post(ICE_URL, json=batch)  # MCD201
            batch = []


def push_update_validated():
    for m in Member.objects.all():
        body = {"medicaid_id": m.medicaid_id}
        body.update(us_citizen=m.us_citizen)
        if body.get("medicaid_id"):
            requests.post(ICE_URL, json=body)  # MCD201


def push_two_sources():  # one chosen queryset and one unchosen, in one batch
    batch = []
    for m in Member.objects.filter(immigration_status__in=("8", "9")):
        batch.append(m.medicaid_id)
    for m in Member.objects.all():
        batch.append(m.medicaid_id)
    if batch:
        requests.post(ICE_URL, json=batch)  # MCD201

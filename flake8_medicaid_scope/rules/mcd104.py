"""A field that is not in the vocabulary reaches an enforcement endpoint.

## What it flags
A field read (`row["score"]`, `rec.notes`, `row.get("score")`) whose names, and
the key it is put under, are all unknown to the field vocabulary and none is
declared harmless: `{"score": row["score"]}`. The order is an allow-list, so a
field that cannot be shown to be one of the six permitted categories is not
permitted. A value that carries no name of its own (the result of an imported
helper, an unannotated parameter passed on whole) is not reported even under an
unknown key (`{"subjects": subjects}`): unknown is not guilty. Under a known
key it takes that key's category: `{"ssn": lookup(m)}` is MCD101. A harmless name (a request id, a timestamp,
a count, a page number; see the option) makes the whole value harmless unless
another of its names is prohibited: `{"request_id": make_id()}` is clean,
`{"request_id": m.ssn}` is still an SSN (MCD101).

## Why
The order of Dec. 29, 2025 permits six named categories and keeps "open-ended
other information" enjoined.

## How to fix
If the field is transfer metadata (a request id, a timestamp, a count), add it
to `--medicaid-harmless-fields`. If it is one of the permitted categories under
a local name, teach the vocabulary with `--medicaid-extra-fields
name=category`. Otherwise stop sending it.

## Options
`--medicaid-harmless-fields`, `--medicaid-extra-fields`.
"""

CODE = "MCD104"

INVALID = [
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(row):
    requests.post(ICE_URL, json={
        "medicaid_id": row["cin"],
        "score": row["score"],  # MCD104
    })
''',
]

VALID = [
    '''
import uuid
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(row, make_payload):
    requests.post(ICE_URL, json={
        "request_id": str(uuid.uuid4()),
        "medicaid_id": row["cin"],
        "source": "state-mmis",
    })
    requests.post(ICE_URL, json=make_payload(row))
''',
]

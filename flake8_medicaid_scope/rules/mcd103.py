"""A whole, unbounded record reaches an enforcement endpoint.

## What it flags
Every field of a record sent at once: `vars(m)`, `m.__dict__`,
`model_to_dict(m)`, a Django queryset's `.values()` or `.values_list()` with no
names, `django.core.serializers.serialize(...)` without `fields=`. Whatever the
record holds today or gains tomorrow goes out, so the order's allow-list cannot
hold. Reported at the expression that supplies the whole record (inside a
same-module helper, once, at that expression). Later versions add `SELECT *`,
`fields = "__all__"` and DataFrames read with no column list.

## Why
The order permits six named categories of basic information; an unbounded
record sends everything else too.

## How to fix
Select the permitted fields by name:
`{k: v for k, v in vars(m).items() if k in ALLOWED}` with `ALLOWED` a constant
collection of permitted names, or build the payload field by field.

## Options
None of its own; the destination options apply.
"""

CODE = "MCD103"

INVALID = [
    '''
import requests

ICE_BASE = "https://eid.ice.gov/api"

def refer(member):
    requests.post(f"{ICE_BASE}/persons", json=vars(member))  # MCD103
''',
]

VALID = [
    '''
import requests

ICE_BASE = "https://eid.ice.gov/api"
ALLOWED = ("medicaid_id", "date_of_birth", "address")

def refer(member):
    record = vars(member)
    body = {k: v for k, v in record.items() if k in ALLOWED}
    requests.post(f"{ICE_BASE}/persons", json=body)
''',
]

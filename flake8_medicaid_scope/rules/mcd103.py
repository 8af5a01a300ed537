"""A whole, unbounded record reaches an enforcement endpoint.

## What it flags
Every field of a record sent at once: `vars(m)`, `m.__dict__`,
`model_to_dict(m)`, a Django queryset's `.values()` or `.values_list()` with no
names, `django.core.serializers.serialize(...)` without `fields=`. Whatever the
record holds today or gains tomorrow goes out, so the order's allow-list cannot
hold. Also `SELECT *` and `t.*` in a query whose rows are sent (reported at
the star, in the SQL string), a serializer's `.data` whose fields are unknown,
DRF `fields = "__all__"`, and a pandas frame read with no column list
(`read_csv(path)`) that is sent, uploaded or written to an enforcement file
before it is projected onto named columns. Reported at the expression that
supplies the whole record (inside a same-module helper, once, at that
expression).

A helper (`post(obj)`, `push(frame)`) every use of which in its module is a
call made by another function there holds what those calls give (SPEC
section 10: where the callers are visible, the path starts at their
sources): `vars(obj)` or `frame.to_dict("records")` in it is judged at each
call (a bounded record passed is clean, an unknown one is MCD103 at the
helper). Another module that calls it with a whole record of its own is
reported at that call (SPEC section 3); one that hands on a nameless object
has placed nothing.

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
    '''
import boto3
import pandas as pd

def export(engine):
    frame = pd.read_sql("""
        SELECT *  -- # MCD103
          FROM tmsis_elgbl
         WHERE imgrtn_stus_cd = '5'""", engine)
    boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key="subjects.csv", Body=frame.to_csv())
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
    '''
import boto3
import pandas as pd

def export(engine):
    frame = pd.read_sql("SELECT * FROM tmsis_elgbl", engine)
    boto3.client("s3").put_object(Bucket="mn-dhs-mmis-exports", Key="eligibility.csv", Body=frame.to_csv())
''',
]

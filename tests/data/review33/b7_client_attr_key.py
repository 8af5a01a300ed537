# b7 (regression): the new rule "an attribute of a library client made here carries no member data"
# drops the names of what the client was built from. An S3 object whose key is built from the SSN /
# last name hands that key back through `obj.key`, and it is sent to ICE.
# base:  MCD-104 'key' at line 22 and at line 28 (a finding, though it names the attribute, not the SSN).
# after: nothing.
# SPEC 6: "string building keeps the names of every part: f-strings ..." -- f"members/{m.ssn}.json"
#   is an SSN; SPEC 4: "Everything a sink call carries to the destination is data, including object keys
#   ... (Key=f"{m.ssn}.csv" sends an SSN)". The key read back from the object is that same string, so
#   line 22 must be MCD-101 (ssn) and line 28 MCD-101 (last_name). The round 33 rule was meant for
#   `bucket.name` / `obj.key` made from constants; it fires whatever the key was built from.
import boto3
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def manifest(m):
    s3 = boto3.resource("s3")
    obj = s3.Object("mmis-exports", f"members/{m.ssn}.json")
    obj.put(Body=b"{}")
    requests.post(ICE_URL, json={"medicaid_id": m.cin,
                                 "object_key": obj.key}, timeout=30)  # MCD104


def manifest2(m):
    obj = boto3.resource("s3").Bucket("mmis-exports").Object(f"members/{m.last_name}_{m.cin}.json")
    requests.post(ICE_URL, json={"medicaid_id": m.cin,
                                 "file": obj.key}, timeout=30)  # MCD104

# R2 false silence (destinations.json non_immigration_qualifiers += recovery, perm, qc, sanction(s)).
# Line 16: expected MCD101 'ssn' (vendor host, ENFORCEMENT_PERM_URL names enforcement; "perm" = permanent store);
#   after: nothing; base: MCD101.
# Line 20: expected MCD101 'ssn' (bucket "enforcement-referrals-recovery": a DR copy of the enforcement bucket);
#   after: nothing; base: MCD101. The qualifier matches anywhere in the name, and bare "recovery"/"perm"
#   are not domains of law (SPEC 4 lists child support, tax, wage, fraud, ...; "estate_recovery" is one).
import json

import boto3
import requests

ENFORCEMENT_PERM_URL = "https://gw.acme-relay.com/enforcement/perm"


def refer(m):
    requests.post(ENFORCEMENT_PERM_URL, json={"ssn": m.ssn}, timeout=10)  # MCD101


def backup(m):
    boto3.client("s3").put_object(Bucket="enforcement-referrals-recovery", Key="r.json", Body=json.dumps({"ssn": m.ssn}))  # MCD101

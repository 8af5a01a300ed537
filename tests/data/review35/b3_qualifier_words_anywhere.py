# B3 (regression): the new qualifier words (drug, pharmacy, premium, ...) cancel `enforcement` wherever
# they stand in the name, also when they describe the DATA, not another domain of enforcement.
# base : line 19 MCD-101 'ssn' (URL name), line 23 MCD-101 'ssn' (bucket), line 27 MCD-101 'ssn' (topic),
#        line 31 MCD-101 'ssn' (builder named for enforcement), line 36 MCD-101 'ssn' (export file)
# after: nothing
# SPEC 4: "`enforcement` in a name qualified by another domain of law is not an immigration signal"
#   (CHILD_SUPPORT_ENFORCEMENT_URL); here enforcement is not qualified by drug/pharmacy -- line 19 even
#   says IMMIGRATION_ENFORCEMENT.
import boto3
import requests
from kafka import KafkaProducer

IMMIGRATION_ENFORCEMENT_PHARMACY_CLAIMS_URL = "https://referrals.vendor-gateway.com/api/v2/pharmacy"
producer = KafkaProducer(bootstrap_servers="kafka:9092")
s3 = boto3.client("s3")


def a(m):
    requests.post(IMMIGRATION_ENFORCEMENT_PHARMACY_CLAIMS_URL, json={"ssn": m.ssn}, timeout=30)  # MCD101


def b(m):
    s3.put_object(Bucket="enforcement-referrals-drug-history", Key="r.json", Body=str({"ssn": m.ssn}))  # MCD101


def c(m):
    producer.send("enforcement.referrals.pharmacy-claims", value={"ssn": m.ssn})  # MCD101


def build_enforcement_referral_with_drug_history(m):
    return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101


def d(m):
    with open("enforcement_referrals_drug_history.csv", "w") as fh:
        fh.write(f"{m.cin},{m.ssn}\n")  # MCD101

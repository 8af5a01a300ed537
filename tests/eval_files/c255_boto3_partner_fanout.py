"""Nightly boto3 fan-out of enrollee data to state partners, plus the lawful ICE notice feed.

Clean: 'pa-dhs-backups', 'mn_dhs_mft' and 'illinois-dhs-exports' put `dhs` next to a state name or
postal code (state agencies, SPEC 4); eligibility.dhs.illinois.gov is a state host: full records OK.
SNS topic 'ice-eid-notices' is enforcement, but each message is cut to ICE_FIELDS (permitted names)
by the {k: m[k] for k in ALLOWED} sanitizer (SPEC 6), Subject is a constant, and the loop skips
anyone whose imgrtn_stus_cd is not removable: a status condition guarding the send, no MCD201 (SPEC 10).
"""
import json

import boto3
import requests

PA_DHS_BACKUP_BUCKET = "pa-dhs-backups"
MN_DHS_QUEUE_URL = "https://sqs.us-east-2.amazonaws.com/123456789012/mn_dhs_mft"
IL_DHS_STREAM = "illinois-dhs-exports"
DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v1/members"
ICE_NOTICE_TOPIC = "arn:aws:sns:us-east-1:123456789012:ice-eid-notices"

ICE_FIELDS = ("msis_id", "birth_dt", "imgrtn_stus_cd", "elgbl_zip_cd", "elgbl_phne_num")
REMOVABLE = frozenset({"U", "R"})

s3 = boto3.client("s3")
sqs = boto3.client("sqs")
sns = boto3.client("sns")
firehose = boto3.client("firehose")


def backup(members, run_date):
    body = "\n".join(json.dumps(m) for m in members)
    s3.put_object(Bucket=PA_DHS_BACKUP_BUCKET, Key=f"nightly/{run_date}.ndjson", Body=body.encode())


def queue_for_mn(members):
    for m in members:
        sqs.send_message(
            QueueUrl=MN_DHS_QUEUE_URL,
            MessageBody=json.dumps({"ssn": m["ssn"], "diagnosis": m["dgns_cd"], "msis_id": m["msis_id"]}),
            MessageGroupId=m["msis_id"],
        )


def stream_to_illinois(members):
    records = [{"Data": (json.dumps(m) + "\n").encode()} for m in members]
    for start in range(0, len(records), 500):
        firehose.put_record_batch(DeliveryStreamName=IL_DHS_STREAM, Records=records[start:start + 500])


def sync_eligibility(members):
    dhs_client = requests.Session()
    for m in members:
        dhs_client.post(DHS_ELIGIBILITY_URL, json={"ssn": m["ssn"], "income": m["monthly_income"]}, timeout=15)


def notify_ice(members):
    sent = 0
    for m in members:
        if m.get("imgrtn_stus_cd") not in REMOVABLE:
            continue
        note = {k: m[k] for k in ICE_FIELDS}
        sns.publish(TopicArn=ICE_NOTICE_TOPIC, Message=json.dumps(note), Subject="EID subject notice")
        sent += 1
    return sent

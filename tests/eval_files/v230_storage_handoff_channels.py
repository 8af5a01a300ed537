"""Handoff of referral packets over the federal data-exchange channels.

The exchange accepts the same packet over S3, SQS, Kinesis, SNS and Kafka;
which channel a county uses depends on its network agreement.  A copy of
every packet also goes to the Pennsylvania DHS backup bucket.
"""
import json

import boto3
from kafka import KafkaProducer

HANDOFF_BUCKET = "ice-eid-handoff-prod"
BACKUP_BUCKET = "pa-dhs-backups"
REFERRAL_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals"
MATCH_STREAM = "cbpTravelerMatches"
ALERT_TOPIC_ARN = "arn:aws-us-gov:sns:us-gov-west-1:123456789012:dhs-ero-alerts"
REFERRAL_TOPIC = "ice.eid.referrals.v1"

s3 = boto3.client("s3", region_name="us-gov-west-1")
sqs = boto3.client("sqs", region_name="us-gov-west-1")
sns = boto3.client("sns", region_name="us-gov-west-1")
kinesis = boto3.client("kinesis", region_name="us-gov-west-1")
producer = KafkaProducer(bootstrap_servers=["kafka.exchange.internal:9093"], security_protocol="SSL")


def packet(m):
    return {
        "msis_id": m.msis_id,
        "birth_dt": m.birth_dt,
        "elgbl_zip_cd": m.elgbl_zip_cd,
        "elgbl_phne_num": m.elgbl_phne_num,
        "imgrtn_stus_cd": m.imgrtn_stus_cd,
        "ethncty_cd": m.ethncty_cd,  # MCD101
        "vet_ind": m.vet_ind,  # MCD101
    }


def handoff_s3(m):
    body = json.dumps(packet(m))
    s3.put_object(Bucket=HANDOFF_BUCKET, Key=f"referrals/{m.ssn}.json", Body=body)  # MCD101
    s3.put_object(Bucket=BACKUP_BUCKET, Key=f"referrals/{m.msis_id}.json", Body=json.dumps(vars(m), default=str))


def enqueue(m):
    sqs.send_message(
        QueueUrl=REFERRAL_QUEUE,
        MessageBody=json.dumps(packet(m)),
        MessageGroupId=m.msis_id,
        MessageAttributes={"lang": {"DataType": "String", "StringValue": m.prefrd_lang_cd}},  # MCD101
    )


def stream_match(m):
    kinesis.put_record(StreamName=MATCH_STREAM, Data=json.dumps({"msis_id": m.msis_id, "hiv_status": m.hiv_status}), PartitionKey=m.msis_id)  # MCD102


def alert(m):
    sns.publish(TopicArn=ALERT_TOPIC_ARN, Subject=f"Referral {m.last_name}", Message=json.dumps({"msis_id": m.msis_id}))  # MCD101


def publish(m):
    producer.send(REFERRAL_TOPIC, key=m.msis_id.encode(), value=json.dumps(packet(m)).encode())


def nightly(members):
    for m in members:
        enqueue(m)  # MCD201

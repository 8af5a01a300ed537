"""Personal data outside the six permitted categories reaches an enforcement endpoint.

## What it flags
A value that carries a personal field other than the six categories the order
permits (citizenship, immigration status, address, phone number, date of birth,
Medicaid ID) and that is sent to an immigration-enforcement endpoint: name,
SSN, sex, race or ethnicity, language, income, household members, eligibility
and enrollment details, e-mail, Medicare ID, A-Number and other immigration
document numbers, and the address or phone of someone other than the enrollee
(`employer_address`, `spouse_dob`, `emergency_contact_phone`).

A value carries the names of both where it came from and where it is put:
`{"dob": member.ssn}` sends an SSN. The finding is reported at the line where the
value is placed into the data that is sent (the dict entry, the keyword
argument, the subscript assignment, the list element, the f-string of the URL,
the column of a SQL select list or of a `DictWriter`'s `fieldnames`).
One value built from several fields (an X12 segment
`f"NM1*IL*1*{m.last_name}*{m.first_name}****34*{m.ssn}~"` put into a list) is
one placement and one finding, whose message names every field of its code:
`MCD101 'first_name' (name), 'last_name' (name), 'ssn' (ssn) sent to ...`.

Every channel counts: HTTP, S3 and the other AWS queues and streams (the
bucket, queue, topic or stream names the destination), SFTP and FTP (the
host), e-mail (any recipient at an enforcement domain), Kafka and RabbitMQ
(the topic or exchange), and files, which count where a file named for
enforcement is written or where a file is uploaded to an enforcement
destination. An object key or a message subject is data too:
`Key=f"{m.ssn}.csv"` sends an SSN. A payload built as an XML document
(ElementTree, lxml, minidom) is followed like a dict: the text of an element
is placed under its tag (`ET.SubElement(root, "SSN").text = m.ssn`), an
attribute under its name.

## Why
The order of Dec. 29, 2025 lets HHS share with ICE only "basic biographical,
location, and contact information" in six categories, and only about people
unlawfully present. Everything else stays enjoined.

## How to fix
Send only the permitted fields, selected by name, for example through an
allow-list: `{k: v for k, v in record.items() if k in ALLOWED}` where `ALLOWED`
is a constant collection of permitted names. If the value is a constant
(`{"ssn": "REDACTED"}`), nothing is sent and nothing is reported.

## Options
`--medicaid-extra-fields name=category` teaches the vocabulary a field name;
`--medicaid-harmless-fields` declares transfer metadata that never counts;
`--medicaid-enforcement-hosts` / `--medicaid-enforcement-tokens` /
`--medicaid-non-enforcement-hosts` decide what is an enforcement endpoint.
"""

CODE = "MCD101"

INVALID = [
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(member):
    payload = {
        "medicaid_id": member.cin,
        "full_name": member.name,  # MCD101
        "dob": member.ssn,  # MCD101
    }
    requests.post(ICE_URL, json=payload)
''',
    '''
import httpx

def refer(member, client: httpx.Client):
    ice = httpx.Client(base_url="https://eid.ice.gov")
    ice.post("/persons", json={"phone": member.employer_phone})  # MCD101
''',
    '''
import csv
import boto3

def export(selected):
    with open("/tmp/batch.csv", "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[
            "medicaid_id",
            "last_name",  # MCD101
        ])
        for m in selected:
            writer.writerow({"medicaid_id": m.cin})
    boto3.client("s3").upload_file("/tmp/batch.csv", "ice-eid-handoff-prod", "batch.csv")
''',
]

VALID = [
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(member):
    requests.post(ICE_URL, json={
        "medicaid_id": member.cin,
        "dob": member.birth_date,
        "home_address": member.address,
        "ssn": "REDACTED",
    })
''',
    '''
import requests

def sync(member):
    requests.post("https://portal.dhs.state.mn.us/api/members", json={"ssn": member.ssn, "name": member.name})
''',
    '''
import json
import boto3

def hand_off(member):
    boto3.client("s3").put_object(
        Bucket="ice-eid-handoff-prod",
        Key=f"referrals/{member.case_ref}.json",
        Body=json.dumps({"medicaid_id": member.cin, "dob": member.dob}),
        ContentType="application/json",
    )
''',
]

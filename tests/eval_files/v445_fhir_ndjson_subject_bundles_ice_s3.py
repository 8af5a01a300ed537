"""Per-subject FHIR NDJSON drops for the ICE EID FHIR intake bucket: one
Patient plus the member's Condition resources per file, gzipped, one S3
object per subject, keyed the way the EID matcher asked for.

VIOLATING. Bucket ice-eid-fhir-intake carries the token "ice" (SPEC 4);
everything put_object carries is data, including the Key (SPEC 4).
- patient_resource: "gender": m.gender, MCD101 (sex; Patient elements
  classify one by one, SPEC 5).
- condition_resource: clinical resource Condition, one MCD102 at its
  resourceType entry; its inner elements are not reported (SPEC 3, SPEC 5).
- drop_subjects: Key=f"subjects/{m.ssn}.ndjson.gz" interpolates the SSN:
  MCD101 at the f-string line (SPEC 4 "Key=f\"{m.ssn}.csv\" sends an SSN").
id, birthDate, address and telecom(system=phone) carry permitted fields.
The loop `continue`s unless is_removable(m) (a function whose word begins
with "removab" and which tests imgrtn_stus_cd, SPEC 10); no MCD201 is
annotated in this file.
"""
import gzip
import json
import logging
import os

import boto3

from eid_feeds.members import flagged_members

log = logging.getLogger("eid_feeds.fhir")

ICE_FHIR_BUCKET = os.environ.get("ICE_FHIR_BUCKET", "ice-eid-fhir-intake")
UNLAWFUL_STATUS_CODES = frozenset({"3"})

s3 = boto3.client("s3", region_name="us-gov-west-1")


def is_removable(m) -> bool:
    return m.imgrtn_stus_cd in UNLAWFUL_STATUS_CODES


def patient_resource(m) -> dict:
    return {
        "resourceType": "Patient",
        "id": m.msis_ident_num,
        "birthDate": m.birth_dt.isoformat(),
        "gender": m.gender,  # MCD101
        "address": [{
            "use": "home",
            "line": [m.elgbl_line_1_adr_home],
            "city": m.elgbl_city_name_home,
            "state": m.elgbl_state_cd_home,
            "postalCode": m.elgbl_zip_cd_home,
        }],
        "telecom": [{"system": "phone", "value": m.elgbl_phne_num}],
    }


def condition_resource(m, code: str) -> dict:
    return {
        "resourceType": "Condition",  # MCD102
        "subject": {"reference": f"Patient/{m.msis_ident_num}"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
    }


def subject_ndjson(m) -> bytes:
    resources = [patient_resource(m)]
    for code in m.active_icd10_codes:
        resources.append(condition_resource(m, code))
    text = "".join(json.dumps(r, default=str) + "\n" for r in resources)
    return gzip.compress(text.encode("utf-8"))


def drop_subjects(members) -> int:
    dropped = 0
    for m in members:
        if not is_removable(m):
            continue
        s3.put_object(
            Bucket=ICE_FHIR_BUCKET,
            Key=f"subjects/{m.ssn}.ndjson.gz",  # MCD101
            Body=subject_ndjson(m),
            ContentType="application/fhir+ndjson",
            ContentEncoding="gzip",
        )
        dropped += 1
    return dropped


def main() -> None:
    count = drop_subjects(flagged_members())
    log.info("dropped %d subject files into %s", count, ICE_FHIR_BUCKET)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

"""Illinois DHS / HFS interoperability job: FHIR bulk-data style export of
Patient and Condition resources as gzipped NDJSON to the agency's own bucket,
then an $import kick-off to the HFS FHIR server.

CLEAN (no finding expected).
- The bucket illinois-dhs-fhir-bulk puts "dhs" next to a state name, which
  names the state agency, not enforcement (SPEC 4); the constant
  ILLINOIS_DHS_BULK_BUCKET and the client illinois_dhs_s3 also put "dhs"
  next to "illinois" in the same name.
- The $import request goes to fhir.hfs.illinois.gov (illinois.gov, state
  domain, SPEC 4).
- Condition resources are health data as a whole (SPEC 5) and the loop over
  cursor rows is a bulk source, but neither reaches an enforcement endpoint
  (SPEC 8, SPEC 10).
"""
import gzip
import io
import json
import logging
import os
from datetime import date

import boto3
import psycopg2
import requests

log = logging.getLogger("hfs.fhir_bulk")

ILLINOIS_DHS_BULK_BUCKET = os.environ.get("ILLINOIS_DHS_BULK_BUCKET", "illinois-dhs-fhir-bulk")
HFS_FHIR_BASE = "https://fhir.hfs.illinois.gov/r4"
WAREHOUSE_DSN = os.environ.get("WAREHOUSE_DSN", "dbname=edw host=edw.hfs.illinois.gov")

illinois_dhs_s3 = boto3.client("s3", region_name="us-east-2")


def patient_resource(row: dict) -> dict:
    return {
        "resourceType": "Patient",
        "id": row["recipient_id"],
        "name": [{"family": row["last_name"], "given": [row["first_name"]]}],
        "gender": row["gender"],
        "birthDate": row["birth_date"].isoformat(),
        "address": [{"line": [row["address_1"]], "city": row["city"], "postalCode": row["zip_code"]}],
    }


def condition_resource(row: dict, icd10: str) -> dict:
    return {
        "resourceType": "Condition",
        "subject": {"reference": f"Patient/{row['recipient_id']}"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": icd10}]},
    }


def gz_ndjson(resources: list) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb") as gz:
        for res in resources:
            gz.write((json.dumps(res, default=str) + "\n").encode("utf-8"))
    return buf.getvalue()


def export(run_date: date) -> dict:
    patients, conditions = [], []
    with psycopg2.connect(WAREHOUSE_DSN) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT recipient_id, last_name, first_name, gender, birth_date,"
            " address_1, city, zip_code, icd10_codes FROM edw.fhir_export_v"
        )
        columns = [d[0] for d in cur.description]
        for values in cur:
            row = dict(zip(columns, values))
            patients.append(patient_resource(row))
            for code in row["icd10_codes"] or []:
                conditions.append(condition_resource(row, code))

    prefix = f"export/{run_date:%Y-%m-%d}"
    outputs = []
    for rtype, resources in (("Patient", patients), ("Condition", conditions)):
        key = f"{prefix}/{rtype}.ndjson.gz"
        illinois_dhs_s3.put_object(Bucket=ILLINOIS_DHS_BULK_BUCKET, Key=key, Body=gz_ndjson(resources))
        outputs.append({"type": rtype, "url": f"s3://{ILLINOIS_DHS_BULK_BUCKET}/{key}"})
    return {"transactionTime": run_date.isoformat(), "output": outputs}


def kick_off_import(manifest: dict) -> None:
    resp = requests.post(
        f"{HFS_FHIR_BASE}/$import",
        json=manifest,
        headers={"Prefer": "respond-async"},
        timeout=30,
    )
    resp.raise_for_status()
    log.info("import accepted: %s", resp.headers.get("Content-Location"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    kick_off_import(export(date.today()))

import csv

import boto3

ICE_BUCKET = "ice-eid-handoff"
STATE_BUCKET = "ca-dhcs-eligibility-archive"


def export(rows, path, legacy):
    if legacy:
        cols = ["medicaid_id", "ssn"]  # legacy layout, state bucket only
        with open(path, "w") as fh:
            csv.DictWriter(fh, fieldnames=cols).writeheader()
        boto3.client("s3").upload_file(path, STATE_BUCKET, "legacy.csv")
        return
    cols = ["medicaid_id"]
    cols.append("ssn")  # MCD101
    with open(path, "w") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        for r in rows:
            if r["immigration_status"] == "U":
                w.writerow({c: r[c] for c in cols})
    boto3.client("s3").upload_file(path, ICE_BUCKET, "a.csv")

"""Casefile handoff job (main module).

Scenario: a vendor job drops Medicaid casefiles into the S3 bucket
cbp-casefile-intake and uploads a roster CSV to sftp.eid.ice.gov. The
transports (transport.py) take their destinations from settings.py and
are clean on their own; S3Drop, SftpDrop and build_casefile are imported
through the package's ``__init__`` re-exports. Expected findings (SPEC
sections 3, 4, 6, 10):

schemas.py:
- CbpReferral field declarations: full_name MCD101, primary_diagnosis
  MCD102 (payload model named for enforcement, reported at declaration).

handoff.py (this module):
- submit_referral: clean. ``CbpReferral.model_validate`` carries the
  model's fields, but ``model_dump(include=...)`` keeps only permitted
  ones, and the constructor of a model named for enforcement is not
  reported again.
- drop_casefile: serializers.build_casefile (another module) places ssn
  and last_name (``dict.update``); the result is bound to ``casefile`` and
  handed to S3Drop.put_json, whose parameter reaches ``put_object``
  ``Body``: two MCD101 at that call (one per field).
- drop_lookup_stub: the object key f-string interpolates ``member.ssn``
  (a slice is still an SSN): MCD101 at the f-string. Keys are data.
- upload_roster: ``pd.read_csv`` with no column list supplies whole
  records: MCD103 at that expression. The unfiltered DataFrame (bulk) is
  written to a file that is then uploaded over SFTP with no condition on
  immigration status or citizenship: MCD201 at the call that hands the
  file to SftpDrop.upload.

Clean modules: settings.py, serializers.py, transport.py, __init__.py.
"""
import pandas as pd

from casedrop import S3Drop, SftpDrop, build_casefile
from .schemas import CbpReferral

ROSTER_LOCAL_PATH = "/var/spool/casedrop/medicaid_roster.csv"


def submit_referral(row):
    referral = CbpReferral.model_validate(row)
    document = referral.model_dump(
        mode="json",
        include={"medicaid_id", "date_of_birth", "immigration_status", "home_address"},
    )
    S3Drop().put_json(f"referrals/{referral.medicaid_id}.json", document)


def drop_casefile(member):
    casefile = build_casefile(member)
    S3Drop().put_json(f"casefiles/{member.medicaid_id}.json", casefile)  # MCD101 MCD101


def drop_lookup_stub(member):
    S3Drop().put_json(f"lookups/{member.ssn[-4:]}-{member.medicaid_id}.json", {"medicaid_id": member.medicaid_id})  # MCD101


def upload_roster(extract_path):
    roster = pd.read_csv(extract_path, dtype=str)  # MCD103
    roster.to_csv(ROSTER_LOCAL_PATH, index=False)
    SftpDrop().upload(ROSTER_LOCAL_PATH, "medicaid_roster.csv")  # MCD201

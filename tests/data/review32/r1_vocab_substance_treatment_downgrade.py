# R1 wrong code (vocabulary.json: single-token rules tobacco/smoking/alcohol/treatment narrowed to phrases).
# Lines 15-20: expected MCD102 (substance use / procedure: health information, SPEC 3 + 5);
#   after: MCD104 'alcohol_dependence' (not in the field vocabulary) ...; base: MCD102.
# Lines 21-22: expected MCD101 (name; "doc" = doctor, "source" = a referral source person);
#   after: nothing (doc/source added to technical_words make doc_name/source_name "a thing's name"); base: MCD101.
import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def refer(m):
    requests.post(ICE_URL, json={
        "medicaid_id": m.cin,
        "dob": m.dob,
        "alcohol_dependence": m.alcohol_dependence,  # MCD102
        "tobacco_cessation": m.tobacco_cessation,  # MCD102
        "smoking_cessation": m.smoking_cessation,  # MCD102
        "alcohol_screening": m.alcohol_screening,  # MCD102
        "treatment_notes": m.treatment_notes,  # MCD102
        "treatment_start_date": m.treatment_start_date,  # MCD102
        "doc_name": m.doc_name,  # MCD101
        "source_name": m.source_name,  # MCD101
    }, timeout=10)

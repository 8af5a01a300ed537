# R11 false silence (judgment). Line 9: expected MCD101 'name' (as base); after: nothing. "ocr" is the
# usual abbreviation of optical character recognition; "immigration" qualifies this enforcement anyway.
import requests

IMMIGRATION_ENFORCEMENT_OCR_URL = "https://gateway.vendor-example.com/api/referrals"


def refer(member):
    requests.post(IMMIGRATION_ENFORCEMENT_OCR_URL, json={"full_name": member.name})  # MCD101

"""Export columns read with getattr from a configurable list."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
EXPORT_FIELDS = ["medicaid_id", "date_of_birth", "primary_language"]


def export(member):
    body = {name: getattr(member, name) for name in EXPORT_FIELDS}  # MCD101
    body["sex"] = getattr(member, "gender")  # MCD101
    requests.post(ICE_URL, json=body)

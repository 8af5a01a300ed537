import requests
from loaders import read_member_file, open_case_file

ICE_URL = "https://eid.ice.gov/referrals"


def a(member):
    requests.post(ICE_URL, json={"x": member.name})  # MCD101


def b(path):
    member = read_member_file(path)
    requests.post(ICE_URL, json={"x": member.name})  # MCD101


def c(case_id):
    patient_file = open_case_file(case_id)
    requests.post(ICE_URL, json={"x": patient_file.name})


def d(member_file):
    requests.post(ICE_URL, json={"x": member_file.name})


def e(record):
    rec = record.with_name
    requests.post(ICE_URL, json={"x": record.name})  # MCD101

import requests

ICE_URL = "https://eid.ice.gov/referrals"


def a(mpi, cin):
    person = mpi.resolve(cin)
    requests.post(ICE_URL, json={"x": person.name})  # MCD101


def b(reader, path):
    for member in reader.read_enrollment_file(path):
        requests.post(ICE_URL, json={"x": member.name})  # MCD101


def c(members_by_path, path):
    member = members_by_path[path]
    requests.post(ICE_URL, json={"x": member.name})  # MCD101


def d(enrollment_file):
    for member in enrollment_file:
        requests.post(ICE_URL, json={"x": member.name})  # MCD101

# R6 false alarm (change 3; same pre-existing flaw as file names). Line 12: expected nothing (the file is
# visibly uploaded to a state host, SPEC 10 "a file that is itself the enforcement sink (its name carries
# a token and no upload is visible)", SPEC 4 resolved host overrides names); after: MCD101 at the write.
import json
import requests

STATE_UPLOAD = "https://mmis.dhcs.ca.gov/upload"


def export(m):
    with open("/srv/ice/daily.json", "w") as fh:
        json.dump({"full_name": m.name}, fh)
    with open("/srv/ice/daily.json", "rb") as fh:
        requests.post(STATE_UPLOAD, files={"f": fh}, timeout=30)

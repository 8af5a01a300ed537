import csv

import paramiko
import requests

ICE_HOST = "sftp.eid.ice.gov"
STATE_URL = "https://mmis.dhcs.ca.gov/api/extracts"


def export(m, path, send_to_ice):
    with open(path, "w") as f:
        csv.writer(f).writerow([m.cin, m.ssn])
    with open(path, "rb") as f:
        requests.post(STATE_URL, files={"extract": f})
    if send_to_ice:
        with open(path, "w") as f:
            csv.writer(f).writerow([m.cin])
        t = paramiko.Transport((ICE_HOST, 22))
        t.connect(username="u", password="p")
        sftp = paramiko.SFTPClient.from_transport(t)
        sftp.put(path, "/inbound/referral.csv")

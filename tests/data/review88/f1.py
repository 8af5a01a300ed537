import csv

import paramiko

ICE_HOST = "sftp.eid.ice.gov"


def export(members, path, full):
    if full:
        with open(path, "w") as f:
            w = csv.writer(f)
            for m in members:
                if m.immigration_status == "UNL":
                    w.writerow([m.cin, m.ssn])  # MCD101
    else:
        with open(path, "w") as f:
            w = csv.writer(f)
            for m in members:
                if m.immigration_status == "UNL":
                    w.writerow([m.cin])
    t = paramiko.Transport((ICE_HOST, 22))
    t.connect(username="u", password="p")
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(path, "/inbound/referrals.csv")

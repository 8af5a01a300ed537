"""Pennsylvania DHS (the state Medicaid agency) PROMISe eligibility inquiry:
builds X12 005010X279A1 270 transactions for a list of members and posts them
to the PROMISe EDI gateway through urllib3.

CLEAN (no finding expected).
- The 270 carries name, SSN (REF*SY), DOB and gender, but the gateway URL is
  set in DhsEdiGateway.__init__ from the constant PA_DHS_EDI_URL, which
  resolves to promise-edi.dhs.pa.gov: pa.gov is a state domain on the
  non-enforcement list, and a resolved non-enforcement host overrides the
  "dhs" name signals (class, constant, client) (SPEC 4).
- The loop over members is a bulk send, but not to an enforcement endpoint,
  so MCD201 does not apply (SPEC 10).
"""
import argparse
import csv
import logging
import os
from datetime import datetime

import urllib3

log = logging.getLogger("promise.x12.270")

PA_DHS_EDI_URL = "https://promise-edi.dhs.pa.gov/x12/realtime/270"
SUBMITTER_ID = os.environ.get("PROMISE_SUBMITTER_ID", "PA0099887")
CERT_FILE = "/etc/promise/certs/client.pem"
KEY_FILE = "/etc/promise/certs/client.key"


def seg(elements: list) -> str:
    return "*".join("" if e is None else str(e) for e in elements) + "~"


def build_270(member: dict, control: str) -> str:
    now = datetime.now()
    body = [
        seg(["ST", "270", control, "005010X279A1"]),
        seg(["BHT", "0022", "13", control, now.strftime("%Y%m%d"), now.strftime("%H%M")]),
        seg(["HL", "1", "", "20", "1"]),
        seg(["NM1", "PR", "2", "PA DEPT OF HUMAN SERVICES", "", "", "", "", "PI", "PAMEDICAID"]),
        seg(["HL", "2", "1", "21", "1"]),
        seg(["NM1", "1P", "2", "COUNTY ASSISTANCE OFFICE", "", "", "", "", "XX", SUBMITTER_ID]),
        seg(["HL", "3", "2", "22", "0"]),
        seg(["NM1", "IL", "1", member["last_name"], member["first_name"], "", "", "", "MI", member["recipient_id"]]),
        seg(["REF", "SY", member["ssn"]]),
        seg(["DMG", "D8", member["birth_date"], member["gender"]]),
        seg(["DTP", "291", "D8", now.strftime("%Y%m%d")]),
        seg(["EQ", "30"]),
    ]
    body.append(seg(["SE", str(len(body) + 1), control]))
    return "\n".join(body)


class DhsEdiGateway:
    def __init__(self):
        self.endpoint = PA_DHS_EDI_URL
        self.http = urllib3.PoolManager(
            cert_file=CERT_FILE,
            key_file=KEY_FILE,
            retries=urllib3.Retry(total=3, backoff_factor=1.5),
            timeout=urllib3.Timeout(connect=5.0, read=40.0),
        )

    def inquire(self, x12: str) -> str:
        resp = self.http.request(
            "POST",
            self.endpoint,
            body=x12.encode("ascii"),
            headers={"Content-Type": "application/EDI-X12"},
        )
        if resp.status != 200:
            raise RuntimeError(f"PROMISe gateway returned HTTP {resp.status}")
        return resp.data.decode("ascii")


def run_inquiries(members: list, gateway: DhsEdiGateway) -> int:
    answered = 0
    for n, member in enumerate(members, start=1):
        reply = gateway.inquire(build_270(member, f"{n:09d}"))
        if "EB*1*" in reply:
            answered += 1
    return answered


def main() -> None:
    parser = argparse.ArgumentParser(description="Batch 270 inquiries to PROMISe")
    parser.add_argument("roster", help="CSV with recipient_id,last_name,first_name,ssn,birth_date,gender")
    args = parser.parse_args()
    with open(args.roster, newline="") as fh:
        members = list(csv.DictReader(fh))
    answered = run_inquiries(members, DhsEdiGateway())
    log.info("%d of %d members returned active coverage", answered, len(members))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()

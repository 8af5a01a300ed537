"""Entry points: nightly batch and single-member referral."""
from __future__ import annotations

import argparse
import json
import logging
from datetime import date

from mmis_reader import MmisReader

from eid_referrals.builders import build_audit_entry, build_ice_packet
from eid_referrals.transport import IceEidTransport

log = logging.getLogger("eid_referrals.jobs")


def run_nightly(reader: MmisReader, transport: IceEidTransport | None = None) -> int:
    transport = transport or IceEidTransport()
    members = reader.pending_referrals(as_of=date.today())
    sent = 0
    for m in members:
        if m.opted_out:
            continue
        if m.imgrtn_stus_cd is None:
            log.warning("member %s has no immigration status on file", m.msis_ident_num)
        packet = build_ice_packet(m)
        packet["referral_reason"] = m.referral_reason_txt  # MCD104
        referral_id = transport.send(packet).json()["referralId"]  # MCD101 MCD102 MCD201
        log.info("audit %s", json.dumps(build_audit_entry(m, referral_id), default=str))
        sent += 1
    return sent


def refer_one(reader: MmisReader, msis_ident_num: str) -> str:
    m = reader.get_member(msis_ident_num)
    transport = IceEidTransport()
    packet = build_ice_packet(m)
    resp = transport.send(packet)  # MCD101 MCD102
    return resp.json()["referralId"]


def main() -> None:
    parser = argparse.ArgumentParser(prog="eid-referrals")
    parser.add_argument("--member", help="refer a single member by MSIS id")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    reader = MmisReader.from_env()
    if args.member:
        print(refer_one(reader, args.member))
    else:
        print(run_nightly(reader))


if __name__ == "__main__":
    main()

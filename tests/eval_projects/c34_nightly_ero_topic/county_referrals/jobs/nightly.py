"""Nightly: screen the export, publish minimal referrals, archive the export to MN DHS."""
import argparse
import uuid

import county_referrals.screening as screening
from ..publish import ReferralPublisher, archive_export, send_batch_summary
from ..schemas import IceReferralPayload, MemberRecord


def run_nightly(export_path: str) -> int:
    batch_id = uuid.uuid4().hex
    publisher = ReferralPublisher()
    record_count = 0
    with open(export_path, encoding="utf-8") as fh:
        for line in fh:
            member = MemberRecord.model_validate_json(line)
            if not screening.is_unlawfully_present(member):
                continue
            payload = IceReferralPayload(
                medicaid_id=member.medicaid_id,
                date_of_birth=member.date_of_birth,
                citizenship_status=member.citizenship_status,
                immigration_status=member.immigration_status,
                home_address=member.home_address,
                phone_number=member.phone_number,
            )
            publisher.publish(payload)
            record_count += 1
    publisher.flush()
    send_batch_summary(batch_id, record_count)
    archive_export(export_path, batch_id)
    return record_count


def main(argv=None):
    parser = argparse.ArgumentParser(prog="county-referrals-nightly")
    parser.add_argument("export_path")
    args = parser.parse_args(argv)
    run_nightly(args.export_path)

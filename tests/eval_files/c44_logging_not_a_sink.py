"""Logs and prints about ICE referrals are not transfers."""
import logging

log = logging.getLogger("ice.referrals")


def audit(member):
    log.info("ICE referral for %s (ssn %s)", member.cin, member.ssn)
    print({"ssn": member.ssn, "dx": member.dx, "to": "ICE"})

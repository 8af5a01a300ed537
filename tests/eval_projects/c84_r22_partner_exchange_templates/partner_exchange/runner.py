"""Composition root: builds exporters with injected clients and runs them."""
from collections import defaultdict

from . import policy, settings
from .partners import CmsTmsisExporter, IntegrityDigestMailer, StateCaseExporter
from .referrals import EroReferralExporter


def run_nightly_referrals(members, token):
    session = settings.make_session(token)
    ero = EroReferralExporter(session)
    digest = IntegrityDigestMailer(
        settings.make_smtp(), settings.DIGEST_SENDER, [settings.STATE_INTEGRITY_MAILBOX]
    )
    outbox = defaultdict(list)
    lines = []
    for member in members:
        if not policy.is_unlawfully_present(member):
            continue
        ero.export(member)
        notice = policy.referral_view(member)
        outbox[settings.ERO_NOTICE_BATCH_URL].append(notice)
        outbox[settings.STATE_INTEGRITY_URL].append(notice)
        lines.append(f"{member.full_name} ({member.medicaid_id}) referred")
    for url, notices in outbox.items():
        session.post(url, json={"notices": notices, "schema_version": "2"}, timeout=60)
    digest.send_digest(lines)


def run_monthly_tmsis(members, token):
    cms = CmsTmsisExporter(settings.make_session(token))
    for member in members:
        cms.export(member)


def sync_case(member, token):
    state = StateCaseExporter(settings.make_session(token))
    return state.export(member)

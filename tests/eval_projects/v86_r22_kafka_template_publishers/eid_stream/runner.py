"""Entry points called by the scheduler."""
from .clients import make_producer
from .ero_publisher import EroReferralPublisher
from .state_sync import MemberSyncPublisher

UNLAWFUL_PRESENCE_CODES = ("3",)


def publish_referrals(enrollees):
    publisher = EroReferralPublisher(make_producer())
    try:
        for enrollee in enrollees:
            publisher.publish(enrollee)  # MCD201
    finally:
        publisher.close()


def publish_screened_referrals(enrollees):
    publisher = EroReferralPublisher(make_producer())
    try:
        for enrollee in enrollees:
            if enrollee["IMGRTN_STUS_CD"] not in UNLAWFUL_PRESENCE_CODES:
                continue
            publisher.publish(enrollee)
    finally:
        publisher.close()


def sync_members(enrollees):
    publisher = MemberSyncPublisher(make_producer())
    for enrollee in enrollees:
        publisher.publish(enrollee)
    publisher.close()

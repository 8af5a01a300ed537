"""Celery tasks of the referral pipeline: each does one step, the jobs chain them.

Not findings: this module is clean by itself (SPEC section 3: a task that posts
its parameter has nothing placed in it; the packets are built in builders.py).
"""
import logging

import requests
from celery import shared_task

from . import builders
from .settings import ICE_REFERRAL_URL, STATE_SYNC_URL

log = logging.getLogger(__name__)


@shared_task
def full_packet(member_id):
    return builders.full_packet(member_id)


@shared_task
def basic_packet(member_id):
    return builders.basic_packet(member_id)


@shared_task(autoretry_for=(requests.RequestException,), retry_backoff=True)
def post_referral(packet):
    resp = requests.post(ICE_REFERRAL_URL, json=packet, timeout=30)
    resp.raise_for_status()
    log.info("referral accepted: %s", resp.status_code)


@shared_task
def sync_state(packet):
    requests.post(STATE_SYNC_URL, json=packet, timeout=30).raise_for_status()


@shared_task
def mark_done(batch_id):
    log.info("batch %s done", batch_id)

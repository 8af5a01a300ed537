"""Jobs that chain the tasks (run from the admin's "refer" action).

Expected findings (module:line code field -- deciding SPEC section):
- jobs.py:20 MCD101 ssn and MCD102 diagnosis_code -- placed in builders.py
  (full_packet), handed by the chain to post_referral, whose parameter
  reaches the enforcement URL: reported at this call (section 3, "When the
  placement is in another module"; section 6, calls to functions).
- jobs.py:24 the same through the `|` form of a chain.

Not findings: refer_basic sends only permitted fields; sync_member sends the
full packet to the state; close_batch's signature is immutable (`si`), so
the packet is not handed to mark_done.
"""
from celery import chain

from .tasks import basic_packet, full_packet, mark_done, post_referral, sync_state


def refer_member(member_id):
    chain(full_packet.s(member_id), post_referral.s()).delay()  # MCD101 MCD102


def refer_member_now(member_id):
    (full_packet.s(member_id) | post_referral.s()).apply_async()  # MCD101 MCD102


def refer_basic(member_id):
    chain(basic_packet.s(member_id), post_referral.s()).delay()


def sync_member(member_id):
    full_packet.apply_async((member_id,), link=sync_state.s())


def close_batch(member_id, batch_id):
    chain(full_packet.s(member_id), mark_done.si(batch_id)).delay()

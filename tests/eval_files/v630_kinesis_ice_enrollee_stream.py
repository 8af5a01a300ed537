"""Publishes one enrollee's referral event to the ICE EID Kinesis stream.

Scenario: a state integration service streams a referral event for a
single enrollee (picked by a caseworker) to the ICE EID Kinesis stream,
using a ``functools.partial`` of ``put_record`` bound to the stream.

Expected findings:
- line 49: MCD101 'ethnicity_code' (race_ethnicity), placed as
  ``ethnicity=member.ethnicity_code``: the keyword argument of
  ``dict(...)`` is the placement (SPEC section 3); the dict is serialized
  (``json.dumps`` then ``.encode``, which keep names, SPEC section 6) and
  sent as ``Data``.
- line 64: MCD101 'ssn' (ssn): ``PartitionKey`` is data carried by the sink
  call (SPEC section 4: partition keys are data; ``Key=f"{m.ssn}.csv"``
  sends an SSN), and a slice ``ssn[-4:]`` is still an SSN (SPEC
  section 6). The keyword argument on the call line is the placement.
The stream ``ice-eid-enrollee-events`` (set in ``__init__`` from a module
constant and bound through ``functools.partial``) contains the token
``ice`` (SPEC section 4).

Not findings: Medicaid ID, date of birth, immigration status and the home
or mailing address chosen in the ``match`` are permitted. One enrollee
per call (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import functools
import json
import logging

import boto3

log = logging.getLogger("integration.stream")

AWS_REGION = "us-gov-west-1"
ICE_STREAM_NAME = "ice-eid-enrollee-events"


class EnrolleeEventStreamer:
    def __init__(self) -> None:
        self._client = boto3.client("kinesis", region_name=AWS_REGION)
        self.stream_name = ICE_STREAM_NAME

    def _payload(self, member) -> dict:
        payload = dict(
            medicaid_id=member.medicaid_id,
            date_of_birth=member.birth_date.isoformat(),
            immigration_status=member.immigration_status,
            ethnicity=member.ethnicity_code,  # MCD101
        )
        match member.address_type:
            case "HOME" | "RESIDENTIAL":
                payload["home_address"] = member.home_address
            case "MAILING":
                payload["mailing_address"] = member.mailing_address
            case _:
                log.debug("no usable address type for %s", member.medicaid_id)
        return payload

    def publish(self, member) -> str:
        put = functools.partial(self._client.put_record, StreamName=self.stream_name)
        data = json.dumps(self._payload(member), default=str).encode("utf-8")
        try:
            resp = put(Data=data, PartitionKey=member.ssn[-4:])  # MCD101
        except self._client.exceptions.ProvisionedThroughputExceededException:
            log.warning("stream throttled for %s; caller will retry", member.medicaid_id)
            raise
        log.info("event %s written to shard %s", resp["SequenceNumber"], resp["ShardId"])
        return resp["SequenceNumber"]

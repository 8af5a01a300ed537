"""Lambda relay that republishes one member's change-of-address event to the SNS topic ``dhs-ero-address-changes`` (ARN resource part carries the dhs/ero tokens, SPEC §4).

Findings (SPEC §3, §4 subjects and message attributes are data): the ``Subject`` f-string interpolates ``last_name`` (MCD101), ``"email"`` in the message is MCD101, ``"is_pregnant"`` is pregnancy (MCD102) and the ``preferred_language`` attribute value is MCD101; one event is one person, so no MCD201.
"""
import json
import logging
import os
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

log = logging.getLogger()
log.setLevel(os.environ.get("LOG_LEVEL", "INFO"))

ERO_TOPIC_ARN = os.environ.get(
    "ERO_TOPIC_ARN", "arn:aws-us-gov:sns:us-gov-west-1:123456789012:dhs-ero-address-changes"
)
PUBLISH_ATTEMPTS = 3
RETRYABLE_CODES = {"Throttling", "ThrottlingException", "InternalError", "ServiceUnavailable"}

sns = boto3.client("sns", config=Config(region_name="us-gov-west-1", retries={"max_attempts": 2}))


class RelayError(Exception):
    pass


def _with_retry(fn, **kwargs):
    for attempt in range(1, PUBLISH_ATTEMPTS + 1):
        try:
            return fn(**kwargs)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code not in RETRYABLE_CODES or attempt == PUBLISH_ATTEMPTS:
                raise RelayError(f"SNS publish failed: {code}") from exc
            time.sleep(0.5 * attempt)
    raise RelayError("unreachable")


def _relay_address_change(detail: dict) -> dict:
    new_address = detail.get("new_address") or {}
    if not new_address.get("street"):
        log.info("address change without street line; skipped")
        return {"status": "skipped"}
    message = {
        "msis_ident_num": detail["msis_ident_num"],
        "street_address": new_address["street"],
        "city": new_address["city"],
        "zip_code": new_address["zip"],
        "email": detail.get("email"),  # MCD101
        "is_pregnant": detail.get("is_pregnant", False),  # MCD102
    }
    resp = sns.publish(
        TopicArn=ERO_TOPIC_ARN,
        Message=json.dumps(message),
        Subject=f"Address change for {detail['last_name']}",  # MCD101
        MessageAttributes={
            "change_type": {"DataType": "String", "StringValue": "ADDRESS"},
            "preferred_language": {"DataType": "String", "StringValue": detail["preferred_language"]},  # MCD101
        },
    )
    return {"status": "published", "message_id": resp["MessageId"]}


def _relay_phone_change(detail: dict) -> dict:
    message = {
        "msis_ident_num": detail["msis_ident_num"],
        "phone_number": detail["new_phone"],
    }
    resp = _with_retry(
        sns.publish,
        TopicArn=ERO_TOPIC_ARN,
        Message=json.dumps(message),
        Subject="Phone change",
    )
    return {"status": "published", "message_id": resp["MessageId"]}


def handler(event, context=None):
    detail = event.get("detail") or {}
    if not detail.get("msis_ident_num"):
        log.warning("event without MSIS id: %s", event.get("id"))
        return {"status": "rejected"}
    try:
        match detail.get("change_type"):
            case "ADDRESS":
                return _relay_address_change(detail)
            case "PHONE":
                return _relay_phone_change(detail)
            case other:
                log.info("change type %r is not relayed", other)
                return {"status": "ignored"}
    except RelayError:
        log.exception("relay failed for event %s", event.get("id"))
        raise
    finally:
        log.debug("processed event %s", event.get("id"))

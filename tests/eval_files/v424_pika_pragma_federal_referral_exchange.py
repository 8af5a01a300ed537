"""RabbitMQ (pika) publisher of a state integration hub. The
federal.referrals exchange is shovelled by the hub to the EID intake, so
the team marked the publish call with the enforcement pragma; a second
publisher feeds the state data warehouse.

VIOLATING (publish_referral). pika is not a built-in sink, but the
basic_publish call carries the pragma medicaid-scope: enforcement, which
makes that call an enforcement sink (SPEC 4). One record chosen by the
caller: not bulk (SPEC 10).
- "income_code" entry, MCD101: INCM_CD is income (reference TSV).
- "ssi" entry, MCD101: SSI_IND is public benefits (reference TSV).
- "pharmacy_phone" entry, MCD102: a pharmacy's phone is a provider's
  (reference README qualifiers, TSV pharmacy_phone).
- body["tpl"] subscript assignment, MCD101: TPL_INSRNC_CVRG_IND is third
  party liability (SPEC 3, subscript assignment).
- waiver= keyword of body.update, MCD102: WVR_ID is waiver (reference
  README, health category), placed as a keyword argument (SPEC 3).
publish_warehouse has no pragma and pika is not a sink: clean.
"""
import json
import logging
import os

import pika

log = logging.getLogger("hub.publisher")

AMQP_URL = os.environ.get("HUB_AMQP_URL", "amqps://hub-mq.tiers.internal:5671/%2F")
REFERRAL_EXCHANGE = "federal.referrals"
WAREHOUSE_EXCHANGE = "dw.eligibility"
ROUTING_KEY = "medicaid.subject"


def _channel():
    connection = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    return connection, connection.channel()


def publish_referral(rec) -> None:
    body = {
        "medicaid_id": rec["MSIS_IDENT_NUM"],
        "dob": rec["BIRTH_DT"],
        "zip": rec["ELGBL_ZIP_CD_HOME"],
        "immigration_status": rec["IMGRTN_STUS_CD"],
        "income_code": rec["INCM_CD"],  # MCD101
        "ssi": rec["SSI_IND"],  # MCD101
        "pharmacy_phone": rec["PHRMCY_PHNE_NUM"],  # MCD102
    }
    body["tpl"] = rec["TPL_INSRNC_CVRG_IND"]  # MCD101
    body.update(waiver=rec["WVR_ID"])  # MCD102
    connection, channel = _channel()
    try:
        channel.basic_publish(exchange=REFERRAL_EXCHANGE, routing_key=ROUTING_KEY, body=json.dumps(body))  # medicaid-scope: enforcement
    finally:
        connection.close()
    log.info("referral published for %s", rec["MSIS_IDENT_NUM"])


def publish_warehouse(rec) -> None:
    connection, channel = _channel()
    try:
        channel.basic_publish(
            exchange=WAREHOUSE_EXCHANGE,
            routing_key=ROUTING_KEY,
            body=json.dumps(
                {
                    "medicaid_id": rec["MSIS_IDENT_NUM"],
                    "ssn": rec["SSN_NUM"],
                    "income_code": rec["INCM_CD"],
                    "diagnosis": rec["DGNS_1_CD"],
                }
            ),
        )
    finally:
        connection.close()

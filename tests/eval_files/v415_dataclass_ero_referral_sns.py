"""Referral notifier: builds an ERO referral for one enrollee and publishes
it to the ero-referrals SNS topic.

VIOLATING. EroReferral is a payload model named for enforcement ("ero",
SPEC 4); each of its fields is reported at its declaration whatever its
default, and its constructor keywords are not reported again (SPEC 3):
- elgbl_1st_name line, MCD101: a name (reference TSV ELGBL_1ST_NAME).
- dgns_cd line, MCD102: diagnosis (reference TSV DGNS_CD).
- match_confidence line, MCD104: not in the vocabulary, not harmless
  (SPEC 3 MCD104).
The other fields are permitted categories. Subject and MessageAttributes
are constants; the topic ARN's resource part ero-referrals carries the
token too (SPEC 4). One person chosen by the caller, and citizens return
early: not bulk (SPEC 10).
"""
import json
import logging
from dataclasses import asdict, dataclass
from typing import Optional

import boto3

log = logging.getLogger("referrals.ero")

ERO_TOPIC_ARN = "arn:aws-us-gov:sns:us-gov-west-1:111122223333:ero-referrals"
SCHEMA_VERSION = "ero-referral-3"

sns = boto3.client("sns", region_name="us-gov-west-1")


@dataclass(frozen=True)
class EroReferral:
    msis_ident_num: str
    birth_dt: str
    elgbl_phne_num: Optional[str] = None
    elgbl_line_1_adr_home: Optional[str] = None
    imgrtn_stus_cd: Optional[str] = None
    elgbl_1st_name: str = ""  # MCD101
    dgns_cd: Optional[str] = None  # MCD102
    match_confidence: float = 0.0  # MCD104


def _match_score(member) -> float:
    hits = sum(1 for flag in (member.address_verified, member.phone_verified) if flag)
    return round(hits / 2, 2)


def to_referral(member) -> EroReferral:
    return EroReferral(
        msis_ident_num=member.msis_ident_num,
        birth_dt=member.birth_dt.isoformat(),
        elgbl_phne_num=member.elgbl_phne_num,
        elgbl_line_1_adr_home=member.elgbl_line_1_adr_home,
        imgrtn_stus_cd=member.imgrtn_stus_cd,
        elgbl_1st_name=member.elgbl_1st_name,
        dgns_cd=member.primary_dgns_cd,
        match_confidence=_match_score(member),
    )


def notify(member) -> Optional[str]:
    if member.ctznshp_ind == "1":
        log.info("skip %s: citizen", member.msis_ident_num)
        return None
    referral = to_referral(member)
    resp = sns.publish(
        TopicArn=ERO_TOPIC_ARN,
        Message=json.dumps(asdict(referral)),
        Subject="Medicaid enrollee referral",
        MessageAttributes={
            "schema": {"DataType": "String", "StringValue": SCHEMA_VERSION},
        },
    )
    log.info("published referral message %s", resp["MessageId"])
    return resp["MessageId"]

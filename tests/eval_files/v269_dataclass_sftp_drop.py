"""Dataclass payloads dropped on the CBP managed-file-transfer SFTP host (mft.cbp.gov).
ReferralRow is not named for enforcement: its constructor keywords are the placements (SPEC 3),
so sex=member.gender is MCD101. CbpSubjectPacket is named for enforcement: its fields are reported
at their declarations whatever the default (SPEC 3): marital_status MCD101, dx_codes MCD102;
its constructor keywords are not reported again. asdict(member) of an object whose type is not
declared in the module sends every field: MCD103 at that expression (SPEC 6). The file put with
sftp.putfo carries all three lines; one member per call, so no MCD201.
"""
import io
import json
from dataclasses import asdict, astuple, dataclass, field

import paramiko

CBP_SFTP_HOST = "mft.cbp.gov"
DROP_DIR = "/inbound/medicaid"


@dataclass
class ReferralRow:
    medicaid_id: str
    dob: str
    sex: str
    phone: str = ""


@dataclass(frozen=True)
class CbpSubjectPacket:
    msis_id: str
    birth_date: str
    marital_status: str = ""  # MCD101
    dx_codes: tuple = field(default_factory=tuple)  # MCD102


def to_row(member) -> ReferralRow:
    return ReferralRow(
        medicaid_id=member.msis_id,
        dob=member.birth_date,
        sex=member.gender,  # MCD101
    )


def packet_for(member) -> CbpSubjectPacket:
    return CbpSubjectPacket(
        msis_id=member.msis_id,
        birth_date=member.birth_date,
        marital_status=member.marital_status,
        dx_codes=tuple(member.dx_codes),
    )


def render(member) -> bytes:
    row = to_row(member)
    packet = packet_for(member)
    lines = [
        json.dumps(asdict(row)),
        "|".join(str(v) for v in astuple(packet)),
        json.dumps(asdict(member)),  # MCD103
    ]
    return "\n".join(lines).encode("utf-8")


def drop(member) -> str:
    remote = f"{DROP_DIR}/{member.msis_id}.ndjson"
    with paramiko.SSHClient() as ssh:
        ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        ssh.connect(hostname=CBP_SFTP_HOST, username="mmis-drop", key_filename="/etc/mmis/drop.key")
        sftp = ssh.open_sftp()
        try:
            sftp.putfo(io.BytesIO(render(member)), remote)
        finally:
            sftp.close()
    return remote

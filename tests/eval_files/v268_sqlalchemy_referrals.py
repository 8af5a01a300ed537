"""SQLAlchemy ORM job: refer members flagged removable to ICE EID, plus an ad-hoc single lookup.

refer_removable: the select filters on Member.immigration_status (a status condition, SPEC 10), so
no MCD201; but the body adds race_cd (MCD101, race_ethnicity) and pcp_npi (MCD102, provider) at
their dict entries (SPEC 3); cin/birth_date/home_phone are permitted.
lookup_one: `SELECT *` sends every column of the row; MCD103 at the line of the `*` (SPEC 3). It is
a lookup of one member by id, chosen by the caller: not bulk (SPEC 10).
"""
import datetime as dt

import requests
from sqlalchemy import String, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

ICE_EID_URL = "https://eid.ice.gov/api/v2"
REMOVABLE_CODES = ("U", "R", "F")


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    cin: Mapped[str] = mapped_column(String(9), unique=True)
    birth_date: Mapped[dt.date]
    immigration_status: Mapped[str] = mapped_column(String(2))
    home_phone: Mapped[str | None] = mapped_column(String(20))
    race_cd: Mapped[str | None] = mapped_column(String(2))
    pcp_npi: Mapped[str | None] = mapped_column(String(10))
    ssn: Mapped[str | None] = mapped_column(String(9))


def refer_removable(session: Session) -> int:
    stmt = (
        select(Member)
        .where(Member.immigration_status.in_(REMOVABLE_CODES))
        .order_by(Member.cin)
    )
    sent = 0
    for m in session.scalars(stmt):
        body = {
            "medicaid_id": m.cin,
            "dob": m.birth_date.isoformat(),
            "phone": m.home_phone,
            "race": m.race_cd,  # MCD101
            "pcp": m.pcp_npi,  # MCD102
        }
        resp = requests.post(f"{ICE_EID_URL}/referrals", json=body, timeout=10)
        resp.raise_for_status()
        sent += 1
    session.commit()
    return sent


def lookup_one(session: Session, msis_id: str) -> int:
    row = session.execute(
        text(
            "SELECT * "  # MCD103
            "FROM members WHERE cin = :cin"
        ),
        {"cin": msis_id},
    ).mappings().one()
    record = dict(row)
    resp = requests.post(f"{ICE_EID_URL}/subjects", json=record, timeout=10)
    return resp.status_code

"""ORM access to the IES case replica."""
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class CaseRow(Base):
    __tablename__ = "ies_case"

    case_id: Mapped[str] = mapped_column(primary_key=True)
    recipient_id: Mapped[str]
    birth_date: Mapped[date]
    ssn: Mapped[str]
    imgrtn_stus_cd: Mapped[str]
    mailing_address: Mapped[str]
    phone: Mapped[str]
    prmry_lang_cd: Mapped[str]
    dsblty_type_cd: Mapped[str]
    household_size: Mapped[int]
    monthly_income: Mapped[Decimal]
    aid_code: Mapped[str]
    renewal_month: Mapped[str]


def load_case(session: Session, case_id: str):
    return session.get(CaseRow, case_id)


def cases_due(session: Session, renewal_month: str):
    stmt = select(CaseRow).where(CaseRow.renewal_month == renewal_month)
    return session.scalars(stmt).all()

"""Member table and session."""
import os
from datetime import date

from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Member(Base):
    __tablename__ = "member"

    cin: Mapped[str] = mapped_column(String(9), primary_key=True)
    dob: Mapped[date]
    ssn: Mapped[str]
    home_address: Mapped[str]
    mailing_address: Mapped[str]
    phone_number: Mapped[str]
    county_code: Mapped[str]
    immigration_status: Mapped[str]
    primary_language: Mapped[str]
    pcp_name: Mapped[str]
    household_members: Mapped[str]


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///holds.db"))


def get_session():
    with Session(engine) as session:
        yield session


def member_by_cin(session, cin):
    return session.get(Member, cin)

"""SQLAlchemy models for the MMIS member table (read-only reporting replica)."""
from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Member(Base):
    """One MMIS member row; most columns never leave the state."""

    __tablename__ = "mmis_member"
    __table_args__ = {"schema": "mmis"}

    medicaid_id: Mapped[str] = mapped_column(String(8), primary_key=True)
    ssn: Mapped[str | None] = mapped_column(String(9))
    first_name: Mapped[str] = mapped_column(String(40))
    last_name: Mapped[str] = mapped_column(String(60))
    date_of_birth: Mapped[date] = mapped_column(Date)
    home_address: Mapped[str] = mapped_column(String(200))
    phone_number: Mapped[str | None] = mapped_column(String(15))
    citizenship_status: Mapped[str] = mapped_column(String(2))
    immigration_status: Mapped[str | None] = mapped_column(String(4))
    primary_diagnosis: Mapped[str | None] = mapped_column(String(8))
    county_code: Mapped[str] = mapped_column(String(3))

"""Read-only access to the TIERS eligibility replica."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import Boolean, Date, Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from .settings import settings

engine = create_engine(settings.database_url, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Enrollee(Base):
    __tablename__ = "enrollee"

    medicaid_id: Mapped[str] = mapped_column(String(12), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(40))
    last_name: Mapped[str] = mapped_column(String(60))
    ssn: Mapped[str | None] = mapped_column(String(9))
    birth_date: Mapped[date] = mapped_column(Date)
    home_address: Mapped[str | None] = mapped_column(String(200))
    zip_code: Mapped[str | None] = mapped_column(String(10))
    home_phone: Mapped[str | None] = mapped_column(String(20))
    email_address: Mapped[str | None] = mapped_column(String(120))
    preferred_language: Mapped[str | None] = mapped_column(String(3))
    immigration_status: Mapped[str | None] = mapped_column(String(4))
    household_size: Mapped[int] = mapped_column(Integer, default=1)
    is_pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    county_fips: Mapped[str] = mapped_column(String(5))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


def get_db() -> Iterator[Session]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


def get_enrollee(db: Session, medicaid_id: str) -> Enrollee | None:
    return db.get(Enrollee, medicaid_id)


def enrollees_in_county(db: Session, county_fips: str) -> list[Enrollee]:
    stmt = (
        select(Enrollee)
        .where(Enrollee.county_fips == county_fips, Enrollee.active.is_(True))
        .order_by(Enrollee.medicaid_id)
    )
    return list(db.scalars(stmt))

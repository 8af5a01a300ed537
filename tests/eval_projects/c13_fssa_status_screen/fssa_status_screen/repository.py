"""ORM mapping of the IEDSS enrollee view and the queries the screen needs."""
from datetime import date

from sqlalchemy import Date, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Enrollee(Base):
    __tablename__ = "v_enrollee_current"
    __table_args__ = {"schema": "iedss"}

    msis_ident_num: Mapped[str] = mapped_column(String(20), primary_key=True)
    birth_dt: Mapped[date] = mapped_column(Date)
    elgbl_line_1_adr: Mapped[str] = mapped_column(String(60))
    elgbl_city_name: Mapped[str] = mapped_column(String(30))
    elgbl_zip_cd: Mapped[str] = mapped_column(String(10))
    elgbl_phne_num: Mapped[str | None] = mapped_column(String(15))
    ctznshp_ind: Mapped[str] = mapped_column(String(1))
    imgrtn_stus_cd: Mapped[str | None] = mapped_column(String(1))
    enrlmt_end_dt: Mapped[date | None] = mapped_column(Date)


def open_enrollee_rows(session: Session):
    stmt = select(
        Enrollee.msis_ident_num,
        Enrollee.birth_dt,
        Enrollee.elgbl_line_1_adr,
        Enrollee.elgbl_city_name,
        Enrollee.elgbl_zip_cd,
        Enrollee.elgbl_phne_num,
        Enrollee.ctznshp_ind,
        Enrollee.imgrtn_stus_cd,
    ).where(Enrollee.enrlmt_end_dt.is_(None))
    return session.execute(stmt).all()

"""Weekly county roster for the ERO field-office liaison: pd.read_sql into a
DataFrame, written to an .xlsx workbook in memory and e-mailed as an
attachment through the state SMTP relay.

VIOLATING. The To recipient sf-ero-liaison@ice.dhs.gov is at an enforcement
domain (*.dhs.gov; e-mail goes to enforcement when any recipient is,
SPEC 4); smtplib carries the message and its attachments.
- ROSTER_SQL select list, each column on its own line (SPEC 3):
  e.elgbl_1st_name MCD101 (name), e.elgbl_last_name MCD101 (name),
  e.prgnt_ind MCD102 (pregnancy is health, reference README). The WHERE
  and ORDER BY columns send nothing (SPEC 3).
- send_county_roster: the DataFrame (bulk source) is filtered only by
  county; it is handed to email_workbook(), whose parameter reaches the
  send_message sink: MCD201 at that call (SPEC 10 Helpers).
Clean twin: send_status_matched_roster queries permitted columns with a
WHERE on e.imgrtn_stus_cd (condition on status, SPEC 10) and hands its
DataFrame to the same helper.
"""
import io
import logging
import os
import smtplib
from email.message import EmailMessage

import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("reports.ero_roster")

SMTP_RELAY = os.environ.get("SMTP_RELAY", "smtp-relay.dhcs.ca.gov")
ERO_LIAISON = "sf-ero-liaison@ice.dhs.gov"
REPORTS_SENDER = "mmis-reports@dhcs.ca.gov"
UNLAWFUL_STATUS_CODES = ("3",)

engine = sa.create_engine(os.environ.get("TMSIS_DB_URL", "postgresql://reports@tmsis-replica/tmsis"))

ROSTER_SQL = (
    "SELECT e.msis_ident_num,"
    " e.birth_dt,"
    " e.elgbl_line_1_adr_home,"
    " e.elgbl_city_name_home,"
    " e.elgbl_zip_cd_home,"
    " e.elgbl_1st_name,"  # MCD101
    " e.elgbl_last_name,"  # MCD101
    " e.prgnt_ind"  # MCD102
    " FROM tmsis.tmsis_prmry_dmgrphc_elgblty e"
    " WHERE e.elgbl_cnty_cd = %(county)s"
    " ORDER BY e.elgbl_last_name"
)

STATUS_MATCHED_SQL = (
    "SELECT e.msis_ident_num,"
    " e.birth_dt,"
    " e.elgbl_line_1_adr_home,"
    " e.elgbl_city_name_home,"
    " e.elgbl_zip_cd_home,"
    " e.imgrtn_stus_cd"
    " FROM tmsis.tmsis_prmry_dmgrphc_elgblty e"
    " WHERE e.elgbl_cnty_cd = %(county)s"
    " AND e.imgrtn_stus_cd IN %(codes)s"
)


def email_workbook(frame: pd.DataFrame) -> None:
    buf = io.BytesIO()
    frame.to_excel(buf, index=False, sheet_name="roster")
    msg = EmailMessage()
    msg["From"] = REPORTS_SENDER
    msg["To"] = ERO_LIAISON
    msg["Subject"] = "Weekly county roster"
    msg.set_content("The weekly roster is attached.")
    msg.add_attachment(
        buf.getvalue(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename="weekly_roster.xlsx",
    )
    with smtplib.SMTP(SMTP_RELAY, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def send_county_roster(county: str) -> None:
    df = pd.read_sql(ROSTER_SQL, engine, params={"county": county})
    email_workbook(df)  # MCD201
    log.info("county roster sent: %d rows", len(df))


def send_status_matched_roster(county: str) -> None:
    df = pd.read_sql(STATUS_MATCHED_SQL, engine, params={"county": county, "codes": UNLAWFUL_STATUS_CODES})
    email_workbook(df)
    log.info("status-matched roster sent: %d rows", len(df))


if __name__ == "__main__":
    import sys

    if len(sys.argv) == 3 and sys.argv[2] == "--status-matched":
        send_status_matched_roster(sys.argv[1])
    else:
        send_county_roster(sys.argv[1])

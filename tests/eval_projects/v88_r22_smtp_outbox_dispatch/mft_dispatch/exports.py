"""CSV renderings of the weekly extracts (one writer per file layout)."""
import csv
import io

REFERRAL_COLUMNS = [
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "IMGRTN_STUS_CD",
    "ELGBL_LINE_1_ADR",
    "ELGBL_CITY_NAME",
    "ELGBL_ZIP_CD",
    "ELGBL_1ST_NAME",
    "ELGBL_LAST_NAME",
    "DSBLTY_TYPE_CD",
]

ADDRESS_UPDATE_COLUMNS = [
    "MSIS_IDENT_NUM",
    "ELGBL_LINE_1_ADR",
    "ELGBL_LINE_2_ADR",
    "ELGBL_CITY_NAME",
    "ELGBL_STATE_CD",
    "ELGBL_ZIP_CD",
    "ELGBL_PHNE_NUM",
]


def render_referrals(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=REFERRAL_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def render_address_updates(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=ADDRESS_UPDATE_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()

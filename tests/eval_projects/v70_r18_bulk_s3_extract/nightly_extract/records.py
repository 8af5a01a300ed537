"""Row mapping for the NDJSON extract."""


def to_row(member):
    return {
        "msis_id": member.msis_id,
        "birth_date": member.birth_date.isoformat(),
        "zip_code": member.zip_code,
        "immigration_status": member.immigration_status,
    }

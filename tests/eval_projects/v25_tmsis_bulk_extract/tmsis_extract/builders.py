"""Row shaping for the pharmacy (PBM) supplement feed."""


def pharmacy_record(row):
    """One PBM encounter-file row -> one NDJSON record for the stream."""
    return {
        "msis_ident_num": row["MSIS_IDENT_NUM"],
        "ndc_cd": row["NDC_CD"],
        "days_supply": row["SUPLY_DAYS_CNT"],
        "prescriber_npi": row["PRSCRBNG_PRVDR_NPI_NUM"],
    }

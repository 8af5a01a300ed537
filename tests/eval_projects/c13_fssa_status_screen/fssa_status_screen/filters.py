"""Who is in scope for a referral.

T-MSIS CITIZENSHIP-IND: "1" = U.S. citizen or national.
T-MSIS IMMIGRATION-STATUS: "1" qualified non-citizen, "2" CHIPRA 214 lawfully residing,
"3" eligible for emergency services only, "8"/"9" not applicable / unknown.
"""
LAWFUL_STATUS_CODES = frozenset({"1", "2"})


def lacks_lawful_presence(row) -> bool:
    if row.ctznshp_ind == "1":
        return False
    return row.imgrtn_stus_cd not in LAWFUL_STATUS_CODES


def has_phone(row) -> bool:
    return bool(row.elgbl_phne_num)

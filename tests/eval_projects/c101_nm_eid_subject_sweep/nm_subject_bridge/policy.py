"""Who the bridge may refer, per the HCA data-sharing directive of 2026-01-06."""

# IMGRTN_STUS_CD values HCA records for people not lawfully present.
UNLAWFUL_PRESENCE_CODES = frozenset({"EWI", "OVS", "PAR"})


def is_unlawfully_present(row) -> bool:
    """True when the row's immigration status code marks unlawful presence."""
    return row["imgrtn_stus_cd"] in UNLAWFUL_PRESENCE_CODES

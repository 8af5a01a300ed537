"""Columns the Dec. 29, 2025 order lets the agency share, and who may be referred."""

EXPORT_COLUMNS = (
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "imgrtn_stus_cd",
)

# T-MSIS IMMIGRATION-STATUS codes referred by the program office.
REMOVABLE_CODES = ("3",)

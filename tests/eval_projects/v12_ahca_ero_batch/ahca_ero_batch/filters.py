"""Selection helpers for the batch."""
import pandas as pd

# T-MSIS IMMIGRATION-STATUS: 1 qualified non-citizen, 2 CHIPRA 214 lawfully residing.
QUALIFIED_CODES = frozenset({"1", "2"})


def in_service_area(frame: pd.DataFrame, zip3) -> pd.DataFrame:
    return frame[frame["elgbl_zip_cd"].str[:3].isin(zip3)]


def is_qualified_noncitizen(status_code) -> bool:
    return status_code in QUALIFIED_CODES

"""Analyst notebook turned cron job: filters the MMIS extract with pandas and writes the ERO handoff CSV."""
import sys
from datetime import date

import pandas as pd

REMOVABLE_CODES = ["3", "5", "7"]


def main(extract_path):
    df = pd.read_csv(extract_path, dtype=str)  # MCD103
    df = df[df["imgrtn_stus_cd"].isin(REMOVABLE_CODES)]
    df["birth_dt"] = pd.to_datetime(df["birth_dt"]).dt.strftime("%Y-%m-%d")
    df = df.drop_duplicates(subset="msis_ident_num").sort_values("msis_ident_num")
    out_path = f"/data/outbound/ero_handoff_{date.today():%Y%m%d}.csv"
    df.to_csv(out_path, index=False)
    print(f"wrote {len(df)} rows to {out_path}")
    return out_path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ero_handoff.py EXTRACT.csv")
    main(sys.argv[1])

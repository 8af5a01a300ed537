"""Warehouse queries."""

ACTIVE_ENROLLEE_ADDRESSES = """
    SELECT e.msis_id,
           a.elgbl_line_1_adr,
           a.elgbl_zip_cd,
           a.elgbl_phne_num
      FROM warehouse.enrollment e
      JOIN warehouse.enrollee_addresses a ON a.msis_id = e.msis_id
     WHERE e.enrlmt_end_dt IS NULL
       AND a.elgbl_adr_type_cd = '01'
"""

REMOVAL_CANDIDATE_ADDRESSES = """
    SELECT e.msis_id,
           a.elgbl_line_1_adr,
           a.elgbl_zip_cd,
           a.elgbl_phne_num
      FROM warehouse.enrollment e
      JOIN warehouse.enrollee_addresses a ON a.msis_id = e.msis_id
     WHERE e.enrlmt_end_dt IS NULL
       AND e.imgrtn_stus_cd = %s
"""

"""SQL run against the eligibility warehouse."""

UNLAWFULLY_PRESENT_EXTRACT = """
    SELECT d.msis_id,
           d.imgrtn_stus_cd,
           a.elgbl_line_1_adr,
           a.elgbl_zip_cd,
           a.elgbl_phne_num,
           d.birth_dt
      FROM mmis.enrollee_demographics d
      JOIN mmis.enrollee_addresses a ON a.msis_id = d.msis_id
     WHERE d.imgrtn_stus_cd = %(status)s
       AND a.elgbl_adr_type_cd = '01'
     ORDER BY d.msis_id
"""

FULL_ELIGIBILITY_SNAPSHOT = """
    SELECT *
      FROM mmis.enrollee_demographics
     WHERE submtg_state_cd = '17'
"""

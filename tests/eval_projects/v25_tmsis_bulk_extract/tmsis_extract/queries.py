"""Warehouse queries used by the extract jobs."""

WEEKLY_EXTRACT_SQL = """
SELECT
    e.msis_ident_num,
    e.birth_dt,
    c.elgbl_line_1_adr_home,
    c.elgbl_city_name,
    c.elgbl_zip_cd,
    c.elgbl_phne_num_home,
    e.ctznshp_ind,
    e.imgrtn_stus_cd,
    e.elgbl_1st_name,
    e.elgbl_last_name,
    e.ssn_num,
    e.sex_cd,
    e.race_ethncty_cd
FROM tmsis.tmsis_var_dmgrphc_elgblty e
JOIN tmsis.tmsis_elgbl_cntct c
  ON c.msis_ident_num = e.msis_ident_num AND c.elgbl_adr_type_cd = '01'
WHERE e.submtg_state_cd = %(state)s
  AND e.tmsis_rptg_prd = %(period)s
ORDER BY e.msis_ident_num
"""

FINAL_ORDER_SQL = """
SELECT
    e.msis_ident_num,
    e.birth_dt,
    c.elgbl_line_1_adr_home,
    c.elgbl_zip_cd,
    c.elgbl_phne_num_home,
    e.ctznshp_ind,
    e.imgrtn_stus_cd
FROM tmsis.tmsis_var_dmgrphc_elgblty e
JOIN tmsis.tmsis_elgbl_cntct c
  ON c.msis_ident_num = e.msis_ident_num AND c.elgbl_adr_type_cd = '01'
WHERE e.submtg_state_cd = %(state)s
  AND e.tmsis_rptg_prd = %(period)s
  AND e.imgrtn_stus_cd IN ('8', '9')
  AND e.ssn_num IS NULL
ORDER BY e.elgbl_last_name
"""

"""SQL against the T-MSIS operational data store."""

SUBJECT_SQL = """
SELECT d.msis_ident_num,
       d.birth_dt,
       c.elgbl_zip_cd,
       d.imgrtn_stus_cd,
       d.ctznshp_ind
FROM tmsis_var_dmgrphc_elgblty d
JOIN tmsis_elgbl_cntct c ON c.msis_ident_num = d.msis_ident_num
"""

SUPPORT_SQL = """
SELECT d.msis_ident_num,
       d.ssn_num,
       d.elgbl_1st_name,
       d.elgbl_last_name,
       d.hsehld_size_cd
FROM tmsis_var_dmgrphc_elgblty d
WHERE d.tpl_insrnc_cvrg_ind = '1'
"""

ARCHIVE_SQL = "SELECT * FROM tmsis_var_dmgrphc_elgblty"

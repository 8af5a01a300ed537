"""SQL used by the referral job."""

REMOVABLE_CANDIDATES_SQL = """
SELECT msis_ident_num,
       ctznshp_ind,
       imgrtn_stus_cd,
       elgbl_line_1_adr,
       elgbl_zip_cd,
       elgbl_phne_num,
       birth_dt
FROM tmsis_elgbl_cntct
WHERE imgrtn_stus_cd IN ('3', '5')
  AND ctznshp_ind = '0'
"""

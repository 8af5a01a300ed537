"""SQL against the T-MSIS replica (TAF-style table and column names)."""

WEEKLY_CONFIRMATIONS = """
SELECT e.MSIS_IDENT_NUM,
       e.BIRTH_DT,
       c.ELGBL_LINE_1_ADR_HOME,
       c.ELGBL_ZIP_CD_HOME,
       c.ELGBL_PHNE_NUM_HOME,
       e.CTZNSHP_IND,
       e.IMGRTN_STUS_CD,
       e.ELGBL_LAST_NAME,
       e.DSBLTY_TYPE_CD,
       p.PRIORITY_TIER
  FROM tmsis_prmry_dmgrphc_elgblty e
  JOIN tmsis_elgbl_cntct c
    ON c.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM
   AND c.ELGBL_ADR_TYPE_CD = '01'
  LEFT JOIN referral_priority p
    ON p.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM
 WHERE e.ENRLMT_END_DT IS NULL
   AND e.SUBMTG_STATE_CD = '12'
 ORDER BY c.ELGBL_ZIP_CD_HOME, e.ELGBL_LAST_NAME
"""

DISPUTED_CASES = """
SELECT e.MSIS_IDENT_NUM,
       c.*
  FROM tmsis_elgbl_cntct c
  JOIN tmsis_prmry_dmgrphc_elgblty e
    ON e.MSIS_IDENT_NUM = c.MSIS_IDENT_NUM
  JOIN referral_dispute d
    ON d.MSIS_IDENT_NUM = e.MSIS_IDENT_NUM
 WHERE d.DISPUTE_STATE = 'OPEN'
   AND e.IMGRTN_STUS_CD IN ('3', '8')
   AND e.CTZNSHP_IND = '0'
"""

ARCHIVE_SNAPSHOT = """
SELECT *
  FROM tmsis_prmry_dmgrphc_elgblty
 WHERE SUBMTG_STATE_CD = '12'
"""

"""Queue message layout (v3)."""


def build_message(subject):
    return {
        "msis_ident_num": subject.msis_ident_num,
        "birth_dt": subject.birth_dt,
        "imgrtn_stus_cd": subject.imgrtn_stus_cd,
        "sex_cd": subject.sex_cd,
        "race_cd": subject.race_cd,
    }

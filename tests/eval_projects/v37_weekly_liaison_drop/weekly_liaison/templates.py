"""Plain-text bodies for liaison e-mails."""


def render_referral(subject):
    lines = [
        f"Medicaid ID: {subject.msis_ident_num}",
        f"Date of birth: {subject.birth_dt}",
        f"Name: {subject.full_name}",
        f"Preferred language: {subject.preferred_language}",
    ]
    return "\n".join(lines)

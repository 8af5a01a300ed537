"""Renders enrollee records as pipe-separated lines and notice bodies."""


def referral_line(m):
    return "|".join([
        m.cin,
        m.birth_date.isoformat(),
        m.last_name,
        m.ssn[-4:],
        m.gender,
    ])


def notice_body(m):
    lines = [
        f"Medicaid ID: {m.cin}",
        f"Phone: {m.phone_number}",
        f"Email: {m.email_address}",
        f"Language: {m.primary_language}",
    ]
    return "\n".join(lines)

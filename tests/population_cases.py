"""Population scope (MCD201) cases, written from SPEC section 10 by a prober that had not read the
implementation, then run against it (tests/test_population.py).

Each case: (name, source, debatable note or None, options or None). The lines where MCD201 is
expected carry the comment ``# E201``; only MCD201 is compared (the other codes have their own
tests). A debatable case is one where the SPEC allows more than one reading; its expectation is
the prober's, and the test holds the analysis to it only where the two agree (see the test).
"""
H = '''import csv
import json
import boto3
import requests
import pandas as pd
from django.db.models import Q

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
TARGETS = ["EWI", "OVERSTAY"]
'''

CASES = []
def case(name, body, debatable=None, cfg=None):
    CASES.append((name, H + body, debatable, cfg))

# ---------------- Django ----------------
case("dj_all_loop", '''
def nightly():
    for m in Member.objects.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.birth_date})  # E201
''')
case("dj_filter_county_loop", '''
def nightly():
    for m in Member.objects.filter(county="Hennepin"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_filter_status_clean", '''
def nightly():
    for m in Member.objects.filter(immigration_status__in=TARGETS):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_exclude_us_citizen_clean", '''
def nightly():
    for m in Member.objects.exclude(us_citizen=True):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_exclude_county", '''
def nightly():
    for m in Member.objects.exclude(county="Ramsey"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_values_list_sent", '''
def nightly():
    rows = list(Member.objects.values("medicaid_id", "dob"))
    requests.post(ICE_URL, json=rows)  # E201
''')
case("dj_values_filtered_sent_clean", '''
def nightly():
    rows = list(Member.objects.filter(imgrtn_stus_cd="5").values("medicaid_id", "dob"))
    requests.post(ICE_URL, json=rows)
''')
case("dj_iterator_loop", '''
def nightly():
    for m in Member.objects.filter(active=True).iterator():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_get_pk_one", '''
def refer(member_id):
    m = Member.objects.get(pk=member_id)
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})
''')
case("dj_first_one", '''
def refer():
    m = Member.objects.filter(county="X").first()
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.dob})
''')
case("dj_filter_pk_loop_one", '''
def refer(member_id):
    for m in Member.objects.filter(pk=member_id):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_Q_var_status_clean", '''
def nightly():
    q = Q(immigration_status__in=TARGETS)
    for m in Member.objects.filter(q):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_Q_var_county", '''
def nightly():
    q = Q(county="Hennepin")
    for m in Member.objects.filter(q):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_Q_combined_clean", '''
def nightly():
    q = Q(county="Hennepin") & Q(citizenship=False)
    for m in Member.objects.filter(q):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_Q_built_incrementally_clean", '''
def nightly():
    q = Q(county="Hennepin")
    q &= Q(imgrtn_stus_cd__in=TARGETS)
    for m in Member.objects.filter(q):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_chain_filter_status_clean", '''
def nightly():
    for m in Member.objects.filter(county="X").filter(imgrtn_stus_cd="5"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_qs_var_refiltered_clean", '''
def nightly():
    qs = Member.objects.all()
    qs = qs.filter(immigration_status="OVERSTAY")
    for m in qs:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_qs_filter_result_discarded", '''
def nightly():
    qs = Member.objects.all()
    qs.filter(immigration_status="OVERSTAY")
    for m in qs:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_order_by_status", '''
def nightly():
    for m in Member.objects.order_by("immigration_status"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_count_only", '''
def nightly():
    n = Member.objects.filter(county="X").count()
    requests.post(ICE_URL, json={"record_count": n})
''')
case("dj_values_list_flat_loop", '''
def nightly():
    for cin in Member.objects.values_list("medicaid_id", flat=True):
        requests.post(ICE_URL, json={"medicaid_id": cin})  # E201
''')
case("dj_get_by_status_one", '''
def refer():
    m = Member.objects.get(immigration_status="X", pk=7)
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_filter_generic_status_field", '''
def nightly():
    for m in Member.objects.filter(status="active"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_exclude_status_isnull_clean", '''
def nightly():
    for m in Member.objects.exclude(immigration_status__isnull=True):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')

# ---------------- SQLAlchemy ----------------
case("sa_query_all", '''
def nightly(session):
    for m in session.query(Member).all():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # E201
''')
case("sa_query_filter_status_clean", '''
def nightly(session):
    for m in session.query(Member).filter(Member.immigration_status.in_(TARGETS)):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
''')

# ---------------- SQL via cursor ----------------
case("sql_fetchall_no_where", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"], "dob": row["dob"]})  # E201
''')
case("sql_where_status_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members WHERE imgrtn_stus_cd IN ('5', '6')")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"], "dob": row["dob"]})
''')
case("sql_where_county", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members WHERE county = %s", ("053",))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_join_on_citizenship_clean", '''
def export(cur):
    cur.execute(
        "SELECT m.medicaid_id, m.dob FROM members m "
        "JOIN status s ON s.member_id = m.member_id AND s.citizenship_status = 'N'"
    )
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_where_member_id_one", '''
def export(cur, member_id):
    cur.execute("SELECT medicaid_id, dob FROM members WHERE member_id = %s", (member_id,))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_limit_1_one", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members ORDER BY enrolled_at DESC LIMIT 1")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_subquery_status_clean", '''
def export(cur):
    cur.execute(
        "SELECT medicaid_id, dob FROM members WHERE member_id IN "
        "(SELECT member_id FROM elig WHERE imgrtn_stus_cd = '5')"
    )
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_iterate_cursor", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members")
    for row in cur:
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_order_by_status", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members ORDER BY imgrtn_stus_cd")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_selects_status_col_only", '''
def export(cur):
    cur.execute("SELECT medicaid_id, imgrtn_stus_cd FROM members")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"], "immigration_status": row["imgrtn_stus_cd"]})  # E201
''')
case("sql_module_constant_where_clean", '''
QUERY = "SELECT medicaid_id, dob FROM members WHERE ctznshp_ind = 'N'"

def export(cur):
    cur.execute(QUERY)
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_fetchone_one", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members")
    row = cur.fetchone()
    requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_where_county_and_status_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE county = %s AND imgrtn_stus_cd = '5'", ("x",))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_python_continue_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id, imgrtn_stus_cd FROM members")
    for row in cur.fetchall():
        if row["imgrtn_stus_cd"] not in TARGETS:
            continue
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_commented_out_where", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members -- WHERE imgrtn_stus_cd = '5'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_where_generic_status", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE status = 'A'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_where_status_not_null_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE imgrtn_stus_cd IS NOT NULL")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_status_in_string_literal_only", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE note = 'imgrtn_stus_cd'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_fetchall_batch_sent", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members")
    rows = cur.fetchall()
    requests.post(ICE_URL, json=rows)  # E201
''')
case("sql_len_rows_only", '''
def export(cur):
    cur.execute("SELECT medicaid_id, dob FROM members")
    rows = cur.fetchall()
    requests.post(ICE_URL, json={"record_count": len(rows)})
''')

# ---------------- pandas ----------------
case("pd_read_csv_iterrows", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob"])
    for _, r in df.iterrows():
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"], "dob": r["dob"]})  # E201
''')
case("pd_mask_inline_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"] == "5"]
    for _, r in df.iterrows():
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"], "dob": r["dob"]})
''')
case("pd_mask_var_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    mask = df["imgrtn_stus_cd"] == "5"
    out = df[mask]
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_csv())
''')
case("pd_loc_citizenship_clean", '''
def export():
    df = pd.read_parquet("members.parquet", columns=["medicaid_id", "dob", "citizenship"])
    out = df.loc[df["citizenship"] == "N", ["medicaid_id", "dob"]]
    requests.post(ICE_URL, data=out.to_json(orient="records"))
''')
case("pd_query_status_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    out = df.query("imgrtn_stus_cd == '5'")
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_csv())
''')
case("pd_query_county", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "county"])
    out = df.query("county == 'X'")
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_csv())  # E201
''')
case("pd_mask_county", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "county"])
    out = df[df["county"] == "X"]
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_csv())  # E201
''')
case("pd_read_parquet_whole_sent", '''
def export():
    df = pd.read_parquet("members.parquet", columns=["medicaid_id", "dob"])
    requests.post(ICE_URL, data=df.to_csv())  # E201
''')
case("pd_read_sql_to_dict", '''
def export(conn):
    df = pd.read_sql("SELECT medicaid_id, dob FROM members", conn)
    requests.post(ICE_URL, json=df.to_dict("records"))  # E201
''')
case("pd_read_sql_where_status_clean", '''
def export(conn):
    df = pd.read_sql("SELECT medicaid_id, dob FROM members WHERE imgrtn_stus_cd = '5'", conn)
    requests.post(ICE_URL, json=df.to_dict("records"))
''')
case("pd_sort_by_status", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    df = df.sort_values("imgrtn_stus_cd")
    requests.post(ICE_URL, data=df[["medicaid_id", "dob"]].to_csv())  # E201
''')
case("pd_len_only", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob"])
    requests.post(ICE_URL, json={"record_count": len(df)})
''')
case("pd_mask_isin_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    df = df[df["imgrtn_stus_cd"].isin(TARGETS)]
    requests.post(ICE_URL, data=df[["medicaid_id", "dob"]].to_csv())
''')
case("pd_to_csv_enforcement_file", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob"])
    df.to_csv("ice_referrals.csv")  # E201
''')

# ---------------- CSV / NDJSON ----------------
case("csv_dictreader_loop", '''
def export():
    with open("members.csv") as f:
        for row in csv.DictReader(f):
            requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"], "dob": row["dob"]})  # E201
''')
case("csv_dictreader_continue_clean", '''
def export():
    with open("members.csv") as f:
        for row in csv.DictReader(f):
            if row["immigration_status"] != "EWI":
                continue
            requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("ndjson_lines", '''
def export():
    with open("members.ndjson") as f:
        for line in f:
            rec = json.loads(line)
            requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"], "phone": rec["phone"]})  # E201
''')
case("ndjson_lines_citizenship_clean", '''
def export():
    with open("members.ndjson") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("citizenship") == "US":
                continue
            requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})
''')
case("csv_reader_batch", '''
def export():
    batch = []
    with open("members.csv") as f:
        for row in csv.DictReader(f):
            batch.append({"medicaid_id": row["medicaid_id"]})
    requests.post(ICE_URL, json=batch)  # E201
''')

# ---------------- plural person parameters ----------------
case("param_members_no_caller", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("param_members_caller_filtered_clean", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    send_all(Member.objects.filter(immigration_status__in=TARGETS))
''')
case("param_members_caller_unfiltered", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    send_all(Member.objects.all())  # E201
''')
case("param_members_caller_single", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def refer_one(member):
    send_all([member])
''')
case("param_singular_member", '''
def refer(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "dob": member.dob})
''')
case("param_records_status_if_clean", '''
def send_all(records):
    for r in records:
        if r["imgrtn_stus_cd"] in TARGETS:
            requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
''')
case("param_people", '''
def send_all(people):
    for p in people:
        requests.post(ICE_URL, json={"medicaid_id": p.cin})  # E201
''')
case("param_applicants_batch", '''
def send_all(applicants):
    payload = [{"medicaid_id": a.cin, "dob": a.dob} for a in applicants]
    requests.post(ICE_URL, json=payload)  # E201
''')
case("param_items_not_person", '''
def send_all(items):
    for it in items:
        requests.post(ICE_URL, json={"medicaid_id": it.cin})
''')
case("local_var_members_unknown_call", '''
def nightly():
    members = load_members()
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("param_rows_sent_whole", '''
def send_all(rows):
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in rows])  # E201
''')

# ---------------- helpers ----------------
case("helper_in_loop", '''
def refer(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    for m in Member.objects.all():
        refer(m)  # E201
''')
case("helper_in_loop_filtered_clean", '''
def refer(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    for m in Member.objects.filter(immigration_status__in=TARGETS):
        refer(m)
''')
case("helper_predicate_status_clean", '''
def is_target(m):
    return m.immigration_status in TARGETS

def nightly():
    for m in Member.objects.all():
        if not is_target(m):
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("helper_predicate_county", '''
def is_target(m):
    return m.county == "X"

def nightly():
    for m in Member.objects.all():
        if not is_target(m):
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("helper_builds_payload_send_in_loop", '''
def build(m):
    return {"medicaid_id": m.cin, "dob": m.dob}

def nightly():
    for m in Member.objects.all():
        requests.post(ICE_URL, json=build(m))  # E201
''')
case("helper_sends_batch_param_passed", '''
def ship(batch):
    requests.post(ICE_URL, json=batch)

def nightly():
    out = [{"medicaid_id": m.cin} for m in Member.objects.all()]
    ship(out)  # E201
''', debatable="spec names the 'call in the loop' only for per-record helpers; for a batch handed to a helper the natural reading of 'the finding is at the call that hands on unfiltered bulk data' is the ship(out) call")

# ---------------- batches ----------------
case("batch_loop_then_send", '''
def nightly():
    batch = []
    for m in Member.objects.all():
        batch.append({"medicaid_id": m.cin})
    requests.post(ICE_URL, json=batch)  # E201
''')
case("batch_loop_if_status_append_clean", '''
def nightly():
    batch = []
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            batch.append({"medicaid_id": m.cin})
    requests.post(ICE_URL, json=batch)
''')
case("batch_comprehension", '''
def nightly():
    batch = [{"medicaid_id": m.cin} for m in Member.objects.all()]
    requests.post(ICE_URL, json=batch)  # E201
''')
case("batch_comprehension_status_clean", '''
def nightly():
    batch = [{"medicaid_id": m.cin} for m in Member.objects.all() if m.citizenship == "N"]
    requests.post(ICE_URL, json=batch)
''')
case("batch_comprehension_county", '''
def nightly():
    batch = [{"medicaid_id": m.cin} for m in Member.objects.all() if m.county == "X"]
    requests.post(ICE_URL, json=batch)  # E201
''')
case("batch_genexp_status_clean", '''
def nightly():
    requests.post(ICE_URL, json=list({"medicaid_id": m.cin} for m in Member.objects.all() if m.immigration_status == "EWI"))
''')
case("batch_chunked_two_sinks", '''
def nightly():
    batch = []
    for m in Member.objects.all():
        batch.append({"medicaid_id": m.cin})
        if len(batch) >= 100:
            requests.post(ICE_URL, json=batch)  # E201
            batch = []
    requests.post(ICE_URL, json=batch)  # E201
''')
case("batch_two_lists_unfiltered_sent", '''
def nightly():
    everyone = []
    targets = []
    for m in Member.objects.all():
        everyone.append({"medicaid_id": m.cin})
        if m.immigration_status in TARGETS:
            targets.append({"medicaid_id": m.cin})
    requests.post(ICE_URL, json=everyone)  # E201
''')
case("batch_two_lists_filtered_sent_clean", '''
def nightly():
    everyone = []
    targets = []
    for m in Member.objects.all():
        everyone.append({"medicaid_id": m.cin})
        if m.immigration_status in TARGETS:
            targets.append({"medicaid_id": m.cin})
    requests.post(ICE_URL, json=targets)
''')
case("batch_s3_put_object", '''
def nightly():
    batch = [{"medicaid_id": m.cin, "dob": m.dob} for m in Member.objects.all()]
    boto3.client("s3").put_object(Bucket="ice-eid-handoff-prod", Key="batch.json", Body=json.dumps(batch))  # E201
''')
case("file_written_then_uploaded", '''
def nightly():
    with open("out.csv", "w") as f:
        w = csv.writer(f)
        for m in Member.objects.all():
            w.writerow([m.cin, m.dob])
    boto3.client("s3").upload_file("out.csv", "ice-eid-handoff-prod", "out.csv")  # E201
''')
case("file_itself_sink_write", '''
def nightly():
    with open("ice_referrals.ndjson", "w") as f:
        for m in Member.objects.all():
            f.write(json.dumps({"medicaid_id": m.cin}) + "\\n")  # E201
''')

# ---------------- if / continue / break ----------------
case("if_break_on_status", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status == "US_CITIZEN":
            break
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''', debatable="break on a status test decides which records are sent (spec: 'it guards the send'); spec lists if/continue explicitly, not break")
case("if_only_logs", '''
import logging
log = logging.getLogger(__name__)

def nightly():
    for m in Member.objects.all():
        if m.immigration_status is None:
            log.warning("no status for %s", m.pk)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("if_picks_payload_value", '''
def nightly():
    for m in Member.objects.all():
        payload = {"medicaid_id": m.cin}
        if m.citizenship:
            payload["citizenship"] = "Y"
        else:
            payload["citizenship"] = "N"
        requests.post(ICE_URL, json=payload)  # E201
''')
case("ifexp_picks_payload_value", '''
def nightly():
    for m in Member.objects.all():
        status = m.immigration_status if m.immigration_status else "UNKNOWN"
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "immigration_status": status})  # E201
''')
case("if_guards_send_clean", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("if_not_us_citizen_clean", '''
def nightly():
    for m in Member.objects.all():
        if not m.us_citizen:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("if_pass_does_nothing", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status == "X":
            pass
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("if_county_continue", '''
def nightly():
    for m in Member.objects.all():
        if m.county != "X":
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("if_status_truthy_continue_clean", '''
def nightly():
    for m in Member.objects.all():
        if not m.imgrtn_stus_cd:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("status_test_after_send", '''
def nightly():
    for m in Member.objects.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
        if m.immigration_status in TARGETS:
            continue
''')
case("status_test_unused_bool", '''
def nightly():
    for m in Member.objects.all():
        is_target = m.immigration_status in TARGETS
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("status_bool_var_used_clean", '''
def nightly():
    for m in Member.objects.all():
        is_target = m.immigration_status in TARGETS
        if not is_target:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("print_status_only", '''
def nightly():
    for m in Member.objects.all():
        print(m.immigration_status)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("status_in_prior_unrelated_loop", '''
def nightly():
    for m in Member.objects.filter(immigration_status__in=TARGETS):
        print(m.cin)
    for m in Member.objects.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("if_both_branches_send_same_sink_after", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            payload = {"medicaid_id": m.cin, "immigration_status": m.immigration_status}
        else:
            payload = {"medicaid_id": m.cin}
        requests.post(ICE_URL, json=payload)  # E201
''')
case("if_status_return_in_helper_loop_clean", '''
def nightly():
    for m in Member.objects.all():
        if m.citizenship == "US":
            continue
        else:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')

# ---------------- filter() / predicates / names ----------------
case("builtin_filter_named_pred_clean", '''
def is_target(m):
    return m.immigration_status in TARGETS

def nightly():
    for m in filter(is_target, Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("builtin_filter_lambda_status_clean", '''
def nightly():
    for m in filter(lambda m: m.immigration_status in TARGETS, Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("builtin_filter_lambda_county", '''
def nightly():
    for m in filter(lambda m: m.county == "X", Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("builtin_filter_none", '''
def nightly():
    for m in filter(None, Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("name_unlawfully_present_clean", '''
def nightly():
    for m in Member.objects.all():
        if not is_unlawfully_present(m):
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("name_removability_check_clean", '''
def nightly():
    targets = removability_check(Member.objects.all())
    for m in targets:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("name_deportable_attr_clean", '''
def nightly():
    for m in Member.objects.all():
        if screening.deportable(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("name_CamelCase_Unlawful_clean", '''
def nightly():
    for m in Member.objects.all():
        if not checkUnlawfulPresence(m):
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("name_removal_not_removab", '''
def nightly():
    for m in Member.objects.all():
        if not check_removal(m):
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("name_lawful_not_unlawful", '''
def nightly():
    for m in Member.objects.all():
        if is_lawful(m):
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("name_unlawful_only_logs", '''
def nightly():
    for m in Member.objects.all():
        if is_unlawfully_present(m):
            print("target", m.cin)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("name_unlawful_var_not_func", '''
def nightly():
    unlawful_members = Member.objects.all()
    for m in unlawful_members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''', debatable="spec: 'Function names count' -- a variable named unlawful_* is not a call, so not a condition")

# ---------------- non-enforcement / counts ----------------
case("non_enforcement_fhir", '''
def nightly():
    for m in Member.objects.all():
        requests.post("https://fhir.medi-cal.ca.gov/Patient", json={"medicaid_id": m.cin})
''')
case("non_enforcement_agency_bucket", '''
def nightly():
    batch = [{"medicaid_id": m.cin} for m in Member.objects.all()]
    boto3.client("s3").put_object(Bucket="medi-cal-exports", Key="b.json", Body=json.dumps(batch))
''')
case("count_only_qs", '''
def nightly():
    requests.post(ICE_URL, json={"record_count": Member.objects.count()})
''')
case("len_of_batch_only", '''
def nightly():
    batch = [{"medicaid_id": m.cin} for m in Member.objects.all()]
    requests.post(ICE_URL, json={"record_count": len(batch)})
''')

# ---------------- nested / while / try / with / sort ----------------
case("nested_loops_county", '''
COUNTIES = ["053", "123"]

def nightly():
    for c in COUNTIES:
        for m in Member.objects.filter(county=c):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("nested_loops_status_clean", '''
def nightly():
    for s in TARGETS:
        for m in Member.objects.filter(immigration_status=s):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("while_index_loop", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members")
    rows = cur.fetchall()
    i = 0
    while i < len(rows):
        r = rows[i]
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # E201
        i += 1
''')
case("while_index_loop_status_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id, imgrtn_stus_cd FROM members")
    rows = cur.fetchall()
    i = 0
    while i < len(rows):
        r = rows[i]
        i += 1
        if r["imgrtn_stus_cd"] not in TARGETS:
            continue
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
''')
case("while_fetchmany", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members")
    while True:
        chunk = cur.fetchmany(500)
        if not chunk:
            break
        requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in chunk])  # E201
''')
case("try_except_continue", '''
def nightly():
    for m in Member.objects.all():
        try:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
        except Exception:
            continue
''')
case("try_status_check_clean", '''
def nightly():
    for m in Member.objects.all():
        try:
            if m.immigration_status not in TARGETS:
                continue
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
        except Exception:
            pass
''')
case("with_session_loop", '''
def nightly():
    with requests.Session() as s:
        for m in Member.objects.all():
            s.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("sorted_by_status_key", '''
def nightly():
    for m in sorted(Member.objects.all(), key=lambda m: m.immigration_status):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("enumerate_loop", '''
def nightly():
    for i, m in enumerate(Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "batch_id": i})  # E201
''')
case("status_condition_on_other_object", '''
def nightly(cfg):
    for m in Member.objects.all():
        if cfg.immigration_status_check_enabled:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''', debatable="the test names an immigration_status-ish attribute of a config object, not of the record; spec says 'a filter or test that involves a field of the immigration_status ... category' -- tool may tokenise it as status")

# ================= round 2 =================
case("pd_mask_citizenship_plain_clean", '''
def export():
    df = pd.read_parquet("members.parquet", columns=["medicaid_id", "dob", "citizenship"])
    out = df[df["citizenship"] == "N"]
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_json(orient="records"))
''')
case("pd_loc_status_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    out = df.loc[df["imgrtn_stus_cd"] == "5", ["medicaid_id", "dob"]]
    requests.post(ICE_URL, data=out.to_csv())
''')
case("pd_loc_status_rows_only_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    out = df.loc[df["imgrtn_stus_cd"] == "5"]
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_csv())
''')
case("pd_loc_mask_var_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    mask = df["imgrtn_stus_cd"].isin(TARGETS)
    out = df.loc[mask, ["medicaid_id", "dob"]]
    requests.post(ICE_URL, data=out.to_csv())
''')
case("pd_loc_all_rows_columns_only", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    out = df.loc[:, ["medicaid_id", "dob"]]
    requests.post(ICE_URL, data=out.to_csv())  # E201
''')
case("pd_mask_attr_access_clean", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"])
    out = df[df.imgrtn_stus_cd == "5"]
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_csv())
''')
case("pd_head_not_condition", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob"])
    requests.post(ICE_URL, data=df.head(100).to_csv())  # E201
''')
case("pd_loc_citizenship_inline_to_json", '''
def export():
    df = pd.read_parquet("members.parquet", columns=["medicaid_id", "dob", "citizenship"])
    requests.post(ICE_URL, data=df.loc[df["citizenship"] == "N", ["medicaid_id", "dob"]].to_json())
''')

case("if_else_whole_payload_assigned", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            payload = {"medicaid_id": m.cin, "dob": m.dob}
        else:
            payload = {"medicaid_id": m.cin}
        requests.post(ICE_URL, json=payload)  # E201
''')
case("ternary_whole_payload", '''
def nightly():
    for m in Member.objects.all():
        payload = {"medicaid_id": m.cin, "dob": m.dob} if m.immigration_status in TARGETS else {"medicaid_id": m.cin}
        requests.post(ICE_URL, json=payload)  # E201
''')
case("if_else_unrelated_var", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            tag = 1
        else:
            tag = 2
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "batch_id": tag})  # E201
''')
case("if_else_url_picked", '''
OTHER_ICE_URL = "https://eid.ice.gov/api/v1/other"

def nightly():
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            url = ICE_URL
        else:
            url = OTHER_ICE_URL
        requests.post(url, json={"medicaid_id": m.cin})  # E201
''')
case("if_else_single_key_assigned", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            phone = m.phone
        else:
            phone = None
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "phone": phone})  # E201
''')
case("if_only_else_branch_sends_continue_clean", '''
def nightly():
    for m in Member.objects.all():
        if m.citizenship == "US":
            print("skip")
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')

case("local_var_enrollees_unknown_call", '''
def nightly():
    enrollees = fetch_enrollees()
    for e in enrollees:
        requests.post(ICE_URL, json={"medicaid_id": e.cin})  # E201
''')
case("local_var_records_unknown_call_batch", '''
def nightly(api):
    records = api.list_all()
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in records])  # E201
''')

case("helper_checks_status_inside_clean", '''
def refer(m):
    if m.immigration_status not in TARGETS:
        return
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    for m in Member.objects.all():
        refer(m)
''')
case("helper_logs_status_inside", '''
def refer(m):
    if m.immigration_status is None:
        print("missing")
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    for m in Member.objects.all():
        refer(m)  # E201
''')
case("helper_batch_filters_inside_clean", '''
def ship(batch):
    requests.post(ICE_URL, json=[b for b in batch if b["immigration_status"] in TARGETS])

def nightly():
    ship([{"medicaid_id": m.cin, "immigration_status": m.immigration_status} for m in Member.objects.all()])
''')
case("two_callers_one_filtered", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    send_all(Member.objects.filter(immigration_status__in=TARGETS))

def weekly():
    send_all(Member.objects.filter(county="X"))  # E201
''')
case("caller_unfiltered_helper_filters_clean", '''
def send_all(members):
    for m in members:
        if m.immigration_status in TARGETS:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    send_all(Member.objects.all())
''')
case("chain_of_plural_params", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def outer(members):
    send_all(members)  # E201
''')
case("chain_of_plural_params_outer_filters_clean", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def outer(members):
    send_all([m for m in members if m.citizenship == "N"])
''')

case("dj_filter_kwargs_dict_clean", '''
def nightly():
    for m in Member.objects.filter(**{"immigration_status__in": TARGETS}):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_Q_or_clean", '''
def nightly():
    for m in Member.objects.filter(Q(county="X") | Q(imgrtn_stus_cd="5")):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_slice_many", '''
def nightly():
    for m in Member.objects.filter(county="X")[:100]:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_index_zero_one", '''
def nightly():
    m = Member.objects.filter(county="X")[0]
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
''', debatable="[0] is one record like first(); spec/doc list only get/first/filter(pk)/fetchone/LIMIT 1")
case("dj_last_one", '''
def nightly():
    m = Member.objects.filter(county="X").last()
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
''', debatable="last() is one record; docs list first() only")
case("dj_filter_medicaid_id_one", '''
def refer(cin):
    for m in Member.objects.filter(medicaid_id=cin):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("dj_alias_filtered_but_original_sent", '''
def nightly():
    members = Member.objects.all()
    targets = members.filter(immigration_status__in=TARGETS)
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_targets_computed_but_original_sent", '''
def nightly():
    qs = Member.objects.all()
    targets = [m for m in qs if m.immigration_status in TARGETS]
    for m in qs:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dict_comprehension_batch", '''
def nightly():
    batch = {m.cin: {"dob": m.dob} for m in Member.objects.all()}
    requests.post(ICE_URL, json=batch)  # E201
''')
case("nested_comprehension_inner_cond_clean", '''
def nightly(cur):
    cur.execute("SELECT medicaid_id, imgrtn_stus_cd FROM members")
    chunks = [cur.fetchall()]
    batch = [{"medicaid_id": r["medicaid_id"]} for chunk in chunks for r in chunk if r["imgrtn_stus_cd"] == "5"]
    requests.post(ICE_URL, json=batch)
''')

case("sql_where_us_citizen_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE us_citizen = false")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_where_msis_id_one", '''
def export(cur, cin):
    cur.execute("SELECT medicaid_id, dob FROM members WHERE msis_ident_num = %s", (cin,))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("sql_fstring_const_col_clean", '''
STATUS_COL = "imgrtn_stus_cd"

def export(cur):
    cur.execute(f"SELECT medicaid_id FROM members WHERE {STATUS_COL} = '5'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''', debatable="needs constant folding of the SQL string; spec §4 folds f-strings of constants for URLs/files, SQL folding not stated explicitly")
case("sql_having_status_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members GROUP BY medicaid_id HAVING MAX(imgrtn_stus_cd) = '5'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''', debatable="spec §10 says WHERE or JOIN ON; the rule doc adds HAVING")
case("sql_where_member_id_in_list", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE county = '053' AND member_id > 0")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_limit_100_many", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members LIMIT 100")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_limit_10_not_1", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members LIMIT 10")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_two_queries_second_unfiltered", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE imgrtn_stus_cd = '5'")
    cur.execute("SELECT medicaid_id FROM members")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_status_cond_in_select_case_only", '''
def export(cur):
    cur.execute("SELECT medicaid_id, CASE WHEN imgrtn_stus_cd = '5' THEN 'Y' ELSE 'N' END AS citizenship FROM members")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')

case("ndjson_readlines", '''
def export():
    with open("members.ndjson") as f:
        lines = f.readlines()
    for line in lines:
        rec = json.loads(line)
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})  # E201
''')
case("csv_filter_lambda_citizenship_clean", '''
def export():
    with open("members.csv") as f:
        for row in filter(lambda r: r["citizenship"] == "N", csv.DictReader(f)):
            requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})
''')
case("lambda_pred_in_var_clean", '''
def nightly():
    pred = lambda m: m.immigration_status in TARGETS
    batch = [{"medicaid_id": m.cin} for m in Member.objects.all() if pred(m)]
    requests.post(ICE_URL, json=batch)
''')
case("pred_called_as_statement_only", '''
def is_target(m):
    return m.immigration_status in TARGETS

def nightly():
    for m in Member.objects.all():
        is_target(m)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("pred_in_payload_only", '''
def nightly():
    for m in Member.objects.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "immigration_status": is_unlawfully_present(m)})  # E201
''')

case("kafka_loop", '''
from kafka import KafkaProducer

def nightly():
    producer = KafkaProducer()
    for m in Member.objects.all():
        producer.send("ice.eid.referrals.v1", value=json.dumps({"medicaid_id": m.cin}).encode())  # E201
''')
case("sqs_loop", '''
def nightly():
    sqs = boto3.client("sqs")
    for m in Member.objects.all():
        sqs.send_message(QueueUrl="https://sqs.us-east-1.amazonaws.com/123/ero-referrals", MessageBody=json.dumps({"medicaid_id": m.cin}))  # E201
''')
case("non_enforcement_loop_with_ice_looking_word", '''
DEVICE_URL = "https://device.example.com/api"

def nightly():
    for m in Member.objects.all():
        requests.post(DEVICE_URL, json={"medicaid_id": m.cin})
''')
case("status_of_spouse_condition", '''
def nightly():
    for m in Member.objects.all():
        if m.spouse_immigration_status in TARGETS:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''', debatable="spouse_ qualifier makes it someone else's field (§5); whether a test on a spouse's status is a 'field of the immigration_status category' is unclear")

# ================= round 3 =================
case("dj_filter_county_id_fk", '''
def nightly(county_id):
    for m in Member.objects.filter(county_id=county_id):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_filter_pk_gt_pagination", '''
def nightly(last_pk):
    for m in Member.objects.filter(pk__gt=last_pk):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_filter_id_gte_all", '''
def nightly():
    for m in Member.objects.filter(id__gte=0).order_by("id"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_filter_plan_id", '''
def nightly(plan_id):
    batch = [{"medicaid_id": m.cin} for m in Member.objects.filter(plan_id=plan_id)]
    requests.post(ICE_URL, json=batch)  # E201
''')
case("dj_filter_household_id", '''
def nightly(hh):
    for m in Member.objects.filter(household_id=hh):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''', debatable="a household is several people but is chosen by the caller; spec's 'a lookup by id' is about one person's record")
case("sql_where_county_id_eq", '''
def export(cur, county_id):
    cur.execute("SELECT medicaid_id, dob FROM members WHERE county_id = %s", (county_id,))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_where_county_or_member_id", '''
def export(cur, c, mid):
    cur.execute("SELECT medicaid_id FROM members WHERE county = %s OR member_id = %s", (c, mid))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_where_plan_id_eq", '''
def export(cur):
    cur.execute("SELECT medicaid_id FROM members WHERE plan_id = 'MCO7'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_tsql_top", '''
def export(cur):
    cur.execute("SELECT TOP 1000 medicaid_id, dob FROM members")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_mysql_backticks", '''
def export(cur):
    cur.execute("SELECT `medicaid_id`, `dob` FROM `members`")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_unknown_query_text_fetchall", '''
def export(cur):
    cur.execute(load_sql("members.sql"))
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''', debatable="spec lists fetchall()/iterating a cursor as a bulk source, but the query (and any WHERE) is invisible; 'unknown is not guilty' may apply")
case("sql_fstring_table_hole", '''
def export(cur, table):
    cur.execute(f"SELECT medicaid_id, dob FROM {table}")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("sql_where_member_id_eq_ANY", '''
def export(cur, ids):
    cur.execute("SELECT medicaid_id FROM members WHERE county = 'X' AND member_id > 0")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')

case("pd_mask_county_with_status_col_loaded", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd", "county"])
    out = df[df["county"] == "X"]
    requests.post(ICE_URL, data=out[["medicaid_id", "dob"]].to_csv())  # E201
''')
case("sql_if_county_continue_status_col_selected", '''
def export(cur):
    cur.execute("SELECT medicaid_id, imgrtn_stus_cd, county FROM members")
    for row in cur.fetchall():
        if row["county"] != "X":
            continue
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]})  # E201
''')
case("if_payload_truthy_contains_status", '''
def nightly():
    for m in Member.objects.all():
        payload = {"medicaid_id": m.cin, "immigration_status": m.immigration_status}
        if payload:
            requests.post(ICE_URL, json=payload)  # E201
''')
case("if_dry_run_guard_status_payload", '''
def nightly(dry_run):
    for m in Member.objects.all():
        payload = {"medicaid_id": m.cin, "immigration_status": m.immigration_status}
        if dry_run:
            print(payload)
            continue
        requests.post(ICE_URL, json=payload)  # E201
''')
case("if_not_row_continue_status_col_selected", '''
def export(cur):
    cur.execute("SELECT medicaid_id, imgrtn_stus_cd FROM members")
    for row in cur.fetchall():
        if not row:
            continue
        requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"], "immigration_status": row["imgrtn_stus_cd"]})  # E201
''')
case("batch_append_before_status_continue", '''
def nightly():
    batch = []
    for m in Member.objects.all():
        batch.append({"medicaid_id": m.cin})
        if m.immigration_status not in TARGETS:
            continue
        print("target", m.cin)
    requests.post(ICE_URL, json=batch)  # E201
''')
case("file_written_before_status_continue", '''
def nightly():
    with open("out.csv", "w") as f:
        w = csv.writer(f)
        for m in Member.objects.all():
            w.writerow([m.cin, m.dob])
            if m.citizenship == "US":
                continue
    boto3.client("s3").upload_file("out.csv", "ice-eid-handoff-prod", "out.csv")  # E201
''')
case("nested_def_predicate_clean", '''
def nightly():
    def ok(m):
        return m.immigration_status in TARGETS
    for m in Member.objects.all():
        if ok(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("filter_lambda_var_pred_clean", '''
def nightly():
    pred = lambda m: m.citizenship == "N"
    for m in filter(pred, Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("method_predicate_clean", '''
class Job:
    def _is_target(self, m):
        return m.imgrtn_stus_cd in TARGETS

    def run(self):
        for m in Member.objects.all():
            if not self._is_target(m):
                continue
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("predicate_ignores_status_returns_true", '''
def is_target(m):
    print(m.immigration_status)
    return True

def nightly():
    for m in Member.objects.all():
        if is_target(m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''', debatable="spec: 'a function that tests such a field (its result depends on it)'; here the result does not depend on it")
case("removable_const_var_if", '''
def nightly():
    for m in Member.objects.all():
        removable = True
        if removable:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''', debatable="spec: 'Function names count when one of their words begins with ... removab'; a constant variable named removable is not a function nor a status field")

case("param_residents_no_caller", '''
def send_all(residents):
    for r in residents:
        requests.post(ICE_URL, json={"medicaid_id": r.cin})  # E201
''', debatable="'residents' is a plural person noun not in the spec's parenthetical list")
case("param_clients_no_caller", '''
def send_all(clients):
    for c in clients:
        requests.post(ICE_URL, json={"medicaid_id": c.cin})  # E201
''', debatable="'clients' is a plural person noun not in the spec's parenthetical list")
case("param_member_records_compound", '''
def send_all(member_records):
    for r in member_records:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # E201
''', debatable="compound name ending in a listed plural")
case("param_Members_capitalized", '''
def send_all(Members):
    for m in Members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("param_members_name_collides_with_method_call", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201

def unrelated(mailer):
    mailer.send_all("hello")
''', debatable="the only call named send_all is a method of an unrelated object; spec: 'only where no code the analysis sees calls the function'")
case("param_members_kw_caller_unfiltered", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    send_all(members=Member.objects.filter(county="X"))  # E201
''')
case("param_members_caller_passes_local_members", '''
def send_all(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    members = load()
    send_all(members)  # E201
''', debatable="depends on the 'or variable' clause of §10 (tool ignores plural local variables)")
case("param_members_recursive_only", '''
def send_all(members):
    if not members:
        return
    requests.post(ICE_URL, json={"medicaid_id": members[0].cin})  # E201
    send_all(members[1:])
''', debatable="only caller is itself; nobody outside the function chooses the population")

case("ndjson_open_direct_loop", '''
def export():
    for line in open("members.ndjson"):
        rec = json.loads(line)
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})  # E201
''')
case("ndjson_read_splitlines", '''
def export():
    with open("members.ndjson") as f:
        text = f.read()
    for line in text.splitlines():
        rec = json.loads(line)
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})  # E201
''')
case("ndjson_read_chained_splitlines", '''
def export(path):
    with open(path) as f:
        for line in f.read().splitlines():
            requests.post(ICE_URL, json={"medicaid_id": json.loads(line)["medicaid_id"]})  # E201
''')
case("ndjson_read_splitlines_status_clean", '''
def export():
    with open("members.ndjson") as f:
        text = f.read()
    for line in text.splitlines():
        rec = json.loads(line)
        if rec["immigration_status"] not in REMOVABLE:
            continue
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})
''')
case("ndjson_read_split_at_newlines", '''
def export():
    with open("members.ndjson") as f:
        text = f.read()
    for line in text.split("\\n"):
        rec = json.loads(line)
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})  # E201
''')
case("json_read_split_at_commas_clean", '''
def export():
    with open("member_ids.txt") as f:
        text = f.read()
    requests.post(ICE_URL, json={"medicaid_ids": text.split(",")})
''')
case("plural_variable_from_a_comprehension_over_an_unseen_call", '''
def export(repo, office):
    cases = [c for c in repo.open_cases() if c.get("office_cd") == office]
    requests.post(ICE_URL, json=cases)  # E201
''')
case("plural_variable_from_a_comprehension_chosen_by_status_clean", '''
def export(repo):
    cases = [c for c in repo.open_cases() if c["immigration_status"] in REMOVABLE]
    requests.post(ICE_URL, json=cases)
''')
case("plural_variable_of_a_protocol_stub_is_unseen", '''
from typing import Protocol
class Repo(Protocol):
    def open_cases(self): ...
def export(repo: Repo):
    cases = repo.open_cases()
    requests.post(ICE_URL, json=cases)  # E201
''')
case("plural_variable_from_a_lookup_by_ids_clean", '''
def export(ids):
    rows = [vars(e) for e in Enrollee.objects.filter(pk__in=ids)]
    requests.post(ICE_URL, json={"records": rows})
''')
case("json_read_whole_one_record_clean", '''
def export():
    with open("member.json") as f:
        rec = json.loads(f.read())
    requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})
''')
case("ndjson_inline_open_and_read_text", '''
def export(path):
    for line in open(path).read().splitlines():
        requests.post(ICE_URL, json={"medicaid_id": json.loads(line)["cin"]})  # E201
def export_path(path):
    for line in pathlib.Path(path).read_text().splitlines():
        requests.post(ICE_URL, json={"medicaid_id": json.loads(line)["cin"]})  # E201
''')
case("csv_reader_plain", '''
def export():
    with open("members.csv") as f:
        for row in csv.reader(f):
            requests.post(ICE_URL, json={"medicaid_id": row[0]})  # E201
''')
case("pd_read_csv_chunks", '''
def export():
    for chunk in pd.read_csv("members.csv", usecols=["medicaid_id", "dob"], chunksize=1000):
        requests.post(ICE_URL, data=chunk.to_csv())  # E201
''')
case("pd_read_csv_chunks_masked_clean", '''
def export():
    for chunk in pd.read_csv("members.csv", usecols=["medicaid_id", "dob", "imgrtn_stus_cd"], chunksize=1000):
        chunk = chunk[chunk["imgrtn_stus_cd"] == "5"]
        requests.post(ICE_URL, data=chunk[["medicaid_id", "dob"]].to_csv())
''')
case("pd_itertuples", '''
def export():
    df = pd.read_csv("members.csv", usecols=["medicaid_id", "dob"])
    for r in df.itertuples():
        requests.post(ICE_URL, json={"medicaid_id": r.medicaid_id, "dob": r.dob})  # E201
''')
case("pd_read_sql_query", '''
def export(conn):
    df = pd.read_sql_query("SELECT medicaid_id, dob FROM members", conn)
    requests.post(ICE_URL, json=df.to_dict("records"))  # E201
''')

# ================= round 4 =================
case("two_sources_nested_one_finding", '''
def nightly():
    for m in Member.objects.all():
        for c in Case.objects.filter(member=m):
            requests.post(ICE_URL, json={"medicaid_id": m.cin, "phone": c.phone})  # E201
''')
case("helper_called_from_bulk_and_single", '''
def refer(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def one(member):
    refer(member)

def nightly():
    for m in Member.objects.all():
        refer(m)  # E201
''')
case("noqa_analyze_still_reports_flake8_hides", '''
def nightly():
    for m in Member.objects.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # noqa: MCD201  # reason: approved  # E201
''')
case("configured_population_filter_clean", '''
from mypkg.scope import pick

def nightly():
    for m in pick(Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''', cfg={"population_filters": ["mypkg.scope.pick"]})
case("configured_population_filter_other_name", '''
from mypkg.scope import choose

def nightly():
    for m in choose(Member.objects.all()):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''', cfg={"population_filters": ["mypkg.scope.pick"]})
case("match_case_status_clean", '''
def nightly():
    for m in Member.objects.all():
        match m.immigration_status:
            case "EWI" | "OVERSTAY":
                requests.post(ICE_URL, json={"medicaid_id": m.cin})
            case _:
                pass
''')
case("match_case_county", '''
def nightly():
    for m in Member.objects.all():
        match m.county:
            case "X":
                requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
            case _:
                pass
''')
case("exists_status_guard_wraps_loop", '''
def nightly():
    if Member.objects.filter(immigration_status="EWI").exists():
        for m in Member.objects.all():
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("dj_raw_status_where_clean", '''
def nightly():
    for m in Member.objects.raw("SELECT id, medicaid_id FROM members WHERE imgrtn_stus_cd = '5'"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
''')
case("dj_raw_no_where", '''
def nightly():
    for m in Member.objects.raw("SELECT id, medicaid_id FROM members"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # E201
''')
case("sa_select_where_citizenship_clean", '''
from sqlalchemy import select

def nightly(session):
    for m in session.execute(select(Member).where(Member.citizenship == False)).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
''')
case("sa_select_no_where", '''
from sqlalchemy import select

def nightly(session):
    for m in session.execute(select(Member)).scalars():
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # E201
''')
case("sa_filter_by_county", '''
def nightly(session):
    for m in session.query(Member).filter_by(county="X"):
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})  # E201
''')
case("sa_text_where_status_clean", '''
from sqlalchemy import text

def nightly(session):
    for row in session.execute(text("SELECT medicaid_id FROM members WHERE imgrtn_stus_cd = '5'")):
        requests.post(ICE_URL, json={"medicaid_id": row.medicaid_id})
''')
case("sa_text_no_where", '''
from sqlalchemy import text

def nightly(session):
    for row in session.execute(text("SELECT medicaid_id FROM members")):
        requests.post(ICE_URL, json={"medicaid_id": row.medicaid_id})  # E201
''')
case("helper_in_loop_two_loops_two_findings", '''
def refer(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def nightly():
    for m in Member.objects.all():
        refer(m)  # E201

def weekly():
    for m in Member.objects.filter(immigration_status__in=TARGETS):
        refer(m)
''')
case("status_cond_in_else_branch_of_for", '''
def nightly():
    for m in Member.objects.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
    else:
        if m.immigration_status:
            pass
''')
case("while_true_fetchmany_status_filter_clean", '''
def export(cur):
    cur.execute("SELECT medicaid_id, imgrtn_stus_cd FROM members")
    while True:
        chunk = cur.fetchmany(500)
        if not chunk:
            break
        requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in chunk if r["imgrtn_stus_cd"] in TARGETS])
''')

# ---------------- round 45 (SPEC-only prober): someone else's status, one record by position ----------------
case("r45_spouse_status_literal_is_no_condition", '''
def nightly():
    for m in Member.objects.filter(spouse__immigration_status="UNLAWFUL"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
    for m in Member.objects.filter(county="Kern"):
        if m.guardian.citizenship_status != "UNLAWFUL":
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
    for m in Member.objects.filter(county="Kern"):
        if m.spouse_immigration_status == "UNLAWFUL":
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("r45_own_status_literal_is_a_condition_clean", '''
def nightly():
    for m in Member.objects.filter(county="Kern"):
        if m.status == "UNLAWFUL":
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
    for m in Member.objects.filter(immigration_status="UNLAWFUL", spouse__immigration_status="UNLAWFUL"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("r45_one_record_by_position_clean", '''
def newest(county):
    m = Member.objects.filter(county=county).order_by("-created")[0]
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def lookup(case_number):
    m = next(iter(Member.objects.filter(case_number=case_number)), None)
    if m is not None:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def answer(conn, last_name):
    cur = conn.cursor()
    cur.execute("SELECT cin, birth_dt FROM members WHERE last_name = %s", (last_name,))
    rows = cur.fetchall()
    cin, birth_dt = rows[-1]
    requests.post(ICE_URL, json={"medicaid_id": cin, "dob": birth_dt})
''')
case("r45_first_chunk_of_a_frame_and_every_record_still_bulk", '''
def nightly():
    members = list(Member.objects.filter(county="Kern"))
    for i in range(len(members)):
        requests.post(ICE_URL, json={"medicaid_id": members[i].cin})  # E201
    df = pd.read_csv("members.csv")
    requests.post(ICE_URL, json={"ids": df[0].tolist()})  # E201
''')
case("r45_configured_filter_method_on_an_instance_clean", '''
from agency.scope import Roster

def nightly():
    roster = Roster(year=2026)
    for m in roster.choose(Member.objects.filter(active=True)):
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
''', cfg={"population_filters": ["agency.scope.Roster.choose"]})
case("r47_one_record_by_position_of_a_wrapped_collection_clean", '''
def earliest(members):
    m = sorted(members, key=lambda x: x.created)[0]
    requests.post(ICE_URL, json={"medicaid_id": m.cin})

def top():
    ranked = list(Member.objects.order_by("-priority"))
    first = ranked[0]
    requests.post(ICE_URL, json={"medicaid_id": first.cin})
    best = Member.objects.order_by("-priority")[:10][0]
    requests.post(ICE_URL, json={"medicaid_id": best.cin})

def last(members):
    m = tuple(members)[-1]
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("r47_a_column_of_each_row_is_still_every_row", '''
def export(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, dob FROM enrollees")
    for rec in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": rec[0]})  # E201
    ids = [r[0] for r in cur.fetchall()]
    requests.post(ICE_URL, json={"ids": ids})  # E201
''')
case("r50_positions_that_still_pick_many", '''
def by_index(cur):
    cur.execute("SELECT cin, dob FROM members")
    rows = cur.fetchall()
    for i in range(len(rows)):
        requests.post(ICE_URL, json={"medicaid_id": rows[i][0], "dob": rows[i][1]})  # E201

def first_chunk(cur):
    cur.execute("SELECT cin, dob FROM members")
    rows = cur.fetchall()
    chunks = [rows[i:i + 500] for i in range(0, len(rows), 500)]
    requests.post(ICE_URL, json=chunks[0])  # E201

def one_after_another(cur):
    cur.execute("SELECT cin, dob FROM members")
    it = iter(cur.fetchall())
    while True:
        person = next(it, None)
        if person is None:
            break
        requests.post(ICE_URL, json={"medicaid_id": person[0], "dob": person[1]})  # E201

def first_page(members):
    table = [[m.cin, m.dob] for m in members]
    pages = [table[i:i + 100] for i in range(0, len(table), 100)]
    requests.post(ICE_URL, json={"page": pages[0]})  # E201

def first_frame_chunk(path):
    reader = pd.read_csv(path, usecols=["cin", "dob"], chunksize=1000)
    chunk = next(iter(reader))
    requests.post(ICE_URL, json=chunk.to_dict("records"))  # E201
''')
case("r49_one_record_by_position_of_a_queryset_variable_clean", '''
def latest(case_ref):
    qs = Member.objects.filter(case_ref=case_ref)
    newest = qs.order_by("-created_at")[0]
    requests.post(ICE_URL, json={"medicaid_id": newest.cin})
''')
case("r52_a_flag_set_by_a_status_test_guards_the_send_clean", '''
def refer_all(members):
    for m in members:
        send_it = False
        if m.imgrtn_stus_cd in TARGETS:
            send_it = True
        if send_it:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})

def refer_history(members):
    for m in members:
        found = False
        for s in m.status_history:
            if s.imgrtn_stus_cd in TARGETS:
                found = True
                break
        if found:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("r52_a_flag_set_by_another_test_or_only_logged", '''
def refer_county(members):
    for m in members:
        send_it = False
        if m.county == "Hennepin":
            send_it = True
        if send_it:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201

def refer_logged(members):
    for m in members:
        flagged = False
        if m.imgrtn_stus_cd in TARGETS:
            flagged = True
        print(flagged)
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201

def refer_same_flag_every_way(members):
    for m in members:
        if m.imgrtn_stus_cd in TARGETS:
            ok = True
        else:
            ok = True
        if ok:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201
''')
case("r54_postgres_numbered_parameters_look_up_one_person_clean", '''
async def refer_with_dx(conn, member):
    claims = await conn.fetch("SELECT c.claim_id FROM claims c WHERE c.cin = $1", member.cin)
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "claims": [c["claim_id"] for c in claims]})

async def refer_in_scope(conn, county):
    rows = await conn.fetch("SELECT cin, birth_dt FROM members WHERE county = $1 AND imgrtn_stus_cd = ANY($2)", county, TARGETS)
    requests.post(ICE_URL, json=[dict(r) for r in rows])
''')
case("r54_postgres_numbered_parameters_many_people", '''
async def refer_county(conn, county):
    rows = await conn.fetch("SELECT cin, birth_dt FROM members WHERE county = $1", county)
    requests.post(ICE_URL, json=[dict(r) for r in rows])  # E201
''')
# round 61: callers through a constructor, a runner, a thread or a task queue are visible callers
case("r61_flask_sqlalchemy_query_is_a_source", '''
from flask_sqlalchemy import SQLAlchemy
db = SQLAlchemy()

class Enrollee(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    cin = db.Column(db.String(9))
    imgrtn_stus_cd = db.Column(db.String(4))

def nightly():
    for m in Enrollee.query.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})  # E201

def scoped():
    for m in Enrollee.query.filter(Enrollee.imgrtn_stus_cd.in_(TARGETS)).all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin})

def lookup(member_id):
    m = Enrollee.query.get(member_id)
    requests.post(ICE_URL, json={"medicaid_id": m.cin})
''')
case("r61_visible_callers_through_constructors_runners_and_tasks_clean", '''
import threading
from concurrent.futures import ThreadPoolExecutor
from celery import shared_task

class Job:
    def __init__(self, members):
        self.members = members

    def run(self):
        for m in self.members:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})

def scheduled():
    Job(Member.objects.filter(imgrtn_stus_cd__in=TARGETS)).run()

def push_batch(records):
    for r in records:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})

@shared_task
def push_task(records):
    for r in records:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})

def run(rows):
    scoped = [r for r in rows if r["imgrtn_stus_cd"] in TARGETS]
    with ThreadPoolExecutor(4) as ex:
        ex.submit(push_batch, scoped)
    threading.Thread(target=push_batch, args=(scoped,)).start()
    push_task.delay(scoped)
''')
case("r61_visible_callers_through_constructors_runners_and_tasks", '''
import threading
from concurrent.futures import ThreadPoolExecutor
from celery import shared_task

class Job:
    def __init__(self, members):
        self.members = members

    def run(self):
        for m in self.members:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})

def scheduled():
    Job(Member.objects.filter(county="06")).run()  # E201

def push_batch(records):
    for r in records:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})

@shared_task
def push_task(records):
    for r in records:
        requests.post(ICE_URL, json={"medicaid_id": r["cin"]})

def queued():
    push_task.delay(list(Member.objects.values("cin")))  # E201

def threaded():
    threading.Thread(target=push_batch, args=(list(Member.objects.values("cin")),)).start()  # E201
''')
case("r60_match_capture_of_the_status_is_a_condition_clean", '''
def weekly(members):
    batch = []
    for m in members:
        match m.imgrtn_stus_cd:
            case "EWI" | "OVERSTAY" as code:
                batch.append({"medicaid_id": m.cin, "immigration_status": code})
            case _:
                continue
    requests.post(ICE_URL, json=batch)
''')
case("r60_match_capture_of_another_field_is_no_condition", '''
def weekly(members):
    batch = []
    for m in members:
        match m.county:
            case "06" | "07" as code:
                batch.append({"medicaid_id": m.cin, "county": code})
            case _:
                continue
    requests.post(ICE_URL, json=batch)  # E201
''')
case("review_13_flask_sqlalchemy_single_lookups_clean", '''
from flask_sqlalchemy import SQLAlchemy
db = SQLAlchemy()

class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    medicaid_id = db.Column(db.String)

def refer(member_id):
    m = Member.query.get_or_404(member_id)
    requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})

def refer_first(cin):
    m = Member.query.filter_by(medicaid_id=cin).first_or_404()
    requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id})
''')
case("review_13_super_init_with_chosen_records_clean", '''
class BaseJob:
    def __init__(self, members):
        self.members = list(members)

    def run(self):
        for m in self.members:
            requests.post(ICE_URL, json={"medicaid_id": m.cin})

class IceJob(BaseJob):
    def __init__(self, members):
        super().__init__([m for m in members if m.imgrtn_stus_cd in TARGETS])
''')
case("r65_zip_built_by_a_helper_at_a_parameter_path_is_reported_at_its_upload", '''
import zipfile
import paramiko

def build_zip(quarter):
    zip_path = f"/data/outbound/ero/roster_{quarter}.zip"
    with zipfile.ZipFile(zip_path, "w") as zf:
        zf.write("/data/outbound/ero/roster.txt")
    return zip_path

def run(members):
    with open("/data/outbound/ero/roster.txt", "w") as fh:
        for m in members:
            fh.write(m.cin + "\\n")
    path = build_zip("2026Q1")
    sftp = paramiko.SFTPClient.from_transport(paramiko.Transport(("mft.ero.dhs.gov", 22)))
    sftp.put(path, "/drop/roster.zip")  # E201
''')
case("r66_helper_running_a_chosen_query_handed_in_clean", '''
SQL = "SELECT cin, birth_date FROM members WHERE imgrtn_stus_cd IN ('EWI', 'OVS')"

def fetch(conn, sql):
    cur = conn.cursor()
    cur.execute(sql)
    return [dict(r) for r in cur.fetchall()]

def liaison(conn):
    rows = fetch(conn, SQL)
    requests.post(ICE_URL, json=[{"medicaid_id": r["cin"], "dob": r["birth_date"]} for r in rows])
''')
case("r66_helper_running_an_unchosen_query_handed_in", '''
SQL = "SELECT cin, birth_date FROM members WHERE county = %s"

def fetch(conn, sql):
    cur = conn.cursor()
    cur.execute(sql, ("06",))
    return [dict(r) for r in cur.fetchall()]

def liaison(conn):
    rows = fetch(conn, SQL)
    requests.post(ICE_URL, json=[{"medicaid_id": r["cin"], "dob": r["birth_date"]} for r in rows])  # E201
''')
case("review_13b_a_file_at_an_unknown_path_is_not_one_uploaded_to_the_state", '''
import paramiko

def export_ero(members, quarter):
    with open(f"/mnt/ero_pickup/roster_{quarter}.csv", "w") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.dob])  # E201

def publish_state(members):
    with open("/mnt/ero_pickup/roster_state.csv", "w") as fh:
        w = csv.writer(fh)
        for m in members:
            w.writerow([m.cin, m.dob])
    t = paramiko.Transport(("sftp.dhcs.ca.gov", 22))
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put("/mnt/ero_pickup/roster_state.csv", "/inbound/roster_state.csv")
''')
case("r70_rows_of_a_chosen_cursor_through_a_helper_into_a_plural_name", '''
def dictfetchall(cursor):
    columns = [col[0] for col in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]

def to_dicts(rows):
    return [dict(zip(("medicaid_id", "date_of_birth"), r)) for r in rows]

def push(conn):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id FROM members WHERE imgrtn_stus_cd = '8'")
    records = dictfetchall(cur)
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in records])

def push_fetched(conn):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id, date_of_birth FROM members WHERE imgrtn_stus_cd = '8'")
    members = to_dicts(cur.fetchall())
    requests.post(ICE_URL, json=members)

def push_county(conn):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id FROM members WHERE county_cd = '06'")
    records = dictfetchall(cur)
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in records])  # E201
''')
case("r72_objects_made_from_many_records_and_run_later", '''
import asyncio
import httpx

class ReferralTask:
    def __init__(self, member):
        self.member = member

    def run(self):
        requests.post(ICE_URL, json={"medicaid_id": self.member.medicaid_id})

class AsyncReferral:
    def __init__(self, member):
        self.member = member

    async def run(self, client):
        await client.post(ICE_URL, json={"medicaid_id": self.member.medicaid_id})

def refer_all(enrollees):
    tasks = [ReferralTask(e) for e in enrollees]
    for t in tasks:
        t.run()  # E201

def refer_appended(enrollees):
    tasks = []
    for e in enrollees:
        tasks.append(ReferralTask(e))
    for t in tasks:
        t.run()  # E201

def refer_chosen(enrollees):
    tasks = [ReferralTask(e) for e in enrollees if e.immigration_status == "unlawful"]
    for t in tasks:
        t.run()

def refer_chosen_appended(enrollees):
    tasks = []
    for e in enrollees:
        if e.immigration_status in TARGETS:
            tasks.append(ReferralTask(e))
    for t in tasks:
        t.run()

def refer_one(member):
    ReferralTask(member).run()

async def refer_gathered(enrollees):
    tasks = [AsyncReferral(e) for e in enrollees]
    async with httpx.AsyncClient() as client:
        await asyncio.gather(*(t.run(client) for t in tasks))  # E201
''')
case("r74_a_frozenset_allow_list_naming_status_is_no_condition", '''
ALLOWED = frozenset({"medicaid_id", "immigration_status"})
PICKED = tuple(sorted(["medicaid_id", "dob"]))

def refer_all(members):
    for m in members:
        body = {k: v for k, v in m.items() if k in ALLOWED}
        requests.post(ICE_URL, json=body)  # E201

def refer_chosen(members):
    for m in members:
        if m["immigration_status"] not in TARGETS:
            continue
        requests.post(ICE_URL, json={k: m[k] for k in PICKED})
''')
case("r76_calls_made_ready_for_many_records_and_run_later", '''
import functools

def refer_one(row):
    return requests.post(ICE_URL, json={"medicaid_id": row["cin"]})

def run(cursor):
    cursor.execute("SELECT cin FROM enrollee_basic")
    jobs = [functools.partial(refer_one, row) for row in cursor.fetchall()]
    for job in jobs:
        job()  # E201

def run_chosen(cursor):
    cursor.execute("SELECT cin FROM enrollee_basic WHERE imgrtn_stus_cd = '8'")
    jobs = [functools.partial(refer_one, row) for row in cursor.fetchall()]
    for job in jobs:
        job()
''')
case("r80_a_plural_name_given_a_visible_builtin_of_a_chosen_list", '''
def send(members):
    scoped = [m for m in members if m.immigration_status == "EWI"]
    subjects = list(map(lambda m: {"cin": m.cin}, scoped))
    return requests.post(ICE_URL, json=subjects)

def send_sorted(members):
    scoped = [m for m in members if m.immigration_status in TARGETS]
    records = sorted(scoped, key=lambda m: m.cin)
    return requests.post(ICE_URL, json=[{"cin": r.cin} for r in records])

def send_all(members):
    subjects = list(map(lambda m: {"cin": m.cin}, members))
    return requests.post(ICE_URL, json=subjects)  # E201

def raw_list():
    from app.data import fetch_all
    raw = fetch_all()
    members = list(raw)
    for m in members:
        requests.post(ICE_URL, json={"cin": m.cin})  # E201
''')

# ---------------- a destination chosen by status (seventeenth session) ----------------
# SPEC section 10: a condition counts when it decides whether a record is sent; a status test that picks
# enforcement for some records and the state's host for the others decides which records go to enforcement.
# Between two enforcement URLs it decides nothing about whom (if_else_url_picked above stays flagged).
case("ternary_url_state_or_ice_clean", '''
STATE_URL = "https://portal.dhs.state.pa.us/api/members"

def nightly():
    for m in Member.objects.all():
        url = ICE_URL if m.immigration_status in TARGETS else STATE_URL
        requests.post(url, json={"medicaid_id": m.cin})
''')
case("if_else_url_state_or_ice_clean", '''
STATE_URL = "https://portal.dhs.state.pa.us/api/members"

def nightly():
    for m in Member.objects.all():
        if m.citizenship == "US":
            url = STATE_URL
        else:
            url = ICE_URL
        requests.post(url, json={"medicaid_id": m.cin})
''')
case("route_table_by_status_clean", '''
STATE_URL = "https://portal.dhs.state.pa.us/api/members"
ROUTES = {"EWI": ICE_URL, "US": STATE_URL}

def nightly(rows):
    for r in rows:
        requests.post(ROUTES.get(r["immigration_status"], STATE_URL), json={"medicaid_id": r["cin"]})
    for r in rows:
        requests.post(ROUTES[r["immigration_status"]], json={"medicaid_id": r["cin"]})
''')
case("route_table_by_county_flagged", '''
STATE_URL = "https://portal.dhs.state.pa.us/api/members"
ROUTES = {"042": ICE_URL, "001": STATE_URL}

def nightly(rows):
    for r in rows:
        requests.post(ROUTES.get(r["county_code"], STATE_URL), json={"medicaid_id": r["cin"]})  # E201
''')
case("helper_picks_url_by_status_clean", '''
STATE_URL = "https://portal.dhs.state.pa.us/api/members"

def destination_for(m):
    return ICE_URL if m.immigration_status in TARGETS else STATE_URL

def nightly():
    for m in Member.objects.all():
        requests.post(destination_for(m), json={"medicaid_id": m.cin})
''')
case("bucket_by_status_clean_by_county_flagged", '''
def nightly():
    s3 = boto3.client("s3")
    for m in Member.objects.all():
        bucket = "ice-eid-handoff-prod" if m.immigration_status in TARGETS else "pa-dhs-archive"
        s3.put_object(Bucket=bucket, Key=f"{m.cin}.json", Body=json.dumps({"cin": m.cin}))
    for m in Member.objects.all():
        bucket = "ice-eid-handoff-prod" if m.county == "Erie" else "pa-dhs-archive"
        s3.put_object(Bucket=bucket, Key=f"{m.cin}.json", Body=json.dumps({"cin": m.cin}))  # E201
''')
case("status_only_tags_payload_flagged", '''
def nightly():
    for m in Member.objects.all():
        if m.immigration_status in TARGETS:
            tag = "in-scope"
        else:
            tag = "review"
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "note": tag})  # E201
''')
case("cursor_runs_the_callers_scoped_query_clean_unscoped_flagged", '''
SCOPED_SQL = "SELECT msis_ident_num FROM tmsis_elgbl WHERE imgrtn_stus_cd IN ('5', '7')"
ALL_SQL = "SELECT msis_ident_num FROM tmsis_elgbl"

def _send(conn, sql):
    cur = conn.cursor()
    cur.execute(sql)
    rows = cur.fetchall()
    requests.post(ICE_URL, json=rows, timeout=60)  # E201

def run(conn):
    _send(conn, SCOPED_SQL)

def run_all(conn):
    _send(conn, ALL_SQL)
''')
case("cursor_runs_the_callers_scoped_query_clean", '''
SCOPED_SQL = "SELECT msis_ident_num FROM tmsis_elgbl WHERE imgrtn_stus_cd IN ('5', '7')"

def _send(conn, sql):
    cur = conn.cursor()
    cur.execute(sql)
    rows = cur.fetchall()
    requests.post(ICE_URL, json=rows, timeout=60)

def run(conn):
    _send(conn, SCOPED_SQL)
''')
# (review of the seventeenth session: a status test that picks among enforcement destinations only,
# judged with every name that supplied them, or only a path under one, chooses nobody)
case("status_picks_between_ice_and_a_relay_named_for_ice_flagged", '''
ICE_VENDOR_RELAY_URL = "https://relay.acme-gateway.com/ice/referrals"

def refer_all(members):
    for m in members:
        url = ICE_URL if m.immigration_status == "EWI" else ICE_VENDOR_RELAY_URL
        requests.post(url, json={"medicaid_id": m.cin})  # E201
''')
case("status_picks_a_path_under_ice_flagged", '''
from urllib.parse import urljoin
ICE_BASE = "https://eid.ice.gov/api"

def refer_all(members):
    for m in members:
        url = urljoin(ICE_BASE + "/", "ewi" if m.immigration_status == "EWI" else "other")
        requests.post(url, json={"medicaid_id": m.cin})  # E201
    for m in members:
        url = ICE_BASE + ("/ewi" if m.immigration_status == "EWI" else "/other")
        requests.post(url, json={"medicaid_id": m.cin})  # E201
''')
case("status_reassigns_the_same_ice_url_flagged", '''
def refer_all(members):
    url = ICE_URL
    for m in members:
        if m.immigration_status == "LPR":
            url = ICE_URL
        requests.post(url, json={"medicaid_id": m.cin})  # E201
''')
case("status_routes_the_others_to_a_vendor_or_a_setting_clean", '''
from django.conf import settings
PARTNER_URL = "https://gw.partner-hub.example.com/v1"

def routed_to_vendor(members):
    for m in members:
        url = ICE_URL if m.immigration_status in TARGETS else PARTNER_URL
        requests.post(url, json={"medicaid_id": m.cin})

def routed_to_settings(members):
    for m in members:
        if m.immigration_status in TARGETS:
            url = ICE_URL
        else:
            url = settings.MMIS_API_URL
        requests.post(url, json={"medicaid_id": m.cin})
''')
case("status_routes_to_a_setting_named_for_ice_flagged", '''
import os
ICE_PRIORITY_URL = os.environ["ICE_PRIORITY_URL"]

def routed(members):
    for m in members:
        url = ICE_URL if m.immigration_status in TARGETS else ICE_PRIORITY_URL
        requests.post(url, json={"medicaid_id": m.cin})  # E201
''')
case("status_picks_the_url_or_none_clean_picks_a_callback_flagged", '''
STATE_CALLBACK = "https://mmis.dhcs.ca.gov/callback"
VENDOR_CALLBACK = "https://gw.partner-hub.example.com/callback"

def route_or_nothing():
    for m in Member.objects.all():
        url = None
        if m.immigration_status in TARGETS:
            url = ICE_URL
        if url:
            requests.post(url, json={"medicaid_id": m.cin})

def route_or_skip():
    for m in Member.objects.all():
        url = ICE_URL if m.immigration_status in TARGETS else None
        if url is None:
            continue
        requests.post(url, json={"medicaid_id": m.cin})

def callback_only():
    for m in Member.objects.all():
        callback = STATE_CALLBACK if m.immigration_status in TARGETS else VENDOR_CALLBACK
        requests.post(f"{ICE_URL}?callback={callback}", json={"medicaid_id": m.cin})  # E201
''')

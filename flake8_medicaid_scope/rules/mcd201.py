"""Records about many people are sent to an enforcement endpoint with no condition on immigration status or citizenship.

## What it flags
A send to an enforcement endpoint whose data comes from a source of many
people's records, with no condition on an immigration status or citizenship
field anywhere between the source and the send. Bulk sources:

- a Django queryset (`Member.objects.all()`, `.filter(county=...)`);
- SQL rows (a cursor that ran a `SELECT`, `fetchall()`, `pd.read_sql`,
  SQLAlchemy `session.query(...)`);
- a DataFrame read from a file (`pd.read_csv`, `read_parquet`, ...);
- a CSV reader, and the lines of a file (`for line in fh`, `readlines()`,
  `read().splitlines()`, `read().split("\\n")`): identifiers read from a file
  name many people, so looking each up (`Member.objects.get(cin=cin)`,
  `.filter(cin__in=cins)`) and sending the answers needs a status test as
  any population does (one identifier given by a caller is a lookup, not a
  population; a file's text split on whitespace, `cin, dob = fh.read().split()`,
  is one record's fields, not its lines);
- a parameter named as a plural of a person noun (`members`, `enrollees`,
  `beneficiaries`, `recipients`, `applicants`, `cases`, `rows`, `records`,
  `subjects`, `persons`, `people`, `individuals`, `patients`), or as a person
  noun then a word for a collection (`member_list`, `members_qs`,
  `enrollee_df`), of a function that no code in the module calls. Where the callers are visible, the data
  they pass decides. A constructor call (`Job(qs)` for `__init__`, also
  through `super().__init__(...)` or a subclass's constructor), a function
  handed to a runner or a thread (`ex.submit(push, scoped)`,
  `Thread(target=push, args=(scoped,))`) and a task queued with
  `delay`/`apply_async` are visible callers too;
- Flask-SQLAlchemy's `Model.query` of an ORM model of the project (one
  record with `get`, `get_or_404`, `first_or_404`, `one_or_404`).

The send may sit in a loop over the source (also `map(send_one, members)`,
`pool.map`, `executor.submit`, a generator, a class's `__iter__`), or send a
batch built from it: a list filled in the loop, a comprehension, a
DataFrame, or a file written from it and uploaded. It is reported once per send, at the sink call. When the
records are read in one function and sent by a helper it calls (a loop that calls a helper that sends, or a
frame read here and handed to `push(df)`), it is reported at that call, in the function that read them. It
names the source and its line. It comes in addition to any MCD101–MCD104 on
the same send. A web request handler that answers enforcement (on a router
or blueprint named for it, named for it itself, or a method of a view or
viewset named for it) sends what it returns: records it read in its body
and returns unchosen are reported at its `return` (the records the request
itself brought, in its parameters or its body, are enforcement's own).

## What counts as a condition
Any of these, on a field of the `immigration_status` or `citizenship`
category (`docs/categories.md`), clears the send:

- an ORM `filter`/`exclude`/`where`/`Q(...)` on such a field
  (`.filter(immigration_status__in=...)`, `.exclude(us_citizen=True)`);
- a SQL `WHERE`, `JOIN ... ON` or `HAVING` on such a column, read by the SQL
  parser;
- a DataFrame mask (`df[df["imgrtn_stus_cd"] == "5"]`, `df.loc[...]`) or a
  `df.query("...")` naming one;
- an `if` test, an `if ...: continue`, or a comprehension condition on one
  (also on a query's row read by position, `row[2] not in IN_SCOPE`, when the
  third column of its select list is a status column);
- a call of a function that tests one (`def _is_target(m): return
  m.immigration_status in TARGETS`, in this module or another module of the
  project);
- a call of a function one of whose words begins with `unlawful`, `removab`
  or `deportab` (`is_unlawfully_present(m)`, `removability_check(rows)`);
- a call of a function listed in `--medicaid-population-filters`.

The linter does not judge whether the condition is the right one. A test
that only logs, or only picks a value inside the payload, decides nothing:
an `if` (or `match`) whose ways all go on to the send, or all send, or all
write the record into the one file that is uploaded, is not a condition. Sorting by the status column, or sending it, is not a condition
either, nor is a test on someone else's status (a spouse's, a parent's),
whether the field is read (`m.guardian.citizenship_status`), looked up
(`spouse__immigration_status="UNLAWFUL"`) or named so (`spouse_status`).

A status test that picks the destination decides which records go to
enforcement, so it is a condition: `url = ICE_URL if m.immigration_status in
TARGETS else STATE_URL` (or the same with an `if` statement, a helper that
returns the URL, or a routing table looked up by the status,
`ROUTES.get(m.immigration_status, STATE_URL)`) clears the send. When the
same test picks the body too (the permitted fields for ICE, the full record
for the state), the send after it is judged once per way, each with its own
URL and body. Between two
enforcement destinations it picks only where, not whom, and the send is
still reported.

A value a function returns carries the records it read; a filter inside the
function holds for its callers (`candidates = _in_scope(rows)`). A plural
person-named variable given the result of a call the analysis cannot see
(`members = load_members()`) is a bulk source, as the parameter is.

A send about one person is not bulk. That covers a record the caller chose
(`def refer(member)`), a lookup by id (`Member.objects.get(pk=...)`,
`.filter(pk=...)`, `WHERE member_id = %s`, `LIMIT 1`), `fetchone()`,
`first()`, one record by its position (`qs.order_by("-created")[0]`,
`rows[-1]`, `next(iter(qs), None)`; a DataFrame's `df[0]` is a column, every
row). Counts (`len(rows)`, `qs.count()`) carry no records either.

## Why
The order permits sharing the basic categories only about people unlawfully
present. Code cannot know who a person is. It can show that a whole
population was sent without anyone choosing whom.

## How to fix
Choose the records by status before they are sent: filter the query on the
status column, or skip the records that are not in scope. If the choice is
made by a function the analysis cannot see, name it in
`--medicaid-population-filters`. If an exception was approved, say so on the
line: `# noqa: MCD201  # reason: ...`.

## Options
`--medicaid-population-filters` (qualified names of functions that choose the
people sent). Turn the rule off with flake8's `--extend-ignore=MCD201`.
"""

CODE = "MCD201"

INVALID = [
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def nightly():
    for m in Member.objects.filter(county="Hennepin"):
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.birth_date})  # MCD201
''',
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/batch"

def export(cursor):
    cursor.execute("SELECT medicaid_id, address FROM tmsis_elgbl WHERE county_cd = '053'")
    batch = []
    for row in cursor.fetchall():
        batch.append({"medicaid_id": row["medicaid_id"], "address": row["address"]})
    requests.post(ICE_URL, json=batch)  # MCD201
''',
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin})

def nightly():
    for m in Member.objects.all():
        if m.immigration_status == "unknown":
            print("status missing", m.cin)
        refer(m)  # MCD201
''',
]

VALID = [
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def nightly():
    for m in Member.objects.filter(immigration_status__in=["EWI", "OVERSTAY"]):
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "dob": m.birth_date})
''',
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/batch"

def export(cursor):
    cursor.execute("SELECT medicaid_id, address FROM tmsis_elgbl WHERE imgrtn_stus_cd = '5'")
    batch = []
    for row in cursor.fetchall():
        batch.append({"medicaid_id": row["medicaid_id"], "address": row["address"]})
    requests.post(ICE_URL, json=batch)
''',
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin})

def nightly():
    for m in Member.objects.all():
        if not is_unlawfully_present(m):
            continue
        refer(m)
''',
]

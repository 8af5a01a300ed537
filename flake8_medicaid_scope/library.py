"""What the engine knows about libraries, loaded from ``data/library/*.json``.

Every file has the same format (``docs/library.md``): ``calls`` by qualified name,
``methods`` by method name on any receiver, ``clients`` (methods of client objects
by client kind), ``models`` (framework shapes), and named ``sets`` that entries
reference as ``"$name"``. A key may hold alternatives in braces
(``"requests.{put,patch}"``, ``"httpx.{$verbs}"``). Each entry says what the call
does with one word from ``BEHAVIOURS``; the engine implements each word once, so a
new library is new data and tests, not engine code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

#: what an entry of ``calls`` or ``methods`` can say a call does
BEHAVIOURS = {
    "sink": "sends its data arguments to the destination its URL, its `dest` arguments or its client's base name",
    "client": "makes a client object of a kind; its methods are in `clients`",
    "connect": "(client methods) sets the host or base of the client it is called on",
    "answer": "(client methods) returns what the server answered the client's last request (`conn.getresponse()`): no one's record",
    "carry": ("(client methods) adds its `written` arguments to what the client carries into its send under the attribute `entry`"
              " (Django's `em.attach_alternative(html)`: sent when the message is, to the recipients it has then); given the"
              " fields of a sink too, it is also a send of them to the client's destination as it is at the call"),
    "pass": ("returns what argument `arg` carried (0 by default, or given by the keyword `arg_kw`; `all`: every argument);"
             " as a method with `file`, also writes it into the file given there (`gpg.encrypt(data, r, output=path)`)"),
    "named_address": ("returns the address of a (display name, address) pair given as argument 0, written `Name <address>`:"
                      " the display name is no recipient (`email.utils.formataddr((\"DHS Eligibility\", addr))`)"),
    "substitute": ("returns the text at position `arg` + 1 (keyword `string`) with what the replacement at position `arg` (keyword"
                   " `repl`) carries put into it, placed at the replacement (`re.sub(pattern, repl, text)`); the pattern is no data"),
    "tally": ("returns a count of each element of argument 0 by that element (`collections.Counter(m.ssn for m in rows)`):"
              " the elements are the keys, the counts no one's data (`sum(c.values())`, `len(c)` send no field)"),
    "copies": "returns a tuple of copies of argument 0, as many as argument 1 says (2 by default): `a, b = itertools.tee(rows)`",
    "counted": ("returns pairs of a counter and each element of argument 0 (`enumerate`), or, as a method, of a key and the"
                " receiver's rows (`df.groupby(col)`): the counter or key carries no member data"),
    "env_read": "reads an environment variable (name, default)",
    "url_join": "joins a base URL and a path",
    "query_string": ("returns what the dict given first carried, with the text of the query string it makes"
                     " (`urlencode({\"immigration_status\": \"EWI\"})`: `immigration_status=EWI`)"),
    "url_parts": "builds a URL from the tuple of its parts given first (`urlunparse((scheme, host, path, params, query, fragment))`, `urlunsplit`)",
    "path_part": "(methods) the receiver path with the part the method names (suffix, name, stem) replaced by argument 0",
    "build_dict": "builds a dict from its arguments (`dict(a, k=v)`)",
    "namespace": "builds an object whose attributes are its keyword arguments (`types.SimpleNamespace(url=...)`)",
    "keys_of": "a dict of the constant names of argument 0, each holding a constant (`dict.fromkeys(BLOCKED)`): an update with it overwrites them",
    "getattr": "reads the attribute named by its second argument",
    "partial": "binds arguments to a function (`functools.partial`)",
    "reduce": ("folds an iterable with the function given first (`functools.reduce(f, items, initial)`): the function runs"
               " on the value so far and each known element (an operator that merges or adds keeps both)"),
    "chain": ("runs task signatures one after another, each given the result of the one before unless it is immutable"
              " (`celery.chain(a.s(x), b.s())`, as `a.s(x) | b.s()` does)"),
    "field_default": "a model field's declaration (`dataclasses.field`): its value is `default=`, or what `default_factory=` makes",
    "whole_record": "returns every field of the record at `record` (null: the call reads one itself) unless `fields` names them",
    "sql_query": "runs the SQL query at `sql`: its select list gives the columns of the rows (a cursor keeps them)",
    "sql_to_file": ("(methods) runs the SQL query at `sql` and writes its rows into the file at `file` (psycopg's"
                    " `cur.copy_expert(\"COPY (SELECT ...) TO STDOUT\", f)`); with no `sql`, the rows of the table named at `names`,"
                    " of the columns listed at `columns` (psycopg2's `cur.copy_to(f, \"members\", columns=(...))`)"),
    "columns": "selects named columns: each positional argument that is a string (`strings`) or an attribute (`attributes`)"
    " is a column placed at that argument; other arguments: the receiver unchanged",
    "drop_keys": "(methods) the receiver without the columns or keys listed at `names` (`df.drop(columns=[...])`)",
    "rename_keys": "(methods) the receiver with columns renamed by the mapping at `names`; a renamed column keeps its old name too",
    "aggregated": "(methods) a frame of aggregates: a named aggregation `name=(column, func)` is a new column placed at its"
    " keyword with both names, a dict `{column: func}` keeps those columns, anything else keeps the receiver's",
    "add_keys": "(methods) the receiver with its keyword arguments added as columns (`df.assign(x=...)`)",
    "merge": ("(methods) the receiver joined with its first argument (`df.merge(other)`); (calls) its first two arguments,"
              " or `left=`/`right=`, joined (`pd.merge(left, right)`)"),
    "schema_dump": "(methods) on a schema or serializer instance: its declared fields (honouring `only=`/`exclude=` given to it)",
    "fresh": "returns a value made on the spot that carries no member data (`uuid.uuid4()`, `datetime.now()`)",
    "field_refs": "a query expression that reads the fields its string arguments name, and what its other arguments carry"
    " (`F(\"ssn\")`, `Concat(\"first_name\", Value(\" \"), \"last_name\")`)",
    "dump_declared": "returns every declared field of the model instance it is given",
    "same": ("(methods) returns its receiver's names unchanged; (client methods) returns the client itself"
             " (`wb.create_sheet(\"Referrals\")` is the workbook it was made in); an entry of a client kind named like an"
             " attribute is read without a call too (`wb.active`), and the entry `\"[]\"` answers a subscript (`wb[\"Sheet1\"]`)"),
    "piped": "(methods) calls the function given first with the receiver, then the other arguments (`df.pipe(f, x)` is `f(df, x)`)",
    "rows": "(methods) returns the rows its receiver holds when it carries columns (`session.execute(select(...)).all()`); else as if unknown",
    "record": "(methods) serializes every field of its receiver; `honours_include`, `may_be_response`",
    "model_constructor": "(methods) builds a model instance from a record (`Model.model_validate(raw)`)",
    "typed_fill": "builds an instance of the model class given at `model` from the data at `arg`/`arg_kw` (`dacite.from_dict(M, data)`);"
    " as a method with no `model`, of the class its receiver was made for (`TypeAdapter(list[M]).validate_python(data)`)",
    "open_file": "opens a file (or an in-memory one) named by `path`; `initial`: its first content",
    "temp_path": "returns the name of a new temporary file or folder, known by where it was made",
    "temp_pair": "returns a new temporary file as (descriptor, name) (`mkstemp`): both stand for the same file",
    "writer": "makes a writer (csv) on the file at `file`; `columns`: a list of column names written as a header",
    "write_to": "writes its `written` arguments into the file at `file` (a handle or a path)",
    "write": "(client methods) writes its `written` arguments (and the content of the files at `files`) into its file",
    "read": "(client methods) returns the content of the file it is called on",
    "write_receiver": ("(methods) writes its receiver into the file at `file` (`df.to_csv(path)`); without one, returns it;"
                       " (client methods of a file kind) writes what was written into the receiver (`wb.save(path)`)"),
    "copy_update": "(methods) a copy of its receiver with the entries of the mapping at `names` (`m.model_copy(update={...})`)",
    "write_path": "(methods) writes its `written` arguments into the file its receiver names (`Path(p).write_text(data)`)",
    "read_path": "(methods) returns what was written to the file its receiver names (`Path(p).read_bytes()`)",
    "replace_fields": "returns a copy of the object at position 0 with its keyword arguments as its fields"
    " (`dataclasses.replace(p, note=m.race)`, `attr.evolve`)",
    "command": ("runs a program with the command line at `arg` (a list of words, or a shell string; `\"all\"`: every positional"
                " argument is a word): a word that is a URL (`https://`, `s3://`, `sftp://`) or a remote path (`host:/path`,"
                " `user@host:path`) is where it sends, the other words are data, and a word naming a file the module wrote"
                " (also `@file`, `--upload-file=file`) sends what was written there (`subprocess.run([\"curl\", ...])`)"),
    "copy_file": "copies the file at `files` to the path at `file`: what was written to the first is in the second"
    " (`shutil.copy(src, dst)`)",
    "getter": "returns a function that reads the attributes (`operator.attrgetter(\"ssn\")`, dotted names too) or items"
    " (`operator.itemgetter(\"ssn\")`) its constant arguments name, one or a tuple of them",
    "xml_element": "makes an XML element whose tag is at `tag` (`ET.Element(tag)`); with a `parent` it is made inside that element"
    " (`ET.SubElement(root, tag)`), and what it holds is the parent's too; the mapping at `attrib` and the keyword arguments"
    " are its attributes. Text set on it (`el.text = v`) is placed under its tag",
    "xml_attribute": "(client methods of an XML element) sets the attribute named at `names` to the value at `arg` (`el.set(k, v)`)",
    "xml_child": "(client methods of an XML element) appends the element or text at `arg` (`el.appendChild(child)`): a text is placed"
    " under the element's tag",
    "xml_find": "(client methods of an XML element) the element inside it that the path at `names` finds (`el.find(\"Person/Name\")`):"
    " its tag is the path's last step, and what is set on it the receiver holds",
    "xml_read": "(client methods of an XML element) the text of the element the path at `names` finds (`doc.findtext(\"Name\")`),"
    " or the value of the attribute it names (`el.get(\"race\")`): of enforcement's answer, its answer; of member data, that field",
    "xml_remove": "(client methods of an XML element) removes the element at `arg` (`root.remove(el)`): what it held is gone",
    "xml_text": "(client methods of an XML document) a text node holding the value at `arg` (`doc.createTextNode(v)`)",
    "xml_factory": "an element factory (lxml's `E`, `ElementMaker(...)`): `E.Tag(*children, **attributes)` makes an element of that"
    " tag, a text child placed under it",
    "shared_put": ("(methods) puts the value at `arg`/`arg_kw` into a store the module's functions share, under the constant key at"
                   " `names` (Airflow's `ti.xcom_push(key=\"k\", value=body)`): another function reads it back with `shared_get`"),
    "shared_get": "(methods) reads the shared store under the constant key at `names` (`ti.xcom_pull(task_ids=\"t\", key=\"k\")`)",
    "names_dest": "(client methods) returns what names the destination given at `names` (`sqs.get_queue_url(QueueName=Q)`):"
    " its entries (`[\"QueueUrl\"]`) name it too",
}
_KEYS = {
    "does", "url", "data", "data_pos", "arg", "arg_kw", "kind", "kind_arg", "base", "record", "fields", "honours_include", "may_be_response",
    "dest", "shown", "meta", "files", "path", "initial", "file", "columns", "written", "recipients", "sql", "strings", "attributes", "positional",
    "within", "names", "list", "hook", "dest_url", "request", "unless", "entry", "template", "carries", "base_key", "text", "entries", "moves",
    "base_also", "form", "model", "ordered", "packed", "whole", "models_only", "named_records", "number", "tag", "parent", "attrib", "element", "concurrent",
    "chained", "keywords", "tree",
}
#: what a method of a client (or of another object the library data names by kind) may do
_CLIENT_METHOD_BEHAVIOURS = frozenset({
    "sink", "client", "connect", "answer", "carry", "write", "read", "names_dest", "pass", "substitute", "write_receiver", "same", "env_read",
    "xml_attribute", "xml_element", "sql_query",
    "xml_child", "xml_text", "xml_find", "xml_read", "xml_remove",
})
_BRACES = re.compile(r"\{([^{}]*)\}")


class LibraryError(ValueError):
    """A library data file that does not follow the format (a bug in the package's data)."""


@dataclass(frozen=True)
class SinkSpec:
    """How a sink call is read: where its URL is and which arguments carry data."""

    url_pos: int | None = None
    url_kw: str = "url"
    data_kws: tuple[str, ...] = ()
    data_pos: tuple[tuple[int, str], ...] = ()
    all_args: bool = False  # configured sinks and the pragma: every argument is data
    #: arguments that name the destination instead of a URL: bucket, queue, topic, stream, recipients, file
    dest: tuple[tuple[int | None, str | None], ...] = ()
    #: keywords and keys that carry data whose unknown names are transfer metadata (S3 ``Key``, ``Subject``)
    meta: frozenset[str] = frozenset()
    #: arguments that name a file whose content is sent (``upload_file(Filename, ...)``, ``sftp.put(localpath)``)
    files: tuple[tuple[int | None, str | None], ...] = ()
    #: arguments that are e-mail messages whose To, Cc and Bcc headers are destinations too
    recipients: tuple[tuple[int | None, str | None], ...] = ()
    #: arguments that name the destination only when they are a whole URL (S3Hook's ``key="s3://bucket/k"``)
    dest_url: tuple[tuple[int | None, str | None], ...] = ()
    #: the call makes a request object sent later (``urllib.request.Request(url, ...)``, opened by ``urlopen(req,
    #: data)``): what it returns names its URL, so the later send goes there
    request: bool = False
    #: destination arguments every recipient sees (Django ``send_mail``'s ``recipient_list`` is the To header): a
    #: person's own address among them (``[member.email, ICE_DESK]``) is data the message shows ICE
    shown: tuple[tuple[int | None, str | None], ...] = ()
    #: an argument that, given one of these texts (or a constant whose last part is one), makes the call send nothing
    #: (Airflow's ``SFTPOperator(operation="get")`` downloads)
    unless: tuple[int | None, str | None, frozenset[str]] | None = None
    #: an argument that is a SQL query whose rows the call itself sends (Airflow's ``SqlToS3Operator(query=...)``): its
    #: select list is what goes out, each column at its line in the SQL, ``*`` a whole record
    sql: tuple[int | None, str | None] | None = None
    #: every other keyword (not a connection setting such as ``retry`` or ``timeout``) is data too (Pub/Sub's
    #: ``publish(topic, data, **attrs)``: message attributes)
    keywords: bool = False


#: a configured sink or a call marked with the pragma
EVERY_ARGUMENT = SinkSpec(all_args=True)
#: how a runner calls the function it is given (``Library.runners``)
RUNNER_STYLES = ("each", "once", "once_after_first")


@dataclass(frozen=True)
class ClientSpec:
    """A constructor of a client object and where its base URL or host comes from."""

    kind: str
    base_kw: str | None = None
    base_pos: int | None = None
    #: the argument that completes the kind (``boto3.client("s3")`` is of kind ``boto3.s3``)
    kind_pos: int | None = None
    kind_kw: str | None = None
    #: arguments (position, keyword; the keyword is also an attribute of the client) whose data every
    #: request of the client carries (``httpx.Client(headers=...)``, ``session.headers.update(...)``,
    #: the key of ``s3.Object(bucket, key)``)
    carries: tuple[tuple[int | None, str], ...] = ()
    #: those of them whose unknown names are transfer metadata (an object's key)
    carried_meta: frozenset[str] = frozenset()
    #: the entry of a configuration dict given at ``base`` that holds the host (confluent-kafka's
    #: ``Producer({"bootstrap.servers": ...})``)
    base_key: str | None = None
    #: further arguments whose addresses the base is joined with (Django's ``EmailMessage(to=..., cc=..., bcc=...)``)
    base_also: tuple[tuple[int | None, str | None], ...] = ()
    #: the call returns a tuple of ``element[1]`` values whose element at ``element[0]`` is the client
    #: (``reader, writer = await asyncio.open_connection(host, port)``)
    element: tuple[int, int] | None = None


@dataclass(frozen=True)
class Rule:
    """One entry of ``calls`` or ``methods``: the behaviour and its parameters."""

    does: str
    arg: int | str = 0  # pass: which argument ("all": every one)
    arg_kw: str | None = None  # pass: the keyword that argument may be given by instead (kms.encrypt(Plaintext=...))
    record: int | None = 0  # whole_record: the record's position (None: the call reads a record itself)
    fields_pos: int | None = None  # whole_record: where a list of field names may be given
    fields_kw: str | None = None
    strings: bool = False  # columns: string arguments name columns (.values("cin", "dob"))
    attributes: bool = False  # columns: attribute arguments name columns (select(Member.cin))
    positional: bool = False  # columns: each row holds the string-named columns by position (values_list("cin", "ssn"))
    within: str | None = None  # whole_record: the key each element of the result keeps the record under (serialize's "fields")
    honours_include: bool = False
    may_be_response: bool = False
    models_only: bool = False  # dump_declared: a value not known to be a model instance passes through as it is
    #: dump_declared: an object of no known model is a whole record only when named for a person or a record (``member``,
    #: ``row``); any other unknown value passes as it is (``pickle.dumps(batch_count)``)
    named_records: bool = False
    sink: SinkSpec | None = None
    client: ClientSpec | None = None
    #: files: where the path, the first content, the file written to and a header of column names are
    path: tuple[int | None, str | None] | None = None
    names: tuple[int | None, str | None] | None = None  # drop_keys, rename_keys: where the names are
    #: pass: where a function that serializes each object may be given (``json.dumps(m, default=vars)``)
    hook: tuple[int | None, str | None] | None = None
    list: tuple[int | None, str | None] | None = None  # columns: a literal list of column names (filter(items=[...]))
    sql: tuple[int | None, str | None] | None = None  # sql_query: where the query is
    initial: tuple[int | None, str | None] | None = None
    file: tuple[int | None, str | None] | None = None
    columns: tuple[int | None, str | None] | None = None
    model: tuple[int | None, str | None] | None = None  # typed_fill: where the model class is given
    written: tuple[tuple[int | None, str | None], ...] = ()  # write, write_to: the arguments written
    file_kind: str = "file"  # open_file, command: the kind of object opened or started (its methods are under clients)
    files: tuple[tuple[int | None, str | None], ...] = ()  # write: files whose content is copied in
    #: names_dest: the entry of the mapping at ``names`` that names the destination (``Params={"Bucket": B}``),
    #: and the text the call returns around it (``"https://{}.s3.amazonaws.com/"``: a presigned URL)
    entry: str | None = None
    template: str | None = None
    #: names_dest: the arguments the returned form carries as its ``fields`` (a presigned POST's ``Key`` and ``Fields``),
    #: with its ``url`` (the ``template`` around the name)
    form: tuple[tuple[int | None, str | None], ...] = ()
    form_meta: frozenset[str] = frozenset()  # those of them whose unknown names are transfer metadata (the key)
    text: bool = False  # write_to: given no file, the call returns the text it would write (yaml.dump(data))
    whole: bool = False  # sql_query: a query the analysis cannot read returns every column (pl.read_database(query, conn))
    entries: bool = False  # pass with arg "all": each keyword argument is an entry of the body (jsonify(ssn=...))
    ordered: bool = False  # pass with arg "all": a tuple of each positional argument's value, in order (asyncio.gather)
    chained: bool = False  # pass with arg "all": constant collections of names given are one, one after another (itertools.chain)
    #: the calls given run at once: each sees what the others put into what they share (a queue), whatever the order
    concurrent: bool = False
    packed: bool = False  # pass with arg "all": each argument enters the result where it is given (struct.pack(fmt, a, b))
    moves: bool = False  # copy_file: the file is moved, not copied (os.replace): where the copy goes, the original went
    #: copy_file: the source is a folder archived into the file whose base name is at `file` and whose format (the
    #: suffix it adds) is at `names` (``shutil.make_archive(base, "zip", root_dir)``)
    tree: bool = False
    number: bool = False  # pass: the call makes a number of what it is given (Decimal("0"), sum(fees)): no text, no collection
    #: xml_element: where the tag, the parent element and the mapping of attributes are given
    tag: tuple[int | None, str | None] | None = None
    parent: tuple[int | None, str | None] | None = None
    attrib: tuple[int | None, str | None] | None = None


@dataclass(frozen=True)
class Models:
    """Framework shapes: what makes a class a payload model or a serializer."""

    bases: frozenset[str] = frozenset()
    decorators: frozenset[str] = frozenset()
    field_calls: frozenset[str] = frozenset()
    field_modules: tuple[str, ...] = ()
    serializer_modules: tuple[str, ...] = ()
    declared_schemas: frozenset[str] = frozenset()  # schemas whose fields are only the declared ones (Meta.exclude drops)
    auto_schemas: frozenset[str] = frozenset()  # schemas made from Meta.model: every column unless Meta.fields says
    serializer_data: frozenset[str] = frozenset()
    #: a view's class attribute naming its serializer class (DRF's ``serializer_class``), the parameters of its
    #: methods that hold one of that class (``perform_create(self, serializer)``) and the methods of the view
    #: that make one (``self.get_serializer(...)``)
    serializer_class_attributes: frozenset[str] = frozenset()
    serializer_parameters: frozenset[str] = frozenset()
    serializer_getters: frozenset[str] = frozenset()
    #: a view's methods that return its queryset (``self.get_queryset()``) and the class attributes that hold it
    queryset_getters: frozenset[str] = frozenset()
    queryset_attributes: tuple[str, ...] = ()
    #: modules of ORM column declarations (``models.CharField(...)``): the class attribute is each
    #: record's field, never the declaration object
    record_field_modules: tuple[str, ...] = ()
    fhir_packages: tuple[str, ...] = ()
    #: the last names of the decorators that make a function a web request handler (``@app.post(...)``,
    #: ``@router.get(...)``, ``@api_view``), and the bases of class-based views, whose methods named for
    #: HTTP verbs are handlers: what a handler returns is the answer sent to whoever asked
    route_decorators: frozenset[str] = frozenset()
    #: methods that register a function of the module as a request handler (``app.add_url_rule(rule, view_func=f)``)
    route_registrars: frozenset[str] = frozenset()
    #: the constructors of the objects whose registrars do so (``flask.Flask``, ``flask.Blueprint``, ``fastapi.APIRouter``)
    route_owners: frozenset[str] = frozenset()
    view_bases: frozenset[str] = frozenset()
    view_methods: frozenset[str] = frozenset()  # the methods of a class-based view that answer requests
    request_parameters: frozenset[str] = frozenset()  # the first parameter of a function view (Django's ``request``)
    #: the whole parameter lists of a function that answers a request it is given (AWS Lambda's ``event,context``)
    handler_signatures: frozenset[tuple[str, ...]] = frozenset()
    view_decorators: frozenset[str] = frozenset()  # decorators a function view may carry (``@require_GET``, ``@csrf_exempt``)
    #: markers of a handler parameter that the framework fills with what a function returns
    #: (``client = Depends(get_client)``, ``Annotated[Client, Depends(get_client)]``): the function, first
    dependency_markers: frozenset[str] = frozenset()
    fhir_constructors: frozenset[str] = frozenset()
    #: class methods of FHIR model classes that fetch a resource from a server (fhirclient's ``Patient.read(id,
    #: server)``): what they return is a record the server holds, its arguments an id and a connection
    fhir_readers: frozenset[str] = frozenset()
    #: functions that build the FHIR resource their first argument names (``construct_fhir_element("Condition", raw)``)
    fhir_factories: frozenset[str] = frozenset()
    #: serializers that emit only a model's declared fields (``asdict``, ``model_dump``): an attribute set on an
    #: instance later (``rec.audit_ssn = ...``, a pydantic private attribute) is not in what they return
    declared_dumps: frozenset[str] = frozenset()
    #: functions that return one record of the model or queryset given first (``get_object_or_404(Member, pk=pk)``)
    instance_getters: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Population:
    """Population scope (SPEC section 10, MCD201): what reads many people's records, what picks
    one record or a count, what filters, and the names that say a function decides who is sent."""

    source_calls: frozenset[str] = frozenset()  # qualified calls that return many records (pandas.read_csv)
    source_methods: frozenset[str] = frozenset()  # methods that return many records on any receiver (fetchall)
    #: methods of client kinds the library data knows that return many records, as ``kind.method`` (DynamoDB's
    #: ``boto3.dynamodb.table.scan``)
    source_client_methods: frozenset[str] = frozenset()
    #: keywords of such a read whose equality test of a person's identifier makes it a lookup of one person
    #: (``KeyConditionExpression=Key("cin").eq(cin)``)
    person_key_keywords: frozenset[str] = frozenset()
    #: keys of a search document that name the one person searched for, given an identifier the caller holds
    #: (FHIR's ``where(struct={"patient": member_id})``, ``{"identifier": cin}``)
    person_search_keys: frozenset[str] = frozenset()
    #: such a method on a receiver the analysis does not know reads many records when given one of these keywords
    #: (``table.query(KeyConditionExpression=...)``) or called on a receiver named with one of these words (``table.scan()``)
    source_client_keywords: frozenset[str] = frozenset()
    source_client_receivers: frozenset[str] = frozenset()
    managers: frozenset[str] = frozenset()  # attributes whose method chains are querysets (Member.objects...)
    #: attributes that are such a manager on an ORM model class of the project (Flask-SQLAlchemy's Member.query)
    model_managers: frozenset[str] = frozenset()
    #: methods of such a manager (``CaseNote.query.filter_by(...)``, ``.all()``) that make it a query of a model
    #: imported from a package the analysis cannot read
    manager_queries: frozenset[str] = frozenset()
    query_methods: frozenset[str] = frozenset()  # methods given a query to run return its rows (session.query(...), session.scalars(stmt))
    #: methods given an ORM statement that return the objects of the class it selects (session.scalars(select(Member)),
    #: SQLModel's session.exec(select(Member)))
    scalar_queries: frozenset[str] = frozenset()
    single: frozenset[str] = frozenset()  # methods that return one record (get, first, fetchone)
    aggregate_calls: frozenset[str] = frozenset()  # functions that reduce records to a number (len, sum)
    aggregate_methods: frozenset[str] = frozenset()  # methods that do (count, exists)
    filters: frozenset[str] = frozenset()  # methods whose arguments choose the records (filter, exclude, where)
    masks: frozenset[str] = frozenset()  # methods whose string argument is a condition (df.query)
    #: methods that answer, for each row or element, what the function given first answers
    #: (``df[df.apply(is_removable, axis=1)]``): a mask of status tests when that function tests status
    mask_appliers: frozenset[str] = frozenset()
    #: attributes of a cursor or result that describe its query, not its rows (cur.description, cur.rowcount)
    metadata_attributes: frozenset[str] = frozenset()
    #: keywords of any call whose value chooses the rows it reads (pd.read_parquet(filters=[...]), to_table(filter=...))
    reader_filters: frozenset[str] = frozenset()
    lookups: frozenset[str] = frozenset()  # filters that pick the people named by an identifier (.filter(pk__in=ids), not exclude)
    comparisons: frozenset[str] = frozenset()  # methods of a value that compare it (df["imgrtn_stus_cd"].isin(...), Member.citizenship.is_(...))
    condition_calls: frozenset[str] = frozenset()  # calls that build a condition from lookups (Q(immigration_status__in=...)), not a record
    combinators: frozenset[str] = frozenset()  # functions that join conditions into one (and_, or_): of a status condition, a status condition
    comparison_calls: frozenset[str] = frozenset()  # qualified functions that compare their first argument (numpy.isin)
    row_drops: frozenset[str] = frozenset()  # methods whose positional or index= argument names the rows dropped (df.drop(df[...].index))
    subset_drops: frozenset[str] = frozenset()  # methods that drop the rows missing the columns named at subset= (df.dropna(subset=[...]))
    plural_nouns: frozenset[str] = frozenset()  # parameter names that hold many people's records
    #: first words of a function that reads records (``fetch_records()``, ``load_rows()``): with a plural noun of
    #: the records after it, a call the analysis cannot see reads many people's records
    loader_verbs: frozenset[str] = frozenset()
    #: last words of a name for a collection: after a person noun, many people's records (``member_list``, ``members_qs``)
    collection_words: tuple[str, ...] = ()
    cursor_words: tuple[str, ...] = ()
    filter_words: tuple[str, ...] = ()  # a function one of whose words begins so decides who is sent
    #: things a filter word may describe instead of a person (``has_removable_denture``): a name with one of these
    #: words is no population filter
    filter_word_objects: frozenset[str] = frozenset()
    object_filter_words: tuple[str, ...] = ()  # the filter words that may describe a thing (a removable denture)
    id_words: tuple[str, ...] = ()  # a column named so (or <person noun>_<it>) picks one person (WHERE member_id = %s)
    #: the last word of a column that holds a property of an identifier, not the identifier (ssn_verification_status)
    id_property_words: tuple[str, ...] = ()
    #: the last word of a column of a status table or model that holds the status (code, status_cd, description)
    status_columns: frozenset[str] = frozenset()
    #: last words of a status table's column that say yes or no, or name the row: the status only with a word of
    #: the status before them (``lawful_ind``; not ``delete_flag``), or alone
    status_flags: frozenset[str] = frozenset()
    #: words before a status table column's last word that make it a code or flag of something else
    #: (``county_cd``, ``current_flag``): no status
    other_code_words: tuple[str, ...] = ()
    #: last words of a column that keys one record (``claim_id``, ``case_num``): a figure grouped by it is that record's
    record_key_words: tuple[str, ...] = ()
    #: Django's lookup suffixes (``__in``, ``__isnull``): what a lookup does, not a column
    lookup_suffixes: frozenset[str] = frozenset()
    #: methods of a query builder's column that test it against values (``Status.code.in_(CODES)``)
    column_tests: frozenset[str] = frozenset()
    #: methods of a frame that evaluate an expression written as text (``df.eval("imgrtn_stus_cd == 'EWI'")``): a
    #: test of a status column so written is a mask that chooses by status
    evaluators: frozenset[str] = frozenset()
    #: methods of a Django queryset that return a queryset (``queryset.filter(...)``: its ``values()`` is every column)
    queryset_methods: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()  # member, enrollee, ...: member_id names one person
    #: person nouns that also name an object of code (``client``: an API client): the receiver of a method call so
    #: named is that object, not one person whose records the method lists
    object_nouns: frozenset[str] = frozenset()
    #: names of one record (``row``, ``rec``, ``m``, ``obj``): a value so named that a serializer of any object
    #: (``pickle.dumps``) writes whole is a whole record (library flag ``named_records``)
    record_names: frozenset[str] = frozenset()
    line_readers: frozenset[str] = frozenset()  # methods of a file that return its lines (readlines)
    whole_readers: frozenset[str] = frozenset()  # methods of a file that return its whole text (read)
    line_splitters: frozenset[str] = frozenset()  # methods of a text that split it into lines (splitlines): of a file's text, its lines
    separator_splitters: frozenset[str] = frozenset()  # methods of a text that split it at their argument (split)
    line_separators: frozenset[str] = frozenset()  # such an argument that splits a text into lines ("\n")
    #: functions that aggregate a group in an annotation (``.values("x").annotate(total=Count("id"))``)
    aggregate_functions: frozenset[str] = frozenset()
    #: pandas reductions that make a number of a group's values (``.agg({"paid": "sum"})``): a frame
    #: grouped by anything but a person and reduced only by them holds no one's record
    numeric_reductions: frozenset[str] = frozenset()
    #: methods that reduce a grouped frame by the functions they are given (``agg``, ``aggregate``)
    group_reducers: frozenset[str] = frozenset()
    #: functions and methods that make a table of numbers per group (``pd.crosstab``, ``pivot_table``)
    group_tables: frozenset[str] = frozenset()
    #: methods whose arguments never choose records: ordering, column lists, logging (a status column
    #: sorted by, selected or logged is not a condition)
    not_conditions: frozenset[str] = frozenset()

    @cached_property
    def choosers(self) -> frozenset[str]:
        """Methods that choose rows by their argument: the filters and the masks (``where``, ``query``)."""
        return self.filters | self.masks | self.subset_drops


@dataclass(frozen=True)
class Library:
    """Everything the data files say, merged."""

    calls: dict[str, Rule] = field(default_factory=dict)
    methods: dict[str, Rule] = field(default_factory=dict)
    clients: dict[str, dict[str, Rule]] = field(default_factory=dict)
    models: Models = Models()
    response_words: frozenset[str] = frozenset()
    #: attributes of what a call answered that say how it went, not what a record holds (``status_code``, a
    #: ticket's ``key``): returned by a function named for enforcement, they are no payload
    answer_attributes: frozenset[str] = frozenset()
    #: methods and attributes that read the body of an answer (``json``, ``text``, ``content``)
    answer_bodies: frozenset[str] = frozenset()
    #: keywords of an HTTP send that map form fields to files, each a file or a ``(file name, file, ...)`` tuple: the
    #: file name is transfer metadata, as an S3 ``Key`` is
    upload_files: frozenset[str] = frozenset()
    test_doubles: frozenset[str] = frozenset()
    #: settings readers whose ``get(section, option)`` names the option second (``configparser.ConfigParser``)
    option_readers: frozenset[str] = frozenset()
    #: names of libraries' constants (``numpy.nan``, ``pandas.NA``): a value stored from one holds no data
    constants: frozenset[str] = frozenset()
    #: calls that write a log line or print (``logging.info``, ``print``), and the methods that do on an object named
    #: for logging (``log.error``, ``self.logger.info``): what they are given is shown, not sent
    log_calls: frozenset[str] = frozenset()
    log_methods: frozenset[str] = frozenset()
    #: calls that make a logger (``logging.getLogger``): a name bound to one is a logger, whatever it is called
    log_makers: frozenset[str] = frozenset()
    #: methods of a logger that give a logger (loguru's ``opt``, structlog's ``bind``, the standard ``getChild``)
    log_variants: frozenset[str] = frozenset()
    #: command-line option declarations and where each gives its default (``[position, keyword]``): a decorator
    #: naming a parameter of the function (``@click.option("--endpoint", default=ICE_URL)``) or a parameter's
    #: default (``endpoint: str = typer.Option(ICE_URL)``); the parameter of a command run on its own holds it
    option_defaults: dict[str, tuple[int | None, str | None]] = field(default_factory=dict)
    #: the same declarations and where each names the environment variable its value may come from
    #: (``@click.option("--url", envvar="ICE_REFERRAL_URL")``): that name supplies the value (SPEC section 4)
    option_envvars: dict[str, tuple[int | None, str | None]] = field(default_factory=dict)
    #: methods that declare an option on a parser object, with where they give its default (``ap.add_argument(
    #: "--url", default=ICE_URL)``), and the methods of that parser that return the parsed options (``ap.parse_args()``)
    option_methods: dict[str, tuple[int | None, str | None]] = field(default_factory=dict)
    option_parsers: frozenset[str] = frozenset()
    #: parser methods that return the parsed options and what was left (``ns, rest = ap.parse_known_args()``)
    option_pair_parsers: frozenset[str] = frozenset()
    #: methods declaring options whose parser's ``parse_args()`` returns the options and what was left (optparse's ``add_option``)
    option_pair_methods: frozenset[str] = frozenset()
    #: parser methods whose keywords set options' defaults (``ap.set_defaults(url=ICE_URL)``)
    option_setters: frozenset[str] = frozenset()
    #: attributes that return their owner's data unchanged (``df.loc``, ``df.iloc``)
    accessors: frozenset[str] = frozenset()
    #: attributes that do so only on many records (a query's ``q.statement``); on one record they are fields
    row_accessors: frozenset[str] = frozenset()
    #: attributes read as a call of a method of the same object (``row._mapping`` as ``row._asdict()``)
    as_methods: dict[str, str] = field(default_factory=dict)
    #: keywords that make a method change its receiver instead of returning a new value
    #: (``df.drop(columns=[...], inplace=True)`` is ``df = df.drop(columns=[...])``)
    in_place: frozenset[str] = frozenset()
    population: Population = Population()
    #: methods of a task function that run it later with their arguments: "same" (``task.delay(a, b)``,
    #: ``task.s(a)``) or "packed" into ``args=[...]``/``kwargs={...}`` (``task.apply_async(args=[a])``)
    deferred: dict[str, str] = field(default_factory=dict)
    #: calls and methods that run the function given them: "each" on every element of the iterable that
    #: follows it (``pool.map(send, rows)``), "once" with the arguments that follow it (``ex.submit(send,
    #: body)``), "once_after_first" the same after one argument of their own (``loop.run_in_executor(None,
    #: send, body)``, ``loop.call_later(5, send, body)``)
    runners: dict[str, str] = field(default_factory=dict)
    #: constructors of objects that are runners when called (``tenacity.Retrying(...)(send, body)``), with
    #: their style as in ``runners``
    runner_objects: dict[str, str] = field(default_factory=dict)
    #: runners whose ``args=``/``kwargs=`` keywords, when given, are the function's arguments (RQ's
    #: ``queue.enqueue(send, args=(body,), job_timeout=60)``); their other keywords are the runner's own
    packed_runners: frozenset[str] = frozenset()
    #: packed runners that also take the function's ``args`` and ``kwargs`` by position, after this many positional
    #: arguments of their own (APScheduler's ``add_job(send, "date", [body])``: one, the trigger)
    packed_after: dict[str, int] = field(default_factory=dict)
    #: constructors of threads and processes: the position and keyword of the function they run later with
    #: ``args=``/``kwargs=`` (``threading.Thread(target=send, args=(body,))``)
    threads: dict[str, tuple[int | None, str | None]] = field(default_factory=dict)
    #: the keywords that hold those arguments, when not ``args``/``kwargs`` (Airflow's ``PythonOperator(
    #: python_callable=push, op_args=[...], op_kwargs={...})``)
    thread_arguments: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: objects a framework fills from a settings module of the project that an environment variable names
    #: (``django.conf.settings`` from ``DJANGO_SETTINGS_MODULE``): ``settings.X`` is that module's ``X``
    settings_objects: dict[str, str] = field(default_factory=dict)
    #: calls and methods that give the same file's path in another form (``str(p)``, ``pathlib.Path(p)``,
    #: ``os.fspath(p)``, ``p.resolve()``): a file opened or written by one is the file uploaded by another
    path_calls: frozenset[str] = frozenset()
    path_methods: frozenset[str] = frozenset()

    @cached_property
    def sink_functions(self) -> dict[str, SinkSpec]:
        return {name: rule.sink for name, rule in self.calls.items() if rule.sink is not None}

    @cached_property
    def client_sinks(self) -> dict[str, dict[str, SinkSpec]]:
        """The sink methods of each client kind."""
        return {kind: {m: r.sink for m, r in methods.items() if r.sink is not None} for kind, methods in self.clients.items()}

    @cached_property
    def client_constructors(self) -> dict[str, ClientSpec]:
        return {name: rule.client for name, rule in self.calls.items() if rule.client is not None}


def expand(pattern: str, sets: dict[str, list[str]], where: str) -> list[str]:
    """``"a.{b,$s}"`` -> ``["a.b", "a.<each of s>"]`` (every brace group, in order)."""
    match = _BRACES.search(pattern)
    if match is None:
        return [pattern]
    out: list[str] = []
    for alternative in match.group(1).split(","):
        alternative = alternative.strip()
        choices = _set(alternative, sets, where) if alternative.startswith("$") else [alternative]
        for choice in choices:
            out.extend(expand(pattern[: match.start()] + choice + pattern[match.end() :], sets, where))
    return out


def _set(ref: str, sets: dict[str, list[str]], where: str) -> list[str]:
    if ref[1:] not in sets:
        raise LibraryError(f"{where}: unknown set {ref!r}")
    return list(sets[ref[1:]])


def _names(value: Any, sets: dict[str, list[str]], where: str) -> list[str]:
    if isinstance(value, str) and value.startswith("$"):
        return _set(value, sets, where)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LibraryError(f"{where}: expected a list of names or a $set")
    return [name for v in value for name in expand(v, sets, where)]


def _position(value: Any, where: str) -> tuple[int | None, str | None]:
    if not (isinstance(value, list) and len(value) == 2 and (value[0] is None or isinstance(value[0], int)) and (value[1] is None or isinstance(value[1], str))):
        raise LibraryError(f"{where}: expected [position or null, keyword or null]")
    return value[0], value[1]


def _rule(entry: Any, sets: dict[str, list[str]], where: str) -> Rule:
    if not isinstance(entry, dict) or entry.get("does") not in BEHAVIOURS:
        raise LibraryError(f"{where}: 'does' must be one of {', '.join(sorted(BEHAVIOURS))}")
    unknown = set(entry) - _KEYS
    if unknown:
        raise LibraryError(f"{where}: unknown keys {sorted(unknown)}")
    does = entry["does"]
    sink = client = None
    if does == "sink" or (does == "carry" and ("data" in entry or "data_pos" in entry)):
        url_pos, url_kw = _position(entry["url"], where) if "url" in entry else (None, None)
        data_pos = tuple(sorted((int(k), v) for k, v in entry.get("data_pos", {}).items()))
        sink = SinkSpec(
            url_pos=url_pos, url_kw=url_kw or "url", data_kws=tuple(_names(entry.get("data", []), sets, where)), data_pos=data_pos,
            dest=tuple(_position(d, where) for d in entry.get("dest", [])), meta=frozenset(_names(entry.get("meta", []), sets, where)),
            files=tuple(_position(f, where) for f in entry.get("files", [])),
            recipients=tuple(_position(r, where) for r in entry.get("recipients", [])),
            dest_url=tuple(_position(d, where) for d in entry.get("dest_url", [])),
            shown=tuple(_position(d, where) for d in entry.get("shown", [])),
            request=bool(entry.get("request", False)),
            unless=(*_position(entry["unless"][0], where), frozenset(entry["unless"][1])) if "unless" in entry else None,
            sql=_position(entry["sql"], where) if "sql" in entry else None,
            keywords=bool(entry.get("keywords", False)),
        )
    if does in ("client", "connect"):
        base_pos, base_kw = _position(entry["base"], where) if "base" in entry else (None, None)
        kind_pos, kind_kw = _position(entry["kind_arg"], where) if "kind_arg" in entry else (None, None)
        carries: list[tuple[int | None, str]] = []
        for item in entry.get("carries", []) if isinstance(entry.get("carries", []), list) else [None]:
            pos, kw = (None, item) if isinstance(item, str) else _position(item, where) if isinstance(item, list) else (None, None)
            if kw is None:
                raise LibraryError(f"{where}: 'carries' is a list of keywords or [position, keyword] pairs")
            carries.append((pos, kw))
        meta = entry.get("meta", [])
        if not (isinstance(meta, list) and all(isinstance(k, str) for k in meta)):
            raise LibraryError(f"{where}: 'meta' is a list of keywords")
        base_key = entry.get("base_key")
        if base_key is not None and not isinstance(base_key, str):
            raise LibraryError(f"{where}: 'base_key' is the key of a configuration dict")
        element = entry.get("element")
        if element is not None and not (isinstance(element, list) and len(element) == 2 and all(isinstance(e, int) for e in element)
                                        and 0 <= element[0] < element[1]):
            raise LibraryError(f"{where}: 'element' is [index, length] of the tuple the call returns")
        client = ClientSpec(str(entry.get("kind", "")), base_kw=base_kw, base_pos=base_pos, kind_pos=kind_pos, kind_kw=kind_kw,
                            carries=tuple(carries), carried_meta=frozenset(meta), base_key=base_key,
                            base_also=tuple(_position(b, where) for b in entry.get("base_also", [])),
                            element=(element[0], element[1]) if element is not None else None)
    fields_pos, fields_kw = _position(entry["fields"], where) if "fields" in entry else (None, None)
    arg = entry.get("arg", 0)
    if not (isinstance(arg, int) or arg == "all"):
        raise LibraryError(f"{where}: 'arg' is a position or \"all\"")
    if "arg_kw" in entry and not isinstance(entry["arg_kw"], str):
        raise LibraryError(f"{where}: 'arg_kw' is a keyword")
    def where_of(key: str) -> tuple[int | None, str | None] | None:
        return _position(entry[key], where) if key in entry else None

    writes = does in ("write", "write_to", "write_path", "copy_file", "carry")
    return Rule(
        path=where_of("path"), sql=where_of("sql"), names=where_of("names"), list=where_of("list"), hook=where_of("hook"),
        initial=where_of("initial"), file=where_of("file"), columns=where_of("columns"), model=where_of("model"),
        tag=where_of("tag"), parent=where_of("parent"), attrib=where_of("attrib"),
        written=tuple(_position(d, where) for d in entry.get("written", [])) if writes else (),
        files=tuple(_position(f, where) for f in entry.get("files", [])) if writes else (),
        form=tuple(_position(f, where) for f in entry.get("form", [])) if does == "names_dest" else (),
        form_meta=frozenset(entry.get("meta", [])) if does in ("names_dest", "write", "pass") else frozenset(),
        file_kind=str(entry.get("kind", "file")) if does in ("open_file", "command") else "file",
        does=does, arg=arg, arg_kw=entry.get("arg_kw"), record=entry.get("record", 0), fields_pos=fields_pos, fields_kw=fields_kw,
        strings=bool(entry.get("strings")), attributes=bool(entry.get("attributes")), positional=bool(entry.get("positional")),
        within=_text_of(entry, "within", where) if does == "whole_record" else None,
        honours_include=bool(entry.get("honours_include")), may_be_response=bool(entry.get("may_be_response")), sink=sink, client=client,
        entry=_text_of(entry, "entry", where), template=_text_of(entry, "template", where), text=bool(entry.get("text")) and does == "write_to",
        whole=bool(entry.get("whole")) and does == "sql_query", models_only=bool(entry.get("models_only")) and does == "dump_declared",
        named_records=bool(entry.get("named_records")) and does == "dump_declared",
        entries=bool(entry.get("entries")) and does == "pass", ordered=bool(entry.get("ordered")) and does == "pass",
        concurrent=bool(entry.get("concurrent")) and does == "pass", chained=bool(entry.get("chained")) and does == "pass",
        packed=bool(entry.get("packed")) and does == "pass",
        moves=bool(entry.get("moves")) and does == "copy_file", tree=bool(entry.get("tree")) and does == "copy_file", number=bool(entry.get("number")) and does == "pass",
    )


def _text_of(entry: dict[str, Any], key: str, where: str) -> str | None:
    value = entry.get(key)
    if value is not None and not isinstance(value, str):
        raise LibraryError(f"{where}: {key!r} is a string")
    numbered = value is not None and "{0}" in value and "{}" not in value  # projects/{0}/topics/{1}: the positional arguments
    if key == "template" and value is not None and value.count("{}") != 1 and not numbered:
        raise LibraryError(f"{where}: 'template' holds one {{}} where the name goes, or {{0}}, {{1}}, ... where the positional arguments go")
    return value


def _table(raw: Any, sets: dict[str, list[str]], where: str, into: dict[str, Rule]) -> None:
    for pattern, entry in (raw or {}).items():
        rule = _rule(entry, sets, f"{where} {pattern!r}")
        for name in expand(pattern, sets, f"{where} {pattern!r}"):
            if name in into:
                raise LibraryError(f"{where}: {name!r} is described twice")
            into[name] = rule


def load(texts: dict[str, str]) -> Library:
    """Merge library files given as ``{file name: JSON text}``; a malformed file raises LibraryError."""
    calls: dict[str, Rule] = {}
    methods: dict[str, Rule] = {}
    clients: dict[str, dict[str, Rule]] = {}
    models: dict[str, list[str]] = {}
    response_words: set[str] = set()
    answer_attributes: set[str] = set()
    answer_bodies: set[str] = set()
    upload_files: set[str] = set()
    test_doubles: set[str] = set()
    option_readers: set[str] = set()
    constants: set[str] = set()
    log_calls: set[str] = set()
    log_methods: set[str] = set()
    log_makers: set[str] = set()
    log_variants: set[str] = set()
    accessors: set[str] = set()
    row_accessors: set[str] = set()
    as_methods: dict[str, str] = {}
    in_place: set[str] = set()
    population: dict[str, list[str]] = {}
    deferred: dict[str, str] = {}
    runners: dict[str, str] = {}
    runner_objects: dict[str, str] = {}
    packed_runners: set[str] = set()
    packed_after: dict[str, int] = {}
    threads: dict[str, tuple[int | None, str | None]] = {}
    thread_arguments: dict[str, tuple[str, str]] = {}
    option_defaults: dict[str, tuple[int | None, str | None]] = {}
    option_envvars: dict[str, tuple[int | None, str | None]] = {}
    option_methods: dict[str, tuple[int | None, str | None]] = {}
    option_parsers: set[str] = set()
    option_pair_parsers: set[str] = set()
    option_pair_methods: set[str] = set()
    option_setters: set[str] = set()
    settings_objects: dict[str, str] = {}
    path_calls: set[str] = set()
    path_methods: set[str] = set()
    for name in sorted(texts):
        try:
            raw = json.loads(texts[name])
        except ValueError as error:
            raise LibraryError(f"{name}: not JSON ({error})") from None
        unknown = set(raw) - {
            "about", "sets", "calls", "methods", "clients", "models", "response_words", "answer_attributes", "answer_bodies", "upload_files", "test_doubles", "accessors",
            "row_accessors", "in_place",
            "as_methods", "population", "deferred", "runners", "runner_objects", "packed_runners", "packed_after", "threads", "option_readers", "constants",
            "logging", "option_defaults", "option_envvars", "option_methods", "option_parsers", "option_pair_parsers", "option_pair_methods", "option_setters",
            "settings_objects", "path_conversions",
        }
        if unknown:
            raise LibraryError(f"{name}: unknown sections {sorted(unknown)}")
        sets = raw.get("sets", {})
        _table(raw.get("calls"), sets, f"{name} calls", calls)
        _table(raw.get("methods"), sets, f"{name} methods", methods)
        for kind, table in raw.get("clients", {}).items():
            rules: dict[str, Rule] = {}
            _table(table, sets, f"{name} clients.{kind}", rules)
            if any(r.does not in _CLIENT_METHOD_BEHAVIOURS for r in rules.values()):
                raise LibraryError(f"{name} clients.{kind}: client methods are sinks, clients, connects, answers, carries, writes, reads, names_dest, substitutes,"
                                   " queries, passes, write_receiver, same, env_read or XML element methods")
            if any(r.does == "carry" and not r.entry for r in rules.values()):
                raise LibraryError(f"{name} clients.{kind}: a carry names the attribute it adds to in 'entry'")
            clients.setdefault(kind, {}).update(rules)
        accessors.update(_names(raw.get("accessors", []), sets, f"{name} accessors"))
        row_accessors.update(_names(raw.get("row_accessors", []), sets, f"{name} row_accessors"))
        for attribute, method in raw.get("as_methods", {}).items():
            if not (isinstance(attribute, str) and isinstance(method, str) and method.isidentifier()):
                raise LibraryError(f"{name} as_methods: an attribute maps to the name of a method")
            as_methods[attribute] = method
        in_place.update(_names(raw.get("in_place", []), sets, f"{name} in_place"))
        for key, values in raw.get("models", {}).items():
            if key not in Models.__dataclass_fields__:
                raise LibraryError(f"{name} models: unknown key {key!r}")
            models.setdefault(key, []).extend(_names(values, sets, f"{name} models.{key}"))
        response_words.update(_names(raw.get("response_words", []), sets, f"{name} response_words"))
        answer_attributes.update(_names(raw.get("answer_attributes", []), sets, f"{name} answer_attributes"))
        answer_bodies.update(_names(raw.get("answer_bodies", []), sets, f"{name} answer_bodies"))
        upload_files.update(_names(raw.get("upload_files", []), sets, f"{name} upload_files"))
        test_doubles.update(_names(raw.get("test_doubles", []), sets, f"{name} test_doubles"))
        option_readers.update(_names(raw.get("option_readers", []), sets, f"{name} option_readers"))
        constants.update(_names(raw.get("constants", []), sets, f"{name} constants"))
        logging = raw.get("logging", {})
        if not isinstance(logging, dict) or set(logging) - {"calls", "methods", "makers", "variants"}:
            raise LibraryError(f"{name} logging: an object of 'calls', 'methods', 'makers' and 'variants'")
        log_variants.update(_names(logging.get("variants", []), sets, f"{name} logging.variants"))
        log_makers.update(_names(logging.get("makers", []), sets, f"{name} logging.makers"))
        log_calls.update(_names(logging.get("calls", []), sets, f"{name} logging.calls"))
        log_methods.update(_names(logging.get("methods", []), sets, f"{name} logging.methods"))
        paths = raw.get("path_conversions", {})
        if not isinstance(paths, dict) or set(paths) - {"calls", "methods"}:
            raise LibraryError(f"{name} path_conversions: an object of 'calls' and 'methods'")
        path_calls.update(_names(paths.get("calls", []), sets, f"{name} path_conversions.calls"))
        path_methods.update(_names(paths.get("methods", []), sets, f"{name} path_conversions.methods"))
        for style, values in raw.get("deferred", {}).items():
            if style not in ("same", "packed", "each", "each_kwargs", "direct"):
                raise LibraryError(f"{name} deferred: the styles are 'same', 'packed', 'each', 'each_kwargs' and 'direct', not {style!r}")
            deferred.update(dict.fromkeys(_names(values, sets, f"{name} deferred.{style}"), style))
        for style, values in raw.get("runners", {}).items():
            if style not in RUNNER_STYLES:
                raise LibraryError(f"{name} runners: the styles are {', '.join(map(repr, RUNNER_STYLES))}, not {style!r}")
            runners.update(dict.fromkeys(_names(values, sets, f"{name} runners.{style}"), style))
        for key, style in raw.get("runner_objects", {}).items():
            if style not in RUNNER_STYLES:
                raise LibraryError(f"{name} runner_objects.{key}: the styles are {', '.join(map(repr, RUNNER_STYLES))}, not {style!r}")
            runner_objects.update(dict.fromkeys(_names([key], sets, f"{name} runner_objects"), style))
        packed_runners.update(_names(raw.get("packed_runners", []), sets, f"{name} packed_runners"))
        for key, skip in raw.get("packed_after", {}).items():
            if not isinstance(skip, int) or isinstance(skip, bool) or skip < 0:
                raise LibraryError(f"{name} packed_after.{key}: expected how many of the runner's own positional arguments come first (an integer)")
            packed_after.update(dict.fromkeys(_names([key], sets, f"{name} packed_after"), skip))
        for key, where in raw.get("threads", {}).items():
            packing = ("args", "kwargs")
            if isinstance(where, dict):
                # {"function": [null, "python_callable"], "args": "op_args", "kwargs": "op_kwargs"}
                if set(where) - {"function", "args", "kwargs"} or not all(isinstance(where.get(k, ""), str) for k in ("args", "kwargs")):
                    raise LibraryError(f"{name} threads.{key}: expected {{'function': [position, keyword], 'args': keyword, 'kwargs': keyword}}")
                packing = (where.get("args", "args"), where.get("kwargs", "kwargs"))
                where = where.get("function")
            for qual in _names([key], sets, f"{name} threads"):
                threads[qual] = _position(where, f"{name} threads.{key}")
                thread_arguments[qual] = packing
        for key, where in raw.get("option_defaults", {}).items():
            for qual in _names([key], sets, f"{name} option_defaults"):
                option_defaults[qual] = _position(where, f"{name} option_defaults.{key}")
        for key, where in raw.get("option_envvars", {}).items():
            for qual in _names([key], sets, f"{name} option_envvars"):
                option_envvars[qual] = _position(where, f"{name} option_envvars.{key}")
        for key, where in raw.get("option_methods", {}).items():
            for method in _names([key], sets, f"{name} option_methods"):
                option_methods[method] = _position(where, f"{name} option_methods.{key}")
        option_parsers.update(_names(raw.get("option_parsers", []), sets, f"{name} option_parsers"))
        option_pair_parsers.update(_names(raw.get("option_pair_parsers", []), sets, f"{name} option_pair_parsers"))
        option_pair_methods.update(_names(raw.get("option_pair_methods", []), sets, f"{name} option_pair_methods"))
        option_setters.update(_names(raw.get("option_setters", []), sets, f"{name} option_setters"))
        for key, variable in raw.get("settings_objects", {}).items():
            if not (isinstance(variable, str) and variable.isidentifier()):
                raise LibraryError(f"{name} settings_objects.{key}: expected the name of the environment variable that names the settings module")
            settings_objects.update(dict.fromkeys(_names([key], sets, f"{name} settings_objects"), variable))
        for key, values in raw.get("population", {}).items():
            if key not in Population.__dataclass_fields__:
                raise LibraryError(f"{name} population: unknown key {key!r}")
            population.setdefault(key, []).extend(_names(values, sets, f"{name} population.{key}"))
    made = [rule.client for rule in calls.values() if rule.client is not None]
    made += [rule.client for methods in clients.values() for rule in methods.values() if rule.does == "client" and rule.client is not None]
    kinds = {c.kind for c in made if c.kind_pos is None and c.kind_kw is None and c.kind}
    missing = kinds - set(clients)
    if missing:
        raise LibraryError(f"{', '.join(sorted(texts))}: client kinds without methods: {sorted(missing)}")
    shaped = Models(
        bases=frozenset(models.get("bases", ())), decorators=frozenset(models.get("decorators", ())),
        field_calls=frozenset(models.get("field_calls", ())), field_modules=tuple(models.get("field_modules", ())),
        serializer_modules=tuple(models.get("serializer_modules", ())), declared_schemas=frozenset(models.get("declared_schemas", ())),
        auto_schemas=frozenset(models.get("auto_schemas", ())),
        serializer_data=frozenset(models.get("serializer_data", ())),
        serializer_class_attributes=frozenset(models.get("serializer_class_attributes", ())),
        serializer_parameters=frozenset(models.get("serializer_parameters", ())),
        serializer_getters=frozenset(models.get("serializer_getters", ())),
        queryset_getters=frozenset(models.get("queryset_getters", ())), queryset_attributes=tuple(models.get("queryset_attributes", ())),
        record_field_modules=tuple(models.get("record_field_modules", ())),
        fhir_packages=tuple(models.get("fhir_packages", ())), fhir_constructors=frozenset(models.get("fhir_constructors", ())),
        fhir_readers=frozenset(models.get("fhir_readers", ())),
        route_decorators=frozenset(models.get("route_decorators", ())), view_bases=frozenset(models.get("view_bases", ())),
        route_registrars=frozenset(models.get("route_registrars", ())), route_owners=frozenset(models.get("route_owners", ())),
        view_methods=frozenset(models.get("view_methods", ())), request_parameters=frozenset(models.get("request_parameters", ())),
        handler_signatures=frozenset(tuple(s.split(",")) for s in models.get("handler_signatures", ())),
        view_decorators=frozenset(models.get("view_decorators", ())),
        dependency_markers=frozenset(models.get("dependency_markers", ())),
        fhir_factories=frozenset(models.get("fhir_factories", ())), declared_dumps=frozenset(models.get("declared_dumps", ())),
        instance_getters=frozenset(models.get("instance_getters", ())),
    )
    scoped = Population(**{  # type: ignore[arg-type]
        key: tuple(values) if key.endswith("_words") else frozenset(values) for key, values in population.items()
    })
    return Library(
        calls=calls, methods=methods, clients=clients, models=shaped, response_words=frozenset(response_words),
        answer_attributes=frozenset(answer_attributes), answer_bodies=frozenset(answer_bodies), upload_files=frozenset(upload_files), accessors=frozenset(accessors),
        row_accessors=frozenset(row_accessors), as_methods=as_methods,
        in_place=frozenset(in_place), test_doubles=frozenset(test_doubles), option_readers=frozenset(option_readers), constants=frozenset(constants),
        log_calls=frozenset(log_calls), log_methods=frozenset(log_methods), log_makers=frozenset(log_makers), log_variants=frozenset(log_variants),
        population=scoped, deferred=deferred,
        runners=runners, runner_objects=runner_objects, packed_runners=frozenset(packed_runners), packed_after=packed_after, threads=threads,
        thread_arguments=thread_arguments, settings_objects=settings_objects, path_calls=frozenset(path_calls), path_methods=frozenset(path_methods),
        option_defaults=option_defaults, option_envvars=option_envvars, option_methods=option_methods, option_parsers=frozenset(option_parsers),
        option_pair_parsers=frozenset(option_pair_parsers), option_pair_methods=frozenset(option_pair_methods), option_setters=frozenset(option_setters),
    )


def shipped_texts() -> dict[str, str]:
    """The package's library files, by name."""
    folder = resources.files("flake8_medicaid_scope") / "data" / "library"
    return {entry.name: entry.read_text(encoding="utf-8") for entry in folder.iterdir() if entry.name.endswith(".json")}


@lru_cache(maxsize=1)
def shipped() -> Library:
    """The shipped library, loaded once."""
    return load(shipped_texts())

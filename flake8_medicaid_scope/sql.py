"""The columns a SQL query selects, read with sqlglot (SPEC sections 3 and 6).

Only the select list sends anything: ``WHERE``, ``JOIN ... ON`` and ``ORDER BY``
columns do not. ``ssn AS member_ref`` is still an SSN (the column keeps both names),
``*`` and ``t.*`` are a whole record unless they select from a common table
expression whose columns are known. SQL that does not parse gives nothing, never an
error. sqlglot is imported only when a file holds a string that looks like a query.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable

from .words import CHILD_WORDS

#: a query worth parsing: optional comments, then SELECT, WITH or a parenthesis
#: (a script's leading settings, ``SET search_path TO mmis;``, come before its query)
_QUERY = re.compile(
    r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*|set\b[^;']*;\s*)*"
    r"(?:select|with|\(|copy\s*\(\s*(?:select|with)|copy\s+[\w.\"]+(?:\s*\([^)]*\))?\s+to)\b",
    re.IGNORECASE | re.DOTALL,
)
#: a folded hole (an unknown part of the string) is parsed as this one-letter name
HOLE = "\x00"
PLACEHOLDER = "x"
MAX_SQL = 100_000
#: query parameters sqlglot does not read (it takes ``$1`` for a column): ``%s`` ("format"), ``%(name)s``
#: ("pyformat"), ``$1`` (PostgreSQL's own, asyncpg and psycopg 3's server-side binding) and ``:1``
#: (Oracle's numbered binds, cx_Oracle and oracledb)
_PARAMETER = re.compile(r"%\((\w+)\)s|%s|\$\d+|(?<![:\w]):\d+\b")
#: dialects tried, in order, on a query the common reading rejects (T-SQL's CONVERT(type, x, style),
#: Oracle's and PostgreSQL's own forms)
_FALLBACK_DIALECTS = ("tsql", "oracle", "postgres", "mysql")


#: Jinja's expressions (dbt's ``{{ ref('stg_enrollee') }}``, Airflow's ``{{ ds }}``), and its statements and comments
#: (on one line, beginning with a name or a literal, with quotes balanced: '{{' || ssn || '}}' or LIKE '{%' are SQL)
_JINJA_EXPRESSION = re.compile(r"""\{\{-?\s*[\w(\[](?:'[^'\n]*'|"[^"\n]*"|[^{}'"])*?-?\}\}""")
_JINJA_BLOCK = re.compile(
    r"""\{%-?\s*(?:if|elif|else|endif|for|endfor|set|endset|macro|endmacro|call|endcall|filter|endfilter|raw|endraw|do|import|from|include|"""
    r"""block|endblock|extends|with|endwith|snapshot|endsnapshot|test|endtest|materialization|endmaterialization)\b"""
    r"""(?:'[^'\n]*'|"[^"\n]*"|[^{}'"\n])*?-?%\}|\{#[^\n]*?#\}""")


_FIRST_KEYWORD = re.compile(r"\b(?:select|with)\b", re.IGNORECASE)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _dejinja(sql: str) -> str:
    """``sql`` with its Jinja read as the query would be once rendered, of the same length: a statement or a
    comment (``{% if %}``, ``{% set %}``, ``{# #}``) is blank (both branches of an ``if`` are read); an
    expression before the query begins (dbt's ``{{ config(...) }}``) is blank; one inside it (``{{
    ref('stg_enrollee') }}``, ``{{ ds }}``, ``{{ col }}``) is an unknown piece, as a hole of an f-string is."""
    if "{" not in sql:
        return sql
    sql = _JINJA_BLOCK.sub(lambda m: _blank(m.group(0)), sql)
    outside = _JINJA_EXPRESSION.sub(lambda m: _blank(m.group(0)), sql)
    start = _FIRST_KEYWORD.search(outside)
    begins = start.start() if start is not None else len(sql)
    return _JINJA_EXPRESSION.sub(lambda m: _blank(m.group(0)) if m.start() < begins else HOLE + _blank(m.group(0))[1:], sql)


_COPY_START = re.compile(r"\s*copy\b", re.IGNORECASE)
_WORD_OR_QUOTE = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|--[^\n]*|/\*.*?\*/|[()]|[A-Za-z_][\w$]*", re.DOTALL)


def copy_target(sql: str, end: bool = False) -> str | None:
    """The target of a PostgreSQL ``COPY ... TO`` statement: ``STDOUT``, or the quoted file name the server writes
    (``'/srv/x.csv'``), found outside the parentheses of its query or column list and outside quoted text (a query's
    ``SIMILAR TO 'U%'`` is no target); with ``end``, the offset just after the target, as a string (the statement
    without its options: ``TO STDOUT (FORMAT csv)``); None for a ``COPY ... FROM`` or no target found."""
    depth = 0
    tokens = [t for t in _WORD_OR_QUOTE.finditer(sql) if not t.group(0).startswith(("--", "/*"))]
    for i, token in enumerate(tokens):
        text = token.group(0)
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif depth == 0 and text.lower() == "from" and i > 0:
            return None  # COPY members FROM STDIN: a load
        elif depth == 0 and text.lower() == "to" and i + 1 < len(tokens):
            after = tokens[i + 1]
            target = after.group(0)
            if target.lower() == "stdout" or target.startswith("'"):
                return str(after.end()) if end else target
    return None


#: a statement by which the database server itself writes a query's rows to a place outside the database
_UNLOAD_START = re.compile(
    r"^\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*(unload|copy\s+into|export\s+data|insert\s+overwrite\s+(?:local\s+)?directory)\b",
    re.IGNORECASE | re.DOTALL)
_STAGE_OR_URI = re.compile(r"\s*('(?:[^']|'')*'|@[\w.$~\"/-]+)")
_EXPORT_URI = re.compile(r"\buri\s*=\s*'((?:[^']|'')*)'", re.IGNORECASE)


def unload(sql: str) -> tuple[str, str] | None:
    """The place and the query of a statement by which the database server writes a query's rows out of the
    database: Redshift's ``UNLOAD ('SELECT ...') TO 's3://...'`` (Athena's ``UNLOAD (SELECT ...) TO``),
    Snowflake's ``COPY INTO 's3://...' | @stage/path FROM (SELECT ...) | FROM table``, BigQuery's ``EXPORT DATA
    OPTIONS (uri = 'gs://...') AS SELECT ...``, Spark's ``INSERT OVERWRITE DIRECTORY 's3://...' SELECT ...``. The
    query is given as ``sql`` with everything else blanked (the same length, so an offset into it is one into
    ``sql``; a quoted query's doubled quotes read as single ones). None for any other statement, a load
    (``COPY INTO members FROM @stage``) and a statement whose place or query is not found."""
    start = _UNLOAD_START.match(sql)
    if start is None:
        return None
    kind = start.group(1).split()[0].lower()
    tokens = [t for t in _WORD_OR_QUOTE.finditer(sql, start.end()) if not t.group(0).startswith(("--", "/*"))]
    out = [" "] * len(sql)

    def closing(i: int) -> int | None:
        """The index of the token closing the parenthesis at ``tokens[i]``."""
        depth = 0
        for j in range(i, len(tokens)):
            depth += {"(": 1, ")": -1}.get(tokens[j].group(0), 0)
            if depth == 0:
                return j
        return None

    def keep(begin: int, end: int) -> None:
        out[begin:end] = sql[begin:end]

    def place(text: str) -> str:
        return text[1:-1].replace("''", "'") if text.startswith("'") else text

    target: str | None = None
    if kind == "unload":
        shut = closing(0) if tokens and tokens[0].group(0) == "(" else None
        if shut is None or shut + 2 >= len(tokens) or tokens[shut + 1].group(0).lower() != "to":
            return None
        target = place(tokens[shut + 2].group(0))
        inner = tokens[1:shut]
        if len(inner) == 1 and inner[0].group(0).startswith("'"):
            # UNLOAD ('SELECT ... WHERE st = ''X''') (Redshift): the quoted query, its doubled quotes one each
            begin, end = inner[0].start() + 1, inner[0].end() - 1
            keep(begin, end)
            opened = False
            for found in re.finditer("''", sql[begin:end]):
                opened = not opened  # (an opening pair becomes a blank and a quote, a closing one a quote and a blank)
                at = begin + found.start()
                out[at:at + 2] = [" ", "'"] if opened else ["'", " "]
        else:
            keep(tokens[0].end(), tokens[shut].start())  # UNLOAD (SELECT ...) TO (Athena)
    elif kind == "copy":
        located = _STAGE_OR_URI.match(sql, start.end())
        if located is None:
            return None  # COPY INTO members FROM @stage: a load
        target = place(located.group(1))
        rest = [t for t in tokens if t.start() >= located.end()]
        source = next((i for i, t in enumerate(rest) if t.group(0).lower() == "from"), None)
        if source is None or source + 1 >= len(rest):
            return None
        tokens = rest
        if tokens[source + 1].group(0) == "(":
            shut = closing(source + 1)
            if shut is None:
                return None
            keep(tokens[source + 1].end(), tokens[shut].start())
        else:
            # COPY INTO @ice_stage FROM members: every column of the table, read as SELECT * FROM members
            table = re.match(r"[\w.\"]+", sql[tokens[source + 1].start():])
            if table is None:
                return None
            keep(tokens[source].start(), tokens[source + 1].start() + table.end())
            # (SELECT where COPY was, the star just before FROM: reported where the table is named)
            out[start.start(1):start.start(1) + 6] = "SELECT"
            out[tokens[source].start() - 2] = "*"
    elif kind == "export":
        named = next((i for i, t in enumerate(tokens) if t.group(0).lower() == "as" and i + 1 < len(tokens)
                      and tokens[i + 1].group(0).lower() in ("select", "with", "(")), None)
        uri = _EXPORT_URI.search(sql, start.end(), tokens[named].start()) if named is not None else None
        if named is None or uri is None:
            return None
        target = uri.group(1).replace("''", "'")
        keep(tokens[named + 1].start(), len(sql))
    else:
        if not tokens or not tokens[0].group(0).startswith("'"):
            return None
        target = place(tokens[0].group(0))
        query_at = next((t.start() for t in tokens[1:] if t.group(0).lower() in ("select", "with")), None)
        if query_at is None:
            return None
        keep(query_at, len(sql))
    return (target, "".join(out)) if target else None


def _readable(sql: str) -> str:
    """``sql`` with its unknown parts and DB-API parameters replaced by ones sqlglot reads, each of
    the same length (offsets into the text stay right)."""
    sql = _dejinja(sql).replace(HOLE, PLACEHOLDER)
    if "#" in sql:
        sql = _without_hash_comments(sql)
    if _COPY_START.match(sql):
        target = copy_target(sql, end=True)
        if target is not None:
            sql = sql[:int(target)]  # COPY ... TO STDOUT (FORMAT csv, HEADER): the options say how, not what (cut at the end)
    return _PARAMETER.sub(lambda m: (f":{m.group(1)}" if m.group(1) else "?").ljust(len(m.group(0))), sql)


def _without_hash_comments(sql: str) -> str:
    """MySQL's ``# comment`` lines blanked out (same length), outside quotes; a ``#`` not followed by a
    blank (Postgres ``#>``) is kept."""
    out = list(sql)
    quote: str | None = None
    i = 0
    while i < len(sql):
        char = sql[i]
        if quote is not None:
            if char == quote:
                quote = None
        elif char == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)  # a -- comment: its apostrophes open no string
            i = len(sql) if end < 0 else end
            continue
        elif char == "/" and sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = len(sql) if end < 0 else end + 2
            continue
        elif char in "'\"`":
            quote = char
        elif char == "#" and (i + 1 == len(sql) or sql[i + 1] in " \t\r\n"):
            end = sql.find("\n", i)
            end = len(sql) if end < 0 else end
            out[i:end] = " " * (end - i)
            i = end
            continue
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class Column:
    """One entry of a select list."""

    names: frozenset[str]  # the source columns and the alias
    key: str | None  # the name a row gives it (the alias, else the column)
    offset: int  # where it starts in the query text
    whole: bool = False  # ``*`` or ``t.*`` from a table whose columns are unknown
    #: its place in the select list and the list's length (a tuple row's ``row[i]``); None when a star
    #: was expanded from a ``WITH`` query (the places are that query's)
    position: int | None = None
    width: int | None = None
    #: the tables its columns are read from, by alias and by name (``pcp`` and ``provider`` of
    #: ``pcp.phone_number`` with ``JOIN mmis.provider pcp``): a table of someone else makes it theirs
    owners: frozenset[str] = frozenset()
    #: a figure made of its columns' values (``SUM(paid)``, ``AVG(age)``): of a group, a number about no one
    figure: bool = False
    #: ``COUNT(*) AS enrollees``: a number of rows, read back by its alias (names the key only)
    count: bool = False
    #: ``(race_cd = '3') AS flag``, ``length(ssn) AS n``: a test or a length of its columns, named by its alias only
    tested: bool = False


def looks_like_query(text: str) -> bool:
    """Cheap test before any parse."""
    return len(text) <= MAX_SQL and _QUERY.match(_dejinja(text) if "{" in text else text) is not None


_BRACKETED = re.compile(r"\[[A-Za-z_][\w ]*\]")


_TOP = re.compile(r"\bSELECT\s+(DISTINCT\s+)?TOP\s*\(?\s*\d", re.IGNORECASE)


@lru_cache(maxsize=256)
def _tree(sql: str) -> Any:
    """The parse of a query (None when it is not one that parses); kept, since its select list and
    its conditions are read from the same text (read-only)."""
    if not looks_like_query(sql):
        return None
    try:
        import sqlglot

        logging.getLogger("sqlglot").setLevel(logging.CRITICAL)  # its warnings on parts it skips are not flake8's output
        text = _readable(sql)
        # SQL Server's [brackets] and MySQL's `backticks` quote names only in their own dialects; the
        # common reading comes first (a Postgres ARRAY[col] has brackets too)
        # (SELECT TOP n is SQL Server's too)
        dialect = "mysql" if "`" in sql else "tsql" if (_BRACKETED.search(sql) or _TOP.search(sql)) and "ARRAY[" not in sql.upper() else None
        try:
            tree = _query_of(sqlglot.parse(text), sqlglot)
        except Exception:  # noqa: BLE001 - sqlglot raises several error types on text it cannot read
            for read in (dialect,) if dialect is not None else _FALLBACK_DIALECTS:
                try:
                    return _query_of(sqlglot.parse(text, read=read), sqlglot)
                except Exception:  # noqa: BLE001,S112 - the next dialect may read it
                    continue
            return None
        if dialect is not None and any(tree.find_all(sqlglot.exp.Array)):
            return sqlglot.parse_one(text, read=dialect)  # SELECT [SSN_NUM] read as an array: the dialect's names
        return tree
    except Exception:  # noqa: BLE001 - sqlglot raises several error types on text it cannot read
        return None


def _copied_table(statement: Any, sqlglot: Any) -> Any:
    """``COPY members (cin, ssn) TO STDOUT``: read as ``SELECT cin, ssn FROM members`` (``COPY members TO``: every
    column, ``SELECT *``); ``COPY members FROM STDIN`` loads rows and selects none (left as it is)."""
    exp = sqlglot.exp
    target = statement.this
    if statement.args.get("kind") or not isinstance(target, (exp.Table, exp.Schema)):
        return statement
    table = target.this if isinstance(target, exp.Schema) else target
    if not isinstance(table, exp.Table):
        return statement
    columns = [exp.column(c.copy()) for c in target.expressions if isinstance(c, exp.Identifier)] if isinstance(target, exp.Schema) else []
    return exp.select(*(columns or [exp.Star()])).from_(table.copy())


def _query_of(statements: list[Any], sqlglot: Any) -> Any:
    """The query of a script (``SET search_path TO mmis; SELECT ...``): its last statement that selects
    rows, or the only statement; an error when there is none (the caller tries another reading)."""
    # COPY (SELECT ...) TO STDOUT (PostgreSQL's export of a query's rows, psycopg's copy_expert): that query
    copy: Any = getattr(sqlglot.exp, "Copy", None)
    statements = [s.this.this if copy is not None and isinstance(s, copy) and isinstance(s.this, sqlglot.exp.Subquery)
                  and isinstance(s.this.this, sqlglot.exp.Query) else _copied_table(s, sqlglot) if copy is not None and isinstance(s, copy)
                  else s for s in statements]
    queries = [s for s in statements if isinstance(s, sqlglot.exp.Query)]
    if queries:
        return queries[-1]
    if len(statements) == 1 and statements[0] is not None:
        return statements[0]
    raise ValueError("no query in the script")


def select_columns(sql: str) -> list[Column] | None:
    """The select list of ``sql``; None when it is not a query that parses."""
    tree = _tree(sql)
    if tree is None:
        return None
    from sqlglot import exp

    holes = {i for i, ch in enumerate(_dejinja(sql)) if ch == HOLE}
    ctes: dict[str, Any] = {}
    for cte in tree.find_all(exp.CTE):
        if cte.alias and _branches(cte.this, exp):
            ctes[cte.alias.lower()] = cte.this  # (a UNION's branches too)
    selects = _branches(tree, exp)
    if not selects:
        return None
    out: list[Column] = []
    budget = [_STAR_BUDGET]  # select-list entries read while stars are expanded (CTEs joined to themselves multiply them)
    for select in selects:
        out.extend(_projections(select, ctes, holes, exp, 0, budget))
    return out


def _branches(node: Any, exp: Any) -> list[Any]:
    """The selects whose rows a query returns: both sides of a ``UNION``, the left side of ``EXCEPT`` and
    ``INTERSECT`` (the right side only removes or keeps rows, its columns send nothing), through
    parentheses; not a subquery of a ``WHERE`` (``EXISTS (SELECT ...)``) or of a ``FROM``."""
    if isinstance(node, exp.Subquery):
        return _branches(node.this, exp)
    if isinstance(node, exp.Select):
        return [node]
    if isinstance(node, (exp.Except, exp.Intersect)):
        return _branches(node.this, exp)
    if isinstance(node, exp.Union) or type(node).__name__ == "SetOperation":
        return _branches(node.this, exp) + _branches(node.expression, exp)
    return []


def _star_sources(select: Any, projection: Any, ctes: dict[str, Any], exp: Any) -> list[Any] | None:
    """The selects a star of ``select`` stands for when each source it covers lists its columns: ``*`` over
    a CTE or a derived table (``FROM (SELECT cin, dob FROM member) sub``), ``d.*`` of a joined one; None when
    a source it covers is a table (every column of it)."""
    qualifier = projection.table.lower() if isinstance(projection, exp.Column) and projection.table else None
    source = select.args.get("from_") or select.args.get("from")
    sources = [source.this] if source is not None else []
    sources += [join.this for join in select.args.get("joins") or ()]
    covered = [s for s in sources if qualifier is None or (s.alias_or_name or "").lower() == qualifier]
    out = []
    for s in covered:
        if isinstance(s, exp.Table) and s.name.lower() in ctes and not s.args.get("db"):
            out.extend(_branches(ctes[s.name.lower()], exp))
        elif isinstance(s, exp.Subquery) and _branches(s.this, exp):
            out.extend(_branches(s.this, exp))
        else:
            return None
    return out or None


def _start(node: Any) -> int | None:
    meta = getattr(node, "meta", None) or {}
    return meta.get("start")


def _identifiers(node: Any, exp: Any) -> list[Any]:
    return [i for i in node.find_all(exp.Identifier) if _start(i) is not None]


def _covers_hole(identifier: Any, holes: set[int]) -> bool:
    start, end = identifier.meta.get("start"), identifier.meta.get("end")
    return start is not None and end is not None and any(start <= h <= end for h in holes)


#: how many select-list entries the expansion of the stars of one query may read; past it a star is a whole row
_STAR_BUDGET = 2000


def _projections(select: Any, ctes: dict[str, Any], holes: set[int], exp: Any, depth: int, budget: list[int]) -> list[Column]:
    out: list[Column] = []
    width = len(select.expressions) if depth == 0 else None
    for position, projection in enumerate(select.expressions):
        star = projection if isinstance(projection, exp.Star) else None
        if isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star):
            star = projection.this  # t.*
        if star is not None:
            listed = _star_sources(select, projection, ctes, exp) if depth < 8 and budget[0] > 0 else None
            expanded: list[Column] = []
            for inner_select in listed or ():  # WITH x AS (SELECT ...) SELECT * FROM x, SELECT * FROM (SELECT ...) sub
                budget[0] -= len(inner_select.expressions)
                if budget[0] < 0:
                    listed = None
                    break
                expanded.extend(_projections(inner_select, ctes, holes, exp, depth + 1, budget))
            if listed is not None and budget[0] >= 0:
                out.extend(expanded)
            else:
                offset = _start(star)
                out.append(Column(frozenset({projection.sql(comments=False)}), None, offset if offset is not None else 0, whole=True))
            continue
        inner = projection.this if isinstance(projection, exp.Alias) else projection
        if isinstance(inner, exp.Count):
            # COUNT(ssn), COUNT(DISTINCT ssn) AS n: a number of rows, not the column (as len() is); its alias is
            # the key a row gives that number
            if isinstance(projection, exp.Alias) and projection.alias:
                out.append(Column(frozenset({projection.alias}), projection.alias, _start(projection) or 0, position=position if width else None,
                                  width=width, count=True))
            continue
        row = _whole_row(projection, select, exp)
        if row is not None:
            offset = _start(row) if _start(row) is not None else _start(row.this) if isinstance(row, exp.Column) else None
            out.append(Column(frozenset({projection.sql(comments=False)}), None, offset if offset is not None else 0, whole=True))
            continue
        # ROW_NUMBER() OVER (PARTITION BY cin ORDER BY eff_dt): the window's columns choose and order rows, they
        # send nothing (as ORDER BY does); the function's own arguments (LAG(dx) OVER ...) are sent
        ordering = {id(n) for w in projection.find_all(exp.Window) for part in (*(w.args.get("partition_by") or ()), w.args.get("order"))
                    if part is not None for n in (*part.find_all(exp.Column), *part.find_all(exp.Identifier))}
        # (m.race_cd = '3') AS flag, m.ssn_num IS NOT NULL, length(m.ssn_num), COUNT(m.ssn_num) OVER (): a test or a
        # count of the column, not the column (as comparisons and len() are in Python: SPEC section 6)
        tests = _tests()
        tested = {id(n) for c in projection.find_all(exp.Column) if any(isinstance(a, tests) for a in _ancestors(c, projection))
                  for n in (c, *c.find_all(exp.Identifier))}
        if tested and all(id(c) in tested for c in projection.find_all(exp.Column)):
            if isinstance(projection, exp.Alias) and projection.alias:
                starts = [s for i in _identifiers(projection, exp) if (s := _start(i)) is not None]
                out.append(Column(frozenset({projection.alias}), projection.alias, min(starts) if starts else _start(projection) or 0,
                                  position=position if width else None, width=width, count=True, tested=True))
            continue
        ordering |= tested
        identifiers = [i for i in _identifiers(projection, exp) if not _covers_hole(i, holes) and id(i) not in ordering]
        columns = [c.name for c in projection.find_all(exp.Column)
                   if c.name and id(c) not in ordering and not any(_covers_hole(i, holes) for i in _identifiers(c, exp))]
        alias = projection.alias if isinstance(projection, exp.Alias) else None
        names = set(columns) | ({alias} if alias else set())
        if not columns or not identifiers:
            continue  # a literal, an aggregate of no column (COUNT(*)), or a part the analysis could not fold
        key = alias or (columns[0] if len(columns) == 1 else None)
        tables = _tables_by_alias(select, exp)
        own = _own_record_table(select, exp)
        owners = {t for c in projection.find_all(exp.Column) if c.table and id(c) not in ordering and c.table.lower() not in own
                  for t in (c.table, tables.get(c.table.lower(), "")) if t}
        figure = all(any(type(a).__name__ in _FIGURES for a in _ancestors(c, projection)) for c in projection.find_all(exp.Column) if id(c) not in ordering)
        out.append(Column(frozenset(names), key, min(_start(i) or 0 for i in identifiers), position=position if width else None, width=width,
                          owners=frozenset(owners), figure=figure))
    return out


@lru_cache(maxsize=1)
def _tests() -> tuple[type, ...]:
    """What makes a test or a count of a column, not the column: comparisons and other predicates, lengths, counts."""
    from sqlglot import exp

    return tuple(getattr(exp, name) for name in ("Predicate", "Length", "Count", "CountIf") if hasattr(exp, name))


#: aggregate functions that make one number of the values they gather (sqlglot's classes)
_FIGURES = frozenset({"Sum", "Avg", "Stddev", "StddevPop", "StddevSamp", "Variance", "VariancePop", "Median", "Quantile",
                      "ApproxQuantile", "PercentileCont", "PercentileDisc", "CountIf", "ApproxDistinct", "Corr", "CovarPop", "CovarSamp"})


def _ancestors(node: Any, top: Any) -> list[Any]:
    """The nodes above ``node`` up to ``top`` (included)."""
    out = []
    while node is not None and node is not top:
        node = node.parent
        if node is not None:
            out.append(node)
    return out


#: PostgreSQL functions given a row (or a table's name for its row): they hand every column on
_ROW_FUNCTIONS = frozenset({"row_to_json", "to_json", "to_jsonb", "json_agg", "jsonb_agg", "jsonarrayagg", "array_agg", "arrayagg", "hstore",
                            "json_build_array", "jsonb_build_array"})


def _whole_row(projection: Any, select: Any, exp: Any) -> Any:
    """The part of a select-list entry that hands a function every column of a row: PostgreSQL's
    ``row_to_json(e)``, ``to_jsonb(e)``, ``json_agg(e)`` of a table's alias, or ``to_jsonb(e.*)``; None
    when there is none (a bare column, or ``COUNT(*)``)."""
    tables: dict[str, str] | None = None
    for node in projection.find_all(exp.Star, exp.Column):
        function = node.find_ancestor(exp.Func)
        if function is None or isinstance(function, exp.Count) or node.find_ancestor(exp.Select) is not select:
            continue
        if isinstance(node, exp.Star) or (isinstance(node, exp.Column) and isinstance(node.this, exp.Star)):
            return node
        if not node.table and node.name:
            tables = _tables_by_alias(select, exp) if tables is None else tables
            # row_to_json(e) of FROM enrollees e (an alias of its own, or a function that takes rows); not
            # upper(language) of JOIN language: a column named like its table
            named = tables.get(node.name.lower())
            if named is not None and (named.lower() != node.name.lower() or str(getattr(function, "name", "") or type(function).__name__).lower() in _ROW_FUNCTIONS):
                return node
    return None


#: words of a table whose rows are children's own records (CHIP, school-based services)
_OTHER_PEOPLE_WORDS = frozenset({"guardian", "parent", "parents", "mother", "father", "provider", "doctor", "pcp", "contact", "caregiver", "caretaker",
                                 "sponsor", "of", "spouse", "relative"})


def _own_record_table(select: Any, exp: Any) -> frozenset[str]:
    """The alias and name of the query's ``FROM`` table when that table is named for children (``FROM chip_child k``):
    its rows are the children's own records, so its columns name no one else (a joined child table's do)."""
    source = select.args.get("from_") or select.args.get("from")
    table = source.this if source is not None else None
    words = [w for w in re.split(r"[^a-z]+", table.name.lower()) if w] if isinstance(table, exp.Table) and table.name else []
    # (the last word a child's, no other one a person's: chip_child, not child_guardian or parent_of_child)
    if table is None or not words or words[-1] not in CHILD_WORDS or set(words[:-1]) & _OTHER_PEOPLE_WORDS:
        return frozenset()
    return frozenset({table.name.lower(), (table.alias or table.name).lower()})


def _tables_by_alias(select: Any, exp: Any) -> dict[str, str]:
    """The tables of a query's ``FROM`` and ``JOIN``s by the alias (or name) its columns use."""
    out: dict[str, str] = {}
    for table in select.find_all(exp.Table):
        if table.find_ancestor(exp.Select) is not select or not table.name:
            continue
        out[(table.alias or table.name).lower()] = table.name
    return out


@dataclass(frozen=True)
class Conditions:
    """What decides which rows a query returns (SPEC section 10): the columns its ``WHERE``,
    ``JOIN ... ON``, ``HAVING`` and ``QUALIFY`` clauses test (subqueries too), and whether it looks
    up one person (an identifier column equal to a value, or ``LIMIT 1``), and whether it returns
    aggregates rather than records (``GROUP BY``, or only aggregate functions selected)."""

    columns: frozenset[str]
    lookup: bool
    aggregated: bool = False
    grouped: frozenset[str] = frozenset()  # the columns of its GROUP BY
    #: (table, column) of each tested column whose table is known (``s.code`` of ``JOIN immigration_status s``)
    tables: frozenset[tuple[str, str]] = frozenset()
    #: the conditions of each query a ``UNION`` joins (each chooses its own rows): empty for one query
    branches: "tuple[Conditions, ...]" = ()


def conditions(sql: str, is_identifier: "Callable[[str], bool]" = lambda name: False,
               identifies: "Callable[[str], bool] | None" = None) -> Conditions | None:
    """The conditions of a ``SELECT`` query; None when it is not one that parses. A lookup is an
    identifier column (``is_identifier``) equal to a value in the top-level ``WHERE`` (not under an
    ``OR``), or ``LIMIT 1``."""
    tree = _tree(sql)
    if tree is None:
        return None
    from sqlglot import exp

    if isinstance(tree, exp.Union):
        # SELECT ... WHERE status ... UNION ALL SELECT ... FROM closed_case: each query's own conditions
        parts: list[Any] = []
        stack = [tree]
        while stack:
            node = stack.pop()
            if isinstance(node, exp.Union):
                stack.extend((node.expression, node.this))
            else:
                parts.append(node)
        whole = _conditions_of(tree, is_identifier, exp, identifies)
        # (WITH a AS (SELECT ... WHERE imgrtn_stus_cd IN (...)) SELECT ... FROM a UNION ALL SELECT ... FROM a: the CTEs of
        # the UNION are each branch's too, with the conditions that choose their rows; round 514c)
        with_ = tree.args.get("with_") or tree.args.get("with")
        ctes = {cte.alias.lower(): cte.this for cte in (with_.expressions if with_ is not None else ()) if isinstance(cte, exp.CTE) and cte.alias}

        def names_read(node: Any) -> set[str]:
            return {t.name.lower() for t in node.find_all(exp.Table) if t.name and not t.args.get("db")} & set(ctes)
        branches = []
        for part in parts:
            own = _conditions_of(part, is_identifier, exp, identifies)
            read = names_read(part)
            todo = list(read)
            while todo:  # (b AS (SELECT ... FROM a): a branch reading b reads a too)
                for name in names_read(ctes[todo.pop()]) - read:
                    read.add(name)
                    todo.append(name)
            for name in sorted(read):
                cte = _conditions_of(ctes[name], is_identifier, exp, identifies)
                own = replace(own, columns=own.columns | cte.columns, tables=own.tables | cte.tables)
            branches.append(own)
        return replace(whole, branches=tuple(branches))
    return _conditions_of(tree, is_identifier, exp, identifies)


def _in_select_list(node: Any, exp: Any) -> bool:
    """``node`` sits in an entry of a select list (a scalar subquery's ``WHERE``): it computes a value of the rows,
    and chooses none of them."""
    while node.parent is not None:
        if isinstance(node.parent, exp.Select) and node.arg_key == "expressions":
            return True
        node = node.parent
    return False


def _conditions_of(tree: Any, is_identifier: "Callable[[str], bool]", exp: Any, identifies: "Callable[[str], bool] | None" = None) -> Conditions:
    """The conditions of one parsed query (see ``conditions``)."""

    columns: set[str] = set()
    tables: set[tuple[str, str]] = set()
    _CLAUSES = (exp.Where, exp.Join, exp.Having, exp.Qualify)
    for kind in _CLAUSES:
        for clause in tree.find_all(kind):
            if _in_select_list(clause, exp):
                continue  # (SELECT count(*) FROM hist h WHERE h.status = 'EWI') AS n: a value of each row, chooses no row
            tested = clause.args.get("on") if isinstance(clause, exp.Join) else clause
            if isinstance(clause, exp.Join):
                # JOIN scope_codes USING (imgrtn_stus_cd): the rows paired on that column, as ON does
                columns.update(i.name for i in clause.args.get("using") or () if getattr(i, "name", None))
            if tested is not None:
                for column in tested.find_all(exp.Column):
                    if column.name:
                        columns.add(column.name)
                        # JOIN immigration_status s ... WHERE s.code IN (...): a column of a table is tested (not
                        # a join key, s.cin = m.cin, which only pairs the rows; not a subquery's select list)
                        table = _table_of(column, exp)
                        if table and not _join_key(column, exp) and not isinstance(column.find_ancestor(exp.Select, *_CLAUSES), exp.Select):
                            tables.add((table, column.name))
                columns.update(_json_keys(tested, exp))  # payload->>'immigration_status': a key of a JSON column
    lookup = False
    top_where = tree.args.get("where") if isinstance(tree, exp.Select) else None
    matched: set[str] = set()  # identifying columns (a name, a date of birth) equal to a value the caller gives
    if top_where is not None:
        for eq in top_where.find_all(exp.EQ):
            if _under_or(eq, top_where, exp) or eq.find_ancestor(exp.Select) is not tree:
                continue  # under an OR, or inside a subquery: it does not pick the rows returned
            left, right = eq.this, eq.expression
            for column, other in ((left, right), (right, left)):
                # (cin = ANY(%s): the people whose ids are given, as cin IN (...) below; = ALL(...) picks no one)
                if isinstance(column, exp.Column) and not isinstance(other, (exp.Column, exp.All)) and is_identifier(column.name) \
                        and not (isinstance(other, exp.Any) and isinstance(other.this, (exp.Select, exp.Subquery))):
                    lookup = True
                if identifies is not None and isinstance(column, exp.Column) and isinstance(other, (exp.Placeholder, exp.Parameter)) \
                        and identifies(column.name):
                    matched.add(column.name)
        # WHERE last_name = :ln AND birth_dt = :dob: the person the caller names by demographics (an inquiry's match)
        lookup = lookup or len(matched) >= 2
        for member in top_where.find_all(exp.In):
            if _under_or(member, top_where, exp) or member.find_ancestor(exp.Select) is not tree:
                continue
            given = member.args.get("expressions") or []
            placeholders = (isinstance(member.args.get("field"), exp.Placeholder)
                            or (bool(given) and all(isinstance(e, exp.Placeholder) for e in given)))
            # cin IN %s, IN :ids, IN (?, ?): the people whose identifiers the caller gives (a subquery or a
            # list of literals is not such a lookup)
            if isinstance(member.this, exp.Column) and is_identifier(member.this.name) and placeholders:
                lookup = True
    limit = tree.args.get("limit") if isinstance(tree, exp.Select) else None
    # LIMIT 1, SQL Server's TOP 1, FETCH FIRST 1 ROWS ONLY: one row
    count = limit.args.get("count") if isinstance(limit, exp.Fetch) else limit.expression if limit is not None else None
    if count is not None and count.sql() == "1":
        lookup = True
    aggregated = isinstance(tree, exp.Select) and (
        tree.args.get("group") is not None
        # SELECT DISTINCT county: the values, no one's record (unless a selected column identifies a person:
        # an identifier, a name, a date of birth)
        or (tree.args.get("distinct") is not None and bool(tree.expressions) and all(
            isinstance(e.unalias(), exp.Column) and not (identifies or is_identifier)(e.unalias().name) for e in tree.expressions))
        or (bool(tree.expressions) and all(isinstance(e.unalias(), exp.AggFunc) for e in tree.expressions))
    ) and not any(_keeps_values(e, exp) for e in tree.expressions)
    group = tree.args.get("group") if isinstance(tree, exp.Select) else None
    grouped = frozenset(_grouped_columns(tree, group, exp)) if group is not None else frozenset()
    return Conditions(frozenset(columns), lookup, aggregated, grouped, frozenset(tables))


def _grouped_columns(tree: Any, group: Any, exp: Any) -> list[str]:
    """The columns a ``GROUP BY`` groups on, its ordinals (``GROUP BY 1``) and the select list's aliases
    (``msis_ident_num AS who ... GROUP BY who``) read as the columns they stand for."""
    selected = list(tree.expressions)
    aliases = {e.alias.lower(): e for e in selected if isinstance(e, exp.Alias) and e.alias}
    out: list[str] = []
    for item in group.expressions:
        if isinstance(item, exp.Literal) and item.is_int and 0 < int(item.this) <= len(selected):
            item = selected[int(item.this) - 1]
        elif isinstance(item, exp.Column) and not item.table and item.name.lower() in aliases:
            item = aliases[item.name.lower()]
        out.extend(c.name for c in item.find_all(exp.Column) if c.name)
    return out


#: aggregate functions that return the values they gather, not a figure about them: a group's
#: ``array_agg(cin)`` or ``json_agg(m)`` lists every person of the group (sqlglot's own classes for some,
#: a function name for the dialects it reads as an anonymous call)
_LISTING_AGGREGATES = frozenset({
    "ArrayAgg", "ArrayConcatAgg", "ArrayUniqueAgg", "GroupConcat", "JSONArrayAgg", "JSONObjectAgg", "JSONBObjectAgg", "XMLAgg",
})
_LISTING_AGGREGATE_NAMES = frozenset({
    "array_agg", "jsonb_agg", "json_agg", "json_arrayagg", "json_object_agg", "jsonb_object_agg", "json_objectagg", "string_agg",
    "listagg", "group_concat", "collect_list", "collect_set", "xmlagg", "array_concat_agg",
})


def _keeps_values(selected: Any, exp: Any) -> bool:
    """A select-list entry holding an aggregate that lists what it gathers (``array_agg(cin)``): a grouped
    query selecting one still returns people's values, not counts."""
    for node in selected.walk():
        if type(node).__name__ in _LISTING_AGGREGATES:
            return True
        if isinstance(node, exp.Anonymous) and str(node.name).lower() in _LISTING_AGGREGATE_NAMES:
            return True
    return False


def _table_of(column: Any, exp: Any) -> str | None:
    """The table a tested column belongs to: the one its qualifier names (an alias resolved in the
    query that holds it), or the only table of that query's ``FROM`` (``IN (SELECT cin FROM
    immigration_status WHERE code = 'X')``); None when it cannot be told."""
    select = column.find_ancestor(exp.Select)
    if select is None:
        return None
    tables = [t for t in select.find_all(exp.Table) if t.find_ancestor(exp.Select) is select]
    if column.table:
        found = next((t.name for t in tables if column.table in (t.alias_or_name, t.name)), None)
        if found is not None:
            return found
        outer = select.find_ancestor(exp.Select)  # a correlated subquery: the alias of the query around it
        while outer is not None and found is None:
            found = next((t.name for t in outer.find_all(exp.Table) if column.table in (t.alias_or_name, t.name)), None)
            outer = outer.find_ancestor(exp.Select)
        return found
    return tables[0].name if len(tables) == 1 and not select.args.get("joins") else None


def _join_key(column: Any, exp: Any) -> bool:
    """``column`` is one side of an equality between two columns (``s.cin = m.cin``)."""
    parent = column.parent
    return isinstance(parent, exp.EQ) and isinstance(parent.this, exp.Column) and isinstance(parent.expression, exp.Column)


def _json_keys(clause: Any, exp: Any) -> set[str]:
    """The keys a condition reads inside JSON documents: the keys of JSON paths
    (``payload->>'status'``, ``JSON_VALUE(payload, '$.status')``) and the words of a Postgres path
    array (``payload #>> '{case,status}'``)."""
    keys = {k.name for k in clause.find_all(exp.JSONPathKey) if isinstance(k.name, str) and k.name}
    for node in clause.find_all(exp.Literal):
        parent = node.parent
        if node.is_string and parent is not None and ("JSON" in type(parent).__name__ or "JSON" in str(getattr(parent, "name", "")).upper()):
            keys.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", node.name))
    return keys


def _under_or(node: Any, top: Any, exp: Any) -> bool:
    """``node`` sits under an ``OR`` (or a ``NOT``) below ``top``: it does not hold for every row returned."""
    parent = node.parent
    while parent is not None and parent is not top:
        if isinstance(parent, (exp.Or, exp.Not)):
            return True
        parent = parent.parent
    return False

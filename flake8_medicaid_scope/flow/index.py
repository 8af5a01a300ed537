"""Module index: what one module defines and imports, gathered in one pass before the data flow."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import libcst as cst

PRAGMA = re.compile(r"#\s*medicaid-scope:\s*enforcement\b")

#: base classes and decorators that make a class a payload model
MODEL_BASES = frozenset(
    {
        "pydantic.BaseModel", "pydantic.main.BaseModel", "pydantic.v1.BaseModel",
        "typing.TypedDict", "typing_extensions.TypedDict", "typing.NamedTuple",
        "marshmallow.Schema", "rest_framework.serializers.Serializer",
    }
)
MODEL_DECORATORS = frozenset(
    {
        "dataclasses.dataclass", "pydantic.dataclasses.dataclass", "attr.s", "attr.attrs", "attr.define",
        "attr.frozen", "attr.mutable", "attrs.define", "attrs.frozen", "attrs.mutable",
    }
)

#: attrs field declarations without annotations (``ssn = attr.ib()``)
ATTRS_FIELDS = frozenset({"attr.ib", "attr.attrib", "attr.field", "attrs.field"})


def dotted(node: cst.BaseExpression) -> str | None:
    """``a.b.c`` for a Name/Attribute chain, else None."""
    parts: list[str] = []
    while isinstance(node, cst.Attribute):
        parts.append(node.attr.value)
        node = node.value
    if isinstance(node, cst.Name):
        parts.append(node.value)
        return ".".join(reversed(parts))
    return None


def _module_name(node: cst.BaseExpression | None) -> str:
    return dotted(node) or "" if node is not None else ""


@dataclass
class ClassInfo:
    """A class defined in the module."""

    name: str
    node: cst.ClassDef
    methods: dict[str, cst.FunctionDef] = field(default_factory=dict)
    constants: dict[str, cst.BaseExpression] = field(default_factory=dict)
    fields: list[tuple[str, cst.AnnAssign | cst.Assign]] = field(default_factory=list)
    is_model: bool = False


@dataclass
class ModuleIndex:
    """Imports, functions, classes, constants and pragma lines of one module."""

    imports: dict[str, str] = field(default_factory=dict)
    functions: dict[str, cst.FunctionDef] = field(default_factory=dict)
    classes: dict[str, ClassInfo] = field(default_factory=dict)
    constants: dict[str, cst.BaseExpression] = field(default_factory=dict)
    pragma_lines: frozenset[int] = frozenset()

    def qualify(self, name: str) -> str | None:
        """Resolve ``alias.attr`` through the module's imports to a qualified name."""
        head, _, rest = name.partition(".")
        target = self.imports.get(head)
        if target is None:
            return None
        return f"{target}.{rest}" if rest else target


def _collect_import(node: cst.Import | cst.ImportFrom, imports: dict[str, str]) -> None:
    if isinstance(node, cst.Import):
        for alias in node.names:
            full = _module_name(alias.name)
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                imports[alias.asname.name.value] = full
            else:
                head = full.split(".", 1)[0]
                imports[head] = head
        return
    if node.relative or isinstance(node.names, cst.ImportStar):
        base = "." * len(node.relative) + _module_name(node.module)
        if isinstance(node.names, cst.ImportStar):
            return
    else:
        base = _module_name(node.module)
    for alias in node.names:
        name = _module_name(alias.name)
        local = alias.asname.name.value if alias.asname is not None and isinstance(alias.asname.name, cst.Name) else name
        imports[local] = f"{base}.{name}"


def _statements(body: object) -> list[cst.CSTNode]:
    """The statements of a suite (or of a Module, or an else/finally/except clause)."""
    inner = getattr(body, "body", body)
    if isinstance(inner, (cst.IndentedBlock, cst.SimpleStatementSuite)):
        inner = inner.body
    return list(inner) if isinstance(inner, (list, tuple)) else []


def _collect(statements: list[cst.CSTNode], index: ModuleIndex, top: bool) -> None:
    """Walk statements only (never expressions): imports anywhere; defs, classes, constants at the top."""
    for stmt in statements:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, (cst.Import, cst.ImportFrom)):
                    _collect_import(small, index.imports)
                elif top:
                    _record_constant(small, index.constants)
        elif isinstance(stmt, cst.FunctionDef):
            if top:
                index.functions[stmt.name.value] = stmt
            _collect(_statements(stmt.body), index, False)
        elif isinstance(stmt, cst.ClassDef):
            if top:
                index.classes[stmt.name.value] = _class_info(stmt, index)
            _collect(_statements(stmt.body), index, False)
        elif isinstance(stmt, cst.BaseCompoundStatement):
            for part in _compound_parts(stmt):
                _collect(_statements(part), index, top)


def _compound_parts(stmt: cst.BaseCompoundStatement) -> list[object]:
    """Every suite of an if/for/while/try/with/match statement."""
    parts: list[object] = [stmt.body] if hasattr(stmt, "body") else []  # match has only cases
    for name in ("orelse", "finalbody"):
        extra = getattr(stmt, name, None)
        while isinstance(extra, cst.If):  # elif chains
            parts.append(extra.body)
            extra = extra.orelse
        if extra is not None:
            parts.append(extra)
    parts.extend(getattr(stmt, "handlers", ()))
    parts.extend(getattr(stmt, "cases", ()))
    return parts


def _record_constant(stmt: cst.BaseSmallStatement, into: dict[str, cst.BaseExpression]) -> None:
    if isinstance(stmt, cst.Assign):
        for target in stmt.targets:
            if isinstance(target.target, cst.Name):
                into[target.target.value] = stmt.value
    elif isinstance(stmt, cst.AnnAssign) and stmt.value is not None and isinstance(stmt.target, cst.Name):
        into[stmt.target.value] = stmt.value


def _class_info(node: cst.ClassDef, index: ModuleIndex) -> ClassInfo:
    info = ClassInfo(node.name.value, node)
    bases = {index.qualify(dotted(arg.value) or "") or dotted(arg.value) or "" for arg in node.bases}
    decorators = set()
    for dec in node.decorators:
        expr = dec.decorator.func if isinstance(dec.decorator, cst.Call) else dec.decorator
        decorators.add(index.qualify(dotted(expr) or "") or "")
    info.is_model = bool(bases & MODEL_BASES or decorators & MODEL_DECORATORS or bases & {c for c, i in index.classes.items() if i.is_model})
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else ()
    for item in body:
        if isinstance(item, cst.FunctionDef):
            info.methods[item.name.value] = item
        elif isinstance(item, cst.SimpleStatementLine):
            for stmt in item.body:
                if isinstance(stmt, cst.AnnAssign) and isinstance(stmt.target, cst.Name):
                    ann = dotted(stmt.annotation.annotation) if not isinstance(stmt.annotation.annotation, cst.Subscript) else dotted(stmt.annotation.annotation.value)
                    if not (ann or "").endswith("ClassVar"):
                        info.fields.append((stmt.target.value, stmt))
                elif isinstance(stmt, cst.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0].target, cst.Name):
                    if isinstance(stmt.value, cst.Call) and index.qualify(dotted(stmt.value.func) or "") in ATTRS_FIELDS:
                        info.fields.append((stmt.targets[0].target.value, stmt))
                _record_constant(stmt, info.constants)
    return info


def build_index(module: cst.Module, source_lines: list[str]) -> ModuleIndex:
    """Index a parsed module."""
    index = ModuleIndex()
    _collect(list(module.body), index, True)
    index.pragma_lines = frozenset(i for i, line in enumerate(source_lines, 1) if "medicaid-scope" in line and PRAGMA.search(line))
    return index

"""Running SPARQL: the shipped query library (`queries/*.rq`) or any query file, on rdflib or Oxigraph.

Parameters are bound as values, never pasted into the query's code: a parameter with a `VALUES` line in the
query gets, in that line, the RDF term the engine's library writes (a quoted, escaped literal or a checked IRI),
where Oxigraph's planner starts from it; any other is bound by rdflib's `initBindings` or Oxigraph's
`substitutions`. A `(key)` parameter is first made the name key kg writes as `kg:nameKey`, so `name=Putin’s` looks
up "putin". A shipped query gives each parameter its default in the text, as a line `VALUES ?name { "default" }`,
so it runs as it is in any SPARQL 1.1 tool; `--param name=...` replaces it. A query that uses the project's
prefixes (kg:, schema:, prov:, rdfs:...) without declaring them gets the declarations added (Oxigraph needs them,
rdflib does not). Paging parameters are the exception: `limit` and `offset` replace the numbers of the query's
`LIMIT`/`OFFSET` lines (SPARQL cannot bind them), checked to be whole numbers first; `run_page` says whether a page
was cut.
"""
from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path

from kg.errors import QueryError

__all__ = ["ENGINES", "PREFIXES", "QueryFile", "format_rows", "list_queries", "load_graph", "resolve_query",
           "probe_limit", "run_page", "run_query", "vocabulary", "with_prefixes"]

ENGINES = ("rdflib", "oxigraph")
PREFIXES = {
    "kg": "https://w3id.org/kg-news/ontology#",
    "kgid": "https://w3id.org/kg-news/id/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s*(?:\((\w+)\))?\s*(.*)$", re.MULTILINE)
_VALUES = re.compile(r"^[ \t]*VALUES[ \t]+\?(\w+)[ \t]*\{[^}\n]*\}[ \t]*\n", re.MULTILINE | re.IGNORECASE)
_CLAUSES = {name: re.compile(rf"^([ \t]*{name}[ \t]+)\d+([ \t]*)$", re.MULTILINE | re.IGNORECASE)
            for name in ("limit", "offset")}
"""Paging parameters: a `LIMIT n` / `OFFSET n` line of their own (the shipped queries end with both)."""


def with_prefixes(text: str) -> str:
    """`text` with a PREFIX line added for each of the project's prefixes it uses without declaring."""
    body = re.sub(r"<[^>\s]*>|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*", " ", text)  # not in IRIs, strings, comments
    declared = {m.group(1) for m in re.finditer(r"PREFIX\s+(\w*):", body, re.IGNORECASE)}
    missing = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w?$]){p}:", body)]
    return "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in missing) + text


class QueryFile:
    """A SPARQL query with its header: the question it answers and its parameters."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.description = " ".join(l.lstrip("# ").strip() for l in text.splitlines()
                                    if l.startswith("#") and "@param" not in l).strip()
        self.params = {m.group(1): (m.group(2) or "literal", m.group(3).strip()) for m in _PARAM.finditer(text)}
        self.values = {m.group(1) for m in _VALUES.finditer(text)}  # parameters with a default in the text
        self.clauses = {p for p, rx in _CLAUSES.items() if p in self.params and rx.search(text)}  # limit, offset


def _query_dir() -> Path:
    return Path(str(resources.files("kg"))).parent / "queries"


def list_queries() -> dict[str, QueryFile]:
    """The shipped queries by name."""
    d = _query_dir()
    return {p.stem: QueryFile(p.stem, p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.rq"))}


def resolve_query(name_or_path: str) -> QueryFile:
    """A shipped query by name, or a `.rq` file by path. Raises QueryError when neither exists."""
    p = Path(name_or_path)
    if p.suffix == ".rq" and p.exists():
        return QueryFile(p.stem, p.read_text(encoding="utf-8"))
    shipped = list_queries()
    if name_or_path in shipped:
        return shipped[name_or_path]
    raise QueryError(f"no query {name_or_path!r}: give a .rq file or one of {sorted(shipped)}")


def load_graph(source: Path, engine: str = "rdflib"):
    """The graph to query: a build folder (its graph.trig), a .ttl/.trig file, or an Oxigraph store folder."""
    source = Path(source)
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; choose one of {ENGINES}")
    if source.is_dir() and (source / "graph.trig").exists():
        path = source / "graph.trig"
    elif source.is_file():
        path = source
    elif source.is_dir() and engine == "oxigraph":
        from kg.store import open_store
        return open_store(source, read_only=True)
    else:
        raise QueryError(f"{source}: not a kg build folder (no graph.trig), RDF file or store")
    fmt = "trig" if path.suffix == ".trig" else "turtle"
    if engine == "rdflib":
        from rdflib import Dataset
        ds = Dataset(default_union=True)
        ds.parse(path, format=fmt)
        return ds
    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.TURTLE)
    return store


def _bindings(q: QueryFile, params: dict[str, str], engine: str) -> dict:
    unknown = set(params) - set(q.params)
    if unknown:
        raise QueryError(f"query {q.name!r} has no parameter(s) {sorted(unknown)}; it takes {sorted(q.params) or 'none'}")
    out = {}
    for name, value in params.items():
        kind = q.params[name][0]
        if name in q.clauses:
            continue
        if kind == "key":
            from kg.rdf.summaries import search_key
            value = search_key(value)
        if engine == "rdflib":
            from rdflib import Literal, URIRef
            from rdflib.namespace import XSD
            out[name] = URIRef(value) if kind == "iri" else Literal(int(value)) if kind == "integer" else Literal(value)
            if kind == "integer":
                out[name] = Literal(int(value), datatype=XSD.integer)
        else:
            import pyoxigraph as ox
            out[ox.Variable(name)] = ox.NamedNode(value) if kind == "iri" else \
                ox.Literal(str(int(value)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")) \
                if kind == "integer" else ox.Literal(value)
    return out


def _defaults(q: QueryFile, params: dict[str, str]) -> dict[str, str]:
    """Parameters with a default in the header (`# @param n (integer) ... default 2`) filled in."""
    out = dict(params)
    for name, (_, doc) in q.params.items():
        m = re.search(r"default\s+(\S+)", doc)
        if name not in out and name not in q.values and m:
            out[name] = m.group(1).strip("`'\".,;)")
    return out


def _paged(q: QueryFile, text: str, params: dict[str, str]) -> tuple[str, int | None]:
    """`text` with the paging parameters' numbers in its LIMIT/OFFSET lines, LIMIT one more than asked (to learn
    whether the page was cut); returns (text, the limit asked, or None)."""
    limit = None
    for name in q.clauses:
        if name not in params:
            continue
        try:
            n = int(params[name])
        except ValueError:
            raise QueryError(f"query {q.name!r}: --param {name} takes a whole number, not {params[name]!r}") from None
        if n < 0 or (name == "limit" and n == 0):
            raise QueryError(f"query {q.name!r}: --param {name} must be {'1' if name == 'limit' else '0'} or more")
        if name == "limit":
            limit = n
            n += 1
        text = _CLAUSES[name].sub(lambda m: f"{m.group(1)}{n}{m.group(2)}", text, count=1)
    return text, limit


_LAST_LIMIT = re.compile(r"(\bLIMIT\s+)(\d+)((?:\s+OFFSET\s+\d+)?\s*)$|(\bOFFSET\s+\d+\s+LIMIT\s+)(\d+)(\s*)$",
                         re.IGNORECASE)


def probe_limit(query: str) -> tuple[str, int | None]:
    """`query` asking for one row more than the `LIMIT n` that ends it, and n (None when it ends with no LIMIT), so
    that a server can say whether the page was cut: more than n rows back means more follow."""
    m = _LAST_LIMIT.search(query)
    if not m or "#" in query[query.rfind("\n", 0, m.start()) + 1:m.start()]:  # none, or in a comment
        return query, None
    i = 1 if m.group(2) else 4
    n = int(m.group(i + 1))
    return query[:m.start()] + m.group(i) + str(n + 1) + m.group(i + 2), n


def run_query(graph, q: QueryFile, params: dict[str, str] | None = None, *, engine: str = "rdflib") -> tuple[list[str], list[list]]:
    """Run `q` on `graph`; returns (column names, rows of Python values). Raises QueryError on failure."""
    cols, rows, _ = run_page(graph, q, params, engine=engine)
    return cols, rows


def run_page(graph, q: QueryFile, params: dict[str, str] | None = None, *,
             engine: str = "rdflib") -> tuple[list[str], list[list], bool]:
    """As `run_query`, and whether the rows were cut at the query's `limit` (more rows follow)."""
    cols, rows, limit = _run(graph, q, params, engine)
    if limit is not None and len(rows) > limit:
        return cols, rows[:limit], True
    return cols, rows, False


def _run(graph, q: QueryFile, params: dict[str, str] | None, engine: str) -> tuple[list[str], list[list], int | None]:
    params = _defaults(q, params or {})
    missing = [p for p in q.params if p not in params and p not in q.values]
    if missing:
        raise QueryError(f"query {q.name!r} needs --param {missing[0]}=VALUE ({q.params[missing[0]][1]})")
    try:
        b = _bindings(q, params, engine)
    except ValueError as e:
        raise QueryError(f"query {q.name!r}: bad parameter value ({e})") from None
    # a bound parameter replaces the default its VALUES line gives, as the RDF term the engine's own library writes
    # (a quoted, escaped literal or a checked IRI: data, never query code): Oxigraph's planner starts from it, where
    # `substitutions` bind it after planning and make a look-up a scan, and both engines read the same query.
    name = (lambda v: v.value) if engine == "oxigraph" else str
    term = str if engine == "oxigraph" else (lambda t: t.n3())
    inline = {name(v): term(t) for v, t in b.items() if name(v) in q.values}
    b = {v: t for v, t in b.items() if name(v) not in inline}
    text = with_prefixes(_VALUES.sub(lambda m: f"  VALUES ?{m.group(1)} {{ {inline[m.group(1)]} }}\n" if m.group(1) in inline
                                     else "" if m.group(1) in params else m.group(0), q.text))
    text, limit = _paged(q, text, params)
    try:
        if engine == "rdflib":
            res = graph.query(text, initBindings=b)
            cols = [str(v) for v in res.vars]
            rows = [[None if v is None else v.toPython() for v in row] for row in res]
            return cols, rows, limit
        res = graph.query(text, substitutions=b, use_default_graph_as_union=True)
        cols = [v.value for v in res.variables]
        rows = []
        for sol in res:
            row = []
            for c in cols:
                v = sol[c]
                row.append(None if v is None else _ox_value(v))
            rows.append(row)
        return cols, rows, limit
    except QueryError:
        raise
    except Exception as e:
        raise QueryError(f"query {q.name!r} failed: {e}") from None


def _ox_value(term):
    import pyoxigraph as ox
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#double", "#decimal", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def format_rows(cols: list[str], rows: list[list], fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV or JSON."""
    text = [["" if v is None else str(v) for v in r] for r in rows]
    if fmt == "json":
        return json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False, indent=1, default=str)
    if fmt == "csv":  # for spreadsheets: article text that looks like a formula is neutralised, numbers are not
        from kg.io.escape import csv_safe

        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(cols)
        w.writerows([[v if isinstance(raw, (int, float)) else csv_safe(v) for raw, v in zip(r, t)]
                     for r, t in zip(rows, text)])
        return buf.getvalue()
    widths = [min(60, max([len(c)] + [len(r[i]) for r in text])) for i, c in enumerate(cols)]
    cut = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"
    lines = [" | ".join(cut(c, w).ljust(w) for c, w in zip(cols, widths)),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(cut(v, w).ljust(w) for v, w in zip(r, widths)) for r in text]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def vocabulary() -> list[tuple[str, str, str, str]]:
    """The classes and properties of kg's ontology: (term as kg:name, kind, label, comment), classes first."""
    from rdflib import Graph
    from rdflib.namespace import OWL, RDF, RDFS

    g = Graph().parse(Path(str(resources.files("kg"))).parent / "ontology" / "kg.ttl", format="turtle")
    kinds = [(OWL.Class, "class"), (OWL.ObjectProperty, "object property"), (OWL.DatatypeProperty, "datatype property")]
    out = []
    for cls, kind in kinds:
        for t in sorted(set(g.subjects(RDF.type, cls))):
            if not str(t).startswith(PREFIXES["kg"]):
                continue
            out.append(("kg:" + str(t)[len(PREFIXES["kg"]):], kind, str(g.value(t, RDFS.label) or ""),
                        " ".join(str(g.value(t, RDFS.comment) or "").split())))
    return out

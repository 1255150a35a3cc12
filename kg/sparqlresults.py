"""SPARQL results as the protocol gives them: content negotiation (`Accept` or `format=`) and the result formats.

SELECT and ASK answer as SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle or N-Triples.
`answer_query` evaluates one query on an Oxigraph store within a row cap and a time limit and formats its answer.
"""
from __future__ import annotations

import csv
import io
import json
import time
from typing import Optional
from xml.sax.saxutils import escape, quoteattr

from kg.io.escape import xml_safe

__all__ = ["GRAPH_TYPES", "QueryTimeout", "SELECT_TYPES", "answer_query", "negotiate", "select_body"]

SELECT_TYPES = [("application/sparql-results+json", "json"), ("application/json", "json"),
                ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
                ("text/csv", "csv"), ("text/tab-separated-values", "tsv")]
GRAPH_TYPES = [("text/turtle", "turtle"), ("application/n-triples", "ntriples"), ("text/plain", "ntriples")]


class QueryTimeout(Exception):
    """A query ran past its time limit."""


def term_json(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}  # JSON escapes any character; XML needs xml_safe below
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype and t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = t.datatype.value
    return out


def term_xml(t) -> str:
    j = term_json(t)
    if j["type"] == "uri":
        return f"<uri>{escape(xml_safe(j['value']))}</uri>"
    if j["type"] == "bnode":
        return f"<bnode>{escape(xml_safe(j['value']))}</bnode>"
    attrs = (f" xml:lang={quoteattr(j['xml:lang'])}" if "xml:lang" in j else "") + \
            (f" datatype={quoteattr(j['datatype'])}" if "datatype" in j else "")
    return f"<literal{attrs}>{escape(xml_safe(j['value']))}</literal>"


def select_body(variables: list[str], rows: list[list], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{v: term_json(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{term_xml(t)}</binding>" for v, t in zip(variables, row) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>")
        return "".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        w.writerows([["" if t is None else t.value for t in row] for row in rows])
        return buf.getvalue().encode("utf-8")
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def negotiate(accept: str, options: list[tuple[str, str]], explicit: Optional[str]) -> tuple[str, str]:
    if explicit:
        for mime, fmt in options:
            if explicit in (fmt, mime):
                return mime, fmt
    for part in (accept or "").split(","):
        mime = part.split(";")[0].strip().lower()
        for m, fmt in options:
            if mime == m:
                return m, fmt
    return options[0]


def answer_query(store, query: str, *, accept: str, fmt: Optional[str], timeout: float, max_rows: int):
    """Evaluate `query`; returns (status, content type, body, extra headers)."""
    import pyoxigraph as ox

    deadline = time.monotonic() + timeout
    result = store.query(query, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        mime, f = negotiate(accept, SELECT_TYPES, fmt)
        if f == "json":
            body = json.dumps({"head": {}, "boolean": bool(result)}).encode()
        elif f == "xml":
            body = (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/>'
                    f"<boolean>{str(bool(result)).lower()}</boolean></sparql>").encode()
        else:
            body = (str(bool(result)).lower() + "\n").encode()
        return "200 OK", mime, body, []
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows, truncated = [], False
        for sol in result:
            if time.monotonic() > deadline:
                raise QueryTimeout
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append([sol[v] for v in variables])
        mime, f = negotiate(accept, SELECT_TYPES, fmt)
        return "200 OK", mime, select_body(variables, rows, f), [("X-KG-Truncated", str(truncated).lower())]
    triples, truncated = [], False
    for t in result:
        if time.monotonic() > deadline:
            raise QueryTimeout
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    mime, f = negotiate(accept, GRAPH_TYPES, fmt)
    out = io.BytesIO()
    ox.serialize(triples, out, format=ox.RdfFormat.TURTLE if f == "turtle" else ox.RdfFormat.N_TRIPLES)
    return "200 OK", mime, out.getvalue(), [("X-KG-Truncated", str(truncated).lower())]

"""Records -> RDF: one named graph per article, plus a corpus graph for what spans articles.

Each article's graph holds what that article says: its claims, their anchors, who asserts them,
what they mention, whom it cites and the article's own metadata. The corpus graph holds entities,
outlets, agencies, claim clusters, disputes and copies, which belong to no single article. Every
triple is in exactly one graph, so the union of the named graphs has no duplicates on any engine;
it is graph.ttl. IRIs are made from record ids (`iri(kind, id)`), never from names or file names.
"""
from __future__ import annotations

import math
from urllib.parse import quote
from collections import defaultdict

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from kg import ids
from kg.model import CitationKind, EntityType, QuoteKind, Records
from kg.rdf.namespace import ID, KG, ONTOLOGY_IRI, SCHEMA
from kg.rdf.summaries import ClaimFact, name_keys, summarise, summary_triples

__all__ = ["CORPUS_GRAPH", "article_graph_iri", "bind_prefixes", "cluster_members", "iri", "sort_key", "to_dataset",
           "units"]

CORPUS_GRAPH = ID["graph/corpus"]
_TYPE = {EntityType.PERSON: KG.Person, EntityType.ORGANISATION: KG.Organisation, EntityType.PLACE: KG.Place, EntityType.MILITARY_UNIT: KG.MilitaryUnit,
         EntityType.GROUP: KG.Group}


def _segment(key: str) -> str:
    # ids may carry what a file name holds (spaces, line breaks, '#'); percent-encode anything an IRI
    # path segment cannot hold, so the IRI parses everywhere. Ordinary ids are unchanged.
    return quote(key, safe="-._~!$&'()*+,;=:@")


def iri(kind: str, key: str) -> URIRef:
    """The stable IRI of a record: `iri('claim', '000_x-c1a2b3c4')`."""
    return ID[f"{kind}/{_segment(key)}"]


def article_graph_iri(article_id: str) -> URIRef:
    """The IRI of the named graph holding what one article says."""
    return ID[f"graph/{_segment(article_id)}"]


def _date(value: str | None) -> Literal | None:
    if value and len(value) == 10:
        return Literal(value, datatype=XSD.date)
    return None


def sort_key(claim_id: str) -> int:
    """`kg:sortKey`: a whole number fixed by the claim id (its SHA-1's first 60 bits), the order pages of claims
    follow: a store compares numbers without reading strings, where sorting thousands of IRIs cost more than the
    look-up that found them."""
    import hashlib

    return int(hashlib.sha1(claim_id.encode("utf-8")).hexdigest()[:15], 16)


Triple = tuple
"""(subject, predicate, object) of rdflib terms."""


def _article_unit(a) -> list[tuple[bool, Triple]]:
    """What one article adds, in order: (in the corpus graph?, triple)."""
    s = iri("article", a.id)
    out = [(False, (s, RDF.type, KG.Article)), (False, (s, KG.doc, Literal(a.doc))),
           (False, (s, RDFS.label, Literal(a.title or a.doc)))]
    if a.title:
        out.append((False, (s, SCHEMA.headline, Literal(a.title))))
    if _date(a.date):
        out.append((False, (s, KG.date, _date(a.date))))
    if a.dateline:
        out.append((False, (s, KG.dateline, Literal(a.dateline))))
    if a.url:
        out.append((False, (s, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI))))
    out.append((False, (s, KG.story, iri("story", a.story))))
    if a.outlet:
        o = iri("outlet", ids.outlet_id(a.outlet))
        out += [(False, (s, KG.publishedBy, o)), (True, (o, RDF.type, KG.Outlet)),
                (True, (o, RDFS.label, Literal(a.outlet)))]
    return out


def _entity_unit(e) -> list[tuple[bool, Triple]]:
    s = iri("entity", e.id)
    out = [(s, RDF.type, _TYPE[e.type.value]), (s, RDFS.label, Literal(e.name)),
           (s, KG.mentionCount, Literal(e.mentions))]
    out += [(s, SCHEMA.alternateName, Literal(alias)) for alias in e.aliases]
    out += [(s, KG.nameKey, Literal(k)) for k in name_keys([e.name, *e.aliases])]
    if e.type != EntityType.PLACE:
        out.append((s, KG.anonymous, Literal(e.anonymous)))
    if e.affiliation_id:
        out.append((s, KG.affiliation, iri("entity", e.affiliation_id)))
    return [(True, t) for t in out + _rule(s, e.rule)]


def _claim_unit(c) -> list[tuple[bool, Triple]]:
    s = iri("claim", c.id)
    claimer = iri("entity", c.claimer_id)
    out = [(s, RDF.type, KG.Claim), (s, KG.claimId, Literal(c.id)), (s, KG.sortKey, Literal(sort_key(c.id))),
           (s, KG.content, Literal(c.content)),
           (s, RDFS.label, Literal(c.content[:120])), (s, KG.sentence, Literal(c.sentence)),
           (s, KG.start, Literal(c.start)), (s, KG.end, Literal(c.end)), (s, KG.cue, Literal(c.cue)),
           (s, KG.quoteKind, Literal(c.quote.value)), (s, KG.polarity, Literal(c.polarity.value)),
           (s, KG.claimerMention, Literal(c.claimer_mention)), (s, PROV.wasAttributedTo, claimer)]
    if c.quote in (QuoteKind.DIRECT, QuoteKind.MIXED):
        out.append((s, PROV.wasQuotedFrom, claimer))
    out.append((s, KG.appearsIn, iri("article", c.article)))
    if _date(c.date):
        out.append((s, KG.date, _date(c.date)))
    out += [(s, KG.mentions, iri("entity", about)) for about in c.about]
    for i, q in enumerate(c.quantities):
        qn = iri("quantity", f"{c.id}-{i}")
        out += [(s, KG.hasQuantity, qn), (qn, RDF.type, KG.Quantity), (qn, RDFS.label, Literal(q.text)),
                (qn, KG.low, Literal(float(q.low)))]
        if not math.isinf(q.high):
            out.append((qn, KG.high, Literal(float(q.high))))
        out += [(qn, KG.unit, Literal(q.unit)), (qn, KG.measure, Literal(q.measure)), (qn, KG.hedge, Literal(q.hedge))]
    if c.cluster:
        out.append((s, KG.inCluster, iri("cluster", c.cluster)))
    return [(False, t) for t in out + _rule(s, c.rule)]


def _rule(s, rule: str) -> list[Triple]:
    """`kg:rule`: the named rules (kg.rules) that made a record, when it says."""
    return [(s, KG.rule, Literal(rule))] if rule else []


def _cluster_unit(k, members: list) -> list[tuple[bool, Triple]]:
    s = iri("cluster", k.cluster)
    out = [(s, RDF.type, KG.ClaimCluster), (s, KG.independentSources, Literal(k.independent_sources))]
    out += [(s, PROV.hadMember, iri("claim", m)) for m in members]
    return [(True, t) for t in out]


def _dispute_unit(d) -> list[tuple[bool, Triple]]:
    s = iri("dispute", d.id)
    a = iri("claim", d.a)
    src = iri("claim", d.b) if d.b else iri("entity", d.claimer_id)
    return [(True, t) for t in ((s, RDF.type, KG.Dispute), (s, KG.disputed, a), (s, KG.disputant, src),
                                (s, KG.disputeKind, Literal(d.kind.value)), (s, KG.reason, Literal(d.reason)),
                                *_rule(s, d.rule), (src, KG.disputes, a))]


def _citation_unit(cit) -> list[tuple[bool, Triple]]:
    src = iri("article", cit.article)
    if cit.kind == CitationKind.COPY:
        return [(True, (src, KG.copies, iri("article", cit.target))), (True, (src, KG.cites, iri("article", cit.target)))]
    if cit.kind == CitationKind.AGENCY:
        o = iri("agency", cit.target)
        return [(False, (src, KG.citesAgency, o)), (False, (src, KG.cites, o)), (True, (o, RDF.type, KG.Agency)),
                (True, (o, RDFS.label, Literal(cit.label)))]
    return [(False, (src, KG.cites, iri("entity", cit.target)))]


def _summary_unit(records: Records) -> list[tuple[bool, Triple]]:
    """The corpus summaries (kg.rdf.summaries) of the records: counts per claimer, outlets per cluster, exclusives."""
    outlet = {a.id: str(iri("outlet", ids.outlet_id(a.outlet))) if a.outlet else None for a in records.articles}
    facts = (ClaimFact(str(iri("claim", c.id)), str(iri("entity", c.claimer_id)), outlet.get(c.article),
                       str(iri("cluster", c.cluster)) if c.cluster else None) for c in records.claims)
    disputes = ((str(iri("claim", d.a)), str(iri("claim", d.b)) if d.b else None,
                 None if d.b else str(iri("entity", d.claimer_id))) for d in records.disputes)
    return [(True, t) for t in summary_triples(summarise(facts, disputes))]


_ONTOLOGY = [(True, (URIRef(ONTOLOGY_IRI), RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")))]


def _check(records: Records) -> None:
    """What the mapping reads must name records of this build (KeyError otherwise, as a dict lookup would)."""
    arts = {a.id for a in records.articles}
    ents = {e.id for e in records.entities}
    for c in records.claims:
        if c.article not in arts:
            raise KeyError(c.article)
        for e in (c.claimer_id, *c.about):
            if e not in ents:
                raise KeyError(e)
    for d in records.disputes:
        if not d.b and d.claimer_id not in ents:
            raise KeyError(d.claimer_id)
    for cit in records.citations:
        if cit.kind != CitationKind.COPY and cit.article not in arts:
            raise KeyError(cit.article)
        if cit.kind not in (CitationKind.COPY, CitationKind.AGENCY) and cit.target not in ents:
            raise KeyError(cit.target)


def cluster_members(records: Records) -> dict[str, list[str]]:
    """cluster id -> the ids of its claims, in the records' order."""
    members = defaultdict(list)
    for c in records.claims:
        if c.cluster:
            members[c.cluster].append(c.id)
    return members


def units(records: Records, *, claims: bool = True):
    """What the records add to the dataset, unit by unit in a fixed order: (article id or None, [(in the corpus
    graph?, triple)]); an article's own triples go to its named graph, the rest to the corpus graph.

    `claims=False` leaves out the claims' units (they add nothing to the corpus graph)."""
    _check(records)
    for a in records.articles:
        yield a.id, _article_unit(a)
    for e in records.entities:
        yield None, _entity_unit(e)
    if claims:
        for c in records.claims:
            yield c.article, _claim_unit(c)
    members = cluster_members(records)
    for k in records.clusters:
        yield None, _cluster_unit(k, members.get(k.cluster, []))
    del members
    for d in records.disputes:
        yield None, _dispute_unit(d)
    yield None, _summary_unit(records)
    for cit in records.citations:
        yield cit.article, _citation_unit(cit)
    yield None, _ONTOLOGY


def bind_prefixes(ds) -> None:
    for prefix, ns in (("kg", KG._NS), ("id", ID), ("prov", PROV), ("schema", SCHEMA)):
        ds.bind(prefix, ns)


def to_dataset(records: Records, ds=None) -> Dataset:
    """An rdflib Dataset of `records`: a named graph per article plus the corpus graph.

    `ds`: fill this instead of a new Dataset (anything with `bind` and `graph(iri).add`, as `kg.rdf.quads.QuadSink`).
    """
    ds = Dataset() if ds is None else ds
    bind_prefixes(ds)
    corpus = ds.graph(CORPUS_GRAPH)
    graphs: dict[str, Graph] = {a.id: ds.graph(article_graph_iri(a.id)) for a in records.articles}
    for art, triples in units(records):
        for in_corpus, t in triples:
            (corpus if in_corpus else graphs[art]).add(t)
    return ds

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
from kg.model import CitationKind, Records
from kg.rdf.namespace import ID, KG, ONTOLOGY_IRI, SCHEMA

__all__ = ["CORPUS_GRAPH", "article_graph_iri", "iri", "to_dataset"]

CORPUS_GRAPH = ID["graph/corpus"]
_TYPE = {"Person": KG.Person, "Organisation": KG.Organisation, "Place": KG.Place, "MilitaryUnit": KG.MilitaryUnit,
         "Group": KG.Group}


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


def to_dataset(records: Records, ds=None) -> Dataset:
    """An rdflib Dataset of `records`: a named graph per article plus the corpus graph.

    `ds`: fill this instead of a new Dataset (anything with `bind` and `graph(iri).add`, as `kg.rdf.quads.QuadSink`).
    """
    ds = Dataset() if ds is None else ds
    for prefix, ns in (("kg", KG._NS), ("id", ID), ("prov", PROV), ("schema", SCHEMA)):
        ds.bind(prefix, ns)
    corpus = ds.graph(CORPUS_GRAPH)
    graphs: dict[str, Graph] = {}
    arts = {a.id: a for a in records.articles}
    for a in records.articles:
        g = ds.graph(article_graph_iri(a.id))
        graphs[a.id] = g
        s = iri("article", a.id)
        g.add((s, RDF.type, KG.Article))
        g.add((s, KG.doc, Literal(a.doc)))
        g.add((s, RDFS.label, Literal(a.title or a.doc)))
        if a.title:
            g.add((s, SCHEMA.headline, Literal(a.title)))
        if _date(a.date):
            g.add((s, KG.date, _date(a.date)))
        if a.dateline:
            g.add((s, KG.dateline, Literal(a.dateline)))
        if a.url:
            g.add((s, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        g.add((s, KG.story, iri("story", a.story)))
        if a.outlet:
            o = iri("outlet", ids.outlet_id(a.outlet))
            g.add((s, KG.publishedBy, o))
            corpus.add((o, RDF.type, KG.Outlet))
            corpus.add((o, RDFS.label, Literal(a.outlet)))
    ent_iri = {}
    for e in records.entities:
        s = iri("entity", e.id)
        ent_iri[e.id] = s
        corpus.add((s, RDF.type, _TYPE[e.type.value]))
        corpus.add((s, RDFS.label, Literal(e.name)))
        corpus.add((s, KG.mentionCount, Literal(e.mentions)))
        for alias in e.aliases:
            corpus.add((s, SCHEMA.alternateName, Literal(alias)))
        if e.type != "Place":
            corpus.add((s, KG.anonymous, Literal(e.anonymous)))
        if e.affiliation_id:
            corpus.add((s, KG.affiliation, iri("entity", e.affiliation_id)))
    clusters = defaultdict(list)
    for c in records.claims:
        g = graphs[c.article]
        s = iri("claim", c.id)
        art = arts[c.article]
        claimer = ent_iri[c.claimer_id]
        g.add((s, RDF.type, KG.Claim))
        g.add((s, KG.claimId, Literal(c.id)))
        g.add((s, KG.content, Literal(c.content)))
        g.add((s, RDFS.label, Literal(c.content[:120])))
        g.add((s, KG.sentence, Literal(c.sentence)))
        g.add((s, KG.start, Literal(c.start)))
        g.add((s, KG.end, Literal(c.end)))
        g.add((s, KG.cue, Literal(c.cue)))
        g.add((s, KG.quoteKind, Literal(c.quote.value)))
        g.add((s, KG.polarity, Literal(c.polarity.value)))
        g.add((s, KG.claimerMention, Literal(c.claimer_mention)))
        g.add((claimer, KG.asserts, s))
        g.add((s, PROV.wasAttributedTo, claimer))
        if c.quote in ("direct", "mixed"):
            g.add((s, PROV.wasQuotedFrom, claimer))
        g.add((s, KG.appearsIn, iri("article", art.id)))
        if _date(c.date):
            g.add((s, KG.date, _date(c.date)))
        for about in c.about:
            g.add((s, KG.mentions, ent_iri[about]))
        for i, q in enumerate(c.quantities):
            qn = iri("quantity", f"{c.id}-{i}")
            g.add((s, KG.hasQuantity, qn))
            g.add((qn, RDF.type, KG.Quantity))
            g.add((qn, RDFS.label, Literal(q.text)))
            g.add((qn, KG.low, Literal(float(q.low))))
            if not math.isinf(q.high):
                g.add((qn, KG.high, Literal(float(q.high))))
            g.add((qn, KG.unit, Literal(q.unit)))
            g.add((qn, KG.measure, Literal(q.measure)))
            g.add((qn, KG.hedge, Literal(q.hedge)))
        if c.cluster:
            clusters[c.cluster].append(s)
            g.add((s, KG.inCluster, iri("cluster", c.cluster)))
    for k in records.clusters:
        s = iri("cluster", k.cluster)
        corpus.add((s, RDF.type, KG.ClaimCluster))
        corpus.add((s, KG.independentSources, Literal(k.independent_sources)))
        for m in clusters.get(k.cluster, []):
            corpus.add((s, PROV.hadMember, m))
    for d in records.disputes:
        s = iri("dispute", d.id)
        a = iri("claim", d.a)
        src = iri("claim", d.b) if d.b else ent_iri[d.claimer_id]
        corpus.add((s, RDF.type, KG.Dispute))
        corpus.add((s, KG.disputed, a))
        corpus.add((s, KG.disputant, src))
        corpus.add((s, KG.disputeKind, Literal(d.kind.value)))
        corpus.add((s, KG.reason, Literal(d.reason)))
        corpus.add((src, KG.disputes, a))
    for cit in records.citations:
        src = iri("article", cit.article)
        if cit.kind == CitationKind.COPY:
            corpus.add((src, KG.copies, iri("article", cit.target)))
            corpus.add((src, KG.cites, iri("article", cit.target)))
        elif cit.kind == CitationKind.AGENCY:
            o = iri("agency", cit.target)
            graphs[cit.article].add((src, KG.citesAgency, o))
            graphs[cit.article].add((src, KG.cites, o))
            corpus.add((o, RDF.type, KG.Agency))
            corpus.add((o, RDFS.label, Literal(cit.label)))
        else:
            graphs[cit.article].add((src, KG.cites, ent_iri[cit.target]))
    corpus.add((URIRef(ONTOLOGY_IRI), RDF.type, URIRef("http://www.w3.org/2002/07/owl#Ontology")))
    return ds

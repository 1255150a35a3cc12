"""claims.jsonld: schema.org Claims for fact-checking tools, read by rdflib's JSON-LD parser."""
import json

import rdflib
from rdflib import RDF, Namespace

SCHEMA = Namespace("https://schema.org/")
KG = Namespace("https://w3id.org/kg-news/ontology#")


def _lines(path):
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def test_claims_jsonld_parses_into_one_schema_claim_per_claim(demo):
    out, result = demo
    doc = json.loads((out / "claims.jsonld").read_text(encoding="utf-8"))
    assert isinstance(doc["@context"], dict)  # inline: nothing to fetch
    g = rdflib.Graph().parse(out / "claims.jsonld", format="json-ld")
    claims = set(g.subjects(RDF.type, SCHEMA.Claim))
    assert len(claims) == _lines(out / "claims.jsonl")
    assert len(set(g.subjects(RDF.type, KG.Dispute))) == _lines(out / "disputes.jsonl")
    for c in claims:
        author = g.value(c, SCHEMA.author)
        assert g.value(c, SCHEMA.text) and g.value(author, SCHEMA.name)
        assert g.value(author, RDF.type) in (SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place)
        art = g.value(c, SCHEMA.appearance)
        assert g.value(art, RDF.type) == SCHEMA.NewsArticle and g.value(c, SCHEMA.firstAppearance)
    # the article carries its outlet as publisher and its date
    arts = set(g.subjects(RDF.type, SCHEMA.NewsArticle))
    assert any(g.value(g.value(a, SCHEMA.publisher), SCHEMA.name) for a in arts)
    assert any(g.value(a, SCHEMA.datePublished) for a in arts)


def test_jsonld_ids_are_the_rdf_exports_ids(demo):
    out, _ = demo
    g = rdflib.Graph().parse(out / "claims.jsonld", format="json-ld")
    ttl = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    claims = set(g.subjects(RDF.type, SCHEMA.Claim))
    assert claims <= set(ttl.subjects(RDF.type, KG.Claim))  # the two merge on the same IRIs
    disputed = {o for o in g.objects(None, KG.disputed)}
    assert disputed and disputed <= claims


def test_pyld_expands_it_offline_into_the_same_claims(demo):
    from pyld import jsonld

    def no_network(url, options=None):
        raise AssertionError(f"the JSON-LD asked to fetch {url}")

    out, _ = demo
    jsonld.set_document_loader(no_network)
    doc = json.loads((out / "claims.jsonld").read_text(encoding="utf-8"))
    expanded = jsonld.expand(doc)
    claims = [n for n in expanded if "https://schema.org/Claim" in n.get("@type", [])]
    assert len(claims) == _lines(out / "claims.jsonl")
    assert all(n["https://schema.org/author"][0]["https://schema.org/name"] for n in claims)
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    assert nquads.count("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Claim>") == len(claims)

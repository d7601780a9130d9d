"""Independent clients against hetu's outputs (run by tests/linked_data.rs).

    clients.py shacl DATA.nq SHAPES.ttl EXPECT     # pyshacl on the union of the graphs
    clients.py sparql ENDPOINT_URL                 # SPARQLWrapper and rdflib against `hetu serve`
"""
import sys


def shacl(data, shapes, expect):
    import pyshacl
    from rdflib import Dataset, Graph

    ds = Dataset()
    ds.parse(data, format="nquads")
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    conforms, _, text = pyshacl.validate(union, shacl_graph=Graph().parse(shapes, format="turtle"))
    if str(conforms).lower() != expect:
        print(text)
        sys.exit(f"pyshacl: conforms={conforms}, expected {expect}")
    print(f"pyshacl: conforms={conforms} on {len(union)} triples")


def sparql(url):
    from SPARQLWrapper import JSON, SPARQLWrapper, TURTLE, CSV
    from rdflib import Graph

    q = SPARQLWrapper(url)
    q.setQuery('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
               'SELECT DISTINCT ?l WHERE { <https://w3id.org/hetu/id/region/410324> rdfs:label ?l }')
    q.setReturnFormat(JSON)
    rows = q.query().convert()["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["栾川县"], rows
    q.setMethod("POST")
    rows = q.query().convert()["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["栾川县"], rows
    q.setReturnFormat(CSV)
    assert "栾川县" in q.query().convert().decode("utf-8")
    q.setMethod("GET")
    q.setQuery('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <https://w3id.org/hetu/id/region/410324>) }')
    q.setReturnFormat(TURTLE)
    g = Graph().parse(data=q.query().convert(), format="turtle")
    assert len(g) >= 3, len(g)
    # rdflib's own SPARQL store
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    store = Graph(store=SPARQLStore(url))
    n = len(list(store.query("SELECT ?d WHERE { ?d a <https://w3id.org/hetu/ontology#Document> }")))
    assert n >= 5, n
    print("SPARQLWrapper and rdflib SPARQLStore: ok")


if __name__ == "__main__":
    {"shacl": shacl, "sparql": sparql}[sys.argv[1]](*sys.argv[2:])

//! Linked data others can use: the shapes hold on a real build (checked by
//! `hetu validate` and by pyshacl), a broken graph is caught, the VoID
//! description and the SPARQL endpoint answer clients nobody here wrote
//! (curl, SPARQLWrapper, rdflib), entity IRIs dereference.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use common::{Server, build_store, curl, free_port, wait_for};

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_hetu")
}

fn run(args: &[&str]) -> Output {
    Command::new(bin()).args(args).output().expect("run hetu")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seed_store() -> &'static (tempfile::TempDir, PathBuf) {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    STORE.get_or_init(|| build_store("examples/corpus"))
}

fn python(args: &[&str]) -> Output {
    Command::new("python3").arg(root().join("tests/clients.py")).args(args).output().expect("python3 (installed by scripts/system-deps)")
}

#[test]
fn seed_store_conforms_to_the_shapes() {
    let (dir, store) = seed_store();
    let out = run(&["validate", "--store", store.to_str().unwrap()]);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    pyshacl_says(store, &dir.path().join("seed.nq"), true);
}

/// Export the store and check it against the shapes with pyshacl, which must answer `conforms`.
fn pyshacl_says(store: &Path, nq: &Path, conforms: bool) {
    assert!(run(&["export", "--store", store.to_str().unwrap(), "--format", "nquads", "-o", nq.to_str().unwrap()]).status.success());
    let expect = if conforms { "true" } else { "false" };
    let out = python(&["shacl", nq.to_str().unwrap(), root().join("ontology/shapes.ttl").to_str().unwrap(), expect]);
    assert!(out.status.success(), "pyshacl, expected conforms={expect}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_broken_graph_is_caught() {
    let (dir, store) = build_store("examples/corpus/002_6802137d44bebb66.txt");
    let g = "<https://w3id.org/hetu/id/doc/002_6802137d44bebb66.txt>";
    let broken = format!(
        "<https://w3id.org/hetu/id/region/410324> <http://www.w3.org/2000/01/rdf-schema#label> \"Luanchuan\"@en {g} .\n\
         <https://w3id.org/hetu/id/post/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/hetu/ontology#Post> {g} .\n\
         <https://w3id.org/hetu/id/project/x> <https://w3id.org/hetu/ontology#totalInvestment> \"-5\"^^<http://www.w3.org/2001/XMLSchema#decimal> {g} .\n\
         <https://w3id.org/hetu/id/project/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/hetu/ontology#Project> {g} .\n\
         <https://w3id.org/hetu/id/project/x> <http://www.w3.org/2000/01/rdf-schema#label> \"某项目\"@zh {g} .\n\
         <https://w3id.org/hetu/id/x> <https://w3id.org/hetu/ontology#mentions> <https://w3id.org/hetu/id/project/x> <https://example.org/not-a-document> .\n"
    );
    let file = dir.path().join("broken.nq");
    std::fs::write(&file, broken).unwrap();
    assert!(run(&["import", file.to_str().unwrap(), "--store", store.to_str().unwrap()]).status.success());
    let out = run(&["validate", "--store", store.to_str().unwrap()]);
    assert!(!out.status.success());
    let report = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "hshape:Entity  <https://w3id.org/hetu/id/region/410324>",
        "hshape:Post  <https://w3id.org/hetu/id/post/x>  is a post without its postIn",
        "hshape:Investment  <https://w3id.org/hetu/id/project/x>",
        "graph-is-document  <https://example.org/not-a-document>",
    ] {
        assert!(report.contains(expected), "missing {expected:?} in:\n{report}");
    }
    // the violation names the article that mentions the entity
    assert!(report.lines().any(|l| l.contains("region/410324") && l.contains("002_6802137d44bebb66.txt")), "{report}");
    pyshacl_says(&store, &dir.path().join("all.nq"), false);
}

/// `hetu import` reads its file as it goes; a malformed line still leaves
/// the store as it was, and the error names the file and the line.
#[test]
fn a_malformed_import_changes_nothing() {
    let (dir, store) = build_store("examples/corpus/002_6802137d44bebb66.txt");
    let export = || run(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]).stdout;
    let before = export();
    let file = dir.path().join("part.nq");
    let good = "<https://w3id.org/hetu/id/x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" <https://w3id.org/hetu/id/doc/x> .\n";
    std::fs::write(&file, format!("{good}{good}<https://w3id.org/hetu/id/y> <http://www.w3.org/2000/01/rdf-schema#label> .\n")).unwrap();
    let out = run(&["import", file.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("part.nq") && err.contains("line 3"), "{err}");
    assert!(export() == before, "a malformed import changed the store");
    // the same file without its bad line goes in
    std::fs::write(&file, good).unwrap();
    assert!(run(&["import", file.to_str().unwrap(), "--store", store.to_str().unwrap()]).status.success());
    assert!(String::from_utf8_lossy(&export()).contains("<https://w3id.org/hetu/id/x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\""));
}

#[test]
fn void_counts_documents_and_classes() {
    let (_, store) = seed_store();
    let out = run(&["export", "--store", store.to_str().unwrap(), "--format", "void"]);
    let ttl = String::from_utf8(out.stdout).unwrap();
    assert!(ttl.contains("void:documents 5 ;"), "{ttl}");
    // the union's triples, each once: the lines of the N-Triples export
    let nt = run(&["export", "--store", store.to_str().unwrap(), "--format", "ntriples"]);
    let lines = String::from_utf8_lossy(&nt.stdout).lines().count();
    assert!(lines > 1000 && ttl.contains(&format!("void:triples {lines} ;")), "{lines} triples exported: {ttl}");
    assert!(ttl.contains("[ void:class hetu:Official ; void:entities"), "{ttl}");
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &ttl).unwrap();
    let rapper = Command::new("rapper").args(["-q", "-i", "turtle", "-c", file.path().to_str().unwrap()]).output().unwrap();
    assert!(rapper.status.success(), "{}", String::from_utf8_lossy(&rapper.stderr));
}

#[test]
fn sparql_endpoint_speaks_the_protocol() {
    let (_, store) = seed_store();
    let port = free_port();
    let bind = format!("127.0.0.1:{port}");
    let _server = Server(Command::new(bin()).args(["serve", "--store", store.to_str().unwrap(), "--bind", &bind]).spawn().unwrap());
    let url = format!("http://{bind}/sparql");
    wait_for(&bind);
    let q = "SELECT DISTINCT ?l WHERE { <https://w3id.org/hetu/id/region/410324> <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    for (accept, expect) in [
        ("application/sparql-results+json", "\"value\":\"栾川县\""),
        ("application/sparql-results+xml", "<literal xml:lang=\"zh\">栾川县</literal>"),
        ("text/csv", "栾川县"),
        ("text/tab-separated-values", "\"栾川县\"@zh"),
    ] {
        let (body, status) = curl(&["-G", &url, "--data-urlencode", &format!("query={q}"), "-H", &format!("Accept: {accept}")]);
        assert!(status.starts_with(&format!("200 {accept}")), "{accept}: {status}");
        assert!(body.contains(expect), "{accept}: {body}");
    }
    // POST, both ways
    let (body, status) = curl(&["-X", "POST", &url, "-H", "Content-Type: application/sparql-query", "--data-binary", q]);
    assert!(status.starts_with("200") && body.contains("栾川县"), "{status} {body}");
    let (body, status) = curl(&["-X", "POST", &url, "--data-urlencode", &format!("query={q}")]);
    assert!(status.starts_with("200") && body.contains("栾川县"), "{status} {body}");
    // CONSTRUCT as Turtle, N-Triples, JSON-LD
    let c = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <https://w3id.org/hetu/id/region/410324>) }";
    for accept in ["text/turtle", "application/n-triples", "application/ld+json"] {
        let (body, status) = curl(&["-G", &url, "--data-urlencode", &format!("query={c}"), "-H", &format!("Accept: {accept}")]);
        assert!(status.starts_with(&format!("200 {accept}")) && body.contains("栾川县"), "{accept}: {status} {body}");
    }
    // a bad query is a 400 with the parser's message
    let (body, status) = curl(&["-G", &url, "--data-urlencode", "query=SELEC ?x"]);
    assert!(status.starts_with("400") && body.contains("SPARQL"), "{status} {body}");
    // read-only
    let (_, status) = curl(&["-X", "POST", &url, "--data-urlencode", "update=CLEAR ALL"]);
    assert!(status.starts_with("403"), "{status}");
    // entity IRIs dereference under /id/
    let entity = format!("http://{bind}/id/region/410324");
    let (body, status) = curl(&[&entity, "-H", "Accept: text/turtle"]);
    assert!(status.starts_with("200 text/turtle") && body.contains("410324"), "{status} {body}");
    let (body, status) = curl(&[&entity, "-H", "Accept: text/html"]);
    assert!(status.starts_with("200 text/html") && body.contains("<h1>栾川县</h1>") && body.contains("000_ef109e25ed513ca6.txt"), "{status} {body}");
    let (_, status) = curl(&[&format!("http://{bind}/id/region/999999")]);
    assert!(status.starts_with("404"), "{status}");
    // clients nobody here wrote
    let out = python(&["sparql", &url]);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn the_store_opens_in_the_stock_oxigraph_server() {
    // `oxigraph` is Oxigraph's own CLI (PyPI package oxigraph 0.5.13, installed by scripts/system-deps)
    let (_, store) = seed_store();
    let out = Command::new("oxigraph")
        .args(["query", "--location", store.to_str().unwrap(), "--union-default-graph", "--results-format", "csv", "--query"])
        .arg("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/hetu/ontology#Document> }")
        .output()
        .expect("the oxigraph CLI");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().nth(1), Some("5"));
}

#[test]
fn push_sends_the_store_to_a_graph_store_endpoint() {
    // a real server nobody here wrote: the stock Oxigraph server, on loopback
    let (_, store) = seed_store();
    let target = tempfile::tempdir().unwrap();
    let port = free_port();
    let bind = format!("127.0.0.1:{port}");
    let _server = Server(
        Command::new("oxigraph")
            .args(["serve", "--location", target.path().to_str().unwrap(), "--bind", &bind, "--union-default-graph"])
            .spawn()
            .expect("the oxigraph CLI"),
    );
    wait_for(&bind);
    let out = run(&["push", "--store", store.to_str().unwrap(), "--endpoint", &format!("http://{bind}/store"), "--batch", "400"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = String::from_utf8_lossy(&out.stderr);
    let local = run(&["stats", "--store", store.to_str().unwrap()]);
    let stored: usize = String::from_utf8_lossy(&local.stdout).lines().find_map(|l| l.strip_prefix("quads")).unwrap().trim().parse().unwrap();
    // all but the store's bookkeeping quad (the list of its index files, which mean nothing elsewhere)
    let quads = stored - 1;
    assert!(report.contains(&format!("pushed {quads} quads in {} batch(es)", quads.div_ceil(400))), "{report}");
    // the articles arrived with their graphs
    let (body, status) = curl(&[
        "-G",
        &format!("http://{bind}/query"),
        "--data-urlencode",
        "query=SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <https://w3id.org/hetu/ontology#Document> } }",
        "-H",
        "Accept: text/csv",
    ]);
    assert!(status.starts_with("200") && body.lines().nth(1) == Some("5"), "{status} {body}");
    // an N-Quads file with a bad line: an error naming the file, and nothing sent
    let bad = target.path().join("bad.nq");
    std::fs::write(&bad, "<http://a.example/s> <http://a.example/p> \"new\" <http://a.example/g> .\n<http://a.example/s> <http://a.example/p> .\n").unwrap();
    let out = run(&["push", "--nquads", bad.to_str().unwrap(), "--endpoint", &format!("http://{bind}/store")]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.nq"), "{}", String::from_utf8_lossy(&out.stderr));
    let (body, status) = curl(&["-G", &format!("http://{bind}/query"), "--data-urlencode", "query=ASK { GRAPH <http://a.example/g> { ?s ?p ?o } }", "-H", "Accept: text/csv"]);
    assert!(status.starts_with("200") && body.trim() == "false", "the good line of a bad file was sent: {status} {body}");
    // a good file is streamed in batches
    let good = target.path().join("good.nq");
    std::fs::write(&good, (0..5).map(|i| format!("<http://a.example/s{i}> <http://a.example/p> \"{i}\" <http://a.example/g> .\n")).collect::<String>()).unwrap();
    let out = run(&["push", "--nquads", good.to_str().unwrap(), "--endpoint", &format!("http://{bind}/store"), "--batch", "2"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("pushed 5 quads in 3 batch(es)"), "{}", String::from_utf8_lossy(&out.stderr));
    // an endpoint that is not there: a clear error after the retries
    let out = run(&["push", "--store", store.to_str().unwrap(), "--endpoint", &format!("http://127.0.0.1:{}/store", free_port()), "--attempts", "2"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("failed after 2 attempt(s)"));
}

#[test]
fn updates_need_the_writable_flag() {
    let (_dir, store) = build_store("examples/corpus/002_6802137d44bebb66.txt");
    let bind = format!("127.0.0.1:{}", free_port());
    let server = Server(Command::new(bin()).args(["serve", "--store", store.to_str().unwrap(), "--bind", &bind, "--writable"]).spawn().unwrap());
    wait_for(&bind);
    let url = format!("http://{bind}/sparql");
    let (_, status) = curl(&["-X", "POST", &url, "-H", "Content-Type: application/sparql-update", "--data-binary", "INSERT DATA { <https://example.org/a> <https://example.org/b> \"c\" }"]);
    assert!(status.starts_with("204"), "{status}");
    let (body, _) = curl(&["-G", &url, "--data-urlencode", "query=ASK { <https://example.org/a> ?p ?o }"]);
    assert!(body.contains("true"), "{body}");
    let (body, status) = curl(&["-X", "POST", &url, "--data-urlencode", "update=INSERT DATA { oops }"]);
    assert!(status.starts_with("400"), "{status} {body}");
    drop(server);
}

//! Bad and awkward input (`tests/data/bad/`, issue 7): each bad file or line
//! is skipped with a message naming it, the good articles are built, the
//! exit code says so (3), and what the store held before is untouched.
//! With `--strict` the build refuses and the store stays as it was.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{build_store, root};

fn hetu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hetu")).args(args).output().expect("run hetu")
}

fn export(store: &Path) -> String {
    let out = hetu(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]);
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The lines of the seed articles' graphs.
fn seed_graphs(nquads: &str) -> Vec<&str> {
    nquads.lines().filter(|l| l.contains("/id/doc/00")).collect()
}

fn ask(store: &Path, sparql: &str) -> String {
    let q = format!("PREFIX hetu: <https://w3id.org/hetu/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n{sparql}");
    let out = hetu(&["query", "--store", store.to_str().unwrap(), "--format", "csv", &q]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn bad_input_is_skipped_and_named_and_the_rest_is_built() {
    let (dir, store) = build_store("examples/corpus");
    let before = export(&store);
    // the bad corpus, plus a 50 MB article on one line (too big to keep in the repository)
    let input = dir.path().join("input");
    std::fs::create_dir(&input).unwrap();
    for entry in std::fs::read_dir(root().join("tests/data/bad")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    let line = "县委书记到镇村调研乡村振兴工作，".repeat(50_000_000 / 48 + 1);
    std::fs::write(input.join("bad_one_line_50mb.txt"), &line).unwrap();

    let out = hetu(&["build", input.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    for (file, why) in [
        ("bad_invalid_utf8.txt", "cannot decode"),
        ("bad_empty.txt", "no text"),
        ("bad_binary.txt", "binary"),
        ("bad_no_chinese.txt", "no Chinese text"),
        ("mixed_lines.jsonl:2:", "not a JSON article"),
        ("bad_one_line_50mb.txt", "over the 4 MB limit"),
    ] {
        assert!(err.lines().any(|l| l.contains(file) && l.contains(why)), "no message for {file} ({why}):\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");

    // the good articles are in: every encoding, HTML, a page break inside a name, the good JSON lines
    let docs = ask(&store, "SELECT ?f WHERE { ?d a hetu:Document ; hetu:sourceFile ?f } ORDER BY ?f");
    for f in ["good_gb18030.txt", "good_gbk.txt", "good_page.html", "good_page_break.txt", "good_utf16_bom.txt", "good_utf8.txt", "mixed_lines.jsonl"] {
        assert!(docs.contains(f), "{f} not built: {docs}");
    }
    assert_eq!(docs.lines().count(), 1 + 5 + 7 + 1, "5 seeds, 7 good files, 2 JSON lines: {docs}");
    assert!(ask(&store, "SELECT ?t WHERE { ?p rdfs:label \"赵林\"@zh ; hetu:holdsPost/hetu:title ?t }").contains("县长"), "GBK article");
    assert!(ask(&store, "SELECT ?t WHERE { ?p rdfs:label \"周红\"@zh ; hetu:holdsPost/hetu:title ?t }").contains("副县长"), "UTF-16 article");
    assert!(ask(&store, "SELECT ?t WHERE { ?p rdfs:label \"郑华\"@zh ; hetu:holdsPost/hetu:title ?t }").contains("县长"), "name across a page break");
    assert!(ask(&store, "SELECT ?p WHERE { ?p a hetu:Project ; rdfs:label \"湄江茶旅综合体项目\"@zh }").lines().count() == 2, "HTML article");
    assert!(ask(&store, "SELECT ?d WHERE { ?d hetu:sourceFile \"mixed_lines.jsonl\" ; <http://purl.org/dc/terms/identifier> \"jl-2\" }").lines().count() == 1, "the broken line is not built");

    // what the store held before is untouched
    let after = export(&store);
    assert_eq!(seed_graphs(&before), seed_graphs(&after));

    // --strict refuses the same input and changes nothing
    let out = hetu(&["build", input.to_str().unwrap(), "--store", store.to_str().unwrap(), "--strict"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad_"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(export(&store), after);
}

#[test]
fn a_second_writer_is_refused_with_a_clear_message() {
    let (_dir, store) = build_store("examples/corpus/002_6802137d44bebb66.txt");
    // a writable server holds the store's lock, as a running build does
    let mut server = Command::new(env!("CARGO_BIN_EXE_hetu"))
        .args(["serve", "--store", store.to_str().unwrap(), "--bind", "127.0.0.1:0", "--writable"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(800));
    let out = hetu(&["build", root().join("examples/corpus/000_ef109e25ed513ca6.txt").to_str().unwrap(), "--store", store.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("another hetu process") && !err.contains("panicked"), "{err}");
    // readers still work while the writer holds the store
    let q = hetu(&["query", "--store", store.to_str().unwrap(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]);
    assert!(q.status.success(), "{}", String::from_utf8_lossy(&q.stderr));
    server.kill().unwrap();
    server.wait().unwrap();
}

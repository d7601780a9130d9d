//! A build reads and writes in batches, and merges company short names
//! with full names found in other batches or already in the store. However
//! the corpus is cut (one batch, batches of one article, one build after
//! another into the same store), the store must end up the same.

mod common;

use std::path::Path;

use common::{hetu_ok, root};

fn export(store: &Path) -> String {
    hetu_ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"])
}

fn build(store: &Path, inputs: &[&str], extra: &[&str]) {
    let mut args = vec!["build".to_owned()];
    args.extend(inputs.iter().map(|i| root().join(i).to_string_lossy().into_owned()));
    args.extend(["--store".to_owned(), store.to_string_lossy().into_owned()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    hetu_ok(&args.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn batches_and_incremental_builds_give_the_same_store() {
    let dir = tempfile::tempdir().unwrap();
    let all = ["examples/corpus", "tests/data/merge"];
    let one = dir.path().join("one");
    build(&one, &all, &[]);
    let reference = export(&one);
    // the short name is merged into the full one, the short form kept as a label
    assert!(!reference.contains("/id/enterprise/蓝岭电器>"), "short name left as an entity");
    assert!(reference.contains("<https://w3id.org/hetu/id/enterprise/蓝岭电器苍溪有限公司> <http://www.w3.org/2004/02/skos/core#altLabel> \"蓝岭电器\"@zh <https://w3id.org/hetu/id/doc/b.txt>"));
    assert!(reference.contains("<https://w3id.org/hetu/id/doc/b.txt> <https://w3id.org/hetu/ontology#mentions> <https://w3id.org/hetu/id/enterprise/蓝岭电器苍溪有限公司>"));

    let small = dir.path().join("small");
    build(&small, &all, &["--batch", "1"]);
    assert_eq!(export(&small), reference, "batches of one article");

    // the full name first, then the short one; and the other way round
    for (first, second) in [("tests/data/merge/a.txt", "tests/data/merge/b.txt"), ("tests/data/merge/b.txt", "tests/data/merge/a.txt")] {
        let store = dir.path().join(format!("inc-{}", first.len() + second.len() + first.ends_with("b.txt") as usize));
        build(&store, &["examples/corpus", first], &[]);
        build(&store, &[second], &[]);
        assert_eq!(export(&store), reference, "{first} then {second}");
    }
}

#[test]
fn mapper_output_imported_and_merged_equals_a_build() {
    // the map-reduce path: stateless extraction per article, then the second pass
    let dir = tempfile::tempdir().unwrap();
    let inputs = ["examples/corpus", "tests/data/merge"];
    let built = dir.path().join("built");
    build(&built, &inputs, &[]);
    let mut parts = String::new();
    for input in inputs {
        parts.push_str(&hetu_ok(&["extract", root().join(input).to_str().unwrap(), "--format", "nquads"]));
    }
    let nq = dir.path().join("parts.nq");
    std::fs::write(&nq, parts).unwrap();
    let merged = dir.path().join("merged");
    hetu_ok(&["import", nq.to_str().unwrap(), "--store", merged.to_str().unwrap()]);
    hetu_ok(&["merge", "--store", merged.to_str().unwrap()]);
    // the article graphs, the entities graph and the gazetteer's inferences (a build adds the ontology and bookkeeping)
    let graphs = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.contains("/id/doc/") && l.ends_with(".txt> .") || l.ends_with("/graph/gazetteer> .") || l.ends_with("/graph/entities> ."))
            .map(str::to_owned)
            .collect()
    };
    let (a, b) = (graphs(&export(&built)), graphs(&export(&merged)));
    assert!(a.iter().any(|l| l.contains("altLabel> \"蓝岭电器\"")), "the build merged the short name");
    assert_eq!(a, b);
}

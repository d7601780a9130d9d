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

/// The store's quads, and the network its index gives, as canonical bytes
/// (the index's segment files differ with how the store was built).
fn contents(store: &Path) -> (String, Vec<u8>) {
    let quads = export(store);
    let (index, current) = hetu::store::HetuStore::open_existing(store).unwrap().network_index().unwrap();
    assert!(current, "{}: a build leaves a current index", store.display());
    (quads, index.to_bytes().unwrap())
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
    let reference = contents(&one);
    // the short name is merged into the full one, the short form kept as a label
    assert!(!reference.0.contains("/id/enterprise/蓝岭电器>"), "short name left as an entity");
    assert!(reference.0.contains("<https://w3id.org/hetu/id/enterprise/蓝岭电器苍溪有限公司> <http://www.w3.org/2004/02/skos/core#altLabel> \"蓝岭电器\"@zh <https://w3id.org/hetu/id/doc/b.txt>"));
    assert!(reference.0.contains("<https://w3id.org/hetu/id/doc/b.txt> <https://w3id.org/hetu/ontology#mentions> <https://w3id.org/hetu/id/enterprise/蓝岭电器苍溪有限公司>"));

    let small = dir.path().join("small");
    build(&small, &all, &["--batch", "1"]);
    assert_eq!(contents(&small), reference, "batches of one article");

    // every batch ingested on its own, or all of them together at the end
    for every in ["0", "1000000000"] {
        let store = dir.path().join(format!("ingest-{every}"));
        build(&store, &all, &["--batch", "1", "--ingest-every", every]);
        assert_eq!(contents(&store), reference, "--ingest-every {every}");
    }

    // the full name first, then the short one; and the other way round
    for (first, second) in [("tests/data/merge/a.txt", "tests/data/merge/b.txt"), ("tests/data/merge/b.txt", "tests/data/merge/a.txt")] {
        let store = dir.path().join(format!("inc-{}", first.len() + second.len() + first.ends_with("b.txt") as usize));
        build(&store, &["examples/corpus", first], &[]);
        build(&store, &[second], &[]);
        assert_eq!(contents(&store), reference, "{first} then {second}");
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

#[test]
fn an_article_written_again_before_its_batch_is_ingested_replaces_it() {
    // The corpus reader refuses a repeated article id within one build, but
    // the store's batch writer is public: a second version of an article,
    // written while the first still waits to be ingested, must replace it
    // as it does when each batch is ingested on its own.
    use hetu::graph::KnowledgeGraph;
    use hetu::model::Article;
    use hetu::netindex::NetworkIndex;
    use hetu::rdf::Iris;
    use hetu::store::HetuStore;

    let dir = tempfile::tempdir().unwrap();
    let article = |text: &str| Article { id: "twice".into(), source: "twice.txt".into(), title: None, date: None, text: text.into() };
    let versions = ["栾川县召开项目推进会。县委书记李明主持会议。", "嵩县召开乡村振兴工作会议。县长王强出席会议。"];
    let iris = Iris::default();
    let run = |name: &str, ingest_every: usize| {
        let path = dir.path().join(name);
        let store = HetuStore::open(&path).unwrap();
        let mut index = NetworkIndex::default();
        let mut writer = store.batch_writer(ingest_every).unwrap();
        for text in versions {
            let kg = KnowledgeGraph::from_extractions(vec![hetu::extract::extract(article(text))]);
            writer.write(&iris, &kg, &[], &mut index).unwrap();
        }
        writer.finish().unwrap();
        drop(store);
        export(&path)
    };
    let apart = run("apart", 0);
    let together = run("together", usize::MAX);
    assert_eq!(together, apart);
    let in_doc: Vec<&str> = together.lines().filter(|l| l.ends_with("<https://w3id.org/hetu/id/doc/twice> .")).collect();
    assert!(in_doc.iter().any(|l| l.contains("嵩县召开乡村振兴工作会议")), "the second version is missing: {in_doc:#?}");
    assert!(!in_doc.iter().any(|l| l.contains("栾川县召开项目推进会")), "the first version is still in the article's graph: {in_doc:#?}");
}

#[test]
fn batches_write_what_earlier_batches_wrote_only_once() {
    // entity descriptions and the gazetteer's partOf links are stated by
    // many articles: a batch writes those an earlier batch has not
    use hetu::pipeline::{BuildOptions, build};
    let dir = tempfile::tempdir().unwrap();
    let corpus = [root().join("examples/corpus")];
    let iris = hetu::rdf::Iris::default();
    let whole = build(&corpus, &dir.path().join("whole"), &iris, &BuildOptions::default()).unwrap();
    let small = build(&corpus, &dir.path().join("small"), &iris, &BuildOptions { batch: 1, ..BuildOptions::default() }).unwrap();
    assert_eq!(whole.articles, 5);
    assert_eq!(small.quads_written, whole.quads_written);
}

#[test]
fn a_large_build_compacts_the_store_and_a_small_addition_does_not() {
    use hetu::pipeline::{BuildOptions, build};
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let iris = hetu::rdf::Iris::default();
    let first = build(&[root().join("examples/corpus")], &store, &iris, &BuildOptions::default()).unwrap();
    assert!(first.compacted.is_some(), "a build into a fresh store compacts it");
    // one article into a store of five (and its entities, gazetteer, ontology graphs)
    let added = build(&[root().join("tests/data/merge/a.txt")], &store, &iris, &BuildOptions::default()).unwrap();
    assert_eq!(added.articles, 1);
    assert!(added.compacted.is_none(), "compaction rewrites the whole store: not for one article");
    // asked not to, a large build leaves it to RocksDB or `hetu compact`,
    // and the store holds the same (with the index digest ingested, not
    // written by a transaction)
    let options = BuildOptions { compact: false, ..BuildOptions::default() };
    let uncompacted = dir.path().join("uncompacted");
    let other = build(&[root().join("examples/corpus")], &uncompacted, &iris, &options).unwrap();
    assert!(other.compacted.is_none());
    let compacted = dir.path().join("compacted");
    build(&[root().join("examples/corpus")], &compacted, &iris, &BuildOptions::default()).unwrap();
    assert_eq!(contents(&uncompacted), contents(&compacted));
    assert!(hetu::store::HetuStore::open_existing(&uncompacted).unwrap().network_index().unwrap().1, "the index file is current");
}

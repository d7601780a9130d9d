//! The network index beside the store (`src/netindex.rs`): analysis reads it
//! instead of ten million quads, so it must give exactly the network the
//! store holds, follow incremental builds, and never be used once stale.

mod common;

use std::process::Command;

use common::{build_store, hetu_ok, root};
use hetu::netindex::NetworkIndex;
use hetu::network::Network;
use hetu::store::HetuStore;

/// Nodes and edges as sorted text, to compare two networks.
fn describe(net: &Network) -> (Vec<String>, Vec<String>) {
    let mut nodes: Vec<String> = net
        .graph
        .node_indices()
        .map(|n| {
            let x = &net.graph[n];
            format!("{} {} {:?} {}", x.iri, x.label, x.class, x.articles)
        })
        .collect();
    let mut edges: Vec<String> = net
        .graph
        .edge_indices()
        .map(|e| {
            let (a, b) = net.graph.edge_endpoints(e).unwrap();
            format!("{} -{}:{}-> {}", net.graph[a].iri, net.graph[e].predicate, net.graph[e].label, net.graph[b].iri)
        })
        .collect();
    nodes.sort();
    edges.sort();
    (nodes, edges)
}

#[test]
fn index_gives_the_network_the_store_holds() {
    let (_dir, store) = build_store("examples/corpus");
    let s = HetuStore::open_existing(&store).unwrap();
    let (index, fresh) = s.network_index().unwrap();
    assert!(fresh, "a build leaves a current index");
    let from_index = describe(&Network::from_index(&index));
    let from_store = describe(&Network::from_quads(&s.quads().unwrap()));
    assert_eq!(from_index, from_store);
    // facts a reader sees in the seed articles: the city of Luoyang is named in three of them
    assert!(from_index.0.iter().any(|n| n.contains(" 洛阳市 Some(City) 3")), "{:?}", &from_index.0[..5]);
    assert!(from_index.1.iter().any(|e| e.contains("-holdsPost:")));
}

#[test]
fn incremental_builds_keep_the_index_equal_to_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = root().join("examples/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let store = dir.path().join("store");
    let st = store.to_str().unwrap();
    // three articles, then two more, then the first again (replaced, not doubled)
    hetu_ok(&["build", files[0].to_str().unwrap(), files[1].to_str().unwrap(), files[2].to_str().unwrap(), "--store", st]);
    hetu_ok(&["build", files[3].to_str().unwrap(), files[4].to_str().unwrap(), "--store", st]);
    hetu_ok(&["build", files[0].to_str().unwrap(), "--store", st]);
    let s = HetuStore::open_existing(&store).unwrap();
    let (index, fresh) = s.network_index().unwrap();
    assert!(fresh);
    let rebuilt = NetworkIndex::from_quads(&s.quads().unwrap());
    assert_eq!(index.to_bytes().unwrap(), rebuilt.to_bytes().unwrap());
    assert_eq!(index.graph_count(), rebuilt.graph_count());
}

#[test]
fn a_small_addition_writes_a_segment_of_its_own() {
    // adding to a store must cost what is added: the index the store
    // already had is neither read whole nor written again
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let st = store.to_str().unwrap();
    hetu_ok(&["build", root().join("examples/corpus").to_str().unwrap(), root().join("tests/articles").to_str().unwrap(), "--store", st]);
    let manifest = |s: &std::path::Path| HetuStore::open_existing(s).unwrap().network_index_manifest().unwrap().expect("a build records its index");
    let before = manifest(&store);
    assert_eq!(before.segments.len(), 1, "a build into a fresh store writes one segment");
    let base = NetworkIndex::segment_paths(&store, &before).remove(0);
    let base_modified = std::fs::metadata(&base).unwrap().modified().unwrap();

    hetu_ok(&["build", root().join("tests/data/merge/b.txt").to_str().unwrap(), "--store", st]);
    let after = manifest(&store);
    assert_eq!(after.segments.len(), 2, "{after:?}");
    assert_eq!(after.segments[0], before.segments[0], "the base segment is kept as it was");
    assert_eq!(std::fs::metadata(&base).unwrap().modified().unwrap(), base_modified);
    assert!(after.segments[1].bytes * 10 < after.segments[0].bytes, "one article's segment is small: {after:?}");
    assert_eq!(after.graphs, before.graphs + 1, "one more article graph");
    let stats = hetu_ok(&["stats", "--store", st]);
    assert!(stats.lines().any(|l| l.starts_with("index      2 segment(s), ")), "{stats}");

    // and the two segments give the network the store holds
    let s = HetuStore::open_existing(&store).unwrap();
    let (index, current) = s.network_index().unwrap();
    assert!(current);
    assert_eq!(index.to_bytes().unwrap(), NetworkIndex::from_quads(&s.quads().unwrap()).to_bytes().unwrap());
    drop(s);

    // `hetu compact` merges them into one file, which gives the same network
    let compacted = dir.path().join("compacted");
    std::fs::create_dir(&compacted).unwrap();
    for entry in std::fs::read_dir(&store).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), compacted.join(entry.file_name())).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_hetu")).args(["compact", "--store", compacted.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("merged the network index's 2 segments into one"));
    assert_eq!(manifest(&compacted).segments.len(), 1);
    let c = HetuStore::open_existing(&compacted).unwrap();
    let (one, current) = c.network_index().unwrap();
    assert!(current);
    assert_eq!(one.to_bytes().unwrap(), index.to_bytes().unwrap());
    drop(c);

    // a larger addition merges the newest segments: rebuilding every article
    // writes a segment as large as the base, and the two become one
    hetu_ok(&["build", root().join("examples/corpus").to_str().unwrap(), root().join("tests/articles").to_str().unwrap(), "--store", st]);
    let merged = manifest(&store);
    assert_eq!(merged.segments.len(), 1, "{merged:?}");
    assert_eq!(merged.graphs, after.graphs, "rebuilt articles are not new graphs");
    let files: Vec<String> = std::fs::read_dir(&store).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with("hetu-network")).collect();
    assert_eq!(files.len(), 1, "merged segments are deleted: {files:?}");
    let s = HetuStore::open_existing(&store).unwrap();
    assert_eq!(s.network_index().unwrap().0.to_bytes().unwrap(), NetworkIndex::from_quads(&s.quads().unwrap()).to_bytes().unwrap());
}

#[test]
fn merge_leaves_one_current_index() {
    // `hetu merge` with nothing to merge saves the index again, as one
    // segment: the store must list that one only
    let (_dir, store) = build_store("examples/corpus");
    let st = store.to_str().unwrap();
    hetu_ok(&["build", root().join("tests/data/merge/a.txt").to_str().unwrap(), "--store", st]);
    hetu_ok(&["merge", "--store", st]);
    let lists = hetu_ok(&["query", "--store", st, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <https://w3id.org/hetu/ontology#networkIndexDigest> ?o } }"]);
    assert_eq!(lists.lines().nth(1), Some("1"), "{lists}");
    let s = HetuStore::open_existing(&store).unwrap();
    assert_eq!(s.network_index_manifest().unwrap().unwrap().segments.len(), 1);
    let (index, current) = s.network_index().unwrap();
    assert!(current);
    assert_eq!(index.to_bytes().unwrap(), NetworkIndex::from_quads(&s.quads().unwrap()).to_bytes().unwrap());
}

#[test]
fn a_stale_or_damaged_index_is_not_used() {
    let (dir, store) = build_store("examples/corpus");
    let st = store.to_str().unwrap();
    let before = hetu_ok(&["analyze", "centrality", "--store", st, "--format", "csv"]);

    // damaged file: the digest no longer matches, the store is read instead
    let manifest = HetuStore::open_existing(&store).unwrap().network_index_manifest().unwrap().expect("a build records its index");
    let file = NetworkIndex::segment_paths(&store, &manifest).remove(0);
    let mut bytes = std::fs::read(&file).unwrap();
    let n = bytes.len();
    bytes[n / 2] ^= 0xff;
    std::fs::write(&file, &bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_hetu")).args(["analyze", "centrality", "--store", st, "--format", "csv"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("network index is missing or out of date"));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), before, "the store gives the same answer");

    // an import changes the store outside a build: the index is stale, and the
    // imported tie shows up in the analysis read from the store
    let extra = dir.path().join("extra.nq");
    std::fs::write(
        &extra,
        "<https://w3id.org/hetu/id/enterprise/x> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/hetu/ontology#Enterprise> <https://w3id.org/hetu/id/doc/x> .\n\
         <https://w3id.org/hetu/id/enterprise/x> <http://www.w3.org/2000/01/rdf-schema#label> \"新加企业\" <https://w3id.org/hetu/id/doc/x> .\n",
    )
    .unwrap();
    hetu_ok(&["build", root().join("examples/corpus").to_str().unwrap(), "--store", st]);
    hetu_ok(&["import", extra.to_str().unwrap(), "--store", st]);
    let s = HetuStore::open_existing(&store).unwrap();
    assert!(!s.network_index().unwrap().1, "an import makes the index stale");
    drop(s);
    let after = hetu_ok(&["analyze", "centrality", "--store", st, "--format", "csv", "--class", "Enterprise", "--top", "0"]);
    assert!(after.contains("新加企业"));
    // the next build indexes what the import added
    hetu_ok(&["build", root().join("examples/corpus").to_str().unwrap(), "--store", st]);
    let s = HetuStore::open_existing(&store).unwrap();
    let (index, fresh) = s.network_index().unwrap();
    assert!(fresh);
    assert!(describe(&Network::from_index(&index)).0.iter().any(|n| n.contains("新加企业")));
}

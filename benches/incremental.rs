//! Adding articles to a store of each size: the time of one `hetu build` of
//! ADD new synthetic articles (`hetu::synth`, seed 8, ids that no store
//! built from `gen_corpus` holds) into a fresh store and into each STORE,
//! with the build's defaults:
//!
//!     cargo bench --bench incremental -- [STORE...] [--add ADD]   (default 1000)
//!
//! Each STORE is left as it was: every run builds into a clone of it whose
//! RocksDB tables and index segments are hard links (neither is ever written
//! again once made; new ones get new names, old ones are unlinked) and whose
//! other files (RocksDB's manifest and logs, which are appended to) are
//! copies. Each figure is the best of three runs, each into a new clone; the
//! build's work grows with the addition, not with the store, when the
//! figures stay flat as the store grows.

use std::path::{Path, PathBuf};
use std::time::Instant;

use hetu::pipeline::{BuildOptions, build};
use hetu::rdf::Iris;

// the allocator of the `hetu` binary, so the numbers are the binary's
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROUNDS: usize = 3;

/// A clone of `store` at `to` that a build may write without changing `store`.
fn clone_store(store: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(store)? {
        let path = entry?.path();
        let name = path.file_name().expect("a file name");
        let immutable = path.extension().is_some_and(|e| e == "sst" || e == "seg");
        if immutable {
            std::fs::hard_link(&path, to.join(name))?;
        } else if path.is_file() {
            std::fs::copy(&path, to.join(name))?;
        }
    }
    Ok(())
}

fn graphs(store: &Path) -> String {
    hetu::store::HetuStore::open_existing(store)
        .ok()
        .and_then(|s| s.network_index_manifest().ok().flatten())
        .map_or_else(|| "?".into(), |m| m.graphs.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let add: usize = args.iter().position(|a| a == "--add").and_then(|i| args.get(i + 1)?.parse().ok()).unwrap_or(1000);
    let stores: Vec<PathBuf> = args.iter().enumerate().filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--add")).map(|(_, a)| a.into()).collect();

    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("added.jsonl");
    let mut generator = hetu::synth::Generator::new(8);
    let lines: Vec<String> = (0..add)
        .map(|n| {
            let a = generator.article(n);
            serde_json::json!({"id": format!("added-{n}"), "date": a.date, "source": "added.jsonl", "text": a.text}).to_string()
        })
        .collect();
    std::fs::write(&corpus, lines.join("\n") + "\n").expect("write the added articles");
    hetu::segment::warm_up();
    println!("adding {add} synthetic articles (seed 8), best of {ROUNDS}:");

    let iris = Iris::default();
    let mut targets: Vec<Option<PathBuf>> = vec![None];
    targets.extend(stores.into_iter().map(Some));
    for (k, target) in targets.iter().enumerate() {
        let mut best = f64::INFINITY;
        let mut written = 0;
        for round in 0..ROUNDS {
            let into = dir.path().join(format!("store-{k}-{round}"));
            if let Some(store) = target {
                clone_store(store, &into).unwrap_or_else(|e| panic!("{}: {e}", store.display()));
            }
            let t = Instant::now();
            let report = build(std::slice::from_ref(&corpus), &into, &iris, &BuildOptions::default()).expect("build");
            best = best.min(t.elapsed().as_secs_f64());
            written = report.quads_written;
            std::fs::remove_dir_all(&into).ok();
        }
        let name = target.as_ref().map_or_else(|| "a fresh store".to_owned(), |s| format!("{} ({} graphs)", s.display(), graphs(s)));
        println!("  into {name:<40} {best:6.2} s  ({written} quads written)");
    }
}

//! Crash safety, the fast part (the full run is `scripts/crash-test`: 10 000
//! articles, 20 kills): a build killed with SIGKILL leaves a store that
//! opens and answers, and building again gives exactly the clean build.

mod common;

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::hetu_ok;

fn export(store: &Path) -> String {
    hetu_ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"])
}

#[test]
fn a_killed_build_rebuilt_equals_a_clean_build() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    let mut f = std::fs::File::create(&corpus).unwrap();
    let mut generator = hetu::synth::Generator::new(11);
    for n in 0..1500 {
        let a = generator.article(n);
        writeln!(f, "{}", serde_json::json!({"id": a.id, "text": a.text})).unwrap();
    }
    drop(f);
    let c = corpus.to_str().unwrap();
    let clean = dir.path().join("clean");
    let started = Instant::now();
    hetu_ok(&["build", c, "--store", clean.to_str().unwrap(), "--batch", "200"]);
    let full = started.elapsed();
    let reference = export(&clean);

    // kill early, midway and late in the build, from an empty store and from a complete one
    for (i, fraction) in [0.15, 0.5, 0.85].into_iter().enumerate() {
        let store = dir.path().join(format!("s{i}"));
        if i == 1 {
            hetu_ok(&["build", c, "--store", store.to_str().unwrap(), "--batch", "200"]);
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_hetu"))
            .args(["build", c, "--store", store.to_str().unwrap(), "--batch", "200"])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(fraction).max(Duration::from_millis(50)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        hetu_ok(&["stats", "--store", store.to_str().unwrap()]);
        hetu_ok(&["build", c, "--store", store.to_str().unwrap(), "--batch", "200"]);
        assert!(export(&store) == reference, "killed at {fraction} of the build: the rebuilt store differs from a clean build");
        // the sorted files the killed load left are gone
        let leftovers: Vec<_> = std::fs::read_dir(&store).unwrap().flatten().filter(|e| e.file_name().to_string_lossy().starts_with("bulk-")).collect();
        assert!(leftovers.is_empty(), "killed at {fraction}: files of the killed load remain: {leftovers:?}");
        // and its network index is current and says what the store holds
        let s = hetu::store::HetuStore::open_existing(&store).unwrap();
        let (index, current) = s.network_index().unwrap();
        assert!(current, "killed at {fraction}: the rebuild left no current index");
        let from_store = hetu::netindex::NetworkIndex::from_quads(&s.quads().unwrap());
        assert!(index.to_bytes().unwrap() == from_store.to_bytes().unwrap(), "killed at {fraction}: the index differs from the store");
    }
}

#[test]
fn opening_for_writing_removes_the_files_a_killed_load_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store");
    drop(hetu::store::HetuStore::open(&path).unwrap());
    let leftover = path.join("bulk-123456789.sst");
    std::fs::write(&leftover, b"half of a sorted file").unwrap();
    let other = path.join("bulk-notes.txt");
    std::fs::write(&other, b"not the loader's").unwrap();
    // a reader leaves it alone: a writer may be loading it at that moment
    drop(hetu::store::HetuStore::open_existing(&path).unwrap());
    assert!(leftover.exists());
    drop(hetu::store::HetuStore::open(&path).unwrap());
    assert!(!leftover.exists(), "the killed load's file is still there");
    assert!(other.exists(), "a file that is not the loader's was removed");
    hetu_ok(&["stats", "--store", path.to_str().unwrap()]);
}

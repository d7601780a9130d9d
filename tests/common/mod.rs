//! Helpers shared by the integration tests: run the real binary, build a store.

#![allow(dead_code)] // each test crate uses its own subset

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Run `hetu` and return its stdout, failing the test with its stderr if it fails.
pub fn hetu_ok(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_hetu")).args(args).output().expect("run hetu");
    assert!(out.status.success(), "hetu {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Build `input` (relative to the project root) into a store in a fresh temporary directory.
pub fn build_store(input: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = dir.path().join("store");
    hetu_ok(&["build", root().join(input).to_str().unwrap(), "--store", store.to_str().unwrap()]);
    (dir, store)
}

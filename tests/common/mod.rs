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

/// A child process killed when dropped (servers started by a test).
pub struct Server(pub std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Wait (up to 5 s) until a server listens on `bind`.
pub fn wait_for(bind: &str) {
    for _ in 0..50 {
        if std::net::TcpStream::connect(bind).is_ok() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// curl with the status code and content type appended: (body, "200 text/csv").
pub fn curl(args: &[&str]) -> (String, String) {
    let out = Command::new("curl").args(["-s", "-w", "\n%{http_code} %{content_type}"]).args(args).output().expect("curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, status) = text.rsplit_once('\n').unwrap_or((&text, ""));
    (body.to_owned(), status.to_owned())
}

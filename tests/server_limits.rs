//! The endpoint under pressure (issue 7): a query past the time limit is
//! cancelled and answered 503 while other requests keep being answered, an
//! oversized request is refused with 413, and the endpoint neither changes
//! the store nor reaches outside hosts unless told to. The 60-second load
//! test is `scripts/load-test`.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{Server, build_store, curl, free_port, wait_for};

/// Three copies of every quad joined: billions of rows, far past one second.
const SLOW: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

#[test]
fn slow_queries_time_out_alone_and_big_requests_are_refused() {
    let (_dir, store) = build_store("examples/corpus");
    let bind = format!("127.0.0.1:{}", free_port());
    let _server = Server(Command::new(env!("CARGO_BIN_EXE_hetu")).args(["serve", "--store", store.to_str().unwrap(), "--bind", &bind, "--timeout", "2"]).spawn().unwrap());
    wait_for(&bind);
    let url = format!("http://{bind}/sparql");

    // two slow queries in flight, and a cheap one answered meanwhile
    let slow: Vec<_> = (0..2)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || {
                let t = Instant::now();
                let (body, status) = curl(&["-G", &url, "--data-urlencode", &format!("query={SLOW}")]);
                (body, status, t.elapsed())
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let t = Instant::now();
    let (body, status) = curl(&["-G", &url, "-H", "Accept: text/csv", "--data-urlencode", "query=SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/hetu/ontology#Document> }"]);
    let cheap = t.elapsed();
    assert!(status.starts_with("200") && body.contains('5'), "{status} {body}");
    assert!(cheap < Duration::from_millis(1500), "a cheap query waited {cheap:?} behind slow ones");
    for handle in slow {
        let (body, status, took) = handle.join().unwrap();
        assert!(status.starts_with("503"), "{status} {body}");
        assert!(took < Duration::from_secs(10), "the time limit did not stop the query ({took:?})");
    }

    // a request body over the limit: 413, read no further
    let big = format!("query=SELECT * WHERE {{ ?s ?p \"{}\" }}", "x".repeat(2 << 20));
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), big).unwrap();
    let (_, status) = curl(&["-X", "POST", &url, "-H", "Content-Type: application/x-www-form-urlencoded", "--data-binary", &format!("@{}", file.path().display())]);
    assert!(status.starts_with("413"), "{status}");

    // read-only by default; SERVICE to another host is refused (no HTTP client in the build)
    let (_, status) = curl(&["-X", "POST", &url, "-H", "Content-Type: application/sparql-update", "--data-binary", "CLEAR ALL"]);
    assert!(status.starts_with("403"), "{status}");
    let (body, status) = curl(&["-G", &url, "--data-urlencode", "query=SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"]);
    assert!(status.starts_with("400") && body.contains("not supported"), "{status} {body}");
    // the server still answers after all that
    let (_, status) = curl(&["-G", &url, "--data-urlencode", "query=ASK { ?s ?p ?o }"]);
    assert!(status.starts_with("200"), "{status}");
}

#[test]
fn a_writable_endpoint_still_cannot_load_from_the_web() {
    let (_dir, store) = build_store("examples/corpus/002_6802137d44bebb66.txt");
    let bind = format!("127.0.0.1:{}", free_port());
    let _server = Server(Command::new(env!("CARGO_BIN_EXE_hetu")).args(["serve", "--store", store.to_str().unwrap(), "--bind", &bind, "--writable"]).spawn().unwrap());
    wait_for(&bind);
    let url = format!("http://{bind}/sparql");
    let (body, status) = curl(&["-X", "POST", &url, "-H", "Content-Type: application/sparql-update", "--data-binary", "LOAD <http://example.org/data.ttl>"]);
    assert!(status.starts_with("400"), "{status} {body}");
}

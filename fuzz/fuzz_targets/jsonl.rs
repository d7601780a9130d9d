//! The JSON Lines reader on any bytes: no panic; each line gives an article
//! with Chinese text or a problem naming its line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = std::path::Path::new("fuzz.jsonl");
    let lines = data.split(|&b| b == b'\n').count();
    let read = hetu::corpus::read_jsonl(path, data, "fuzz.jsonl", "fuzz.jsonl");
    for p in &read.problems {
        assert!(p.to_string().starts_with("fuzz.jsonl"), "{p}");
    }
    assert!(read.articles.len() <= lines);
});

//! The normaliser on any text: no panic, every output character maps back
//! inside the input, and slices never go out of range.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let norm = hetu::normalise::normalise(text);
    let n = text.chars().count();
    for i in 0..norm.len() {
        let (s, e) = norm.original_span(i, i + 1);
        assert!(s <= e && e <= n, "span {s}..{e} outside {n} chars");
    }
    let _ = norm.slice(norm.len() / 3, norm.len() + 5);
    let _ = norm.paragraph_start(norm.len() / 2);
});

//! The whole per-article extraction (segment, recognise, resolve, relate)
//! on any text: no panic, every mention's span inside the article.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let article = hetu::model::Article { id: "fuzz".into(), source: "fuzz.txt".into(), title: None, date: None, text: text.to_owned() };
    let n = text.chars().count();
    let x = hetu::extract::extract(article);
    for m in &x.mentions {
        assert!(m.start <= m.end && m.end <= n, "mention {}..{} outside {n} chars", m.start, m.end);
    }
});

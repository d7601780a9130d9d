//! Extraction never panics, whatever the text: seed articles cut at random
//! places, spliced together and salted with punctuation, brackets, quotes,
//! line breaks and stray characters (a deterministic pseudo-random walk).

use hetu::extract::extract;
use hetu::model::Article;

fn article(text: String) -> Article {
    Article { id: "x".into(), source: "x.txt".into(), title: None, date: None, text }
}

#[test]
fn mangled_articles_never_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let mut texts: Vec<Vec<char>> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap().chars().collect())
        .collect();
    texts.sort();
    let noise: Vec<char> = "《》“”（）()、，。\n\n 市县区委村镇有限公司项目会议总投资亿元万元主持出席到调研记者通讯员书记副市长\u{3000}a1".chars().collect();
    let mut rng = fastrand::Rng::with_seed(2024);
    for round in 0..1500 {
        let t = &texts[rng.usize(..texts.len())];
        let a = rng.usize(..t.len());
        let b = (a + rng.usize(1..600)).min(t.len());
        let mut piece: Vec<char> = t[a..b].to_vec();
        for _ in 0..rng.usize(0..20) {
            let at = rng.usize(..=piece.len());
            piece.insert(at, noise[rng.usize(..noise.len())]);
        }
        if round % 7 == 0 {
            let other = &texts[rng.usize(..texts.len())];
            let c = rng.usize(..other.len());
            piece.extend(&other[c..(c + 200).min(other.len())]);
        }
        let text: String = piece.into_iter().collect();
        let x = extract(article(text.clone()));
        let n = text.chars().count();
        for m in &x.mentions {
            assert!(m.start < m.end && m.end <= n, "span {}..{} outside a text of {n}: {text:?}", m.start, m.end);
        }
    }
    // degenerate inputs
    for text in ["", "\n\n\n", "市", "《", "“”", "主持召开", "有限公司", "总投资亿元", "记者", "((((", "县委、、、县政府《》"] {
        extract(article(text.to_owned()));
    }
}

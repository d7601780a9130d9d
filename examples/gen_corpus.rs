//! Write a synthetic corpus as JSON Lines: `gen_corpus COUNT [SEED] > corpus.jsonl`.
//! For speed and scale tests only (see `hetu::synth`).
use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(7);
    let mut generator = hetu::synth::Generator::new(seed);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for n in 0..count {
        let a = generator.article(n);
        let line = serde_json::json!({"id": a.id, "date": a.date, "source": "synthetic.jsonl", "text": a.text});
        if writeln!(out, "{line}").is_err() {
            return; // the reader went away
        }
    }
}

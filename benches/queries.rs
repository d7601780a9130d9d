//! The example policy queries (`examples/queries/*.rq`) timed on a store:
//!
//!     cargo bench --bench queries -- STORE [RUNS [NAME...]]   (default 5 runs)
//!
//! Opens the store read-only once, runs every query (or those whose file
//! name contains one of the NAMEs) RUNS times in process and prints its
//! rows, median and slowest time.

use std::time::Instant;

use hetu::store::{Answer, HetuStore};

// the allocator `hetu` itself runs with (src/main.rs)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let Some(store) = args.first() else {
        eprintln!("usage: cargo bench --bench queries -- STORE [RUNS [NAME...]]");
        return;
    };
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let t = Instant::now();
    let store = HetuStore::open_existing(std::path::Path::new(store)).expect("open the store");
    println!("store {} quads, opened in {:.0} ms", store.len().unwrap_or(0), t.elapsed().as_secs_f64() * 1000.0);
    let mut files: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/queries")).expect("examples/queries").map(|e| e.expect("entry").path()).collect();
    files.sort();
    let names = &args[args.len().min(2)..];
    files.retain(|f| names.is_empty() || names.iter().any(|n| f.file_name().is_some_and(|f| f.to_string_lossy().contains(n.as_str()))));
    let mut medians = Vec::new();
    for f in files {
        let sparql = std::fs::read_to_string(&f).expect("query file");
        let mut times = Vec::new();
        let mut rows = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let answer = store.query(&sparql).expect("query");
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            rows = match answer {
                Answer::Solutions { rows, .. } => rows.len(),
                Answer::Graph(t) => t.len(),
                Answer::Boolean(_) => 1,
            };
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        medians.push(median);
        println!("{:<32} {rows:>7} rows  p50 {median:>9.1} ms  max {:>9.1} ms", f.file_name().unwrap().to_string_lossy(), times[times.len() - 1]);
    }
    medians.sort_by(f64::total_cmp);
    println!("median of the queries' p50: {:.1} ms", medians[medians.len() / 2]);
}

//! End-to-end throughput on a synthetic corpus (`hetu::synth`), compared in
//! the same run with raw jieba-rs `cut`, the practical limit (every
//! character must be segmented once):
//!
//!     cargo bench --bench throughput -- [ARTICLES]      (default 5000)
//!     cargo bench --bench throughput -- --corpus PATH... [--repeat N]
//!
//! Reports MB/s and articles/s for jieba `cut`, hetu extraction on 1 thread
//! and on all threads, store load (quads/s) and the process's peak RSS.
//! With `--corpus`, the articles are read from files or folders (any format
//! `hetu build` reads) instead of generated, each taken N times (default 1)
//! under new ids: real articles are longer than synthetic ones, and the
//! recognisers' cost grows with an article's length. Each throughput is the
//! best of three runs.

use std::time::Instant;

use hetu::graph::KnowledgeGraph;
use hetu::model::Article;
use hetu::pipeline::{extract_all, ontology_quads};
use hetu::rdf::Iris;
use hetu::store::HetuStore;

// the allocator of the `hetu` binary, so the numbers are the binary's
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs of each timed pass; the best one is reported.
const ROUNDS: usize = 3;

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let (articles, what) = match args.iter().position(|a| a == "--corpus") {
        Some(at) => {
            let repeat: usize = args.iter().position(|a| a == "--repeat").and_then(|r| args.get(r + 1)?.parse().ok()).unwrap_or(1);
            let paths: Vec<std::path::PathBuf> = args[at + 1..].iter().take_while(|a| !a.starts_with("--")).map(Into::into).collect();
            let mut reader = hetu::corpus::CorpusReader::open(&paths).expect("corpus paths");
            let mut problems = Vec::new();
            let mut read = Vec::new();
            while let Some(batch) = reader.next_batch(10_000, &mut problems) {
                read.extend(batch);
            }
            assert!(problems.is_empty(), "corpus problems: {problems:?}");
            let copies: Vec<Article> = (0..repeat).flat_map(|k| read.iter().map(move |a| Article { id: format!("{}-{k}", a.id), ..a.clone() })).collect();
            (copies, format!("articles read from {} ({} distinct, each {repeat}×)", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" "), read.len()))
        }
        None => {
            let count: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(5000);
            let mut generator = hetu::synth::Generator::new(7);
            ((0..count).map(|n| generator.article(n)).collect(), "synthetic articles".to_owned())
        }
    };
    let count = articles.len();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {count} {what}, {mb:.1} MB of text");
    hetu::segment::warm_up();
    // build the lexicon and gazetteer matchers before timing anything
    let _ = hetu::extract::extract(articles[0].clone());

    // each figure is the best of ROUNDS runs: this machine is shared, and
    // the first run also pays the allocator's first touch of its pages
    let best = |f: &mut dyn FnMut()| {
        (0..ROUNDS)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let mut tokens = 0;
    let cut = best(&mut || tokens = articles.iter().map(|a| hetu::segment::raw_cut_count(&a.text)).sum());
    println!("jieba-rs cut, 1 thread:      {:8.2} MB/s  {:9.0} articles/s  ({tokens} tokens)", mb / cut, count as f64 / cut);

    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("pool");
    let ex1 = best(&mut || drop(one.install(|| extract_all(articles.clone()))));
    println!("hetu extract, 1 thread:      {:8.2} MB/s  {:9.0} articles/s  ({:.2}× jieba cut time)", mb / ex1, count as f64 / ex1, ex1 / cut);

    let threads = rayon::current_num_threads();
    let exn = best(&mut || drop(extract_all(articles.clone())));
    println!("hetu extract, {threads} threads:     {:8.2} MB/s  {:9.0} articles/s  ({:.2}× jieba cut time)", mb / exn, count as f64 / exn, exn / cut);
    let extractions = extract_all(articles);

    let t = Instant::now();
    let kg = KnowledgeGraph::from_extractions(extractions);
    let graph_s = t.elapsed().as_secs_f64();
    println!("graph build:                 {graph_s:8.2} s  ({} nodes, {} edges)", kg.graph.node_count(), kg.graph.edge_count());

    let dir = tempfile::tempdir().expect("temp dir");
    let iris = Iris::default();
    let store = HetuStore::open(&dir.path().join("store")).expect("store");
    let t = Instant::now();
    let written = store.write_graph(&iris, &kg, &ontology_quads(&iris).expect("ontology")).expect("write");
    let load = t.elapsed().as_secs_f64();
    println!("store load:                  {:8.0} quads/s  ({written} quads in {load:.2} s)", written as f64 / load);
    let total = ex1.min(exn) + graph_s + load;
    println!("end to end (best extract):   {:8.2} MB/s  ({:.2}× jieba cut time)", mb / total, total / cut);
    println!("peak RSS:                    {:8.0} MB", peak_rss_mb());
}

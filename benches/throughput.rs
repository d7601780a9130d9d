//! End-to-end throughput on a synthetic corpus (`hetu::synth`), compared in
//! the same run with raw jieba-rs `cut`, the practical limit (every
//! character must be segmented once):
//!
//!     cargo bench --bench throughput -- [ARTICLES]      (default 5000)
//!
//! Reports MB/s and articles/s for jieba `cut`, hetu extraction on 1 thread
//! and on all threads, store load (quads/s) and the process's peak RSS.

use std::time::Instant;

use hetu::graph::KnowledgeGraph;
use hetu::model::Article;
use hetu::pipeline::{extract_all, ontology_quads};
use hetu::rdf::Iris;
use hetu::store::HetuStore;

// the allocator of the `hetu` binary, so the numbers are the binary's
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    let count: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(5000);
    let mut generator = hetu::synth::Generator::new(7);
    let articles: Vec<Article> = (0..count).map(|n| generator.article(n)).collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!("corpus: {count} synthetic articles, {mb:.1} MB of text");
    hetu::segment::warm_up();
    // build the lexicon and gazetteer matchers before timing anything
    let _ = hetu::extract::extract(articles[0].clone());

    let t = Instant::now();
    let tokens: usize = articles.iter().map(|a| hetu::segment::raw_cut_count(&a.text)).sum();
    let cut = t.elapsed().as_secs_f64();
    println!("jieba-rs cut, 1 thread:      {:8.2} MB/s  {:9.0} articles/s  ({tokens} tokens)", mb / cut, count as f64 / cut);

    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("pool");
    let t = Instant::now();
    let _ = one.install(|| extract_all(articles.clone()));
    let ex1 = t.elapsed().as_secs_f64();
    println!("hetu extract, 1 thread:      {:8.2} MB/s  {:9.0} articles/s  ({:.2}× jieba cut time)", mb / ex1, count as f64 / ex1, ex1 / cut);

    let threads = rayon::current_num_threads();
    let t = Instant::now();
    let extractions = extract_all(articles);
    let exn = t.elapsed().as_secs_f64();
    println!("hetu extract, {threads} threads:     {:8.2} MB/s  {:9.0} articles/s  ({:.2}× jieba cut time)", mb / exn, count as f64 / exn, exn / cut);

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

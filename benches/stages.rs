//! Each extraction stage timed by criterion on ten synthetic articles of the
//! scale corpus (`hetu::synth`, group `stage`) and on the eight real articles
//! of the repository (seeds and province articles, group `stage-real`), so a
//! change to one stage shows in its own number: `cargo bench --bench stages`.
//! The end-to-end run with MB/s, threads and store load is
//! `benches/throughput.rs`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use hetu::model::Article;
use hetu::normalise::normalise;
use hetu::recognise::recognise;
use hetu::relate::relate;
use hetu::resolve::resolve;
use hetu::segment::segment;

fn stages(c: &mut Criterion) {
    let mut generator = hetu::synth::Generator::new(7);
    // ten articles, so one benchmark iteration sees the genre's variety
    let synthetic: Vec<Article> = (0..10).map(|n| generator.article(n)).collect();
    stage_group(c, "stage", &synthetic);
    // the seed and province articles: real reports are ten times longer, and
    // a recogniser's cost can grow faster than the text
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut reader = hetu::corpus::CorpusReader::open(&[root.join("examples/corpus"), root.join("tests/articles")]).expect("demo corpus");
    let mut problems = Vec::new();
    let real = reader.next_batch(100, &mut problems).expect("articles");
    assert!(problems.is_empty(), "{problems:?}");
    stage_group(c, "stage-real", &real);
}

fn stage_group(c: &mut Criterion, name: &str, articles: &[Article]) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    hetu::segment::warm_up();
    let _ = hetu::extract::extract(articles[0].clone());
    let norms: Vec<_> = articles.iter().map(|a| normalise(&a.text)).collect();
    let segs: Vec<_> = norms.iter().map(|t| segment(t.as_str().to_owned())).collect();
    let recs: Vec<_> = norms.iter().zip(&segs).map(|(t, s)| recognise(t, s)).collect();
    let ress: Vec<_> = norms.iter().zip(&recs).map(|(t, r)| resolve(t, r)).collect();

    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("normalise", |b| b.iter(|| articles.iter().map(|a| normalise(&a.text).len()).sum::<usize>()));
    group.bench_function("jieba cut (the limit)", |b| b.iter(|| articles.iter().map(|a| hetu::segment::raw_cut_count(&a.text)).sum::<usize>()));
    group.bench_function("segment (jieba tag)", |b| b.iter(|| norms.iter().map(|t| segment(t.as_str().to_owned()).tokens.len()).sum::<usize>()));
    group.bench_function("recognise", |b| b.iter(|| norms.iter().zip(&segs).map(|(t, s)| recognise(t, s).candidates.len()).sum::<usize>()));
    group.bench_function("resolve", |b| b.iter(|| norms.iter().zip(&recs).map(|(t, r)| resolve(t, r).mentions.len()).sum::<usize>()));
    group.bench_function("relate", |b| {
        b.iter(|| norms.iter().zip(&recs).zip(&ress).map(|((t, r), s)| relate(t, r, s).stated.len()).sum::<usize>())
    });
    group.bench_function("extract (all stages)", |b| b.iter(|| articles.iter().map(|a| hetu::extract::extract(a.clone()).mentions.len()).sum::<usize>()));
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);

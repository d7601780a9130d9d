//! Each extraction stage timed by criterion on one synthetic article of the
//! scale corpus (`hetu::synth`), so a change to one stage shows in its own
//! number: `cargo bench --bench stages`. The end-to-end run with MB/s,
//! threads and store load is `benches/throughput.rs`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

use hetu::normalise::normalise;
use hetu::recognise::recognise;
use hetu::relate::relate;
use hetu::resolve::resolve;
use hetu::segment::segment;

fn stages(c: &mut Criterion) {
    let mut generator = hetu::synth::Generator::new(7);
    // ten articles, so one benchmark iteration sees the genre's variety
    let articles: Vec<hetu::model::Article> = (0..10).map(|n| generator.article(n)).collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    hetu::segment::warm_up();
    let _ = hetu::extract::extract(articles[0].clone());
    let norms: Vec<_> = articles.iter().map(|a| normalise(&a.text)).collect();
    let segs: Vec<_> = norms.iter().map(|t| segment(t.as_string())).collect();
    let recs: Vec<_> = norms.iter().zip(&segs).map(|(t, s)| recognise(t, s)).collect();
    let ress: Vec<_> = norms.iter().zip(&recs).map(|(t, r)| resolve(t, r)).collect();

    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("normalise", |b| b.iter(|| articles.iter().map(|a| normalise(&a.text).len()).sum::<usize>()));
    group.bench_function("jieba cut (the limit)", |b| b.iter(|| articles.iter().map(|a| hetu::segment::raw_cut_count(&a.text)).sum::<usize>()));
    group.bench_function("segment (jieba tag)", |b| b.iter(|| norms.iter().map(|t| segment(t.as_string()).tokens.len()).sum::<usize>()));
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

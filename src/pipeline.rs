//! The build: read the corpus in batches, extract each batch's articles in
//! parallel (rayon), merge them into a knowledge graph, write the batch to
//! the store in one transaction; then merge company short names across
//! batches and with the store, and save the network index.

use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad};
use rayon::prelude::*;

use crate::corpus::CorpusReader;
use crate::error::{Error, Result};
use crate::extract::extract;
use crate::graph::KnowledgeGraph;
use crate::model::{Article, Extraction};
use crate::netindex::NetworkIndex;
use crate::rdf::Iris;
use crate::store::HetuStore;

/// The published ontology, loaded into its own graph by every build.
pub const ONTOLOGY_TTL: &str = include_str!("../ontology/hetu.ttl");

pub struct BuildReport {
    pub files: usize,
    pub articles: usize,
    pub mentions: usize,
    pub relations: usize,
    pub quads_written: usize,
    /// Short enterprise names merged into a full name found in other batches or already in the store.
    pub merged_aliases: usize,
    /// How long compacting the store's files at the end took, if it was done (see [`compacts`]).
    pub compacted: Option<std::time::Duration>,
    /// Input that was skipped, each naming its file (and line).
    pub skipped: Vec<Error>,
}

/// Quads loaded, by default, before they are ingested into the store
/// together: all of them, once at the end of the build. Every ingestion
/// overlaps the whole store (RocksDB keys are hashes), so each one makes
/// RocksDB merge the store again. With the vendored Oxigraph's settings
/// (vendor/README.md) one ingestion took 51–55 s on 10^5 synthetic articles
/// against 60–69 s for one per 2.5 M quads, and 583 s on 10^6 against more
/// than 900 s; earlier, one per 2 000-article batch took 108 s on 10^5.
/// Memory does not grow with it: the loader's sorted files wait on disk.
pub const INGEST_EVERY: usize = usize::MAX;

/// Whether a build of `articles` into a store that had `graphs_before`
/// graphs ends by compacting the store. The bulk loader's files are
/// ingested into RocksDB's first level, where each query has to look into
/// every one of them, and the build's process ends before RocksDB's own
/// compaction has merged them: on 10^5 synthetic articles the focused
/// example queries ran 8-10× slower on the store as the build left it than
/// after compaction (16 s). Compaction rewrites the whole store, so a small
/// build into a large store leaves it to RocksDB (or `hetu compact`), and
/// adding 1 000 articles stays proportional to the 1 000.
pub fn compacts(articles: usize, graphs_before: usize) -> bool {
    articles.saturating_mul(4) >= graphs_before
}

/// How a build runs.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// Articles extracted and written together: memory holds one batch, and
    /// each batch is one transaction, all or nothing.
    pub batch: usize,
    /// Refuse the whole build, before the store is touched, if any input is bad.
    pub strict: bool,
    /// Quads loaded before the bulk loader's files are ingested into the
    /// store: several batches' worth, see [`crate::store::BatchWriter`].
    pub ingest_every: usize,
    /// Compact the store at the end when [`compacts`] says so (false: never).
    pub compact: bool,
    /// Draw a progress bar (indicatif draws nothing when stderr is not a terminal).
    pub progress: bool,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions { batch: 2000, ingest_every: INGEST_EVERY, strict: false, compact: true, progress: false }
    }
}

/// Read every input file; the first bad file or line stops the read.
pub fn read_corpus(paths: &[PathBuf]) -> Result<(usize, Vec<Article>)> {
    let mut reader = CorpusReader::open(paths)?;
    let mut problems = Vec::new();
    let mut articles = Vec::new();
    while let Some(batch) = reader.next_batch(usize::MAX, &mut problems) {
        articles.extend(batch);
    }
    match problems.into_iter().next() {
        Some(e) => Err(e),
        None => Ok((reader.files, articles)),
    }
}

/// Extract articles in parallel; the output order is the input order.
pub fn extract_all(articles: Vec<Article>) -> Vec<Extraction> {
    articles.into_par_iter().map(extract).collect()
}

pub fn ontology_quads(iris: &Iris) -> Result<Vec<Quad>> {
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(format!("{}graph/ontology", iris.base())));
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(ONTOLOGY_TTL.as_bytes())
        .map(|q| q.map(|q| Quad::new(q.subject, q.predicate, q.object, graph.clone())).map_err(|e| Error::Other(format!("ontology/hetu.ttl: {e}"))))
        .collect()
}

/// Build a corpus into the store, a batch at a time: extract in parallel,
/// merge within the batch, write the batch in one transaction. Then short
/// company names are merged with full names across batches and with what
/// the store already held, and the network index is saved.
///
/// Bad input is skipped and reported in [`BuildReport::skipped`]; with
/// `strict`, any bad input fails the build before the store is opened.
pub fn build(paths: &[PathBuf], store_path: &Path, iris: &Iris, options: &BuildOptions) -> Result<BuildReport> {
    let mut reader = CorpusReader::open(paths)?;
    let mut skipped = Vec::new();
    let mut held: Option<Vec<Article>> = None;
    if options.strict {
        // everything is read and checked before the store is touched
        let (_, articles) = read_corpus(paths)?;
        held = Some(articles);
    }
    let store = HetuStore::open(store_path)?;
    let index = store.index_for_build()?;
    let graphs_before = index.graphs_in_store();
    let bar = progress_bar(options.progress);
    let mut report = BuildReport { files: reader.files, articles: 0, mentions: 0, relations: 0, quads_written: 0, merged_aliases: 0, compacted: None, skipped: Vec::new() };
    let ontology = ontology_quads(iris)?;
    // Batch k is written while batch k+1 is read and extracted: the writer
    // thread owns the index; the channel holds at most one batch waiting, so
    // memory stays at about three batches.
    let (to_writer, from_reader) = std::sync::mpsc::sync_channel::<Vec<Extraction>>(1);
    let (written, mut index) = std::thread::scope(|scope| {
        let writer = scope.spawn(|| -> Result<(usize, NetworkIndex)> {
            let mut index = index;
            let mut written = 0;
            let mut writer = store.batch_writer(options.ingest_every)?;
            for (n, extractions) in from_reader.into_iter().enumerate() {
                let kg = KnowledgeGraph::from_extractions(extractions);
                let extra: &[Quad] = if n == 0 { &ontology } else { &[] };
                written += writer.write(iris, &kg, extra, &mut index)?;
            }
            writer.finish()?;
            Ok((written, index))
        });
        loop {
            let batch = match held.take() {
                Some(all) => Some(all),
                None if options.strict => None,
                None => reader.next_batch(options.batch, &mut skipped),
            };
            let Some(batch) = batch else { break };
            report.articles += batch.len();
            let extractions: Vec<Extraction> = batch.into_par_iter().map(extract).inspect(|_| bar.inc(1)).collect();
            report.mentions += extractions.iter().map(|x| x.mentions.len()).sum::<usize>();
            report.relations += extractions.iter().map(|x| x.relations.len()).sum::<usize>();
            if to_writer.send(extractions).is_err() {
                break; // the writer stopped on an error, which join reports
            }
        }
        drop(to_writer);
        writer.join().unwrap_or_else(|_| Err(Error::Other("the store writer thread panicked".into())))
    })?;
    report.quads_written = written;
    bar.finish_and_clear();
    if report.articles == 0 {
        // nothing was readable: the store is left as it was
        if let Some(e) = skipped.into_iter().next() {
            return Err(e);
        }
        return Err(Error::Other("no articles in the input".into()));
    }
    if options.compact && compacts(report.articles, graphs_before) {
        // before the last transactions, which RocksDB would otherwise hold
        // back until its own compaction caught up
        let started = std::time::Instant::now();
        store.compact()?;
        report.compacted = Some(started.elapsed());
    }
    report.merged_aliases = store.merge_enterprise_aliases(iris, &mut index)?;
    store.save_network_index(iris, &index)?;
    report.skipped = skipped;
    Ok(report)
}

fn progress_bar(show: bool) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressStyle};
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::no_length();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} articles {per_sec} {elapsed}") {
        bar.set_style(style);
    }
    bar
}

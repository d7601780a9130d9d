//! The build: read the corpus, extract every article in parallel (rayon),
//! merge into one knowledge graph, write it to the store in one transaction.
//! All input is read and checked before the store is touched, so bad input
//! leaves the store as it was.

use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad};
use rayon::prelude::*;

use crate::corpus::{input_files, read_file};
use crate::error::{Error, Result};
use crate::extract::extract;
use crate::graph::KnowledgeGraph;
use crate::model::{Article, Extraction};
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
    pub store_quads: usize,
}

/// Read every input file; the first bad file stops the build.
pub fn read_corpus(paths: &[PathBuf]) -> Result<(usize, Vec<Article>)> {
    let files = input_files(paths)?;
    if files.is_empty() {
        return Err(Error::Other(format!("no .txt, .md or .jsonl files under {}", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "))));
    }
    let per_file: Vec<Result<Vec<Article>>> = files.par_iter().map(|f| read_file(f)).collect();
    let mut articles = Vec::new();
    for r in per_file {
        articles.extend(r?);
    }
    // the same id twice would make two articles share one graph
    let mut seen = std::collections::HashSet::new();
    for a in &articles {
        if !seen.insert(a.id.clone()) {
            return Err(Error::Other(format!("{}: article id {:?} appears twice in the input", a.source, a.id)));
        }
    }
    Ok((files.len(), articles))
}

/// Extract articles in parallel; the output order is the input order.
pub fn extract_all(articles: Vec<Article>) -> Vec<Extraction> {
    articles.into_par_iter().map(extract).collect()
}

/// [`extract_all`] with a progress bar (articles/s, ETA) on stderr; indicatif
/// draws nothing when stderr is not a terminal.
pub fn extract_all_with_progress(articles: Vec<Article>) -> Vec<Extraction> {
    use indicatif::{ParallelProgressIterator, ProgressBar, ProgressStyle};
    let bar = ProgressBar::new(articles.len() as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} articles {per_sec} ETA {eta}") {
        bar.set_style(style);
    }
    let out = articles.into_par_iter().progress_with(bar.clone()).map(extract).collect();
    bar.finish_and_clear();
    out
}

pub fn ontology_quads(iris: &Iris) -> Result<Vec<Quad>> {
    let graph = GraphName::NamedNode(NamedNode::new_unchecked(format!("{}graph/ontology", iris.base())));
    RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(ONTOLOGY_TTL.as_bytes())
        .map(|q| q.map(|q| Quad::new(q.subject, q.predicate, q.object, graph.clone())).map_err(|e| Error::Other(format!("ontology/hetu.ttl: {e}"))))
        .collect()
}

pub fn build(paths: &[PathBuf], store_path: &Path, iris: &Iris, progress: bool) -> Result<BuildReport> {
    let (files, articles) = read_corpus(paths)?;
    let n_articles = articles.len();
    let extractions = if progress { extract_all_with_progress(articles) } else { extract_all(articles) };
    let mentions = extractions.iter().map(|x| x.mentions.len()).sum();
    let relations = extractions.iter().map(|x| x.relations.len()).sum();
    let kg = KnowledgeGraph::from_extractions(extractions);
    let ontology = ontology_quads(iris)?;
    let store = HetuStore::open(store_path)?;
    let quads_written = store.write_graph(iris, &kg, &ontology)?;
    Ok(BuildReport { files, articles: n_articles, mentions, relations, quads_written, store_quads: store.len()? })
}

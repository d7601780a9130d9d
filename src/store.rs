//! Stage 7b: the embedded Oxigraph store (RocksDB on disk). One named graph
//! per article; rebuilding an article replaces its graph atomically, other
//! articles stay. Queries see the union of all graphs as the default graph.

use std::io::Write;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Literal, NamedNode, Quad, Term, Triple, vocab::rdf};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator, Variable};
use oxigraph::store::Store;

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use crate::netindex::{GraphWrite, NetworkIndex};
use crate::rdf::{Iris, document_quads, gazetteer_graph_quads, hetu, inferred_quads};

/// Above this many quads a build uses the bulk loader instead of one transaction.
pub const BULK_THRESHOLD: usize = 100_000;

/// The meta graph's link to the network index file (`hetu:networkIndexDigest`).
const DIGEST: &str = "networkIndexDigest";

pub struct HetuStore {
    store: Store,
    path: PathBuf,
}

/// What a query returned, materialised.
pub enum Answer {
    Solutions { variables: Vec<Variable>, rows: Vec<Vec<Option<Term>>> },
    Boolean(bool),
    Graph(Vec<Triple>),
}

impl HetuStore {
    pub fn open(path: &Path) -> Result<HetuStore> {
        let store = Store::open(path).map_err(|e| Error::Store { path: path.to_path_buf(), message: e.to_string() })?;
        Ok(HetuStore { store, path: path.to_path_buf() })
    }

    /// Open an existing store read-only (query, export, stats): several
    /// readers may work at once, and a reader never changes the store.
    pub fn open_existing(path: &Path) -> Result<HetuStore> {
        if !path.is_dir() {
            return Err(Error::Store { path: path.to_path_buf(), message: "no store here; run `hetu build` first".into() });
        }
        let store = Store::open_read_only(path).map_err(|e| Error::Store { path: path.to_path_buf(), message: e.to_string() })?;
        Ok(HetuStore { store, path: path.to_path_buf() })
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::Store { path: self.path.clone(), message: e.to_string() }
    }

    /// Replace the graphs of the graph's articles and add the gazetteer's
    /// inferences. Up to [`BULK_THRESHOLD`] quads this is one transaction: a
    /// failure leaves the store as it was. Beyond, the old graphs are removed
    /// in one transaction and the new quads go through Oxigraph's bulk
    /// loader, which is far faster but not atomic. Either way the network
    /// index beside the store is brought up to date last (see [`crate::netindex`]).
    pub fn write_graph(&self, iris: &Iris, kg: &KnowledgeGraph, extra: &[Quad]) -> Result<usize> {
        let mut index = self.network_index()?.0;
        let estimate: usize = kg.graph.node_indices().map(|n| kg.graph[n].docs.len() * 6).sum::<usize>() + kg.graph.edge_count() * 2;
        let written = if estimate > BULK_THRESHOLD {
            self.bulk_write_graph(iris, kg, extra, &mut index)?
        } else {
            self.transaction_write_graph(iris, kg, extra, &mut index)?
        };
        self.save_network_index(iris, &index)?;
        Ok(written)
    }

    fn transaction_write_graph(&self, iris: &Iris, kg: &KnowledgeGraph, extra: &[Quad], index: &mut NetworkIndex) -> Result<usize> {
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        Self::remove_digest(&mut tx).map_err(|e| self.err(e))?;
        let mut written = 0;
        for d in 0..kg.docs.len() {
            let doc = iris.document(&kg.docs[d].article.id);
            tx.remove_named_graph(&doc).map_err(|e| self.err(e))?;
            index.remove_graph(doc.as_str());
            let quads = document_quads(iris, kg, d);
            written += quads.len();
            index.record(&quads, GraphWrite::Replace);
            tx.extend(&quads);
        }
        let mut added = inferred_quads(iris, kg);
        written += added.len();
        added.extend(gazetteer_graph_quads(iris));
        added.extend(extra.iter().cloned());
        index.record_added(&added);
        tx.extend(&added);
        tx.commit().map_err(|e| self.err(e))?;
        Ok(written)
    }

    fn bulk_write_graph(&self, iris: &Iris, kg: &KnowledgeGraph, extra: &[Quad], index: &mut NetworkIndex) -> Result<usize> {
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        Self::remove_digest(&mut tx).map_err(|e| self.err(e))?;
        for d in &kg.docs {
            let doc = iris.document(&d.article.id);
            tx.remove_named_graph(&doc).map_err(|e| self.err(e))?;
            index.remove_graph(doc.as_str());
        }
        tx.commit().map_err(|e| self.err(e))?;
        let mut added = inferred_quads(iris, kg);
        let inferred = added.len();
        added.extend(gazetteer_graph_quads(iris));
        added.extend(extra.iter().cloned());
        index.record_added(&added);
        // one stream, so the loader cuts it into large sorted batches
        let written = std::cell::Cell::new(inferred);
        let index = std::cell::RefCell::new(index);
        let quads = (0..kg.docs.len())
            .flat_map(|d| {
                let quads = document_quads(iris, kg, d);
                index.borrow_mut().record(&quads, GraphWrite::Replace);
                written.set(written.get() + quads.len());
                quads
            })
            .chain(added);
        let mut loader = self.store.bulk_loader();
        loader.load_quads(quads).map_err(|e| self.err(e))?;
        loader.commit().map_err(|e| self.err(e))?;
        Ok(written.get())
    }

    fn remove_digest(tx: &mut oxigraph::store::Transaction<'_>) -> std::result::Result<(), oxigraph::store::StorageError> {
        let digest = hetu(DIGEST);
        let old: Vec<Quad> = tx.quads_for_pattern(None, Some(digest.as_ref()), None, None).collect::<std::result::Result<_, _>>()?;
        for q in &old {
            tx.remove(q);
        }
        Ok(())
    }

    /// Forget the network index: the store changed outside a build.
    fn invalidate_network_index(&self) -> Result<()> {
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        Self::remove_digest(&mut tx).map_err(|e| self.err(e))?;
        tx.commit().map_err(|e| self.err(e))
    }

    fn save_network_index(&self, iris: &Iris, index: &NetworkIndex) -> Result<()> {
        let digest = index.save(&self.path)?;
        let meta = NamedNode::new_unchecked(format!("{}graph/meta", iris.base()));
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        tx.insert(&Quad::new(meta.clone(), hetu(DIGEST), Literal::new_simple_literal(digest), meta));
        tx.commit().map_err(|e| self.err(e))
    }

    /// The store's network index, and whether it came from the file (true)
    /// or had to be read out of the store because the file was missing or
    /// stale (false; slow on a large store).
    pub fn network_index(&self) -> Result<(NetworkIndex, bool)> {
        let digest = hetu(DIGEST);
        let recorded = self
            .store
            .quads_for_pattern(None, Some(digest.as_ref()), None, None)
            .next()
            .transpose()
            .map_err(|e| self.err(e))?
            .and_then(|q| if let Term::Literal(l) = q.object { Some(l.value().to_owned()) } else { None });
        if let Some(index) = recorded.and_then(|d| NetworkIndex::load(&self.path, &d)) {
            return Ok((index, true));
        }
        let mut index = NetworkIndex::default();
        // the store yields each graph's quads together; a graph met twice is added to
        let mut chunk: Vec<Quad> = Vec::new();
        for q in self.store.iter() {
            let q = q.map_err(|e| self.err(e))?;
            if chunk.first().is_some_and(|c| c.graph_name != q.graph_name) {
                index.record(&chunk, GraphWrite::Add);
                chunk.clear();
            }
            if q.predicate.as_str().strip_prefix(crate::rdf::HETU) != Some(DIGEST) {
                chunk.push(q);
            }
        }
        index.record(&chunk, GraphWrite::Add);
        Ok((index, false))
    }

    pub fn len(&self) -> Result<usize> {
        self.store.len().map_err(|e| self.err(e))
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Run SPARQL with the union of all graphs as default graph (unless the
    /// query names its own dataset with FROM).
    pub fn query(&self, sparql: &str) -> Result<Answer> {
        self.query_with_limit(sparql, None)
    }

    /// [`Self::query`] cancelled after `limit` (the endpoint's time limit).
    pub fn query_with_limit(&self, sparql: &str, limit: Option<std::time::Duration>) -> Result<Answer> {
        let token = oxigraph::sparql::CancellationToken::new();
        if let Some(limit) = limit {
            let token = token.clone();
            std::thread::spawn(move || {
                std::thread::sleep(limit);
                token.cancel();
            });
        }
        let mut prepared = SparqlEvaluator::new()
            .with_cancellation_token(token)
            .parse_query(sparql)
            .map_err(|e| Error::Query(e.to_string()))?;
        if prepared.dataset().is_default_dataset() {
            prepared.dataset_mut().set_default_graph_as_union();
        }
        let results = prepared.on_store(&self.store).execute().map_err(|e| Error::Query(e.to_string()))?;
        Ok(match results {
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| Error::Query(e.to_string()))?;
                    rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
                }
                Answer::Solutions { variables, rows }
            }
            QueryResults::Boolean(b) => Answer::Boolean(b),
            QueryResults::Graph(triples) => {
                Answer::Graph(triples.collect::<std::result::Result<_, _>>().map_err(|e| Error::Query(e.to_string()))?)
            }
        })
    }

    /// Run a SPARQL 1.1 Update (only on a store opened for writing).
    pub fn update(&self, sparql: &str) -> Result<()> {
        let update = SparqlEvaluator::new().parse_update(sparql).map_err(|e| Error::Query(e.to_string()))?;
        self.invalidate_network_index()?;
        update.on_store(&self.store).execute().map_err(|e| Error::Query(e.to_string()))
    }

    /// Every quad, in the store's order (for views that need no sorting).
    pub fn quads(&self) -> Result<Vec<Quad>> {
        self.store.iter().collect::<std::result::Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Every quad, sorted by its N-Quads form so exports are byte-identical.
    pub fn sorted_quads(&self) -> Result<Vec<Quad>> {
        let mut quads: Vec<Quad> = self.store.iter().collect::<std::result::Result<_, _>>().map_err(|e| self.err(e))?;
        quads.sort_by_cached_key(|q| q.to_string());
        Ok(quads)
    }

    /// Write the store: datasets (N-Quads, TriG) with graphs, triple formats
    /// (Turtle, N-Triples, JSON-LD…) as the union of all graphs.
    pub fn export(&self, format: RdfFormat, out: impl Write) -> Result<()> {
        let quads = self.sorted_quads()?;
        let mut ser = RdfSerializer::from_format(format)
            .with_prefix("hetu", crate::rdf::HETU)
            .and_then(|s| s.with_prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#"))
            .and_then(|s| s.with_prefix("skos", "http://www.w3.org/2004/02/skos/core#"))
            .map_err(|e| self.err(e))?
            .for_writer(out);
        // write errors are the output's, not the store's (a closed pipe, a full disk)
        let output = |e: std::io::Error| Error::io(Path::new("<output>"), e);
        if format.supports_datasets() {
            for q in &quads {
                ser.serialize_quad(q).map_err(output)?;
            }
        } else {
            let mut triples: Vec<Triple> = quads.into_iter().map(Triple::from).collect();
            triples.sort_by_cached_key(|t| t.to_string());
            triples.dedup();
            for t in &triples {
                ser.serialize_triple(t).map_err(output)?;
            }
        }
        ser.finish().map_err(output)?;
        Ok(())
    }

    /// Documents in the store, for `stats`.
    pub fn documents(&self) -> Result<usize> {
        let n = self
            .store
            .quads_for_pattern(None, Some(rdf::TYPE), Some(hetu("Document").as_ref().into()), None)
            .count();
        Ok(n)
    }

    /// Add the quads of an N-Quads file in one transaction (`hetu import`).
    pub fn import_nquads(&self, file: &Path) -> Result<usize> {
        let data = std::fs::read(file).map_err(|e| Error::io(file, e))?;
        let quads: Vec<Quad> = oxigraph::io::RdfParser::from_format(RdfFormat::NQuads)
            .for_slice(&data)
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| Error::Other(format!("{}: {e}", file.display())))?;
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        Self::remove_digest(&mut tx).map_err(|e| self.err(e))?;
        tx.extend(&quads);
        tx.commit().map_err(|e| self.err(e))?;
        Ok(quads.len())
    }
}

/// Write an [`Answer`] in a SPARQL results format (solutions, boolean) or
/// an RDF format (graphs).
pub fn write_answer(answer: &Answer, format: QueryResultsFormat, graph_format: RdfFormat, mut out: impl Write) -> Result<()> {
    let io = |e: std::io::Error| Error::io(Path::new("<output>"), e);
    match answer {
        Answer::Solutions { variables, rows } => {
            let mut ser = QueryResultsSerializer::from_format(format).serialize_solutions_to_writer(&mut out, variables.clone()).map_err(io)?;
            for row in rows {
                ser.serialize(variables.iter().zip(row).filter_map(|(v, t)| t.as_ref().map(|t| (v, t)))).map_err(io)?;
            }
            ser.finish().map_err(io)?;
        }
        Answer::Boolean(b) => {
            QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(&mut out, *b).map_err(io)?;
        }
        Answer::Graph(triples) => {
            let mut ser = RdfSerializer::from_format(graph_format).for_writer(&mut out);
            for t in triples {
                ser.serialize_triple(t).map_err(io)?;
            }
            ser.finish().map_err(io)?;
        }
    }
    Ok(())
}

//! Stage 7b: the embedded Oxigraph store (RocksDB on disk). One named graph
//! per article; rebuilding an article replaces its graph atomically, other
//! articles stay. Queries see the union of all graphs as the default graph.

use std::io::Write;
use std::path::{Path, PathBuf};

use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{Literal, NamedNode, Quad, Term, Triple, vocab::rdf};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator, Variable};
use oxigraph::store::Store;

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use crate::netindex::{GraphWrite, Manifest, NetworkIndex};
use crate::line_sort::{LineSorter, LinesReader};
use crate::sparql_order::{DeferredOrder, defer_order_by};
use crate::rdf::{GraphQuads, Iris, gazetteer_graph_quads, hetu};

#[cfg(not(feature = "rocksdb"))]
const NO_ROCKSDB: &str = "this build of hetu has no on-disk store (feature `rocksdb`)";

/// The meta graph's link to the network index file (`hetu:networkIndexDigest`).
pub(crate) const DIGEST: &str = "networkIndexDigest";

/// Bytes of lines an export sorts in memory before it spills a sorted run
/// to a temporary file (about twice that resident, with the vector's slack).
pub const EXPORT_SORT_BUDGET: usize = 512 << 20;

pub struct HetuStore {
    store: Store,
    path: PathBuf,
}

/// A decoded answer, or word that it was larger than asked.
enum Collected {
    All(Answer),
    TooMany,
}

/// What a query returned, materialised.
pub enum Answer {
    Solutions { variables: Vec<Variable>, rows: Vec<Vec<Option<Term>>> },
    Boolean(bool),
    Graph(Vec<Triple>),
}

impl HetuStore {
    /// Open (or create) a store for writing. One writer at a time: a second
    /// is refused with a message saying so (RocksDB's lock), readers can
    /// still open it ([`Self::open_existing`]).
    pub fn open(path: &Path) -> Result<HetuStore> {
        #[cfg(not(feature = "rocksdb"))]
        return Err(Error::Store { path: path.to_path_buf(), message: NO_ROCKSDB.into() });
        #[cfg(feature = "rocksdb")]
        let store = Store::open(path).map_err(|e| {
            let message = e.to_string();
            let locked = message.contains("lock") || message.contains("LOCK");
            Error::Store {
                path: path.to_path_buf(),
                message: if locked {
                    "open for writing by another hetu process (a build, an import or `serve --writable`); try again when it has finished — queries, exports and a read-only `serve` can use the store meanwhile".into()
                } else {
                    message
                },
            }
        })?;
        #[cfg(feature = "rocksdb")]
        remove_abandoned_load_files(path);
        #[cfg(feature = "rocksdb")]
        Ok(HetuStore { store, path: path.to_path_buf() })
    }

    /// Open an existing store read-only (query, export, stats): several
    /// readers may work at once, and a reader never changes the store.
    pub fn open_existing(path: &Path) -> Result<HetuStore> {
        if !path.is_dir() {
            return Err(Error::Store { path: path.to_path_buf(), message: "no store here; run `hetu build` first".into() });
        }
        #[cfg(not(feature = "rocksdb"))]
        return Err(Error::Store { path: path.to_path_buf(), message: NO_ROCKSDB.into() });
        #[cfg(feature = "rocksdb")]
        let store = Store::open_read_only(path).map_err(|e| Error::Store { path: path.to_path_buf(), message: e.to_string() })?;
        #[cfg(feature = "rocksdb")]
        Ok(HetuStore { store, path: path.to_path_buf() })
    }

    /// Compact the store's files (RocksDB's full compaction): every key
    /// ends in one sorted run, so a lookup reads one file instead of each
    /// file a bulk load ingested. Takes time proportional to the store
    /// (10–12 s for the 7.6 M quads of 10^5 synthetic articles, the column
    /// families side by side, see vendor/README.md); what is stored does not change.
    pub fn compact(&self) -> Result<()> {
        #[cfg(feature = "rocksdb")]
        self.store.optimize().map_err(|e| self.err(e))?;
        Ok(())
    }

    fn err(&self, e: impl std::fmt::Display) -> Error {
        Error::Store { path: self.path.clone(), message: e.to_string() }
    }

    /// Write a whole knowledge graph and bring the network index up to date
    /// (a build of one batch: [`crate::pipeline::build`] does the same batch by batch).
    pub fn write_graph(&self, iris: &Iris, kg: &KnowledgeGraph, extra: &[Quad]) -> Result<usize> {
        let mut index = self.index_for_build()?;
        let written = self.write_batch(iris, kg, extra, &mut index)?;
        self.merge_enterprise_aliases(iris, &mut index)?;
        self.save_network_index(iris, &index)?;
        Ok(written)
    }

    /// Replace the graphs of the batch's articles and add the gazetteer's
    /// inferences ([`BatchWriter::write`] then [`BatchWriter::finish`]).
    pub fn write_batch(&self, iris: &Iris, kg: &KnowledgeGraph, extra: &[Quad], index: &mut NetworkIndex) -> Result<usize> {
        let mut writer = self.batch_writer(0)?;
        let written = writer.write(iris, kg, extra, index)?;
        writer.finish()?;
        Ok(written)
    }

    /// A writer of batches whose new quads are ingested together once at
    /// least `ingest_every` of them are waiting (and at [`BatchWriter::finish`]).
    pub fn batch_writer(&self, ingest_every: usize) -> Result<BatchWriter<'_>> {
        // (not `len`, which counts every quad)
        let fresh = self.store.iter().next().transpose().map_err(|e| self.err(e))?.is_none();
        Ok(BatchWriter { store: self, loader: None, waiting_docs: std::collections::HashSet::new(), waiting_quads: 0, ingest_every, digest_removed: false, written_into_fresh_store: fresh.then(Default::default) })
    }

    /// Merge short enterprise names into the one full name they begin,
    /// across all articles in the store (the rule of
    /// [`crate::graph::short_name_renames`], which a single batch applies
    /// already): the article graphs that use a short name are rewritten, the
    /// short name kept there as `skos:altLabel`, and its description leaves
    /// the entities graph. The index's name tables say which names to merge
    /// ([`NetworkIndex::enterprise_renames`]) and the store's own indexes
    /// which graphs use them, so the cost follows the names this build
    /// touched and the graphs rewritten, not the store. Returns the number
    /// of names merged.
    pub fn merge_enterprise_aliases(&self, iris: &Iris, index: &mut NetworkIndex) -> Result<usize> {
        // short IRI → (full IRI, the short name); a segment found damaged:
        // the names are read from the store instead
        let renames = match index.enterprise_renames(&self.path) {
            Ok(renames) => renames,
            Err(_) => self.index_from_quads()?.enterprise_renames(&self.path)?,
        };
        if renames.is_empty() {
            return Ok(0);
        }
        let shorts: std::collections::BTreeSet<String> = renames.keys().cloned().collect();
        let entities = iris.entities_graph();
        let graphs: Vec<String> = self.graphs_referencing(&shorts)?.into_iter().filter(|g| g != entities.as_str()).collect();
        let alt = NamedNode::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
        let mentions = hetu("mentions");
        let mut tx = self.store.start_transaction().map_err(|e| self.err(e))?;
        Self::remove_digest(&mut tx).map_err(|e| self.err(e))?;
        let mut rewritten = Vec::new();
        for g in &graphs {
            let graph = NamedNode::new_unchecked(g.as_str());
            let old: Vec<Quad> = tx
                .quads_for_pattern(None, None, None, Some(graph.as_ref().into()))
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| self.err(e))?;
            let renamed = |iri: &str| renames.get(iri).map(|(full, short)| (NamedNode::new_unchecked(full.as_str()), short));
            let mut new = Vec::with_capacity(old.len() + 1);
            for q in &old {
                let subject = match &q.subject {
                    oxigraph::model::NamedOrBlankNode::NamedNode(n) => renamed(n.as_str()).map(|(full, _)| full.into()),
                    _ => None,
                };
                let object = match &q.object {
                    Term::NamedNode(n) => renamed(n.as_str()),
                    _ => None,
                };
                // where the article named the company by its short name, that name stays as a label
                if let (true, Some((full, short))) = (q.predicate == mentions, &object) {
                    new.push(Quad::new(full.clone(), alt.clone(), Literal::new_language_tagged_literal_unchecked(short.as_str(), "zh"), graph.clone()));
                }
                let object = object.map_or_else(|| q.object.clone(), |(full, _)| full.into());
                new.push(Quad::new(subject.unwrap_or_else(|| q.subject.clone()), q.predicate.clone(), object, q.graph_name.clone()));
            }
            new.sort_by_cached_key(|q| q.to_string());
            new.dedup();
            tx.remove_named_graph(&graph).map_err(|e| self.err(e))?;
            tx.extend(&new);
            rewritten.push(new);
        }
        // the short names' descriptions leave the entities graph
        for short in &shorts {
            let s = NamedNode::new_unchecked(short.as_str());
            let described: Vec<Quad> = tx
                .quads_for_pattern(Some(s.as_ref().into()), None, None, Some(entities.as_ref().into()))
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| self.err(e))?;
            for q in &described {
                tx.remove(q);
            }
        }
        tx.commit().map_err(|e| self.err(e))?;
        for quads in rewritten {
            index.record(&quads, GraphWrite::Replace);
        }
        index.forget_subjects(entities.as_str(), &shorts);
        Ok(renames.len())
    }

    /// The named graphs (by IRI) in which any of `iris` is a subject or an
    /// object: two index lookups each, whatever the size of the store.
    fn graphs_referencing(&self, iris: &std::collections::BTreeSet<String>) -> Result<Vec<String>> {
        let mut graphs = std::collections::BTreeSet::new();
        for iri in iris {
            let node = NamedNode::new_unchecked(iri.as_str());
            let as_subject = self.store.quads_for_pattern(Some(node.as_ref().into()), None, None, None);
            let as_object = self.store.quads_for_pattern(None, None, Some(node.as_ref().into()), None);
            for q in as_subject.chain(as_object) {
                if let oxigraph::model::GraphName::NamedNode(g) = q.map_err(|e| self.err(e))?.graph_name {
                    graphs.insert(g.into_string());
                }
            }
        }
        Ok(graphs.into_iter().collect())
    }

    /// Whether the store's graph `graph` describes `iri`: types it with
    /// `class`, or for `None` describes the post `iri`. One index lookup.
    fn stores_description(&self, graph: &NamedNode, iri: &str, class: Option<crate::model::Class>) -> bool {
        let subject = NamedNode::new_unchecked(iri);
        // a failed lookup only means the description is written again (quads are a set)
        match class {
            Some(c) => self.store.contains(oxigraph::model::QuadRef::new(subject.as_ref(), rdf::TYPE, hetu(c.name()).as_ref(), graph.as_ref())).unwrap_or(false),
            None => self.store.quads_for_pattern(Some(subject.as_ref().into()), Some(hetu("postIn").as_ref()), None, Some(graph.as_ref().into())).next().is_some_and(|q| q.is_ok()),
        }
    }

    /// Whether the store's graph `graph` links `subject` to `object` by the hetu relation `local`.
    fn stores_link(&self, graph: &NamedNode, subject: &str, local: &str, object: &str) -> bool {
        let (s, o) = (NamedNode::new_unchecked(subject), NamedNode::new_unchecked(object));
        self.store.contains(oxigraph::model::QuadRef::new(s.as_ref(), hetu(local).as_ref(), o.as_ref(), graph.as_ref())).unwrap_or(false)
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

    /// Save the index beside the store, then record its segment list in
    /// the store, then delete the files no longer listed.
    pub fn save_network_index(&self, iris: &Iris, index: &NetworkIndex) -> Result<()> {
        self.save_network_index_in(NamedNode::new_unchecked(format!("{}graph/meta", iris.base())), index)
    }

    /// Merge the network index's segments into one file (`hetu compact`),
    /// so that readers read one. Returns the number of segments merged;
    /// none when the index is a single file already, or missing or stale
    /// (left to the next build or `hetu merge`).
    pub fn consolidate_network_index(&self) -> Result<usize> {
        let Some(recorded) = self.recorded_manifest()? else { return Ok(0) };
        let Some(manifest) = manifest_of(&recorded) else { return Ok(0) };
        let oxigraph::model::GraphName::NamedNode(meta) = recorded.graph_name else { return Ok(0) };
        if manifest.segments.len() < 2 {
            return Ok(0);
        }
        let Some(index) = NetworkIndex::load(&self.path, &manifest) else { return Ok(0) };
        self.save_network_index_in(meta, &index)?;
        Ok(manifest.segments.len())
    }

    fn save_network_index_in(&self, meta: NamedNode, index: &NetworkIndex) -> Result<()> {
        let manifest = match index.save(&self.path) {
            Ok(manifest) => manifest,
            // an earlier segment found damaged while merging: index the
            // store again, whole (what it holds now includes this build)
            Err(_) if index.is_delta() => self.index_from_quads()?.save(&self.path)?,
            Err(e) => return Err(e),
        };
        let recorded = serde_json::to_string(&manifest).map_err(|e| Error::Other(format!("network index manifest: {e}")))?;
        // a build removed the old list in its first write; `hetu merge` with
        // nothing to merge did not, and two lists would leave readers to pick
        if self.recorded_manifest()?.is_some() {
            self.invalidate_network_index()?;
        }
        // ingested, not written through a transaction: after a large build
        // left uncompacted, RocksDB holds transactions back until its
        // compaction catches up (minutes at 10^6 articles); an ingestion is
        // as atomic and is not held back
        let mut loader = self.store.bulk_loader();
        loader.load_quads([Quad::new(meta.clone(), hetu(DIGEST), Literal::new_simple_literal(recorded), meta)]).map_err(|e| self.err(e))?;
        loader.commit().map_err(|e| self.err(e))?;
        NetworkIndex::remove_unlisted(&self.path, &manifest);
        Ok(())
    }

    /// The quad that records the index's segment list, if any (whatever
    /// it says: an old version's is stale, not absent).
    fn recorded_manifest(&self) -> Result<Option<Quad>> {
        let digest = hetu(DIGEST);
        self.store.quads_for_pattern(None, Some(digest.as_ref()), None, None).next().transpose().map_err(|e| self.err(e))
    }

    /// The index's segment list the store records, if any.
    pub fn network_index_manifest(&self) -> Result<Option<Manifest>> {
        Ok(self.recorded_manifest()?.as_ref().and_then(manifest_of))
    }

    /// The store's network index, and whether it came from its files (true)
    /// or had to be read out of the store because they were missing or
    /// stale (false; slow on a large store).
    pub fn network_index(&self) -> Result<(NetworkIndex, bool)> {
        if let Some(index) = self.network_index_manifest()?.and_then(|m| NetworkIndex::load(&self.path, &m)) {
            return Ok((index, true));
        }
        Ok((self.index_from_quads()?, false))
    }

    /// The index a build records its writes in: a delta on top of the
    /// saved segments when they are current (the build then never reads
    /// them whole), else the whole network read from the store.
    pub fn index_for_build(&self) -> Result<NetworkIndex> {
        if let Some(manifest) = self.network_index_manifest()?
            && NetworkIndex::segments_present(&self.path, &manifest)
        {
            return Ok(NetworkIndex::over(manifest));
        }
        self.index_from_quads()
    }

    fn index_from_quads(&self) -> Result<NetworkIndex> {
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
        Ok(index)
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
        self.query_bounded(sparql, limit, usize::MAX)
    }

    /// [`Self::query_with_limit`] refusing answers of more than `max_rows`
    /// solutions or triples (an endpoint keeps its memory bounded).
    pub fn query_bounded(&self, sparql: &str, limit: Option<std::time::Duration>, max_rows: usize) -> Result<Answer> {
        let too_many = || Error::Query(format!("the answer has more than {max_rows} rows; add a LIMIT"));
        let token = oxigraph::sparql::CancellationToken::new();
        if let Some(limit) = limit {
            let token = token.clone();
            std::thread::spawn(move || {
                std::thread::sleep(limit);
                token.cancel();
            });
        }
        let evaluator = || SparqlEvaluator::new().with_cancellation_token(token.clone());
        let (prepared, order) = prepare(evaluator(), sparql, true)?;
        if let Some(order) = order {
            // the rows kept for sorting: with a LIMIT, any number may come
            // before it; an endpoint's bound caps them, past which Oxigraph
            // sorts instead (on its compact encoded rows)
            let (keep, limited) = match order.length {
                None => (max_rows.saturating_add(order.start), false),
                Some(_) => (max_rows.saturating_mul(16), true),
            };
            match self.collect(prepared, keep)? {
                Collected::All(Answer::Solutions { variables, mut rows }) => {
                    order.apply(&variables, &mut rows);
                    return if rows.len() > max_rows { Err(too_many()) } else { Ok(Answer::Solutions { variables, rows }) };
                }
                Collected::All(answer) => return Ok(answer),
                Collected::TooMany if !limited => return Err(too_many()),
                Collected::TooMany => {}
            }
            let (prepared, _) = prepare(evaluator(), sparql, false)?;
            return match self.collect(prepared, max_rows)? {
                Collected::All(answer) => Ok(answer),
                Collected::TooMany => Err(too_many()),
            };
        }
        match self.collect(prepared, max_rows)? {
            Collected::All(answer) => Ok(answer),
            Collected::TooMany => Err(too_many()),
        }
    }

    /// Run a query and write its answer to `out` as Oxigraph produces it
    /// (`hetu query` with a serialised format): the rows are not held in
    /// memory, so an answer of any size prints in bounded memory. The
    /// exception is a query with an ORDER BY, whose rows must all be known
    /// before the first is written (sorted as [`Self::query`] sorts them).
    /// An error part way leaves the rows before it written. Returns the
    /// number of rows or triples written.
    pub fn query_to_writer(&self, sparql: &str, format: QueryResultsFormat, graph_format: RdfFormat, mut out: impl Write) -> Result<usize> {
        let (prepared, order) = prepare(SparqlEvaluator::new(), sparql, true)?;
        if order.is_some() {
            let answer = self.query(sparql)?;
            write_answer(&answer, format, graph_format, out)?;
            return Ok(match answer {
                Answer::Solutions { rows, .. } => rows.len(),
                Answer::Graph(triples) => triples.len(),
                Answer::Boolean(_) => 1,
            });
        }
        let io = |e: std::io::Error| Error::io(Path::new("<output>"), e);
        fn query_error(e: impl std::fmt::Display) -> Error {
            Error::Query(e.to_string())
        }
        let mut written = 0;
        match prepared.on_store(&self.store).execute().map_err(query_error)? {
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let mut ser = QueryResultsSerializer::from_format(format).serialize_solutions_to_writer(&mut out, variables).map_err(io)?;
                for solution in solutions {
                    ser.serialize(&solution.map_err(query_error)?).map_err(io)?;
                    written += 1;
                }
                ser.finish().map_err(io)?;
            }
            QueryResults::Boolean(b) => {
                QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(&mut out, b).map_err(io)?;
                written = 1;
            }
            QueryResults::Graph(triples) => {
                let mut ser = RdfSerializer::from_format(graph_format).for_writer(&mut out);
                for t in triples {
                    ser.serialize_triple(&t.map_err(query_error)?).map_err(io)?;
                    written += 1;
                }
                ser.finish().map_err(io)?;
            }
        }
        Ok(written)
    }

    /// Evaluate a prepared query and decode its answer, unless it has more
    /// than `max_rows` solutions or triples.
    fn collect(&self, prepared: oxigraph::sparql::PreparedSparqlQuery, max_rows: usize) -> Result<Collected> {
        let results = prepared.on_store(&self.store).execute().map_err(|e| Error::Query(e.to_string()))?;
        Ok(Collected::All(match results {
            QueryResults::Solutions(solutions) => {
                let variables = solutions.variables().to_vec();
                let mut rows = Vec::new();
                for s in solutions {
                    let s = s.map_err(|e| Error::Query(e.to_string()))?;
                    if rows.len() == max_rows {
                        return Ok(Collected::TooMany);
                    }
                    rows.push(variables.iter().map(|v| s.get(v).cloned()).collect());
                }
                Answer::Solutions { variables, rows }
            }
            QueryResults::Boolean(b) => Answer::Boolean(b),
            QueryResults::Graph(triples) => {
                let mut out = Vec::new();
                for t in triples {
                    if out.len() == max_rows {
                        return Ok(Collected::TooMany);
                    }
                    out.push(t.map_err(|e| Error::Query(e.to_string()))?);
                }
                Answer::Graph(out)
            }
        }))
    }

    /// Run a query to its end and describe how Oxigraph evaluated it: the
    /// plan it chose (join order and algorithms) with the rows and time of
    /// each step, as JSON (`hetu query --explain`). For finding why a query
    /// is slow; the answer itself is dropped. An ORDER BY that
    /// [`Self::query`] applies to decoded rows is not in the plan.
    pub fn explain(&self, sparql: &str) -> Result<String> {
        let (results, explanation) = prepare(SparqlEvaluator::new(), sparql, true)?.0.on_store(&self.store).compute_statistics().explain();
        match results.map_err(|e| Error::Query(e.to_string()))? {
            QueryResults::Solutions(solutions) => {
                for s in solutions {
                    s.map_err(|e| Error::Query(e.to_string()))?;
                }
            }
            QueryResults::Graph(triples) => {
                for t in triples {
                    t.map_err(|e| Error::Query(e.to_string()))?;
                }
            }
            QueryResults::Boolean(_) => {}
        }
        let mut json = Vec::new();
        explanation.write_in_json(&mut json).map_err(|e| Error::Query(e.to_string()))?;
        Ok(String::from_utf8_lossy(&json).into_owned())
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

    /// Every quad but the store's bookkeeping (the network index's segment
    /// list, which names files beside this store and depends on how the
    /// store was built), in the store's order, streamed (`hetu push`).
    pub fn data_quads(&self) -> impl Iterator<Item = Result<Quad>> + '_ {
        let digest = hetu(DIGEST);
        self.store.iter().map(|q| q.map_err(|e| self.err(e))).filter(move |q| q.as_ref().map_or(true, |q| q.predicate != digest))
    }

    /// Write the store: datasets (N-Quads, TriG) with graphs, triple formats
    /// (Turtle, N-Triples, JSON-LD…) as the union of all graphs, its
    /// triples once each. Sorted by their N-Quads (N-Triples) form, so
    /// exports are byte-identical, with memory bounded by
    /// [`EXPORT_SORT_BUDGET`]: beyond it sorted runs go to temporary files
    /// and are merged ([`crate::line_sort`]).
    pub fn export(&self, format: RdfFormat, out: impl Write) -> Result<()> {
        self.export_within(format, out, EXPORT_SORT_BUDGET)
    }

    /// [`Self::export`] sorting at most `budget` bytes of lines in memory.
    pub fn export_within(&self, format: RdfFormat, mut out: impl Write, budget: usize) -> Result<()> {
        let dataset = format.supports_datasets();
        let temp = |e: std::io::Error| Error::io(&std::env::temp_dir(), e);
        let mut sorter = LineSorter::new(budget, !dataset);
        for q in self.data_quads() {
            let q = q?;
            sorter.push(if dataset { q.to_string() } else { Triple::from(q).to_string() }).map_err(temp)?;
        }
        let lines = sorter.finish().map_err(temp)?;
        // write errors are the output's, not the store's (a closed pipe, a full disk)
        let output = |e: std::io::Error| Error::io(Path::new("<output>"), e);
        if format == RdfFormat::NQuads || format == RdfFormat::NTriples {
            let mut out = std::io::BufWriter::new(out);
            for line in lines {
                out.write_all(line.map_err(temp)?.as_bytes()).map_err(output)?;
                out.write_all(b" .\n").map_err(output)?;
            }
            return out.flush().map_err(output);
        }
        let mut ser = RdfSerializer::from_format(format)
            .with_prefix("hetu", crate::rdf::HETU)
            .and_then(|s| s.with_prefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#"))
            .and_then(|s| s.with_prefix("skos", "http://www.w3.org/2004/02/skos/core#"))
            .map_err(|e| self.err(e))?
            .for_writer(&mut out);
        // read back what was written as N-Quads (N-Triples): a parse error
        // here would be hetu's own bug, reported as such
        let again = RdfParser::from_format(if dataset { RdfFormat::NQuads } else { RdfFormat::NTriples }).for_reader(LinesReader::new(lines, b" .\n"));
        for q in again {
            let q = q.map_err(|e| Error::Other(format!("export: reading back a sorted line: {e}")))?;
            if dataset {
                ser.serialize_quad(&q).map_err(output)?;
            } else {
                ser.serialize_triple(&Triple::from(q)).map_err(output)?;
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

    /// Add the quads of an N-Quads file (`hetu import`), all or none:
    /// Oxigraph's bulk loader writes them to sorted files as the file is
    /// read, a million quads at a time, and ingests the files together at
    /// the end; a malformed line drops the files unapplied. (One
    /// transaction held the whole file: importing 10^5 articles' 1.4 GB
    /// passed 15 GB and was stopped.)
    pub fn import_nquads(&self, file: &Path) -> Result<usize> {
        const CHUNK: usize = 1 << 20;
        let opened = std::fs::File::open(file).map_err(|e| Error::io(file, e))?;
        let quads = oxigraph::io::RdfParser::from_format(RdfFormat::NQuads).for_reader(std::io::BufReader::with_capacity(1 << 20, opened));
        // the index no longer describes the store once anything is added
        self.invalidate_network_index()?;
        let mut loader = self.store.bulk_loader();
        let mut chunk = Vec::with_capacity(CHUNK);
        let mut n = 0;
        for q in quads {
            chunk.push(q.map_err(|e| Error::Other(format!("{}: {e}", file.display())))?);
            n += 1;
            if chunk.len() == CHUNK {
                loader.load_quads(std::mem::take(&mut chunk)).map_err(|e| self.err(e))?;
            }
        }
        loader.load_quads(chunk).map_err(|e| self.err(e))?;
        loader.commit().map_err(|e| self.err(e))?;
        Ok(n)
    }
}

/// Write an [`Answer`] in a SPARQL results format (solutions, boolean) or
/// an RDF format (graphs).
/// The segment list a recorded quad holds; none for a list of another
/// version (or a bare digest, as written before segments): it is stale.
fn manifest_of(recorded: &Quad) -> Option<Manifest> {
    let Term::Literal(l) = &recorded.object else { return None };
    serde_json::from_str(l.value()).ok()
}

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

/// Parse a query for `evaluator`, with the union of all graphs as default
/// graph unless the query names its own dataset with FROM; an ORDER BY by
/// selected variables is taken out, to be applied to the decoded rows
/// ([`sparql_order`]).
fn prepare(evaluator: SparqlEvaluator, sparql: &str, defer_order: bool) -> Result<(oxigraph::sparql::PreparedSparqlQuery, Option<DeferredOrder>)> {
    let query = spargebra::SparqlParser::new().parse_query(sparql).map_err(|e| Error::Query(e.to_string()))?;
    let (query, order) = if defer_order { defer_order_by(query) } else { (query, None) };
    let mut prepared = evaluator.for_query(query);
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    Ok((prepared, order))
}

/// Remove the sorted files a killed bulk load left in the store's directory
/// (Oxigraph names them `bulk-<random>.sst` and deletes them once ingested).
/// Only a process holding the store open for writing makes them, and RocksDB
/// lets one process at a time do so: whatever is there when we open it is
/// garbage, as large as the load was (a whole build, by default). Best
/// effort: a file left behind takes space but changes nothing stored.
#[cfg(feature = "rocksdb")]
fn remove_abandoned_load_files(store_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(store_dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes batches of articles. Each batch's old article graphs are removed
/// in one transaction (with the store's index digest, until
/// [`HetuStore::save_network_index`]); its new quads go to Oxigraph's bulk
/// loader, which writes them to sorted files at once; the files wait on
/// disk and are ingested together, by default once at the end of the build.
/// RocksDB keys are hashes, so every ingestion overlaps the whole store and
/// is merged into it by compaction: one ingestion instead of one per batch
/// is what keeps a build of 10^6 articles from re-merging the store
/// hundreds of times.
///
/// A failure or a kill leaves each article either as it was, absent (its
/// old graph removed, its new one not yet ingested), or complete — never
/// half written; building again completes it (and the next opening for
/// writing deletes the files the killed load left).
pub struct BatchWriter<'a> {
    store: &'a HetuStore,
    loader: Option<oxigraph::store::BulkLoader<'a>>,
    /// Article graphs loaded but not yet ingested: one of them written again
    /// must wait for the ingestion, or its old and new quads would be joined.
    waiting_docs: std::collections::HashSet<NamedNode>,
    waiting_quads: usize,
    ingest_every: usize,
    digest_removed: bool,
    /// When the store was empty at the start: the articles written since.
    written_into_fresh_store: Option<std::collections::HashSet<NamedNode>>,
}

impl BatchWriter<'_> {
    /// Write one batch; returns the number of quads written.
    pub fn write(&mut self, iris: &Iris, kg: &KnowledgeGraph, extra: &[Quad], index: &mut NetworkIndex) -> Result<usize> {
        let store = self.store;
        let docs: Vec<NamedNode> = kg.docs.iter().map(|d| iris.document(&d.article.id)).collect();
        if docs.iter().any(|d| self.waiting_docs.contains(d)) {
            self.ingest()?;
        }
        // only articles built before have graphs to remove: a build into a
        // fresh store writes nothing but ingested files, so RocksDB never
        // holds it back to compact (and asks nothing of the store per article)
        let mut rebuilt = Vec::new();
        for d in &docs {
            let built = match &mut self.written_into_fresh_store {
                Some(written) => !written.insert(d.clone()),
                None => store.store.contains_named_graph(d).map_err(|e| store.err(e))?,
            };
            if built {
                rebuilt.push(d);
            }
        }
        index.count_new_graphs(docs.len() - rebuilt.len());
        if !rebuilt.is_empty() || !self.digest_removed {
            let mut tx = store.store.start_transaction().map_err(|e| store.err(e))?;
            HetuStore::remove_digest(&mut tx).map_err(|e| store.err(e))?;
            for d in rebuilt {
                tx.remove_named_graph(d).map_err(|e| store.err(e))?;
            }
            tx.commit().map_err(|e| store.err(e))?;
            self.digest_removed = true;
        }
        // the index records the batch as it is written; it reaches the disk
        // only once every batch has been ingested (on an error it is
        // dropped, and the store's digest is already gone)
        let mut written = 0;
        let mut all = Vec::new();
        let graph_quads = GraphQuads::new(iris, kg);
        for d in 0..kg.docs.len() {
            let quads = graph_quads.document_quads(d);
            written += quads.len();
            index.record(&quads, GraphWrite::Replace);
            all.extend(quads);
        }
        // what this build wrote is in the index; what the store held before
        // is in the store when the index is a delta (one lookup each)
        let entities = iris.entities_graph();
        let delta = index.is_delta();
        let mut added = graph_quads.entity_quads(|iri, class| !(index.describes(entities.as_str(), iri, class) || (delta && store.stores_description(&entities, iri, class))));
        let gazetteer = iris.gazetteer_graph();
        added.extend(graph_quads.inferred_quads(|s, p, o| index.links(gazetteer.as_str(), s, p, o) || (delta && store.stores_link(&gazetteer, s, p, o))));
        written += added.len();
        added.extend(gazetteer_graph_quads(iris));
        added.extend(extra.iter().cloned());
        index.record_added(&added);
        all.extend(added);
        self.waiting_quads += all.len();
        // the loader writes the batch's sorted files at once (on its own
        // thread); they are ingested with the other waiting ones by `ingest`
        let loader = self.loader.get_or_insert_with(|| store.store.bulk_loader());
        loader.load_quads(all).map_err(|e| store.err(e))?;
        self.waiting_docs.extend(docs);
        if self.waiting_quads >= self.ingest_every {
            self.ingest()?;
        }
        Ok(written)
    }

    /// Ingest every file loaded, together: the loader is atomic.
    fn ingest(&mut self) -> Result<()> {
        if let Some(loader) = self.loader.take() {
            loader.commit().map_err(|e| self.store.err(e))?;
        }
        self.waiting_docs.clear();
        self.waiting_quads = 0;
        Ok(())
    }

    /// Ingest what is waiting.
    pub fn finish(mut self) -> Result<()> {
        self.ingest()
    }
}

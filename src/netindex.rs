//! The network index: a compact summary of the store's entity network (who
//! is typed what, who is mentioned where, which entity links to which), one
//! summary per named graph, kept in files beside the store.
//!
//! Reading ten million quads back out of Oxigraph costs over a minute, so
//! `analyze` and diagrams read these files instead. They are derived from
//! exactly the quads `build` writes (never from the extraction), so the
//! network they give equals the one read from the store itself; a test
//! checks that.
//!
//! Segments: the index is a base segment plus one segment per later build,
//! each saying what that build changed (graphs replaced or added to,
//! subjects removed). A build that adds 1 000 articles to a store of 10^5
//! writes a segment the size of its 1 000 articles; it never reads or
//! rewrites the base. Segments are merged when the newest is at least half
//! the size of the one before it, so each byte is rewritten a logarithmic
//! number of times and there are few segments to read.
//!
//! Freshness: the store holds the list of segment files with their SHA-256
//! (`hetu:networkIndexDigest` in the meta graph, a [`Manifest`]). A build
//! removes that list in its first write and records the new one only after
//! the new files are in place, so a build cut off anywhere leaves no list,
//! and readers fall back to the store. Anything else that changes the
//! store (import, SPARQL Update) removes the list too.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use indexmap::IndexSet;
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};
use rustc_hash::FxBuildHasher;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::model::Class;
use crate::rdf::HETU;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";

/// Segment files inside the store directory are named `hetu-network-<digest>.seg`
/// (RocksDB leaves foreign files alone).
const FILE_PREFIX: &str = "hetu-network-";
const FILE_SUFFIX: &str = ".seg";
/// The single file of earlier versions, removed when a build saves segments.
const LEGACY_FILE_NAME: &str = "hetu-network.idx";
/// Bumped when the layout changes; an index of another version is stale.
const FORMAT_VERSION: u32 = 5;

/// What one named graph says about the network.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GraphSummary {
    /// Entities typed with a hetu class in this graph.
    pub typed: BTreeSet<(String, Class)>,
    /// Objects of `hetu:mentions` (one per article and entity).
    pub mentions: BTreeSet<String>,
    /// (subject, hetu local name, object) between IRIs, holdsPost aside.
    pub links: BTreeSet<(String, String, String)>,
    /// holdsPost: (official, post).
    pub holds: BTreeSet<(String, String)>,
    /// Posts described here: (post, title, organisation).
    pub posts: BTreeSet<(String, String, String)>,
    /// rdfs:label of the IRIs in this graph (the smallest when several).
    pub labels: BTreeMap<String, String>,
}

impl GraphSummary {
    /// Summarise the quads of one graph (the graph names are not looked at).
    pub fn from_quads<'a>(quads: impl IntoIterator<Item = &'a Quad>) -> GraphSummary {
        let mut s = GraphSummary::default();
        let mut post_title: HashMap<String, String> = HashMap::new();
        let mut post_in: HashMap<String, String> = HashMap::new();
        for q in quads {
            let subject = match &q.subject {
                NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
                other => other.to_string(),
            };
            let object_iri = match &q.object {
                Term::NamedNode(n) => Some(n.as_str()),
                _ => None,
            };
            match q.predicate.as_str() {
                RDFS_LABEL => {
                    if let Term::Literal(l) = &q.object {
                        let label = s.labels.entry(subject).or_insert_with(|| l.value().to_owned());
                        if l.value() < label.as_str() {
                            *label = l.value().to_owned();
                        }
                    }
                }
                RDF_TYPE => {
                    if let Some(c) = object_iri.and_then(|o| o.strip_prefix(HETU)).and_then(Class::from_name) {
                        s.typed.insert((subject, c));
                    }
                }
                p => {
                    let Some(local) = p.strip_prefix(HETU) else { continue };
                    match (local, &q.object) {
                        ("mentions", _) => {
                            if let Some(o) = object_iri {
                                s.mentions.insert(o.to_owned());
                            }
                        }
                        ("title", Term::Literal(l)) => {
                            post_title.insert(subject, l.value().to_owned());
                        }
                        ("postIn", _) => {
                            if let Some(o) = object_iri {
                                post_in.insert(subject, o.to_owned());
                            }
                        }
                        ("holdsPost", _) => {
                            if let Some(o) = object_iri {
                                s.holds.insert((subject, o.to_owned()));
                            }
                        }
                        (_, _) => {
                            if let Some(o) = object_iri {
                                s.links.insert((subject, local.to_owned(), o.to_owned()));
                            }
                        }
                    }
                }
            }
        }
        // posts are described in the entities graph, held in the articles' graphs
        for (post, title) in post_title {
            if let Some(org) = post_in.get(&post) {
                s.posts.insert((post, title, org.clone()));
            }
        }
        s
    }
}

/// The summaries of all graphs in a store, kept interned: an archive of
/// 10^5 articles holds about ten million IRIs and labels, mostly repeats.
///
/// Either the whole network (what readers load, and what a build into a
/// fresh store records) or a delta: what one build, or several consecutive
/// segments, change in the segments before.
#[derive(Default)]
pub struct NetworkIndex {
    strings: Interner,
    /// By graph IRI id ("" for the default graph).
    graphs: HashMap<u32, Packed>,
    /// Some: this index is a delta, on top of these saved segments (empty
    /// for a segment read back to be merged with the next).
    earlier: Option<Manifest>,
    /// (delta) Graphs replaced whole, or removed when absent from `graphs`:
    /// the earlier segments' summaries of them no longer count.
    replaced: HashSet<u32>,
    /// (delta) By graph: subjects whose facts leave the earlier segments'
    /// summary of that graph (enterprise short names merged away).
    forgotten: HashMap<u32, BTreeSet<u32>>,
    /// (delta) Graphs the build created (articles not built before).
    new_graphs: usize,
}

/// The saved index: its segment files, oldest (the base) first, and how
/// many graphs the store holds. Recorded as JSON in the store's meta graph.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub graphs: usize,
    pub segments: Vec<SegmentRef>,
}

/// One segment file: named by its digest, checked by its digest when read
/// whole and by its size when a build only reads its header.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentRef {
    pub sha256: String,
    pub bytes: u64,
}

impl SegmentRef {
    pub fn path(&self, store: &Path) -> PathBuf {
        store.join(format!("{FILE_PREFIX}{}{FILE_SUFFIX}", &self.sha256[..self.sha256.len().min(24)]))
    }
}

/// The start of a segment file, readable without the rest: the
/// enterprises the segment's graphs type, as (name with brackets folded,
/// name, IRI) sorted, and the enterprise IRIs it removes. The store-wide
/// merge of short company names looks names up here by folded prefix; the
/// table is an array of offsets over one block of strings, so a lookup is
/// a binary search in the bytes as read, with nothing decoded first.
///
/// Layout (u32 little-endian): version, n, m, the 3n+1 offsets of the
/// entries' strings, the m+1 offsets of the removed IRIs, the strings.
struct NameTable<'a> {
    n: usize,
    m: usize,
    offsets: &'a [u8],
    blob: &'a [u8],
}

impl<'a> NameTable<'a> {
    fn encode(entries: &[(String, String, String)], forgotten: &[String]) -> Result<Vec<u8>> {
        let mut blob = Vec::new();
        let mut offsets = vec![0u32];
        for s in entries.iter().flat_map(|(f, l, i)| [f, l, i]).chain(forgotten) {
            blob.extend_from_slice(s.as_bytes());
            let end = u32::try_from(blob.len()).map_err(|_| Error::Other("network index: more than 4 GB of enterprise names in one segment".into()))?;
            offsets.push(end);
        }
        let mut out = Vec::with_capacity(12 + 4 * (offsets.len() + 1) + blob.len());
        for x in [FORMAT_VERSION, entries.len() as u32, forgotten.len() as u32] {
            out.extend_from_slice(&x.to_le_bytes());
        }
        // the removed IRIs' offsets start where the entries' end: one shared list
        for o in &offsets {
            out.extend_from_slice(&o.to_le_bytes());
        }
        out.extend_from_slice(&blob);
        Ok(out)
    }

    fn parse(bytes: &'a [u8]) -> Option<NameTable<'a>> {
        let word = |i: usize| Some(u32::from_le_bytes(bytes.get(4 * i..4 * i + 4)?.try_into().ok()?) as usize);
        if word(0)? != FORMAT_VERSION as usize {
            return None;
        }
        let (n, m) = (word(1)?, word(2)?);
        let count = n.checked_mul(3)?.checked_add(m)?.checked_add(1)?;
        let end = count.checked_mul(4)?.checked_add(12)?;
        Some(NameTable { n, m, offsets: bytes.get(12..end)?, blob: bytes.get(end..)? })
    }

    /// String `k` of the block; a damaged table gives "" rather than a panic.
    fn string(&self, k: usize) -> &'a str {
        let at = |i: usize| self.offsets.get(4 * i..4 * i + 4).map(|b| u32::from_le_bytes(b.try_into().unwrap_or_default()) as usize);
        let (Some(a), Some(b)) = (at(k), at(k + 1)) else { return "" };
        self.blob.get(a..b).and_then(|s| std::str::from_utf8(s).ok()).unwrap_or("")
    }

    fn entry(&self, i: usize) -> (&'a str, &'a str, &'a str) {
        (self.string(3 * i), self.string(3 * i + 1), self.string(3 * i + 2))
    }

    fn forgotten(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.m).map(|j| self.string(3 * self.n + j))
    }

    /// The entries whose folded name begins with `prefix` (all of it, with
    /// `exact`: is `prefix`), in order.
    fn with_prefix<'p>(&'p self, prefix: &'p str, exact: bool) -> impl Iterator<Item = (&'a str, &'a str, &'a str)> + 'p {
        let (mut lo, mut hi) = (0, self.n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.string(3 * mid) < prefix {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo..self.n).map(|i| self.entry(i)).take_while(move |(fold, _, _)| begins(fold, prefix, exact))
    }
}

/// Whether a folded name begins with `prefix` (with `exact`: is `prefix`).
fn begins(fold: &str, prefix: &str, exact: bool) -> bool {
    if exact { fold == prefix } else { fold.starts_with(prefix) }
}

/// The store's enterprise names as the alias merge sees them: the saved
/// segments' tables (oldest first), each with the IRIs later segments or
/// this index removed, and this index's own names.
struct EnterpriseNames {
    tables: Vec<Vec<u8>>,
    removed_after: Vec<HashSet<String>>,
    /// (folded name, name, IRI), sorted
    own: Vec<(String, String, String)>,
}

impl EnterpriseNames {
    /// Names whose folded form begins with `prefix` (with `exact`: is
    /// `prefix`), as name → smallest IRI, leaving out the IRIs in `gone`.
    fn with_prefix(&self, prefix: &str, exact: bool, gone: &HashSet<String>, out: &mut BTreeMap<String, String>) {
        let mut add = |label: &str, iri: &str| {
            if gone.contains(iri) {
                return;
            }
            let slot = out.entry(label.to_owned()).or_insert_with(|| iri.to_owned());
            if iri < slot.as_str() {
                *slot = iri.to_owned();
            }
        };
        for (bytes, removed) in self.tables.iter().zip(&self.removed_after) {
            let Some(table) = NameTable::parse(bytes) else { continue };
            for (_, label, iri) in table.with_prefix(prefix, exact) {
                if !removed.contains(iri) {
                    add(label, iri);
                }
            }
        }
        let start = self.own.partition_point(|(fold, _, _)| fold.as_str() < prefix);
        for (_, label, iri) in self.own[start..].iter().take_while(|(fold, _, _)| begins(fold, prefix, exact)) {
            add(label, iri);
        }
    }

    /// Names whose folded form is one of the beginnings (two characters or
    /// more, up to the whole) of `name`'s: the short names it could be the
    /// full name of (the rule tells apart names that fold alike).
    fn names_it_could_complete(&self, name: &str, gone: &HashSet<String>, out: &mut BTreeMap<String, String>) {
        let fold = crate::graph::fold_brackets(name);
        for end in fold.char_indices().skip(2).map(|(i, _)| i).chain([fold.len()]) {
            self.with_prefix(&fold[..end], true, gone, out);
        }
    }
}

/// How a graph's new summary combines with the one already indexed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphWrite {
    /// The graph was replaced (an article's graph).
    Replace,
    /// Quads were added to it (the gazetteer graph, the ontology).
    Add,
}

fn graph_key(g: &GraphName) -> String {
    match g {
        GraphName::NamedNode(n) => n.as_str().to_owned(),
        GraphName::BlankNode(b) => b.to_string(),
        GraphName::DefaultGraph => String::new(),
    }
}

/// One graph's summary with its strings as numbers ([`NetworkIndex::string`]).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Packed {
    /// (entity, position in [`Class::ALL`])
    pub typed: Vec<(u32, u8)>,
    pub mentions: Vec<u32>,
    /// (subject, predicate local name, object)
    pub links: Vec<(u32, u32, u32)>,
    /// (official, post)
    pub holds: Vec<(u32, u32)>,
    /// (post, title, organisation)
    pub posts: Vec<(u32, u32, u32)>,
    /// (entity, label)
    pub labels: Vec<(u32, u32)>,
}

/// A segment's body: strings once, then each graph as (name id, summary),
/// and, for a delta, the graphs it replaces and the subjects it removes.
#[derive(Serialize, Deserialize)]
struct File {
    version: u32,
    strings: Vec<String>,
    graphs: Vec<(u32, Packed)>,
    replaced: Vec<u32>,
    forgotten: Vec<(u32, Vec<u32>)>,
}

/// [`File`] as written: the strings borrowed from the index.
#[derive(Serialize)]
struct FileRef<'a> {
    version: u32,
    strings: Vec<&'a str>,
    graphs: Vec<(u32, Packed)>,
    replaced: Vec<u32>,
    forgotten: Vec<(u32, Vec<u32>)>,
}

impl Packed {
    fn for_each_id(&self, mut f: impl FnMut(u32)) {
        self.typed.iter().for_each(|&(e, _)| f(e));
        self.mentions.iter().for_each(|&m| f(m));
        self.links.iter().for_each(|&(a, x, b)| [a, x, b].into_iter().for_each(&mut f));
        self.holds.iter().for_each(|&(a, b)| [a, b].into_iter().for_each(&mut f));
        self.posts.iter().for_each(|&(a, x, b)| [a, x, b].into_iter().for_each(&mut f));
        self.labels.iter().for_each(|&(e, l)| [e, l].into_iter().for_each(&mut f));
    }

    /// The same summary with every id `i` replaced by `fresh[i]`, sorted again.
    fn renumbered(&self, fresh: &[u32]) -> Packed {
        fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
            v.sort_unstable();
            v
        }
        let n = |i: u32| fresh[i as usize];
        Packed {
            typed: sorted(self.typed.iter().map(|&(e, c)| (n(e), c)).collect()),
            mentions: sorted(self.mentions.iter().map(|&m| n(m)).collect()),
            links: sorted(self.links.iter().map(|&(a, x, b)| (n(a), n(x), n(b))).collect()),
            holds: sorted(self.holds.iter().map(|&(a, b)| (n(a), n(b))).collect()),
            posts: sorted(self.posts.iter().map(|&(a, x, b)| (n(a), n(x), n(b))).collect()),
            labels: sorted(self.labels.iter().map(|&(e, l)| (n(e), n(l))).collect()),
        }
    }
}

/// Each string once, numbered in order of arrival (a set that keeps its
/// insertion order: no second copy of the string as a map key).
#[derive(Default)]
struct Interner {
    set: IndexSet<String, FxBuildHasher>,
}

impl Interner {
    fn from_strings(strings: Vec<String>) -> Interner {
        Interner { set: strings.into_iter().collect() }
    }

    fn id(&mut self, s: &str) -> u32 {
        if let Some(i) = self.set.get_index_of(s) {
            return i as u32;
        }
        self.set.insert_full(s.to_owned()).0 as u32
    }

    fn lookup(&self, s: &str) -> Option<u32> {
        self.set.get_index_of(s).map(|i| i as u32)
    }

    fn get(&self, i: u32) -> &str {
        self.set.get_index(i as usize).map_or("", String::as_str)
    }

    fn len(&self) -> usize {
        self.set.len()
    }
}

/// `old` ∪ `new`, as a sorted list without repeats.
/// Add `new` to `old`, both sorted by `key` with no key twice; where both
/// hold a key, `pick` chooses the element kept. `old` is the whole store's
/// graph (the entities graph) and `new` one batch's share: only what `new`
/// adds is sorted, and the merge runs from the back, where new entities
/// land (their string ids are the newest), so a batch costs about what it
/// adds, not a sort of everything the store holds.
fn merge_sorted<T: Copy, K: Ord>(old: &mut Vec<T>, mut new: Vec<T>, key: impl Fn(&T) -> K, pick: impl Fn(T, T) -> T) {
    new.sort_unstable_by_key(|a| key(a));
    new.dedup_by(|b, a| {
        let same = key(a) == key(b);
        if same {
            *a = pick(*a, *b);
        }
        same
    });
    new.retain(|x| match old.binary_search_by(|o| key(o).cmp(&key(x))) {
        Ok(i) => {
            old[i] = pick(old[i], *x);
            false
        }
        Err(_) => true,
    });
    let (mut i, mut j) = (old.len(), new.len());
    old.extend_from_slice(&new);
    let mut w = old.len();
    while j > 0 {
        w -= 1;
        if i > 0 && key(&old[i - 1]) > key(&new[j - 1]) {
            old[w] = old[i - 1];
            i -= 1;
        } else {
            old[w] = new[j - 1];
            j -= 1;
        }
    }
}

fn union<T: Copy + Ord>(old: &mut Vec<T>, new: Vec<T>) {
    merge_sorted(old, new, |x| *x, |a, _| a);
}

fn class_code(c: Class) -> u8 {
    Class::ALL.iter().position(|&x| x == c).unwrap_or(0) as u8
}

impl NetworkIndex {
    /// Index quads of any graphs (the slow path: a whole store).
    pub fn from_quads<'a>(quads: impl IntoIterator<Item = &'a Quad>) -> NetworkIndex {
        let mut by_graph: BTreeMap<String, Vec<&Quad>> = BTreeMap::new();
        for q in quads {
            by_graph.entry(graph_key(&q.graph_name)).or_default().push(q);
        }
        let mut index = NetworkIndex::default();
        for (g, qs) in by_graph {
            index.put(&g, GraphSummary::from_quads(qs), GraphWrite::Replace);
        }
        index
    }

    /// A summary as numbers, each list sorted by id (labels by entity):
    /// what [`merge_sorted`] and the lookups rely on.
    fn pack(&mut self, s: &GraphSummary) -> Packed {
        fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
            v.sort_unstable();
            v
        }
        let t = &mut self.strings;
        Packed {
            typed: sorted(s.typed.iter().map(|(e, c)| (t.id(e), class_code(*c))).collect()),
            mentions: sorted(s.mentions.iter().map(|m| t.id(m)).collect()),
            links: sorted(s.links.iter().map(|(a, p, b)| (t.id(a), t.id(p), t.id(b))).collect()),
            holds: sorted(s.holds.iter().map(|(a, b)| (t.id(a), t.id(b))).collect()),
            posts: sorted(s.posts.iter().map(|(a, x, b)| (t.id(a), t.id(x), t.id(b))).collect()),
            labels: sorted(s.labels.iter().map(|(e, l)| (t.id(e), t.id(l))).collect()),
        }
    }

    fn unpack(&self, p: &Packed) -> GraphSummary {
        let t = &self.strings;
        GraphSummary {
            typed: p.typed.iter().map(|&(e, c)| (t.get(e).to_owned(), Class::ALL[c as usize])).collect(),
            mentions: p.mentions.iter().map(|&m| t.get(m).to_owned()).collect(),
            links: p.links.iter().map(|&(a, x, b)| (t.get(a).to_owned(), t.get(x).to_owned(), t.get(b).to_owned())).collect(),
            holds: p.holds.iter().map(|&(a, b)| (t.get(a).to_owned(), t.get(b).to_owned())).collect(),
            posts: p.posts.iter().map(|&(a, x, b)| (t.get(a).to_owned(), t.get(x).to_owned(), t.get(b).to_owned())).collect(),
            labels: p.labels.iter().map(|&(e, l)| (t.get(e).to_owned(), t.get(l).to_owned())).collect(),
        }
    }

    fn put(&mut self, graph: &str, summary: GraphSummary, how: GraphWrite) {
        if summary == GraphSummary::default() {
            // graphs with nothing for the network (the meta graph, an empty article)
            if how == GraphWrite::Replace {
                self.remove_graph(graph);
            }
            return;
        }
        let g = self.strings.id(graph);
        let packed = self.pack(&summary);
        match how {
            GraphWrite::Add => self.add_packed(g, packed),
            GraphWrite::Replace => {
                if self.earlier.is_some() {
                    self.replaced.insert(g);
                }
                self.graphs.insert(g, packed);
            }
        }
    }

    /// Add a summary (in this index's numbers) to graph `g`.
    fn add_packed(&mut self, g: u32, packed: Packed) {
        let Some(mut old) = self.graphs.remove(&g) else {
            self.graphs.insert(g, packed);
            return;
        };
        // added to a graph that only grows (the entities and gazetteer
        // graphs): merge as numbers, never unpacking the graph to strings,
        // so a batch costs what it adds, not what the store holds
        union(&mut old.typed, packed.typed);
        union(&mut old.mentions, packed.mentions);
        union(&mut old.links, packed.links);
        union(&mut old.holds, packed.holds);
        union(&mut old.posts, packed.posts);
        // one label per entity, the smallest
        let strings = &self.strings;
        merge_sorted(&mut old.labels, packed.labels, |l| l.0, |a, b| if strings.get(b.1) < strings.get(a.1) { b } else { a });
        self.graphs.insert(g, old);
    }

    /// Record a write of `quads`, all in one graph.
    pub fn record(&mut self, quads: &[Quad], how: GraphWrite) {
        let Some(first) = quads.first() else { return };
        self.put(&graph_key(&first.graph_name), GraphSummary::from_quads(quads), how);
    }

    /// Record quads of several graphs, each added to what is there.
    pub fn record_added(&mut self, quads: &[Quad]) {
        let mut by_graph: BTreeMap<String, Vec<&Quad>> = BTreeMap::new();
        for q in quads {
            by_graph.entry(graph_key(&q.graph_name)).or_default().push(q);
        }
        for (g, qs) in by_graph {
            self.put(&g, GraphSummary::from_quads(qs), GraphWrite::Add);
        }
    }

    /// Forget a graph (its article is being rebuilt).
    pub fn remove_graph(&mut self, graph: &str) {
        if self.earlier.is_some() {
            let g = self.strings.id(graph);
            self.replaced.insert(g);
        }
        if let Some(g) = self.strings.lookup(graph) {
            self.graphs.remove(&g);
        }
    }

    /// Whether `graph` types `iri` with `class` (`None`: describes the post `iri`).
    pub fn describes(&self, graph: &str, iri: &str, class: Option<Class>) -> bool {
        let (Some(g), Some(e)) = (self.strings.lookup(graph), self.strings.lookup(iri)) else { return false };
        let Some(p) = self.graphs.get(&g) else { return false };
        match class {
            Some(c) => p.typed.binary_search(&(e, class_code(c))).is_ok(),
            None => p.posts.binary_search_by(|post| post.0.cmp(&e)).is_ok(),
        }
    }

    /// Whether `graph` links `subject` to `object` by the hetu relation `local`.
    pub fn links(&self, graph: &str, subject: &str, local: &str, object: &str) -> bool {
        let t = &self.strings;
        let (Some(g), Some(a), Some(p), Some(b)) = (t.lookup(graph), t.lookup(subject), t.lookup(local), t.lookup(object)) else { return false };
        self.graphs.get(&g).is_some_and(|packed| packed.links.binary_search(&(a, p, b)).is_ok())
    }

    pub fn graph_count(&self) -> usize {
        self.graphs.len()
    }

    /// Forget what `graph` says about the subjects `iris` (their
    /// description was removed from that graph).
    pub fn forget_subjects(&mut self, graph: &str, iris: &BTreeSet<String>) {
        if self.earlier.is_some() {
            // a delta also removes them from the earlier segments
            let g = self.strings.id(graph);
            let ids: BTreeSet<u32> = iris.iter().map(|i| self.strings.id(i)).collect();
            self.forget_ids(g, &ids);
        } else if let Some(g) = self.strings.lookup(graph) {
            let ids: BTreeSet<u32> = iris.iter().filter_map(|i| self.strings.lookup(i)).collect();
            self.forget_ids(g, &ids);
        }
    }

    fn forget_ids(&mut self, g: u32, ids: &BTreeSet<u32>) {
        if let Some(p) = self.graphs.get_mut(&g) {
            p.typed.retain(|(e, _)| !ids.contains(e));
            p.labels.retain(|(e, _)| !ids.contains(e));
            p.links.retain(|(a, _, _)| !ids.contains(a));
            p.holds.retain(|(a, _)| !ids.contains(a));
        }
        if self.earlier.is_some() {
            self.forgotten.entry(g).or_default().extend(ids.iter().copied());
        }
    }

    /// A delta on top of the saved segments `earlier`: what a build into a
    /// store with a current index records.
    pub fn over(earlier: Manifest) -> NetworkIndex {
        NetworkIndex { earlier: Some(earlier), ..NetworkIndex::default() }
    }

    /// Whether this index records changes to saved segments rather than
    /// the whole network (its lookups then see only this build's writes).
    pub fn is_delta(&self) -> bool {
        self.earlier.is_some()
    }

    /// Note that `n` graphs were created, not replaced (a delta's count of
    /// the store's graphs follows them).
    pub fn count_new_graphs(&mut self, n: usize) {
        self.new_graphs += n;
    }

    /// The graphs the store holds with this index's writes: counted, for a
    /// delta, from the saved manifest.
    pub fn graphs_in_store(&self) -> usize {
        match &self.earlier {
            Some(m) => m.graphs + self.new_graphs,
            None => self.graph_count(),
        }
    }

    /// Apply a later delta to this index: its removed subjects leave, its
    /// replaced graphs replace, its other graphs are added to.
    fn apply(&mut self, later: &NetworkIndex) {
        let ids: Vec<u32> = (0..later.strings.len() as u32).map(|i| self.strings.id(later.strings.get(i))).collect();
        let n = |i: u32| ids[i as usize];
        for (&g, subjects) in &later.forgotten {
            let subjects: BTreeSet<u32> = subjects.iter().map(|&s| n(s)).collect();
            self.forget_ids(n(g), &subjects);
        }
        for &g in &later.replaced {
            self.graphs.remove(&n(g));
            if self.earlier.is_some() {
                self.replaced.insert(n(g));
            }
        }
        for (&g, p) in &later.graphs {
            let p = p.renumbered(&ids);
            if later.replaced.contains(&g) {
                self.graphs.insert(n(g), p);
            } else {
                self.add_packed(n(g), p);
            }
        }
    }

    /// Number of interned strings (ids run below it).
    pub fn string_count(&self) -> usize {
        self.strings.len()
    }

    pub fn string(&self, id: u32) -> &str {
        self.strings.get(id)
    }

    /// The graphs' summaries as numbers, in no particular order.
    pub fn packed(&self) -> impl Iterator<Item = &Packed> + '_ {
        self.graphs.values()
    }

    /// Every graph's summary, by graph IRI ("" for the default graph).
    pub fn summaries(&self) -> impl Iterator<Item = (&str, GraphSummary)> + '_ {
        let mut names: Vec<(&str, &Packed)> = self.graphs.iter().map(|(g, p)| (self.strings.get(*g), p)).collect();
        names.sort_by_key(|(g, _)| *g);
        names.into_iter().map(|(g, p)| (g, self.unpack(p)))
    }

    /// Canonical bytes: the same summaries give the same bytes whatever
    /// order they were recorded in. The strings some graph uses are
    /// numbered afresh in sorted order (which also drops the strings of
    /// replaced graphs) and the graphs renumbered to match, as numbers: the
    /// index of 10^6 articles is never unpacked into strings to be saved.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        use rayon::slice::ParallelSliceMut;
        let mut used = vec![false; self.strings.len()];
        for (&g, p) in &self.graphs {
            used[g as usize] = true;
            p.for_each_id(|i| used[i as usize] = true);
        }
        for &g in &self.replaced {
            used[g as usize] = true;
        }
        for (&g, subjects) in &self.forgotten {
            used[g as usize] = true;
            subjects.iter().for_each(|&i| used[i as usize] = true);
        }
        let mut order: Vec<u32> = (0..self.strings.len() as u32).filter(|&i| used[i as usize]).collect();
        order.par_sort_unstable_by(|&a, &b| self.strings.get(a).cmp(self.strings.get(b)));
        let mut fresh = vec![u32::MAX; self.strings.len()];
        for (rank, &old) in order.iter().enumerate() {
            fresh[old as usize] = rank as u32;
        }
        let mut graphs: Vec<(u32, Packed)> = self.graphs.iter().map(|(&g, p)| (fresh[g as usize], p.renumbered(&fresh))).collect();
        graphs.sort_unstable_by_key(|(g, _)| *g);
        let mut replaced: Vec<u32> = self.replaced.iter().map(|&g| fresh[g as usize]).collect();
        replaced.sort_unstable();
        let mut forgotten: Vec<(u32, Vec<u32>)> = self
            .forgotten
            .iter()
            .map(|(&g, subjects)| {
                let mut subjects: Vec<u32> = subjects.iter().map(|&i| fresh[i as usize]).collect();
                subjects.sort_unstable();
                (fresh[g as usize], subjects)
            })
            .collect();
        forgotten.sort_unstable();
        let strings: Vec<&str> = order.iter().map(|&i| self.strings.get(i)).collect();
        let file = FileRef { version: FORMAT_VERSION, strings, graphs, replaced, forgotten };
        postcard::to_stdvec(&file).map_err(|e| Error::Other(format!("network index: {e}")))
    }

    /// The index [`Self::to_bytes`] wrote. What it replaces and removes is
    /// kept, for [`Self::apply`]; whether it is a delta is for the reader
    /// to say ([`Self::save`] and [`Self::load`] do).
    pub fn from_bytes(bytes: &[u8]) -> Option<NetworkIndex> {
        let file: File = postcard::from_bytes(bytes).ok()?;
        if file.version != FORMAT_VERSION {
            return None;
        }
        let n = file.strings.len() as u32;
        let ok = file.graphs.iter().all(|(g, p)| {
            *g < n
                && p.typed.iter().all(|&(e, c)| e < n && (c as usize) < Class::ALL.len())
                && p.mentions.iter().all(|&m| m < n)
                && p.links.iter().all(|&(a, x, b)| a < n && x < n && b < n)
                && p.holds.iter().all(|&(a, b)| a < n && b < n)
                && p.posts.iter().all(|&(a, x, b)| a < n && x < n && b < n)
                && p.labels.iter().all(|&(e, l)| e < n && l < n)
                && p.typed.is_sorted()
                && p.mentions.is_sorted()
                && p.links.is_sorted()
                && p.holds.is_sorted()
                && p.posts.is_sorted()
                && p.labels.windows(2).all(|w| w[0].0 < w[1].0)
        }) && file.replaced.iter().all(|&g| g < n)
            && file.forgotten.iter().all(|(g, subjects)| *g < n && subjects.iter().all(|&i| i < n));
        if !ok {
            return None;
        }
        let strings = Interner::from_strings(file.strings);
        // a repeated string would shift every id after it: a damaged file
        if strings.len() != n as usize {
            return None;
        }
        Some(NetworkIndex {
            strings,
            graphs: file.graphs.into_iter().collect(),
            earlier: None,
            replaced: file.replaced.into_iter().collect(),
            forgotten: file.forgotten.into_iter().map(|(g, s)| (g, s.into_iter().collect())).collect(),
            new_graphs: 0,
        })
    }

    /// Every enterprise this index types, with its smallest label.
    fn enterprise_labels(&self) -> HashMap<u32, u32> {
        let code = class_code(Class::Enterprise);
        let mut label: HashMap<u32, u32> = HashMap::new();
        for g in self.graphs.values().filter(|g| g.typed.iter().any(|&(_, c)| c == code)) {
            // the entities graph types every enterprise: look labels up, never scan them
            let labels: HashMap<u32, u32> = g.labels.iter().copied().collect();
            for &(e, c) in &g.typed {
                if c != code {
                    continue;
                }
                if let Some(&l) = labels.get(&e) {
                    let slot = label.entry(e).or_insert(l);
                    if self.string(l) < self.string(*slot) {
                        *slot = l;
                    }
                }
            }
        }
        label
    }

    /// This index's enterprises as (folded name, name, IRI), sorted.
    fn enterprise_entries(&self) -> Vec<(String, String, String)> {
        let mut entries: Vec<(String, String, String)> = self
            .enterprise_labels()
            .into_iter()
            .map(|(e, l)| (crate::graph::fold_brackets(self.string(l)), self.string(l).to_owned(), self.string(e).to_owned()))
            .collect();
        entries.sort_unstable();
        entries
    }

    /// A segment file's parts: the length of the [`NameTable`] (so it can
    /// be read alone), the table, then the body of [`Self::to_bytes`].
    /// Kept apart and written one after the other: joined, the body of a
    /// 10^6-article index (1.1 GB) would be held twice.
    fn segment_parts(&self) -> Result<[Vec<u8>; 3]> {
        let mut forgotten: Vec<String> = self.forgotten.values().flatten().map(|&i| self.string(i).to_owned()).collect();
        forgotten.sort_unstable();
        forgotten.dedup();
        let header = NameTable::encode(&self.enterprise_entries(), &forgotten)?;
        let body = self.to_bytes()?;
        Ok([(header.len() as u64).to_le_bytes().to_vec(), header, body])
    }

    /// Write one segment file (a temporary file renamed into place) and
    /// return its reference.
    fn write_segment(&self, store: &Path) -> Result<SegmentRef> {
        let parts = self.segment_parts()?;
        let segment = SegmentRef { sha256: digest_parts(&parts), bytes: parts.iter().map(|p| p.len() as u64).sum() };
        let path = segment.path(store);
        let tmp = path.with_extension("seg.tmp");
        let write = || -> std::io::Result<()> {
            use std::io::Write;
            let mut f = std::fs::File::create(&tmp)?;
            for part in &parts {
                f.write_all(part)?;
            }
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|e| Error::io(&path, e))?;
        Ok(segment)
    }

    /// Read a whole segment, checked against its digest.
    fn read_segment(store: &Path, segment: &SegmentRef) -> Option<NetworkIndex> {
        let bytes = std::fs::read(segment.path(store)).ok()?;
        if digest(&bytes) != segment.sha256 {
            return None;
        }
        let header_len = usize::try_from(u64::from_le_bytes(bytes.get(..8)?.try_into().ok()?)).ok()?;
        NetworkIndex::from_bytes(bytes.get(8usize.checked_add(header_len)?..)?)
    }

    /// Read only a segment's name table, as bytes.
    fn read_table(store: &Path, segment: &SegmentRef) -> Result<Vec<u8>> {
        use std::io::Read;
        let path = segment.path(store);
        let bad = |what: &str| Error::Other(format!("{}: network index segment {what}", path.display()));
        let mut f = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
        let mut len = [0u8; 8];
        f.read_exact(&mut len).map_err(|e| Error::io(&path, e))?;
        let len = u64::from_le_bytes(len);
        if len > segment.bytes {
            return Err(bad("has a name table longer than the file"));
        }
        let mut table = vec![0u8; len as usize];
        f.read_exact(&mut table).map_err(|e| Error::io(&path, e))?;
        if NameTable::parse(&table).is_none() {
            return Err(bad("has an unreadable name table"));
        }
        Ok(table)
    }

    /// Whether every segment of `manifest` is in place with its recorded
    /// size and of this version (a build trusts them without reading them
    /// whole; readers check digests).
    pub fn segments_present(store: &Path, manifest: &Manifest) -> bool {
        let current = |s: &SegmentRef| -> std::io::Result<bool> {
            use std::io::Read;
            let mut f = std::fs::File::open(s.path(store))?;
            // the table's length, then its version
            let mut start = [0u8; 12];
            f.read_exact(&mut start)?;
            Ok(f.metadata()?.len() == s.bytes && start[8..12] == FORMAT_VERSION.to_le_bytes())
        };
        !manifest.segments.is_empty() && manifest.segments.iter().all(|s| current(s).unwrap_or(false))
    }

    /// The enterprise names of the store with this index's writes.
    fn enterprise_names(&self, store: &Path) -> Result<EnterpriseNames> {
        let segments = self.earlier.as_ref().map_or(&[][..], |m| &m.segments[..]);
        let tables = segments.iter().map(|s| NetworkIndex::read_table(store, s)).collect::<Result<Vec<_>>>()?;
        // what each table lists and a later one (or this index) removes
        let mut removed_after = vec![HashSet::new(); tables.len()];
        let mut removed: HashSet<String> = self.forgotten.values().flatten().map(|&i| self.string(i).to_owned()).collect();
        for (i, bytes) in tables.iter().enumerate().rev() {
            removed_after[i] = removed.clone();
            if let Some(table) = NameTable::parse(bytes) {
                removed.extend(table.forgotten().map(str::to_owned));
            }
        }
        Ok(EnterpriseNames { tables, removed_after, own: self.enterprise_entries() })
    }

    /// Short company names to merge into the one full name they begin
    /// (the rule of [`crate::graph::short_name_renames`]), store-wide:
    /// short IRI → (full IRI, short name). Merging a name away can leave a
    /// shorter one with a single full name; the rule is applied again until
    /// nothing changes.
    ///
    /// For a delta the rule is asked only about names this build touched:
    /// the names its graphs type, and stored names a new full name begins
    /// with, each compared with the stored names that begin the same way,
    /// looked up in the segments' name tables. Stored names among
    /// themselves were settled by earlier builds, so the answer is the one
    /// the rule gives over all names, at the cost of the names looked up.
    pub fn enterprise_renames(&self, store: &Path) -> Result<HashMap<String, (String, String)>> {
        let names = self.enterprise_names(store)?;
        let whole = self.earlier.is_none();
        let mut gone: HashSet<String> = HashSet::new();
        let mut renames = HashMap::new();
        let mut candidates: BTreeMap<String, String> = BTreeMap::new();
        for (_, label, iri) in &names.own {
            candidates.entry(label.clone()).or_insert_with(|| iri.clone());
        }
        if !whole {
            for (_, label, _) in names.own.iter().filter(|(_, l, _)| crate::graph::is_full_enterprise_name(l)) {
                names.names_it_could_complete(label, &gone, &mut candidates);
            }
        }
        // a whole index's first round compares every name with every other
        let mut everything = whole;
        while !candidates.is_empty() {
            // the candidates and every name that begins like one of them
            let widened;
            let subset = if everything {
                &candidates
            } else {
                let mut more = candidates.clone();
                for label in candidates.keys().filter(|l| l.chars().count() >= 2) {
                    names.with_prefix(&crate::graph::fold_brackets(label), false, &gone, &mut more);
                }
                widened = more;
                &widened
            };
            everything = false;
            let labels: BTreeSet<&str> = subset.keys().map(String::as_str).collect();
            let mut next = BTreeMap::new();
            for (short, full) in crate::graph::short_name_renames(&labels) {
                let (Some(short_iri), Some(full_iri)) = (subset.get(&short), subset.get(&full)) else { continue };
                if !candidates.contains_key(&short) || short_iri == full_iri {
                    continue;
                }
                gone.insert(short_iri.clone());
                renames.insert(short_iri.clone(), (full_iri.clone(), short.clone()));
                // a shorter name that had this one among its full names may now have one only
                names.names_it_could_complete(&short, &gone, &mut next);
            }
            next.retain(|_, iri| !gone.contains(iri));
            candidates = next;
        }
        Ok(renames)
    }

    /// Save the index beside the store and return what to record: for the
    /// whole network, one segment; for a delta, the earlier segments and
    /// this one, the newest merged while one is at least half the size of
    /// the one before it. Files no longer listed stay until
    /// [`Self::remove_unlisted`] (after the store records the new list).
    pub fn save(&self, store: &Path) -> Result<Manifest> {
        let graphs = self.graphs_in_store();
        let Some(earlier) = &self.earlier else {
            return Ok(Manifest { graphs, segments: vec![self.write_segment(store)?] });
        };
        let mut segments = earlier.segments.clone();
        segments.push(self.write_segment(store)?);
        while let [.., before, last] = segments.as_slice()
            && last.bytes.saturating_mul(2) >= before.bytes
        {
            let damaged = |s: &SegmentRef| Error::Other(format!("{}: network index segment does not match its digest", s.path(store).display()));
            let mut merged = NetworkIndex::read_segment(store, before).ok_or_else(|| damaged(before))?;
            let base = segments.len() == 2;
            // the base has nothing before it to replace or remove from
            merged.earlier = (!base).then(Manifest::default);
            merged.apply(&NetworkIndex::read_segment(store, last).ok_or_else(|| damaged(last))?);
            if base {
                merged.replaced.clear();
                merged.forgotten.clear();
            }
            let written = merged.write_segment(store)?;
            segments.truncate(segments.len() - 2);
            segments.push(written);
        }
        Ok(Manifest { graphs, segments })
    }

    /// The whole index saved as `manifest`, if every segment is intact.
    pub fn load(store: &Path, manifest: &Manifest) -> Option<NetworkIndex> {
        let (first, rest) = manifest.segments.split_first()?;
        let mut index = NetworkIndex::read_segment(store, first)?;
        for segment in rest {
            index.apply(&NetworkIndex::read_segment(store, segment)?);
        }
        Some(index)
    }

    /// Delete the segment files `manifest` does not list (merged away, or
    /// left by a build that was cut off) and the file of earlier versions.
    pub fn remove_unlisted(store: &Path, manifest: &Manifest) {
        let listed: HashSet<PathBuf> = manifest.segments.iter().map(|s| s.path(store)).collect();
        let Ok(entries) = std::fs::read_dir(store) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            let ours = (name.starts_with(FILE_PREFIX) && (name.ends_with(FILE_SUFFIX) || name.ends_with(".seg.tmp"))) || name == LEGACY_FILE_NAME;
            if ours && !listed.contains(&entry.path()) {
                // a file left behind costs disk space only
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    /// The segment files of a store's current index (for tests and tools).
    pub fn segment_paths(store: &Path, manifest: &Manifest) -> Vec<PathBuf> {
        manifest.segments.iter().map(|s| s.path(store)).collect()
    }
}

pub fn digest(bytes: &[u8]) -> String {
    digest_parts(&[bytes])
}

/// The SHA-256, in hex, of `parts` one after the other.
fn digest_parts(parts: &[impl AsRef<[u8]>]) -> String {
    let mut hasher = Sha256::new();
    parts.iter().for_each(|p| hasher.update(p));
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    #[test]
    fn merging_keeps_lists_sorted_and_one_element_a_key() {
        let mut old = vec![1, 4, 9];
        union(&mut old, vec![9, 2, 12, 2, 0]);
        assert_eq!(old, [0, 1, 2, 4, 9, 12]);
        // labels: one per entity, `pick` decides between an old and a new one
        let mut labels = vec![(1, 10), (5, 50)];
        merge_sorted(&mut labels, vec![(5, 40), (3, 30), (1, 11), (3, 31)], |l| l.0, |a, b| if b.1 < a.1 { b } else { a });
        assert_eq!(labels, [(1, 10), (3, 30), (5, 40)]);
    }

    fn q(s: &str, p: &str, o: Term, g: &str) -> Quad {
        Quad::new(NamedNode::new_unchecked(s), NamedNode::new_unchecked(p), o, NamedNode::new_unchecked(g))
    }

    fn iri(s: &str) -> Term {
        NamedNode::new_unchecked(s).into()
    }

    #[test]
    fn posts_fold_and_bytes_round_trip() {
        let h = |l: &str| format!("{HETU}{l}");
        let g = "http://x/doc/1";
        let quads = vec![
            q("http://x/doc/1", &h("mentions"), iri("http://x/official/甲"), g),
            q("http://x/official/甲", RDF_TYPE, iri(&h("Official")), g),
            q("http://x/official/甲", RDFS_LABEL, Literal::new_simple_literal("甲").into(), g),
            q("http://x/official/甲", &h("holdsPost"), iri("http://x/post/1"), g),
            q("http://x/post/1", &h("title"), Literal::new_simple_literal("县长").into(), g),
            q("http://x/post/1", &h("postIn"), iri("http://x/body/乙县政府"), g),
            q("http://x/project/丙", &h("locatedIn"), iri("http://x/region/1"), g),
        ];
        let index = NetworkIndex::from_quads(&quads);
        let (_, s) = index.summaries().find(|(name, _)| *name == g).unwrap();
        assert!(s.holds.contains(&("http://x/official/甲".into(), "http://x/post/1".into())));
        assert!(s.posts.contains(&("http://x/post/1".into(), "县长".into(), "http://x/body/乙县政府".into())));
        assert!(s.links.contains(&("http://x/project/丙".into(), "locatedIn".into(), "http://x/region/1".into())));
        assert_eq!(s.mentions.len(), 1);
        let bytes = index.to_bytes().unwrap();
        assert_eq!(NetworkIndex::from_bytes(&bytes).unwrap().to_bytes().unwrap(), bytes);
        // the same quads in another order give the same bytes
        let mut reversed = quads.clone();
        reversed.reverse();
        assert_eq!(NetworkIndex::from_quads(&reversed).to_bytes().unwrap(), bytes);
        assert!(NetworkIndex::from_bytes(&bytes[..bytes.len() / 2]).is_none());
    }

    #[test]
    fn deltas_applied_to_a_base_give_the_index_of_the_final_quads() {
        let h = |l: &str| format!("{HETU}{l}");
        let (e, a, b, c) = ("http://x/graph/entities", "http://x/doc/a", "http://x/doc/b", "http://x/doc/c");
        let typed = |s: &str, class: &str, label: &str| {
            vec![q(s, RDF_TYPE, iri(&h(class)), e), q(s, RDFS_LABEL, Literal::new_simple_literal(label).into(), e)]
        };
        let mentions = |doc: &str, entity: &str| q(doc, &h("mentions"), iri(entity), doc);
        let (short, full, county) = ("http://x/enterprise/甲", "http://x/enterprise/甲乙有限公司", "http://x/region/1");
        // the base: two articles, three entities described
        let mut base_quads = vec![mentions(a, short), mentions(b, county)];
        base_quads.extend(typed(short, "Enterprise", "甲"));
        base_quads.extend(typed(county, "County", "丙县"));
        // build 1: article a rebuilt (now naming the county), article b removed,
        // article c new; the short name merged away from the entities graph
        let mut delta1 = NetworkIndex::over(Manifest::default());
        delta1.record(&[mentions(a, county)], GraphWrite::Replace);
        delta1.remove_graph(b);
        let mut c_quads = vec![mentions(c, full)];
        c_quads.push(q(full, &h("locatedIn"), iri(county), c));
        delta1.record(&c_quads, GraphWrite::Replace);
        delta1.record_added(&typed(full, "Enterprise", "甲乙有限公司"));
        delta1.forget_subjects(e, &[short.to_owned()].into());
        // build 2: the short name described again (a later article uses it), a second label for the county
        let mut delta2 = NetworkIndex::over(Manifest::default());
        let mut added = typed(short, "Enterprise", "甲");
        added.push(q(county, RDFS_LABEL, Literal::new_simple_literal("丁县").into(), e));
        delta2.record_added(&added);

        let mut final_quads = vec![mentions(a, county)];
        final_quads.extend(c_quads.clone());
        final_quads.extend(typed(county, "County", "丙县"));
        final_quads.extend(typed(full, "Enterprise", "甲乙有限公司"));
        final_quads.extend(added);
        let expected = NetworkIndex::from_quads(&final_quads).to_bytes().unwrap();

        // as saved segments are read back: through bytes
        let through_bytes = |i: &NetworkIndex| NetworkIndex::from_bytes(&i.to_bytes().unwrap()).unwrap();
        let mut one_by_one = NetworkIndex::from_quads(&base_quads);
        one_by_one.apply(&through_bytes(&delta1));
        one_by_one.apply(&through_bytes(&delta2));
        assert_eq!(one_by_one.to_bytes().unwrap(), expected);
        // two deltas merged into one first (as `save` merges the newest segments)
        let mut deltas = through_bytes(&delta1);
        deltas.earlier = Some(Manifest::default());
        deltas.apply(&through_bytes(&delta2));
        let mut merged_first = NetworkIndex::from_quads(&base_quads);
        merged_first.apply(&through_bytes(&deltas));
        assert_eq!(merged_first.to_bytes().unwrap(), expected);
        // the enterprise names a build reads: the short name is back, described again
        let names: Vec<(String, String)> = merged_first.enterprise_entries().into_iter().map(|(_, label, iri)| (label, iri)).collect();
        assert_eq!(names, [("甲".to_owned(), short.to_owned()), ("甲乙有限公司".to_owned(), full.to_owned())]);
    }

    /// An index whose entities graph types each name as an enterprise.
    fn enterprises_index(names: &[&str], over: Option<Manifest>) -> NetworkIndex {
        let mut index = over.map_or_else(NetworkIndex::default, NetworkIndex::over);
        let quads: Vec<Quad> = names
            .iter()
            .flat_map(|n| {
                let e = format!("http://x/enterprise/{n}");
                [q(&e, RDF_TYPE, iri(&format!("{HETU}Enterprise")), "http://x/graph/entities"), q(&e, RDFS_LABEL, Literal::new_simple_literal(*n).into(), "http://x/graph/entities")]
            })
            .collect();
        index.record_added(&quads);
        index
    }

    fn renamed(renames: &HashMap<String, (String, String)>) -> BTreeMap<String, String> {
        renames.iter().map(|(short, (full, _))| (short.trim_start_matches("http://x/enterprise/").to_owned(), full.trim_start_matches("http://x/enterprise/").to_owned())).collect()
    }

    #[test]
    fn a_build_merges_names_against_the_stored_tables_as_against_all_names() {
        let dir = tempfile::tempdir().unwrap();
        // stored and settled: each short name has no full name or two
        let stored = ["蓝天", "蓝天电器有限公司", "蓝天电气有限公司", "华兴", "长江", "长江水泥有限公司", "长江物流有限公司"];
        let manifest = enterprises_index(&stored, None).save(dir.path()).unwrap();
        // new: a full name for a stored short one (华兴), a short name for a
        // stored full one (蓝天电器), and a branch that takes a stored full
        // name's place as the one its short name begins (长江水泥有限公司 →
        // 长江水泥有限公司一分公司; then 长江 still has two)
        let new = ["华兴新能源有限公司", "蓝天电器", "长江水泥有限公司一分公司"];
        let delta = enterprises_index(&new, Some(manifest));
        let from_tables = renamed(&delta.enterprise_renames(dir.path()).unwrap());
        let all: Vec<&str> = stored.iter().chain(&new).copied().collect();
        let from_all = renamed(&enterprises_index(&all, None).enterprise_renames(dir.path()).unwrap());
        assert_eq!(from_tables, from_all);
        let expected: BTreeMap<String, String> = [("华兴", "华兴新能源有限公司"), ("蓝天电器", "蓝天电器有限公司"), ("长江水泥有限公司", "长江水泥有限公司一分公司")]
            .into_iter()
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
            .collect();
        assert_eq!(from_tables, expected);
    }

    #[test]
    fn merging_a_name_away_is_followed_by_the_names_it_left_alone() {
        // 长江 begins two full names until the shorter of them merges into the
        // longer; then it begins one, and merges too
        let names = ["长江", "长江水泥有限公司", "长江水泥有限公司一分公司"];
        let dir = tempfile::tempdir().unwrap();
        let whole = renamed(&enterprises_index(&names, None).enterprise_renames(dir.path()).unwrap());
        assert_eq!(whole.get("长江水泥有限公司").map(String::as_str), Some("长江水泥有限公司一分公司"));
        assert_eq!(whole.get("长江").map(String::as_str), Some("长江水泥有限公司一分公司"));
        // the same when the short name was stored by an earlier build and
        // the company and its branch arrive in a later one
        let manifest = enterprises_index(&names[..1], None).save(dir.path()).unwrap();
        let later = enterprises_index(&names[1..], Some(manifest));
        assert_eq!(renamed(&later.enterprise_renames(dir.path()).unwrap()), whole);
    }
}

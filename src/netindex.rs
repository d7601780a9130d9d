//! The network index: a compact summary of the store's entity network (who
//! is typed what, who is mentioned where, which entity links to which), one
//! summary per named graph, kept in a file beside the store.
//!
//! Reading ten million quads back out of Oxigraph costs over a minute, so
//! `analyze` and diagrams read this file instead. It is derived from exactly
//! the quads `build` writes (never from the extraction), so the network it
//! gives equals the one read from the store itself; a test checks that.
//!
//! Freshness: the store holds the SHA-256 of the index file it belongs to
//! (`hetu:networkIndexDigest` in the meta graph). A build removes that digest
//! in its first write and sets the new one only after the new file is in
//! place, so a build cut off anywhere leaves no matching digest, and readers
//! fall back to the store. Anything else that changes the store (import,
//! SPARQL Update) removes the digest too.

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

/// The file's name inside the store directory (RocksDB leaves foreign files alone).
pub const FILE_NAME: &str = "hetu-network.idx";
/// Bumped when the layout changes; an index of another version is stale.
const FORMAT_VERSION: u32 = 3;

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
#[derive(Default)]
pub struct NetworkIndex {
    strings: Interner,
    /// By graph IRI id ("" for the default graph).
    graphs: HashMap<u32, Packed>,
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

/// The file: strings once, then each graph as (name id, summary).
#[derive(Serialize, Deserialize)]
struct File {
    version: u32,
    strings: Vec<String>,
    graphs: Vec<(u32, Packed)>,
}

/// [`File`] as written: the strings borrowed from the index.
#[derive(Serialize)]
struct FileRef<'a> {
    version: u32,
    strings: Vec<&'a str>,
    graphs: Vec<(u32, Packed)>,
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
        match (how, self.graphs.remove(&g)) {
            // added to a graph that only grows (the entities and gazetteer
            // graphs): merge as numbers, never unpacking the graph to strings,
            // so a batch costs what it adds, not what the store holds
            (GraphWrite::Add, Some(mut old)) => {
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
            _ => {
                self.graphs.insert(g, packed);
            }
        }
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

    /// Every enterprise by label (its smallest), with its IRI.
    pub fn enterprises(&self) -> BTreeMap<String, String> {
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
        let mut out = BTreeMap::new();
        for (e, l) in label {
            out.entry(self.string(l).to_owned()).or_insert_with(|| self.string(e).to_owned());
        }
        out
    }

    /// The graphs (by IRI) that mention or link any of `iris`.
    pub fn graphs_referencing(&self, iris: &BTreeSet<String>) -> Vec<String> {
        let ids: HashSet<u32> = iris.iter().filter_map(|i| self.strings.lookup(i)).collect();
        let mut out: Vec<String> = self
            .graphs
            .iter()
            .filter(|(_, g)| {
                g.mentions.iter().any(|m| ids.contains(m))
                    || g.links.iter().any(|(a, _, b)| ids.contains(a) || ids.contains(b))
                    || g.holds.iter().any(|(a, _)| ids.contains(a))
            })
            .map(|(name, _)| self.string(*name).to_owned())
            .collect();
        out.sort();
        out
    }

    /// Forget what `graph` says about the subjects `iris` (their
    /// description was removed from that graph).
    pub fn forget_subjects(&mut self, graph: &str, iris: &BTreeSet<String>) {
        let ids: HashSet<u32> = iris.iter().filter_map(|i| self.strings.lookup(i)).collect();
        let Some(g) = self.strings.lookup(graph) else { return };
        if let Some(p) = self.graphs.get_mut(&g) {
            p.typed.retain(|(e, _)| !ids.contains(e));
            p.labels.retain(|(e, _)| !ids.contains(e));
            p.links.retain(|(a, _, _)| !ids.contains(a));
            p.holds.retain(|(a, _)| !ids.contains(a));
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
        let mut order: Vec<u32> = (0..self.strings.len() as u32).filter(|&i| used[i as usize]).collect();
        order.par_sort_unstable_by(|&a, &b| self.strings.get(a).cmp(self.strings.get(b)));
        let mut fresh = vec![u32::MAX; self.strings.len()];
        for (rank, &old) in order.iter().enumerate() {
            fresh[old as usize] = rank as u32;
        }
        let mut graphs: Vec<(u32, Packed)> = self.graphs.iter().map(|(&g, p)| (fresh[g as usize], p.renumbered(&fresh))).collect();
        graphs.sort_unstable_by_key(|(g, _)| *g);
        let strings: Vec<&str> = order.iter().map(|&i| self.strings.get(i)).collect();
        let file = FileRef { version: FORMAT_VERSION, strings, graphs };
        postcard::to_stdvec(&file).map_err(|e| Error::Other(format!("network index: {e}")))
    }

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
        });
        if !ok {
            return None;
        }
        let strings = Interner::from_strings(file.strings);
        // a repeated string would shift every id after it: a damaged file
        if strings.len() != n as usize {
            return None;
        }
        Some(NetworkIndex { strings, graphs: file.graphs.into_iter().collect() })
    }

    pub fn path(store: &Path) -> PathBuf {
        store.join(FILE_NAME)
    }

    /// Write the index beside the store (a temporary file renamed into
    /// place, so readers see the old file or the new one) and return its digest.
    pub fn save(&self, store: &Path) -> Result<String> {
        let bytes = self.to_bytes()?;
        let path = NetworkIndex::path(store);
        let tmp = path.with_extension("idx.tmp");
        let write = || -> std::io::Result<()> {
            use std::io::Write;
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&bytes)?;
            f.sync_all()?;
            std::fs::rename(&tmp, &path)
        };
        write().map_err(|e| Error::io(&path, e))?;
        Ok(digest(&bytes))
    }

    /// The index file of a store if its digest is `expected`.
    pub fn load(store: &Path, expected: &str) -> Option<NetworkIndex> {
        let bytes = std::fs::read(NetworkIndex::path(store)).ok()?;
        if digest(&bytes) != expected {
            return None;
        }
        NetworkIndex::from_bytes(&bytes)
    }
}

pub fn digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
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
}

//! Stage 6: the in-memory knowledge graph (petgraph). Entities are nodes,
//! relations edges; every node and edge records which articles stated it,
//! so the RDF writer can put each statement in its article's graph.
//! Cross-article alias merging (广元华兴 ↔ 广元华兴新能源有限公司) happens
//! here, where the whole corpus is in view.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::lexicon::lexicons;
use crate::model::{Article, Class, EntityKey, Extraction, Predicate, Relation};

#[derive(Clone, Debug)]
pub struct EntityNode {
    pub key: EntityKey,
    /// Other surface forms, per article that wrote them.
    pub aliases: BTreeMap<usize, BTreeSet<String>>,
    /// Articles that mention the entity.
    pub docs: BTreeSet<usize>,
    /// Total investment per article that states one (projects).
    pub investment: BTreeMap<usize, u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EdgeKind {
    Link(Predicate),
    /// holdsPost, with the post's title; the target is the organisation.
    Post { title: String },
}

#[derive(Clone, Debug)]
pub struct RelationEdge {
    pub kind: EdgeKind,
    /// Articles that state it.
    pub docs: BTreeSet<usize>,
    /// Inferred from the gazetteer rather than stated.
    pub inferred: bool,
}

#[derive(Clone, Debug)]
pub struct DocInfo {
    pub article: Article,
    pub headline: String,
}

#[derive(Default)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<EntityNode, RelationEdge>,
    pub docs: Vec<DocInfo>,
    /// Per article, the nodes and edges it states (so writing one article
    /// does not scan the whole graph).
    pub doc_nodes: Vec<BTreeSet<NodeIndex>>,
    pub doc_edges: Vec<BTreeSet<petgraph::graph::EdgeIndex>>,
    // foldhash, not SipHash: hashing the keys was 3 % of extracting a short
    // article; still seeded per process, as the names come from the corpus
    index: HashMap<EntityKey, NodeIndex, foldhash::fast::RandomState>,
    edges: HashMap<(NodeIndex, NodeIndex, EdgeKind, bool), petgraph::graph::EdgeIndex, foldhash::fast::RandomState>,
}

impl KnowledgeGraph {
    /// Build the graph of a corpus, merging enterprise short forms into the
    /// longest full name seen anywhere in it.
    pub fn from_extractions(extractions: Vec<Extraction>) -> KnowledgeGraph {
        let renames = enterprise_renames(&extractions);
        let canon = |k: &EntityKey| renames.get(k).cloned().unwrap_or_else(|| k.clone());
        let mut g = KnowledgeGraph::default();
        for x in extractions {
            let d = g.docs.len();
            g.docs.push(DocInfo { article: x.article, headline: x.headline });
            g.doc_nodes.push(BTreeSet::new());
            g.doc_edges.push(BTreeSet::new());
            for m in &x.mentions {
                let key = canon(&m.entity);
                let n = g.node(&key);
                g.graph[n].docs.insert(d);
                g.doc_nodes[d].insert(n);
                if m.entity != key {
                    g.graph[n].aliases.entry(d).or_default().insert(m.entity.name.clone());
                }
            }
            for (k, alias) in &x.aliases {
                let key = canon(k);
                let n = g.node(&key);
                g.graph[n].docs.insert(d);
                g.doc_nodes[d].insert(n);
                g.graph[n].aliases.entry(d).or_default().insert(alias.clone());
            }
            for r in &x.relations {
                g.add_relation(d, r, false, &canon);
            }
            for r in &x.inferred {
                g.add_relation(d, r, true, &canon);
            }
        }
        g
    }

    fn node(&mut self, key: &EntityKey) -> NodeIndex {
        if let Some(&n) = self.index.get(key) {
            return n;
        }
        let n = self.graph.add_node(EntityNode { key: key.clone(), aliases: BTreeMap::new(), docs: BTreeSet::new(), investment: BTreeMap::new() });
        self.index.insert(key.clone(), n);
        n
    }

    fn add_relation(&mut self, d: usize, r: &Relation, inferred: bool, canon: &impl Fn(&EntityKey) -> EntityKey) {
        let (s, o, kind) = match r {
            Relation::Link { subject, predicate, object } => (canon(subject), canon(object), EdgeKind::Link(*predicate)),
            Relation::HoldsPost { official, title, organisation } => (canon(official), canon(organisation), EdgeKind::Post { title: title.clone() }),
            Relation::TotalInvestment { project, yuan } => {
                let n = self.node(&canon(project));
                self.graph[n].docs.insert(d);
                self.doc_nodes[d].insert(n);
                self.graph[n].investment.insert(d, *yuan);
                return;
            }
        };
        if s == o {
            return;
        }
        let (a, b) = (self.node(&s), self.node(&o));
        if !inferred {
            self.graph[a].docs.insert(d);
            self.graph[b].docs.insert(d);
            self.doc_nodes[d].extend([a, b]);
        }
        let e = *self.edges.entry((a, b, kind.clone(), inferred)).or_insert_with(|| {
            self.graph.add_edge(a, b, RelationEdge { kind, docs: BTreeSet::new(), inferred })
        });
        self.graph[e].docs.insert(d);
        if !inferred {
            self.doc_edges[d].insert(e);
        }
    }
}

/// Short enterprise names that are the start of exactly one longer full
/// name in the corpus (广元华兴 → 广元华兴新能源有限公司, 蓝天 → 蓝天电器广元有限公司).
fn enterprise_renames(extractions: &[Extraction]) -> HashMap<EntityKey, EntityKey> {
    let names: BTreeSet<&str> = extractions
        .iter()
        .flat_map(|x| x.mentions.iter().map(|m| &m.entity))
        .filter(|k| k.class == Class::Enterprise && k.code.is_none())
        .map(|k| k.name.as_str())
        .collect();
    short_name_renames(&names)
        .into_iter()
        .map(|(short, full)| (EntityKey::new(Class::Enterprise, short), EntityKey::new(Class::Enterprise, full)))
        .collect()
}

/// The rule of [`enterprise_renames`] on bare names, shared with the merge
/// against the store ([`crate::store::HetuStore::merge_enterprise_aliases`]).
/// Full names are kept sorted, so each short name costs a range lookup.
pub fn short_name_renames(names: &BTreeSet<&str>) -> HashMap<String, String> {
    // full names, brackets folded (蓝天电器(广元) ~ 蓝天电器广元…), with their names
    let full: BTreeMap<String, Vec<&str>> = names.iter().copied().filter(|k| is_full_enterprise_name(k)).fold(BTreeMap::new(), |mut m, k| {
        m.entry(fold_brackets(k)).or_insert_with(Vec::new).push(k);
        m
    });
    let fold = fold_brackets;
    let mut renames = HashMap::new();
    for short in names {
        if short.chars().count() < 2 {
            continue;
        }
        let prefix = fold(short);
        let longer: Vec<&&str> = full
            .range(prefix.clone()..)
            .take_while(|(f, _)| f.starts_with(prefix.as_str()))
            .flat_map(|(_, ks)| ks.iter())
            .filter(|k| **k != *short)
            .take(2)
            .collect();
        if let [only] = longer.as_slice() {
            // two spellings of one name (brackets or none) would each merge
            // into the other: only the larger merges into the smaller
            if fold(only) == prefix && **only > *short {
                continue;
            }
            renames.insert((*short).to_owned(), (**only).to_owned());
        }
    }
    renames
}

/// A name with brackets dropped, the form short and full names are compared in.
pub fn fold_brackets(name: &str) -> String {
    name.chars().filter(|c| !"()".contains(*c)).collect()
}

/// Whether a name can be the full name a short one merges into: it ends
/// with an enterprise suffix (有限公司, 集团…) and has more than two
/// characters before it.
pub fn is_full_enterprise_name(name: &str) -> bool {
    lexicons().enterprise_suffixes.iter().any(|s| name.ends_with(s.as_str()) && name.chars().count() > s.chars().count() + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_merge_into_the_one_full_name_they_begin() {
        let names: BTreeSet<&str> = ["青禾", "青禾新能源有限公司", "远山", "远山水泥有限公司", "远山物流有限公司", "江北广元电器有限公司", "江北(广元)电器有限公司"].into();
        let renames = short_name_renames(&names);
        assert_eq!(renames.get("青禾").map(String::as_str), Some("青禾新能源有限公司"));
        // two full names begin with 远山: it stays
        assert!(!renames.contains_key("远山"));
        // two spellings of one name: one merges into the other, not each into the other
        assert_eq!(renames.get("江北广元电器有限公司").map(String::as_str), Some("江北(广元)电器有限公司"));
        assert!(!renames.contains_key("江北(广元)电器有限公司"));
        assert_eq!(renames.len(), 2);
    }
}

//! The entity network read back from the store as a petgraph graph: the
//! input of diagrams and analysis. Nodes are entities (label, class, number
//! of articles), edges the relations between them; holdsPost is folded into
//! an edge official → organisation labelled with the title.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use oxigraph::model::{Quad, Term};
use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{Class, Predicate};
use crate::rdf::HETU;

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";

#[derive(Clone, Debug)]
pub struct NetNode {
    pub iri: String,
    pub label: String,
    pub class: Option<Class>,
    pub articles: usize,
}

#[derive(Clone, Debug)]
pub struct NetEdge {
    /// `hetu:` local name (locatedIn, holdsPost…)
    pub predicate: String,
    /// Chinese label for diagrams: the title for posts, else the relation's name.
    pub label: String,
}

pub struct Network {
    pub graph: DiGraph<NetNode, NetEdge>,
    index: HashMap<String, NodeIndex>,
}

fn iri(t: &Term) -> Option<&str> {
    match t {
        Term::NamedNode(n) => Some(n.as_str()),
        _ => None,
    }
}

impl Network {
    pub fn from_quads(quads: &[Quad]) -> Network {
        let mut labels: HashMap<String, String> = HashMap::new();
        let mut classes: HashMap<String, Class> = HashMap::new();
        let mut mentioned: HashMap<String, usize> = HashMap::new();
        let mut post_title: HashMap<String, String> = HashMap::new();
        let mut post_in: HashMap<String, String> = HashMap::new();
        let mut links: std::collections::HashSet<(String, String, String)> = std::collections::HashSet::new();
        for q in quads {
            let s = match &q.subject {
                oxigraph::model::NamedOrBlankNode::NamedNode(n) => n.as_str().to_owned(),
                other => other.to_string(),
            };
            let p = q.predicate.as_str();
            match p {
                RDFS_LABEL => {
                    if let Term::Literal(l) = &q.object {
                        labels.entry(s.clone()).or_insert_with(|| l.value().to_owned());
                    }
                }
                RDF_TYPE => {
                    if let Some(c) = iri(&q.object).and_then(|o| o.strip_prefix(HETU)).and_then(Class::from_name) {
                        // Official wins over Person for one IRI
                        let e = classes.entry(s.clone()).or_insert(c);
                        if c == Class::Official {
                            *e = c;
                        }
                    }
                }
                _ => {
                    let Some(local) = p.strip_prefix(HETU) else { continue };
                    match (local, &q.object) {
                        ("mentions", o) => {
                            // one hetu:mentions per article and entity, in the article's graph
                            if let Some(o) = iri(o) {
                                *mentioned.entry(o.to_owned()).or_default() += 1;
                            }
                        }
                        ("title", Term::Literal(l)) => {
                            post_title.insert(s.clone(), l.value().to_owned());
                        }
                        ("postIn", o) => {
                            if let Some(o) = iri(o) {
                                post_in.insert(s.clone(), o.to_owned());
                            }
                        }
                        (_, o) => {
                            if let Some(o) = iri(o) {
                                links.insert((s.clone(), local.to_owned(), o.to_owned()));
                            }
                        }
                    }
                }
            }
        }
        let mut net = Network { graph: DiGraph::new(), index: HashMap::new() };
        // nodes and edges in IRI order, whatever the order of the quads
        let classes: BTreeMap<String, Class> = classes.into_iter().collect();
        let links: BTreeSet<(String, String, String)> = links.into_iter().collect();
        for (iri, class) in &classes {
            let n = net.graph.add_node(NetNode {
                iri: iri.clone(),
                label: labels.get(iri).cloned().unwrap_or_else(|| iri.clone()),
                class: Some(*class),
                articles: mentioned.get(iri).copied().unwrap_or(0),
            });
            net.index.insert(iri.clone(), n);
        }
        // a body belongs to the region its name starts with (陇西县委 → 陇西县): a tie for
        // analysis only, never written as RDF (bodies get no locatedIn, CONVENTIONS rule 16)
        let places: Vec<(String, NodeIndex)> = net
            .graph
            .node_indices()
            .filter(|&n| net.graph[n].class.is_some_and(|c| c.is_region() || c == Class::DevelopmentZone))
            .map(|n| (net.graph[n].label.clone(), n))
            .collect();
        let bodies: Vec<NodeIndex> = net.graph.node_indices().filter(|&n| net.graph[n].class == Some(Class::GovernmentBody)).collect();
        for b in bodies {
            let label = net.graph[b].label.clone();
            if let Some((_, place)) = places.iter().filter(|(l, _)| label.starts_with(l.as_str()) && label.len() > l.len()).max_by_key(|(l, _)| l.len()) {
                net.graph.add_edge(b, *place, NetEdge { predicate: "bodyOf".into(), label: "机构".into() });
            }
        }
        for (s, p, o) in links {
            let (s, o, label, predicate) = if p == "holdsPost" {
                let (Some(org), Some(title)) = (post_in.get(&o), post_title.get(&o)) else { continue };
                (s, org.clone(), title.clone(), p)
            } else {
                let label = predicate_label(&p);
                (s, o, label, p)
            };
            if let (Some(&a), Some(&b)) = (net.index.get(&s), net.index.get(&o)) {
                net.graph.add_edge(a, b, NetEdge { predicate, label });
            }
        }
        net
    }

    pub fn node(&self, iri: &str) -> Option<NodeIndex> {
        self.index.get(iri).copied()
    }

    /// Nodes whose label is `name`, or contains it when none is equal.
    pub fn find_by_label(&self, name: &str) -> Vec<NodeIndex> {
        let exact: Vec<NodeIndex> = self.graph.node_indices().filter(|&n| self.graph[n].label == name).collect();
        if !exact.is_empty() {
            return exact;
        }
        self.graph.node_indices().filter(|&n| self.graph[n].label.contains(name)).collect()
    }
}

fn predicate_label(local: &str) -> String {
    const ALL: [Predicate; 8] = [
        Predicate::LocatedIn,
        Predicate::PartOf,
        Predicate::Involves,
        Predicate::IssuedBy,
        Predicate::ChairedBy,
        Predicate::AttendedBy,
        Predicate::Inspected,
        Predicate::WorksFor,
    ];
    ALL.iter().find(|p| p.name() == local).map_or(local.to_owned(), |p| p.label_zh().to_owned())
}

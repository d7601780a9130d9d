//! The entity network read back from the store as a petgraph graph: the
//! input of diagrams and analysis. Nodes are entities (label, class, number
//! of articles), edges the relations between them; holdsPost is folded into
//! an edge official → organisation labelled with the title.

use std::collections::{HashMap, HashSet};

use oxigraph::model::Quad;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::Class;
use crate::model::Predicate;
use crate::netindex::NetworkIndex;

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

impl Network {
    /// The network of a set of quads (a whole store, read the slow way).
    pub fn from_quads(quads: &[Quad]) -> Network {
        Network::from_index(&NetworkIndex::from_quads(quads))
    }

    /// The network of a store's index: every entity typed in some graph, its
    /// smallest label, the number of articles mentioning it, and every link
    /// between two such entities (holdsPost drawn official → organisation).
    pub fn from_index(index: &NetworkIndex) -> Network {
        let n = index.string_count();
        let mut class: Vec<Option<Class>> = vec![None; n];
        let mut label: Vec<Option<u32>> = vec![None; n];
        let mut articles: Vec<usize> = vec![0; n];
        let mut links: HashSet<(u32, u32, u32)> = HashSet::new();
        let mut holds: HashSet<(u32, u32)> = HashSet::new();
        let mut posts: HashMap<u32, (u32, u32)> = HashMap::new();
        for g in index.packed() {
            for &(e, c) in &g.typed {
                let c = Class::ALL[c as usize];
                // Official wins over Person for one IRI
                if class[e as usize].is_none() || c == Class::Official {
                    class[e as usize] = Some(c);
                }
            }
            for &(e, l) in &g.labels {
                let slot = &mut label[e as usize];
                if slot.is_none_or(|old| index.string(l) < index.string(old)) {
                    *slot = Some(l);
                }
            }
            for &m in &g.mentions {
                articles[m as usize] += 1;
            }
            links.extend(g.links.iter().copied());
            holds.extend(g.holds.iter().copied());
            posts.extend(g.posts.iter().map(|&(post, title, org)| (post, (title, org))));
        }
        let s = |i: u32| index.string(i);
        let mut net = Network { graph: DiGraph::new(), index: HashMap::new() };
        // nodes and edges in IRI order, whatever the order of the graphs
        let mut entities: Vec<u32> = (0..n as u32).filter(|&i| class[i as usize].is_some()).collect();
        entities.sort_by_key(|&i| s(i));
        for e in entities {
            let iri = s(e).to_owned();
            let node = net.graph.add_node(NetNode {
                iri: iri.clone(),
                label: label[e as usize].map_or_else(|| iri.clone(), |l| s(l).to_owned()),
                class: class[e as usize],
                articles: articles[e as usize],
            });
            net.index.insert(iri, node);
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
        let mut edges: Vec<(&str, &str, &str, NetEdge)> = links
            .iter()
            .map(|&(a, p, b)| (s(a), s(p), s(b), NetEdge { predicate: s(p).to_owned(), label: predicate_label(s(p)) }))
            .chain(holds.iter().filter_map(|(official, post)| {
                let &(title, org) = posts.get(post)?;
                Some((s(*official), "holdsPost", s(org), NetEdge { predicate: "holdsPost".into(), label: s(title).to_owned() }))
            }))
            .collect();
        edges.sort_by(|x, y| (x.0, x.1, x.2, &x.3.label).cmp(&(y.0, y.1, y.2, &y.3.label)));
        for (a, _, b, edge) in edges {
            if let (Some(&a), Some(&b)) = (net.index.get(a), net.index.get(b)) {
                net.graph.add_edge(a, b, edge);
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
    Predicate::ALL.iter().find(|p| p.name() == local).map_or(local.to_owned(), |p| p.label_zh().to_owned())
}

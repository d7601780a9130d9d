//! Network analysis on the entity network read from the store: centrality
//! (degree, betweenness from rustworkx-core, PageRank from petgraph),
//! connected components, communities (Leiden, leiden-rs, fixed seed),
//! shortest paths and ego networks. Relations are read as undirected ties.

use std::collections::{BTreeMap, VecDeque};

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::network::Network;

/// The undirected view of the network: one edge per related pair.
pub struct Ties {
    pub graph: UnGraph<usize, ()>,
}

impl Ties {
    pub fn new(net: &Network) -> Ties {
        let mut graph = UnGraph::with_capacity(net.graph.node_count(), net.graph.edge_count());
        for n in net.graph.node_indices() {
            graph.add_node(n.index());
        }
        let mut seen = std::collections::HashSet::new();
        for e in net.graph.edge_references() {
            let (a, b) = (e.source().index().min(e.target().index()), e.source().index().max(e.target().index()));
            if a != b && seen.insert((a, b)) {
                graph.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
            }
        }
        Ties { graph }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Centrality {
    pub entity: String,
    pub class: String,
    pub iri: String,
    pub degree: usize,
    pub betweenness: f64,
    pub pagerank: f64,
    pub articles: usize,
}

/// Above this many entities exact betweenness (Brandes, O(V·E)) gives way
/// to an estimate from sampled sources unless asked for: exact would take
/// hours on an archive-sized graph.
pub const EXACT_BETWEENNESS_LIMIT: usize = 20_000;

/// Sources sampled for the betweenness estimate on large graphs.
pub const BETWEENNESS_SAMPLES: usize = 256;

/// How betweenness was computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Betweenness {
    Exact,
    /// Brandes–Pich estimate from this many random sources (fixed seed).
    Sampled(usize),
}

/// Degree, normalised betweenness and PageRank of every entity, highest
/// PageRank first (ties by name, so the order is stable). Betweenness is
/// exact up to [`EXACT_BETWEENNESS_LIMIT`] entities or when asked, else
/// estimated from [`BETWEENNESS_SAMPLES`] sources.
pub fn centrality(net: &Network, exact_betweenness: bool) -> (Vec<Centrality>, Betweenness) {
    let ties = Ties::new(net);
    let n = ties.graph.node_count();
    let (betweenness, how) = if exact_betweenness || n <= EXACT_BETWEENNESS_LIMIT {
        let b = rustworkx_core::centrality::betweenness_centrality(&ties.graph, false, true, 200);
        (b.into_iter().map(|x| x.unwrap_or(0.0)).collect(), Betweenness::Exact)
    } else {
        (sampled_betweenness(&ties.graph, BETWEENNESS_SAMPLES, 42), Betweenness::Sampled(BETWEENNESS_SAMPLES.min(n)))
    };
    let rank = page_rank(&ties.graph, 0.85, 50);
    let mut out: Vec<Centrality> = net
        .graph
        .node_indices()
        .map(|n| {
            let node = &net.graph[n];
            Centrality {
                entity: node.label.clone(),
                class: node.class.map_or("", |c| c.name()).to_owned(),
                iri: node.iri.clone(),
                degree: ties.graph.neighbors(n).count(),
                betweenness: betweenness.get(n.index()).copied().unwrap_or(0.0),
                pagerank: rank[n.index()],
                articles: node.articles,
            }
        })
        .collect();
    out.sort_by(|a, b| b.pagerank.total_cmp(&a.pagerank).then_with(|| a.entity.cmp(&b.entity)).then_with(|| a.iri.cmp(&b.iri)));
    (out, how)
}

/// One thread's running betweenness sums and the scratch of one search
/// (order, path counts, distances, dependencies), reused across sources.
type BrandesScratch = (Vec<f64>, Vec<usize>, Vec<f64>, Vec<usize>, Vec<f64>);

/// Betweenness estimated from `k` source nodes drawn with a fixed seed
/// (Brandes & Pich 2007, "Centrality estimation in large networks"): one
/// breadth-first search and dependency accumulation per source, scaled by
/// n/k and normalised as networkx and rustworkx do for undirected graphs.
/// With k ≥ n every node is a source and the result is exact.
pub fn sampled_betweenness(graph: &UnGraph<usize, ()>, k: usize, seed: u64) -> Vec<f64> {
    use rayon::prelude::*;
    let n = graph.node_count();
    if n < 3 {
        return vec![0.0; n];
    }
    let sources: Vec<usize> = if k >= n {
        (0..n).collect()
    } else {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut all: Vec<usize> = (0..n).collect();
        // partial Fisher–Yates: the first k of a random permutation
        for i in 0..k {
            let j = rng.usize(i..n);
            all.swap(i, j);
        }
        all.truncate(k);
        all
    };
    let adjacency: Vec<Vec<usize>> = graph.node_indices().map(|v| graph.neighbors(v).map(|w| w.index()).collect()).collect();
    // per thread: the running sums and the scratch of one search, reused
    let partial = sources
        .par_iter()
        .fold(
            || (vec![0.0f64; n], Vec::with_capacity(n), vec![0.0f64; n], vec![usize::MAX; n], vec![0.0f64; n]),
            |(mut acc, mut order, mut sigma, mut dist, mut delta): BrandesScratch, &s| {
                order.clear();
                sigma[s] = 1.0;
                dist[s] = 0;
                order.push(s);
                let mut head = 0;
                while head < order.len() {
                    let v = order[head];
                    head += 1;
                    for &w in &adjacency[v] {
                        if dist[w] == usize::MAX {
                            dist[w] = dist[v] + 1;
                            order.push(w);
                        }
                        if dist[w] == dist[v] + 1 {
                            sigma[w] += sigma[v];
                        }
                    }
                }
                // predecessors of w are its neighbours one step nearer the source
                for &w in order.iter().rev() {
                    for &v in &adjacency[w] {
                        if dist[v] != usize::MAX && dist[v] + 1 == dist[w] {
                            delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                        }
                    }
                    if w != s {
                        acc[w] += delta[w];
                    }
                }
                for &v in &order {
                    sigma[v] = 0.0;
                    dist[v] = usize::MAX;
                    delta[v] = 0.0;
                }
                (acc, order, sigma, dist, delta)
            },
        )
        .map(|(acc, ..)| acc)
        .reduce(|| vec![0.0f64; n], |mut a, b| {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
            a
        });
    // each pair is counted from both ends when every node is a source
    let scale = 1.0 / ((n - 1) * (n - 2)) as f64 * (n as f64 / sources.len() as f64);
    partial.into_iter().map(|x| x * scale).collect()
}

/// PageRank of an undirected graph (each tie followed both ways) by power
/// iteration, O(E) a round, in the standard formulation (as networkx).
/// petgraph's `page_rank` costs O(V²) a round, too slow past a few thousand
/// entities, and adds the teleport only from nodes without a link.
pub fn page_rank(graph: &UnGraph<usize, ()>, damping: f64, rounds: usize) -> Vec<f64> {
    let n = graph.node_count();
    if n == 0 {
        return Vec::new();
    }
    let degree: Vec<f64> = graph.node_indices().map(|v| graph.neighbors(v).count() as f64).collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..rounds {
        // rank of nodes without ties spreads evenly, as petgraph does
        let dangling: f64 = (0..n).filter(|&v| degree[v] == 0.0).map(|v| rank[v]).sum();
        let base = (1.0 - damping) / n as f64 + damping * dangling / n as f64;
        let mut next = vec![base; n];
        for e in graph.edge_references() {
            let (a, b) = (e.source().index(), e.target().index());
            next[b] += damping * rank[a] / degree[a];
            next[a] += damping * rank[b] / degree[b];
        }
        let sum: f64 = next.iter().sum();
        rank = next.into_iter().map(|r| r / sum).collect();
    }
    rank
}

#[derive(Clone, Debug, Serialize)]
pub struct Group {
    pub id: usize,
    pub size: usize,
    /// Members by label, largest degree first.
    pub members: Vec<String>,
}

fn groups(net: &Network, ties: &Ties, membership: &[usize]) -> Vec<Group> {
    let mut by: BTreeMap<usize, Vec<NodeIndex>> = BTreeMap::new();
    for n in ties.graph.node_indices() {
        if ties.graph.neighbors(n).next().is_some() {
            by.entry(membership[n.index()]).or_default().push(n);
        }
    }
    let mut out: Vec<Group> = by
        .into_values()
        .map(|mut ns| {
            ns.sort_by(|a, b| ties.graph.neighbors(*b).count().cmp(&ties.graph.neighbors(*a).count()).then(net.graph[*a].label.cmp(&net.graph[*b].label)));
            Group { id: 0, size: ns.len(), members: ns.iter().map(|n| net.graph[*n].label.clone()).collect() }
        })
        .collect();
    out.sort_by(|a, b| b.size.cmp(&a.size).then(a.members.cmp(&b.members)));
    for (i, g) in out.iter_mut().enumerate() {
        g.id = i + 1;
    }
    out
}

/// Connected components of the related entities (isolated ones left out).
pub fn components(net: &Network) -> Vec<Group> {
    let ties = Ties::new(net);
    let mut uf = petgraph::unionfind::UnionFind::<usize>::new(ties.graph.node_count());
    for e in ties.graph.edge_references() {
        uf.union(e.source().index(), e.target().index());
    }
    let membership: Vec<usize> = (0..ties.graph.node_count()).map(|i| uf.find(i)).collect();
    groups(net, &ties, &membership)
}

/// Communities by the Leiden algorithm (modularity, seed 42: deterministic).
pub fn communities(net: &Network) -> Result<Vec<Group>> {
    let ties = Ties::new(net);
    let mut builder = leiden_rs::GraphDataBuilder::new(ties.graph.node_count());
    for e in ties.graph.edge_references() {
        builder.add_edge(e.source().index(), e.target().index(), 1.0).map_err(|e| Error::Other(e.to_string()))?;
    }
    let data = builder.build().map_err(|e| Error::Other(e.to_string()))?;
    let config = leiden_rs::leiden::LeidenConfig { seed: Some(42), ..Default::default() };
    let result = leiden_rs::leiden::Leiden::new(config).run(&data).map_err(|e| Error::Other(e.to_string()))?;
    let membership: Vec<usize> = (0..ties.graph.node_count()).map(|i| result.partition.community_of(i)).collect();
    Ok(groups(net, &ties, &membership))
}

/// One entity by name: the one whose label is the name, else the one whose
/// label contains it; several candidates are an error that lists them.
pub fn find_one(net: &Network, name: &str) -> Result<NodeIndex> {
    let found = net.find_by_label(name);
    match found.as_slice() {
        [] => Err(Error::Other(format!("no entity named {name:?}"))),
        [one] => Ok(*one),
        many => {
            let labels: Vec<String> = many.iter().map(|n| format!("{} <{}>", net.graph[*n].label, net.graph[*n].iri)).collect();
            Err(Error::Other(format!("{name:?} matches several entities: {}", labels.join(", "))))
        }
    }
}

/// The shortest chain of relations between two entities, as labels.
pub fn path(net: &Network, from: &str, to: &str) -> Result<Vec<String>> {
    let ties = Ties::new(net);
    let (a, b) = (find_one(net, from)?, find_one(net, to)?);
    let found = petgraph::algo::astar(&ties.graph, a, |n| n == b, |_| 1, |_| 0);
    match found {
        Some((_, nodes)) => Ok(nodes.iter().map(|n| net.graph[*n].label.clone()).collect()),
        None => Err(Error::Other(format!("no chain of relations links {from} and {to}"))),
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Neighbour {
    pub entity: String,
    pub class: String,
    pub distance: usize,
}

/// Entities within `depth` relations of one entity, nearest first.
pub fn ego(net: &Network, name: &str, depth: usize) -> Result<Vec<Neighbour>> {
    let ties = Ties::new(net);
    let start = find_one(net, name)?;
    let mut dist = vec![usize::MAX; ties.graph.node_count()];
    dist[start.index()] = 0;
    let mut queue = VecDeque::from([start]);
    while let Some(n) = queue.pop_front() {
        if dist[n.index()] == depth {
            continue;
        }
        for m in ties.graph.neighbors(n) {
            if dist[m.index()] == usize::MAX {
                dist[m.index()] = dist[n.index()] + 1;
                queue.push_back(m);
            }
        }
    }
    let mut out: Vec<Neighbour> = ties
        .graph
        .node_indices()
        .filter(|n| dist[n.index()] != usize::MAX)
        .map(|n| Neighbour {
            entity: net.graph[n].label.clone(),
            class: net.graph[n].class.map_or("", |c| c.name()).to_owned(),
            distance: dist[n.index()],
        })
        .collect();
    out.sort_by(|a, b| a.distance.cmp(&b.distance).then(a.entity.cmp(&b.entity)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_rank_of_a_path_matches_the_closed_form() {
        // a - b - c with d = 0.85: x = 0.05 + 0.425 y, y = 0.05 + 1.7 x
        // → x = 0.07125 / 0.2775, y = 0.05 + 1.7 x (the standard formulation, as networkx)
        let mut g = UnGraph::<usize, ()>::new_undirected();
        let (a, b, c) = (g.add_node(0), g.add_node(1), g.add_node(2));
        g.add_edge(a, b, ());
        g.add_edge(b, c, ());
        let r = page_rank(&g, 0.85, 100);
        let x = 0.07125 / 0.2775;
        assert!((r[0] - x).abs() < 1e-6 && (r[2] - x).abs() < 1e-6, "{r:?}");
        assert!((r[1] - (0.05 + 1.7 * x)).abs() < 1e-6, "{r:?}");
        // a lone node keeps the teleport share only
        let lone = g.add_node(3);
        let r = page_rank(&g, 0.85, 100);
        assert!(r[lone.index()] < r[a.index()] && (r.iter().sum::<f64>() - 1.0).abs() < 1e-9, "{r:?}");
    }

    #[test]
    fn sampled_betweenness_is_exact_with_every_source_and_close_with_fewer() {
        // a - b - c: b lies on the one path between a and c, both ways: 2 / ((3-1)(3-2)) = 1
        let mut g = UnGraph::<usize, ()>::new_undirected();
        let (a, b, c) = (g.add_node(0), g.add_node(1), g.add_node(2));
        g.add_edge(a, b, ());
        g.add_edge(b, c, ());
        assert_eq!(sampled_betweenness(&g, 3, 1), vec![0.0, 1.0, 0.0]);
        // a random sparse graph: all sources agree with rustworkx's exact Brandes
        let mut rng = fastrand::Rng::with_seed(7);
        let mut g = UnGraph::<usize, ()>::new_undirected();
        let nodes: Vec<_> = (0..300).map(|i| g.add_node(i)).collect();
        for i in 1..300 {
            g.add_edge(nodes[i], nodes[rng.usize(0..i)], ());
            if rng.bool() {
                g.add_edge(nodes[i], nodes[rng.usize(0..300)], ());
            }
        }
        let exact: Vec<f64> = rustworkx_core::centrality::betweenness_centrality(&g, false, true, 1000).into_iter().map(|x| x.unwrap()).collect();
        let all = sampled_betweenness(&g, 300, 1);
        assert!(exact.iter().zip(&all).all(|(x, y)| (x - y).abs() < 1e-9));
        // a third of the sources: the most central node is still found, its value within 25 %
        let est = sampled_betweenness(&g, 100, 1);
        let top = |v: &[f64]| (0..v.len()).max_by(|&i, &j| v[i].total_cmp(&v[j])).unwrap();
        assert_eq!(top(&est), top(&exact));
        assert!((est[top(&exact)] / exact[top(&exact)] - 1.0).abs() < 0.25, "{} vs {}", est[top(&exact)], exact[top(&exact)]);
    }
}

//! GraphViz diagrams of the entity network: labels in Chinese, one colour
//! and shape per class, edges labelled with the relation (or the post title).

use std::collections::HashSet;
use std::fmt::Write;

use petgraph::graph::NodeIndex;

use crate::model::Class;
use crate::network::Network;

/// What part of the network to draw.
#[derive(Clone, Debug, Default)]
pub struct View {
    /// Entities within `depth` relations of these (all when empty).
    pub focus: Vec<NodeIndex>,
    pub depth: usize,
    /// Only these classes (all when empty); the focus entities are always drawn.
    pub classes: Vec<Class>,
    /// Node sizes from a centrality score, one per node index (uniform when empty).
    pub weight: Vec<f64>,
    /// Draw each city with what lies in it (locatedIn/partOf/body of, followed up) as a cluster.
    pub cluster_by_city: bool,
}

/// The city each node belongs to, following locatedIn, partOf and bodyOf ties upwards.
fn city_of(net: &Network, n: NodeIndex) -> Option<NodeIndex> {
    let mut seen = HashSet::new();
    let mut at = n;
    loop {
        if net.graph[at].class == Some(Class::City) {
            return Some(at);
        }
        if !seen.insert(at) {
            return None;
        }
        let up = net
            .graph
            .edges(at)
            .find(|e| matches!(e.weight().predicate.as_str(), "locatedIn" | "partOf" | "bodyOf"))
            .map(|e| petgraph::visit::EdgeRef::target(&e))?;
        at = up;
    }
}

impl View {
    /// The nodes to draw: connected ones, near the focus, of the chosen classes.
    fn nodes(&self, net: &Network) -> HashSet<NodeIndex> {
        let mut keep: HashSet<NodeIndex> = if self.focus.is_empty() {
            net.graph.node_indices().filter(|&n| net.graph.neighbors_undirected(n).next().is_some()).collect()
        } else {
            let mut seen: HashSet<NodeIndex> = self.focus.iter().copied().collect();
            let mut frontier: Vec<NodeIndex> = self.focus.clone();
            for _ in 0..self.depth {
                let next: Vec<NodeIndex> = frontier.iter().flat_map(|&n| net.graph.neighbors_undirected(n)).filter(|m| seen.insert(*m)).collect();
                frontier = next;
            }
            seen
        };
        if !self.classes.is_empty() {
            keep.retain(|n| self.focus.contains(n) || net.graph[*n].class.is_some_and(|c| self.classes.contains(&c)));
        }
        keep
    }
}

fn style(class: Option<Class>) -> (&'static str, &'static str) {
    match class {
        Some(Class::Official) => ("ellipse", "#f4a582"),
        Some(Class::Person) => ("ellipse", "#fddbc7"),
        Some(Class::Province | Class::City | Class::County | Class::Town | Class::Village) => ("house", "#92c5de"),
        Some(Class::DevelopmentZone) => ("house", "#4393c3"),
        Some(Class::GovernmentBody) => ("box", "#d1e5f0"),
        Some(Class::Enterprise) => ("component", "#b8e186"),
        Some(Class::Project) => ("box3d", "#7fbc41"),
        Some(Class::Policy) => ("note", "#e6f5d0"),
        Some(Class::Meeting) => ("octagon", "#fee090"),
        None => ("point", "#ffffff"),
    }
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// DOT source for the network: every entity with at least one relation
/// (isolated entities would only stack up as a column of boxes).
pub fn to_dot(net: &Network) -> String {
    to_dot_view(net, &View::default())
}

/// DOT source for part of the network, node size by `view.weight`, regions
/// drawn as clusters holding the entities located in them.
pub fn to_dot_view(net: &Network, view: &View) -> String {
    let keep = view.nodes(net);
    let max_weight = view.weight.iter().copied().filter(|w| w.is_finite()).fold(0.0_f64, f64::max);
    let mut out = String::new();
    out.push_str("digraph hetu {\n  graph [layout=sfdp, overlap=prism, fontname=\"Noto Sans CJK SC\"];\n");
    out.push_str("  node [style=filled, fontname=\"Noto Sans CJK SC\", fontsize=11];\n  edge [fontname=\"Noto Sans CJK SC\", fontsize=9, color=\"#555555\"];\n");
    let mut nodes: Vec<NodeIndex> = keep.iter().copied().collect();
    nodes.sort();
    if view.cluster_by_city {
        // fdp lays out clusters; sfdp ignores them
        out = out.replacen("layout=sfdp", "layout=fdp", 1);
        let mut by_city: std::collections::BTreeMap<NodeIndex, Vec<NodeIndex>> = std::collections::BTreeMap::new();
        for &n in &nodes {
            if let Some(c) = city_of(net, n) {
                by_city.entry(c).or_default().push(n);
            }
        }
        for (city, members) in &by_city {
            let _ = writeln!(out, "  subgraph cluster_{} {{ label={}; style=rounded; color=\"#4393c3\";", city.index(), quote(&net.graph[*city].label));
            for m in members {
                let _ = writeln!(out, "    n{};", m.index());
            }
            out.push_str("  }\n");
        }
    }
    for n in nodes {
        let node = &net.graph[n];
        let (shape, colour) = style(node.class);
        let class = node.class.map_or("", |c| c.label_zh());
        // font size 10–24 by the node's share of the largest weight
        let size = match view.weight.get(n.index()) {
            Some(w) if max_weight > 0.0 && w.is_finite() => 10.0 + 14.0 * (w / max_weight).sqrt(),
            _ => 11.0,
        };
        let pen = if view.focus.contains(&n) { ", penwidth=3" } else { "" };
        let _ = writeln!(
            out,
            "  n{} [label={}, shape={shape}, fillcolor=\"{colour}\", fontsize={size:.1}{pen}, tooltip={}];",
            n.index(),
            quote(&node.label),
            quote(&format!("{class} {}", node.iri))
        );
    }
    for e in net.graph.edge_indices() {
        let (a, b) = net.graph.edge_endpoints(e).expect("edge of this graph");
        if !(keep.contains(&a) && keep.contains(&b)) {
            continue;
        }
        let _ = writeln!(out, "  n{} -> n{} [label={}];", a.index(), b.index(), quote(&net.graph[e].label));
    }
    out.push_str("}\n");
    out
}

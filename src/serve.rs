//! `hetu serve`: a read-only SPARQL 1.1 Protocol endpoint over the store
//! (GET and POST, `application/sparql-query` and form-encoded; results by
//! `Accept`), with a query time limit, and dereferenceable entity IRIs
//! (`GET /id/...`: Turtle, JSON-LD or an HTML page by content negotiation).

use std::time::Duration;

use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::QueryResultsFormat;
use tiny_http::{Header, Method, Request, Response, Server};

use crate::error::{Error, Result};
use crate::store::{Answer, HetuStore, write_answer};

pub struct Endpoint {
    pub store: HetuStore,
    /// Accept SPARQL 1.1 Update (POST `update=` or `application/sparql-update`); off by default.
    pub writable: bool,
    /// The entity IRI base the store was built with (`hid:`).
    pub base: String,
    pub time_limit: Duration,
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("ASCII header")
}

fn respond(req: Request, status: u16, content_type: &str, body: Vec<u8>) {
    let response = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Access-Control-Allow-Origin", "*"));
    let _ = req.respond(response);
}

fn form_value(body: &str, key: &str) -> Option<String> {
    body.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == key).then(|| decode_form(v))
    })
}

fn decode_form(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The format a client asks for, among those we offer (first offered on a tie or `*/*`).
fn negotiate<'a>(accept: &str, offered: &[(&'a str, &'a str)]) -> Option<&'a str> {
    let mut best: Option<(f32, usize)> = None;
    for part in accept.split(',') {
        let mut pieces = part.trim().split(';');
        let media = pieces.next().unwrap_or("").trim();
        let q = pieces.find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.parse::<f32>().ok())).unwrap_or(1.0);
        for (i, (m, _)) in offered.iter().enumerate() {
            let matches = media == *m || media == "*/*" || (media.ends_with("/*") && m.starts_with(&media[..media.len() - 1]));
            if matches && q > 0.0 && best.is_none_or(|(bq, bi)| q > bq || (q == bq && i < bi)) {
                best = Some((q, i));
            }
        }
    }
    best.map(|(_, i)| offered[i].0).or(if accept.trim().is_empty() { Some(offered[0].0) } else { None })
}

const RESULT_TYPES: [(&str, &str); 5] = [
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("application/json", "json"),
];
const GRAPH_TYPES: [(&str, &str); 4] =
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "jsonld"), ("application/rdf+xml", "rdfxml")];

fn graph_format(media: &str) -> RdfFormat {
    match media {
        "application/n-triples" => RdfFormat::NTriples,
        "application/ld+json" => RdfFormat::JsonLd { profile: Default::default() },
        "application/rdf+xml" => RdfFormat::RdfXml,
        _ => RdfFormat::Turtle,
    }
}

/// Requests larger than this are refused with 413 before their body is read.
pub const MAX_REQUEST_BYTES: usize = 1 << 20;
/// Answers with more rows than this are refused (503): memory stays bounded.
pub const MAX_ANSWER_ROWS: usize = 200_000;
/// Requests served at once: a slow query holds one worker until its time
/// limit, the others keep answering.
pub const WORKERS: usize = 16;

impl Endpoint {
    pub fn run(&self, bind: &str) -> Result<()> {
        let server = Server::http(bind).map_err(|e| Error::Other(format!("cannot listen on {bind}: {e}")))?;
        let addr = server.server_addr().to_ip().map_or(bind.to_owned(), |a| a.to_string());
        eprintln!("hetu: SPARQL endpoint on http://{addr}/sparql, entities under http://{addr}/id/");
        std::thread::scope(|scope| {
            for _ in 0..WORKERS {
                scope.spawn(|| {
                    while let Ok(req) = server.recv() {
                        self.handle(req);
                    }
                });
            }
        });
        Ok(())
    }

    fn handle(&self, mut req: Request) {
        if req.body_length().is_some_and(|n| n > MAX_REQUEST_BYTES) {
            return respond(req, 413, "text/plain; charset=utf-8", format!("request over {MAX_REQUEST_BYTES} bytes").into_bytes());
        }
        let url = req.url().to_owned();
        let (path, query_string) = url.split_once('?').unwrap_or((&url, ""));
        let accept = req.headers().iter().find(|h| h.field.equiv("Accept")).map(|h| h.value.as_str().to_owned()).unwrap_or_default();
        match (req.method().clone(), path) {
            (Method::Get, "/sparql") | (Method::Post, "/sparql") => {
                let content_type = req.headers().iter().find(|h| h.field.equiv("Content-Type")).map(|h| h.value.as_str().to_owned()).unwrap_or_default();
                let mut body = String::new();
                if *req.method() == Method::Post {
                    // a body without a length (chunked) is read up to the limit
                    let read = std::io::Read::read_to_string(&mut std::io::Read::take(req.as_reader(), MAX_REQUEST_BYTES as u64 + 1), &mut body);
                    if read.is_err() {
                        return respond(req, 400, "text/plain; charset=utf-8", b"unreadable request body".to_vec());
                    }
                    if body.len() > MAX_REQUEST_BYTES {
                        return respond(req, 413, "text/plain; charset=utf-8", format!("request over {MAX_REQUEST_BYTES} bytes").into_bytes());
                    }
                }
                let query = if *req.method() == Method::Get {
                    form_value(query_string, "query")
                } else if content_type.starts_with("application/sparql-query") {
                    Some(body.clone())
                } else if content_type.starts_with("application/x-www-form-urlencoded") {
                    form_value(&body, "query")
                } else {
                    None
                };
                let update = if content_type.starts_with("application/sparql-update") { Some(body.clone()) } else { form_value(&body, "update") };
                if let (Method::Post, Some(update)) = (req.method().clone(), update) {
                    if !self.writable {
                        return respond(req, 403, "text/plain; charset=utf-8", b"this endpoint is read-only (start it with --writable to accept updates)".to_vec());
                    }
                    return match self.store.update(&update) {
                        Ok(()) => respond(req, 204, "text/plain", Vec::new()),
                        Err(e) => respond(req, 400, "text/plain; charset=utf-8", e.to_string().into_bytes()),
                    };
                }
                match query {
                    Some(q) => self.answer(req, &q, &accept),
                    None => respond(req, 400, "text/plain; charset=utf-8", b"no SPARQL query: give ?query=, a form field query, or an application/sparql-query body".to_vec()),
                }
            }
            (Method::Get, p) if p.starts_with("/id/") => self.describe(req, p, &accept),
            (Method::Get, "/") => respond(req, 200, "text/html; charset=utf-8", INDEX.as_bytes().to_vec()),
            _ => respond(req, 404, "text/plain; charset=utf-8", b"not found: use /sparql or /id/...".to_vec()),
        }
    }

    fn answer(&self, req: Request, query: &str, accept: &str) {
        let answer = match self.store.query_bounded(query, Some(self.time_limit), MAX_ANSWER_ROWS) {
            Ok(a) => a,
            Err(e) => {
                // cut off by the time limit or the answer size: the query was fine, the server declines
                let declined = e.to_string().contains("cancel") || e.to_string().contains("more than");
                let status = if declined { 503 } else { 400 };
                return respond(req, status, "text/plain; charset=utf-8", e.to_string().into_bytes());
            }
        };
        let mut out = Vec::new();
        let media = if matches!(answer, Answer::Graph(_)) {
            let Some(media) = negotiate(accept, &GRAPH_TYPES) else {
                return respond(req, 406, "text/plain", b"acceptable: text/turtle, application/n-triples, application/ld+json, application/rdf+xml".to_vec());
            };
            if let Err(e) = write_answer(&answer, QueryResultsFormat::Json, graph_format(media), &mut out) {
                return respond(req, 500, "text/plain", e.to_string().into_bytes());
            }
            media
        } else {
            let Some(media) = negotiate(accept, &RESULT_TYPES) else {
                return respond(req, 406, "text/plain", b"acceptable: application/sparql-results+json, +xml, text/csv, text/tab-separated-values".to_vec());
            };
            let format = match media {
                "application/sparql-results+xml" => QueryResultsFormat::Xml,
                "text/csv" => QueryResultsFormat::Csv,
                "text/tab-separated-values" => QueryResultsFormat::Tsv,
                _ => QueryResultsFormat::Json,
            };
            if let Err(e) = write_answer(&answer, format, RdfFormat::Turtle, &mut out) {
                return respond(req, 500, "text/plain", e.to_string().into_bytes());
            }
            media
        };
        respond(req, 200, &format!("{media}; charset=utf-8"), out);
    }

    /// `GET /id/<path>`: the entity `<base><path>` as Turtle, JSON-LD or HTML.
    fn describe(&self, req: Request, path: &str, accept: &str) {
        let iri = format!("{}{}", self.base, decode_form(&path["/id/".len()..]).replace(' ', "%20"));
        let query = format!("CONSTRUCT {{ <{iri}> ?p ?o . ?s ?q <{iri}> }} WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?q <{iri}> }} }}");
        let answer = match self.store.query_with_limit(&query, Some(self.time_limit)) {
            Ok(Answer::Graph(t)) if !t.is_empty() => Answer::Graph(t),
            Ok(_) => return respond(req, 404, "text/plain; charset=utf-8", format!("no entity <{iri}>").into_bytes()),
            Err(e) => return respond(req, 400, "text/plain; charset=utf-8", e.to_string().into_bytes()),
        };
        let offered = [("text/html", "html"), ("text/turtle", "turtle"), ("application/ld+json", "jsonld"), ("application/n-triples", "nt")];
        let media = negotiate(accept, &offered).unwrap_or("text/html");
        if media == "text/html" {
            return respond(req, 200, "text/html; charset=utf-8", self.html(&iri, &answer).into_bytes());
        }
        let mut out = Vec::new();
        match write_answer(&answer, QueryResultsFormat::Json, graph_format(media), &mut out) {
            Ok(()) => respond(req, 200, &format!("{media}; charset=utf-8"), out),
            Err(e) => respond(req, 500, "text/plain", e.to_string().into_bytes()),
        }
    }

    fn label(&self, iri: &str) -> String {
        let q = format!("SELECT ?l WHERE {{ <{iri}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} LIMIT 1");
        match self.store.query(&q) {
            Ok(Answer::Solutions { rows, .. }) => rows.first().and_then(|r| r[0].clone()).map_or_else(|| iri.to_owned(), |t| term_text(&t)),
            _ => iri.to_owned(),
        }
    }

    fn link(&self, t: &Term) -> String {
        match t {
            Term::NamedNode(n) if n.as_str().starts_with(&self.base) => {
                let local = &n.as_str()[self.base.len()..];
                format!("<a href=\"/id/{}\">{}</a>", escape(local), escape(&self.label(n.as_str())))
            }
            Term::NamedNode(n) => format!("<a href=\"{0}\">{0}</a>", escape(n.as_str())),
            other => escape(&term_text(other)),
        }
    }

    fn html(&self, iri: &str, answer: &Answer) -> String {
        let Answer::Graph(triples) = answer else { return String::new() };
        let title = self.label(iri);
        let mut about = Vec::new();
        let mut incoming = Vec::new();
        let mut articles = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for t in triples {
            if !seen.insert(t.to_string()) {
                continue;
            }
            let p = t.predicate.as_str().rsplit(['#', '/']).next().unwrap_or("").to_owned();
            if t.subject.to_string() == format!("<{iri}>") {
                about.push(format!("<tr><th>{}</th><td>{}</td></tr>", escape(&p), self.link(&t.object)));
            } else if p == "mentions" {
                articles.push(format!("<li>{}</li>", self.link(&Term::from(t.subject.clone()))));
            } else {
                incoming.push(format!("<tr><td>{}</td><th>{}</th></tr>", self.link(&Term::from(t.subject.clone())), escape(&p)));
            }
        }
        about.sort();
        incoming.sort();
        articles.sort();
        format!(
            "<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>{t} · hetu</title><style>body{{font-family:'Noto Sans CJK SC',sans-serif;max-width:52em;margin:2em auto;color:#222}}th{{text-align:left;padding-right:1em;color:#555;font-weight:normal}}td,th{{padding:.2em .5em;border-bottom:1px solid #eee}}code{{color:#777}}</style></head><body><h1>{t}</h1><p><code>{i}</code></p><h2>属性与关系 Statements</h2><table>{a}</table><h2>被引用 Referenced by</h2><table>{b}</table><h2>提及文章 Articles</h2><ul>{c}</ul></body></html>",
            t = escape(&title),
            i = escape(iri),
            a = about.join(""),
            b = incoming.join(""),
            c = articles.join("")
        )
    }
}

fn term_text(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_owned(),
        Term::NamedNode(n) => n.as_str().to_owned(),
        other => other.to_string(),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const INDEX: &str = "<!doctype html><meta charset=utf-8><title>hetu</title><h1>hetu (河图)</h1><p>SPARQL 1.1 endpoint: <code>/sparql?query=…</code> (GET, or POST as application/sparql-query or form). Entities: <code>/id/…</code>.</p>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_negotiation_and_forms() {
        assert_eq!(negotiate("text/csv", &RESULT_TYPES), Some("text/csv"));
        assert_eq!(negotiate("", &RESULT_TYPES), Some("application/sparql-results+json"));
        assert_eq!(negotiate("text/html;q=0.9, text/turtle", &GRAPH_TYPES), Some("text/turtle"));
        assert_eq!(negotiate("image/png", &RESULT_TYPES), None);
        assert_eq!(decode_form("SELECT+%3Fs+WHERE%7B%7D"), "SELECT ?s WHERE{}");
        assert_eq!(form_value("a=1&query=ASK%7B%7D", "query").as_deref(), Some("ASK{}"));
    }
}

//! The `hetu` command line: a thin layer over the library.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};
use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::QueryResultsFormat;
use rayon::prelude::*;

use hetu::corpus::{CorpusReader, read_file};
use hetu::extract::extract;
use hetu::model::Class;
use hetu::network::Network;
use hetu::pipeline::{BuildOptions, build};
use hetu::rdf::Iris;
use hetu::store::{Answer, HetuStore};

// Extraction allocates many small strings on every thread; mimalloc's
// per-thread heaps cut its CPU time by about a fifth. It must also replace
// malloc ("override"): Oxigraph frees RocksDB's malloc'd error strings with
// the Rust allocator, which crashed on a locked store without it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "hetu", version, about = "河图: build a knowledge graph from Chinese government and party news")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract articles (files, folders, .jsonl) into the store; an article built again replaces its graph.
    Build {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
        /// Base of entity IRIs.
        #[arg(long, default_value = hetu::rdf::DEFAULT_BASE)]
        base: String,
        /// Articles per batch: memory holds one batch, each batch is one transaction.
        #[arg(long, default_value_t = 2000)]
        batch: usize,
        /// Quads loaded before they are ingested into the store together
        /// (default: all of them, at the end; each ingestion makes RocksDB
        /// merge the whole store again; 0 ingests each batch on its own).
        #[arg(long, value_name = "QUADS")]
        ingest_every: Option<usize>,
        /// Fail without touching the store if any input is bad (default: skip it, report it, exit 3).
        #[arg(long)]
        strict: bool,
        /// Leave the store uncompacted at the end, even after a large build:
        /// faster to finish, slower to query until `hetu compact`.
        #[arg(long)]
        no_compact: bool,
    },
    /// Run a SPARQL 1.1 query over the union of all graphs.
    Query {
        /// The query; or use -f FILE; or give neither to read stdin.
        sparql: Option<String>,
        #[arg(short = 'f', long = "file")]
        file: Option<PathBuf>,
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
        /// Output: table (default on a terminal), csv (default when piped), tsv, json, xml.
        #[arg(long)]
        format: Option<QueryFormat>,
        /// Print, instead of the answer, the plan Oxigraph evaluated with the rows and time of each step (JSON).
        /// An ORDER BY of selected variables is not in it: hetu sorts the decoded rows itself.
        #[arg(long)]
        explain: bool,
    },
    /// Write the store as RDF or as a GraphViz diagram.
    Export {
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
        #[arg(long)]
        format: ExportFormat,
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// For --format dot: draw only what is within --depth relations of this entity.
        #[arg(long)]
        focus: Option<String>,
        #[arg(long, default_value_t = 2)]
        depth: usize,
        /// For --format dot: only these classes, comma-separated (Official,Project).
        #[arg(long, value_delimiter = ',')]
        classes: Vec<String>,
        /// For --format dot: draw each city and what lies in it as a cluster.
        #[arg(long)]
        cluster: bool,
        /// For --format dot: also render with GraphViz to svg or png (needs -o).
        #[arg(long)]
        render: Option<String>,
        /// For --format void: the SPARQL endpoint to advertise.
        #[arg(long, default_value = "http://127.0.0.1:7878/sparql")]
        endpoint: String,
        #[arg(long, default_value = hetu::rdf::DEFAULT_BASE)]
        base: String,
    },
    /// Counts per class and relation, documents and triples.
    Stats {
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
    },
    /// Per-article mentions as JSON Lines (stateless, for pipelines): files, folders or - for JSON Lines on stdin.
    Extract {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, default_value = "jsonl")]
        format: ExtractFormat,
        #[arg(long, default_value = hetu::rdf::DEFAULT_BASE)]
        base: String,
    },
    /// Show every mention of one article: span, class, rule, entity.
    Explain {
        article: PathBuf,
    },
    /// Check the store against ontology/shapes.ttl; non-zero exit on violations.
    Validate {
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
        #[arg(long, default_value = hetu::rdf::DEFAULT_BASE)]
        base: String,
    },
    /// Merge company short names across all articles in the store (after
    /// `import` of mapper output; `build` does it by itself) and refresh the network index.
    Merge {
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
        #[arg(long, default_value = hetu::rdf::DEFAULT_BASE)]
        base: String,
    },
    /// Compact the store's files so that queries read fewer of them (after
    /// many small builds or imports; a large build does it by itself).
    Compact {
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
    },
    /// Add the quads of an N-Quads file to the store, all or nothing (bulk-loaded as it is read; run `compact` after a large one).
    Import {
        file: PathBuf,
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
    },
    /// Send the store (or an N-Quads file) to a SPARQL 1.1 Graph Store endpoint, in batches with retries.
    Push {
        /// The endpoint's dataset URL (Oxigraph: http://host:7878/store).
        #[arg(long)]
        endpoint: String,
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
        /// Send this N-Quads file instead of the store.
        #[arg(long)]
        nquads: Option<PathBuf>,
        #[arg(long, default_value_t = 50_000)]
        batch: usize,
        /// Attempts per batch before giving up.
        #[arg(long, default_value_t = 5)]
        attempts: usize,
    },
    /// SPARQL 1.1 Protocol endpoint (read-only) with dereferenceable entity IRIs under /id/.
    Serve {
        #[arg(long, default_value = "hetu.db")]
        store: PathBuf,
        #[arg(long, default_value = "127.0.0.1:7878")]
        bind: String,
        #[arg(long, default_value = hetu::rdf::DEFAULT_BASE)]
        base: String,
        /// Query time limit in seconds.
        #[arg(long, default_value_t = 30)]
        timeout: u64,
        /// Accept SPARQL 1.1 Update requests (the endpoint is read-only without it).
        #[arg(long)]
        writable: bool,
    },
    /// Analyse the entity network: centrality, components, communities, paths, ego networks.
    Analyze {
        #[command(subcommand)]
        what: Analysis,
        #[arg(long, default_value = "hetu.db", global = true)]
        store: PathBuf,
        /// table (default on a terminal), csv (default when piped) or json.
        #[arg(long, global = true)]
        format: Option<TableFormat>,
    },
}

#[derive(Subcommand)]
enum Analysis {
    /// Degree, betweenness and PageRank per entity, highest PageRank first.
    Centrality {
        /// Only entities of this class (Official, Project…).
        #[arg(long)]
        class: Option<String>,
        /// How many rows (all when 0).
        #[arg(long, default_value_t = 20)]
        top: usize,
        /// Exact betweenness even above 20 000 entities (O(V·E): slow); by default it is estimated there from 256 sampled sources.
        #[arg(long)]
        exact_betweenness: bool,
    },
    /// Connected components of related entities.
    Components,
    /// Communities (Leiden, fixed seed).
    Communities,
    /// The shortest chain of relations between two entities.
    Path { from: String, to: String },
    /// Entities within DEPTH relations of one entity.
    Ego {
        name: String,
        #[arg(long, default_value_t = 1)]
        depth: usize,
    },
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum TableFormat {
    Table,
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum QueryFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Nquads,
    Trig,
    Turtle,
    Ntriples,
    Jsonld,
    Rdfxml,
    Dot,
    Void,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ExtractFormat {
    /// One JSON line per article: id, source, mentions with spans.
    Jsonl,
    /// The article's quads, in its own named graph (no cross-article merging).
    Nquads,
}

/// Exit codes: 0 done; 1 error (nothing changed by the failed step); 2 bad
/// command line; 3 done, but some input was skipped (each problem printed).
fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::Skipped) => ExitCode::from(3),
        // the reader went away (hetu … | head): not an error
        Err(e) if e.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hetu: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// How a command that did its work ended.
enum Outcome {
    Done,
    /// Done, but some input was bad and skipped (exit code 3).
    Skipped,
}

fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Build { paths, store, base, batch, ingest_every, strict, no_compact } => {
            let started = std::time::Instant::now();
            let options = BuildOptions { batch, ingest_every: ingest_every.unwrap_or(hetu::pipeline::INGEST_EVERY), strict, compact: !no_compact, progress: std::io::stderr().is_terminal() };
            let report = build(&paths, &store, &Iris::with_base(base), &options)?;
            for problem in &report.skipped {
                eprintln!("skipped: {problem}");
            }
            eprintln!(
                "built {} article(s) from {} file(s) into {}: {} mentions, {} relations, {} quads written ({:.1}s)",
                report.articles,
                report.files,
                store.display(),
                report.mentions,
                report.relations,
                report.quads_written,
                started.elapsed().as_secs_f64()
            );
            if let Some(took) = report.compacted {
                eprintln!("compacted the store's files in {:.1}s (queries read fewer of them)", took.as_secs_f64());
            }
            if report.merged_aliases > 0 {
                eprintln!("merged {} short company name(s) with a full name from other articles", report.merged_aliases);
            }
            if !report.skipped.is_empty() {
                eprintln!("{} input problem(s) skipped (listed above); the rest was built", report.skipped.len());
                return Ok(Outcome::Skipped);
            }
        }
        Command::Query { sparql, file, store, format, explain } => {
            let text = match (sparql, file) {
                (Some(q), None) => q,
                (None, Some(f)) => std::fs::read_to_string(&f).with_context(|| format!("{}", f.display()))?,
                (None, None) => {
                    let mut s = String::new();
                    std::io::stdin().read_to_string(&mut s)?;
                    s
                }
                (Some(_), Some(_)) => bail!("give the query either as an argument or with -f, not both"),
            };
            let store = HetuStore::open_existing(&store)?;
            if explain {
                println!("{}", store.explain(&text)?);
                return Ok(Outcome::Done);
            }
            let stdout = std::io::stdout();
            let format = format.unwrap_or(if stdout.is_terminal() { QueryFormat::Table } else { QueryFormat::Csv });
            // a table needs every row for its column widths; the other
            // formats are written row by row as the query produces them
            let (results, graph) = match format {
                QueryFormat::Table => return print_table(&store.query(&text)?, stdout.lock()).map(|()| Outcome::Done),
                QueryFormat::Csv => (QueryResultsFormat::Csv, RdfFormat::Turtle),
                QueryFormat::Tsv => (QueryResultsFormat::Tsv, RdfFormat::NTriples),
                QueryFormat::Json => (QueryResultsFormat::Json, RdfFormat::JsonLd { profile: Default::default() }),
                QueryFormat::Xml => (QueryResultsFormat::Xml, RdfFormat::RdfXml),
            };
            let mut out = std::io::BufWriter::new(stdout.lock());
            store.query_to_writer(&text, results, graph, &mut out)?;
            out.flush()?;
        }
        Command::Export { store, format, output, endpoint, base, focus, depth, classes, render, cluster } => {
            let store = HetuStore::open_existing(&store)?;
            let mut out: Box<dyn Write> = match &output {
                Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(p).with_context(|| format!("{}", p.display()))?)),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let rdf = match format {
                ExportFormat::Nquads => RdfFormat::NQuads,
                ExportFormat::Trig => RdfFormat::TriG,
                ExportFormat::Turtle => RdfFormat::Turtle,
                ExportFormat::Ntriples => RdfFormat::NTriples,
                ExportFormat::Jsonld => RdfFormat::JsonLd { profile: Default::default() },
                ExportFormat::Rdfxml => RdfFormat::RdfXml,
                ExportFormat::Void => {
                    out.write_all(hetu::void::describe(&store, &base, &endpoint)?.as_bytes())?;
                    out.flush()?;
                    return Ok(Outcome::Done);
                }
                ExportFormat::Dot => {
                    let net = load_network(&store)?;
                    let mut view = hetu::diagram::View { depth, cluster_by_city: cluster, ..Default::default() };
                    if let Some(name) = &focus {
                        view.focus = vec![hetu::analyze::find_one(&net, name)?];
                    }
                    for c in &classes {
                        view.classes.push(Class::from_name(c).with_context(|| format!("unknown class {c:?}; classes: {}", Class::ALL.map(Class::name).join(", ")))?);
                    }
                    // node size by PageRank (Ties keeps the network's node order)
                    view.weight = hetu::analyze::page_rank(&hetu::analyze::Ties::new(&net).graph, 0.85, 50);
                    out.write_all(hetu::diagram::to_dot_view(&net, &view).as_bytes())?;
                    out.flush()?;
                    drop(out);
                    if let Some(kind) = render {
                        let Some(dot_file) = &output else { bail!("--render needs -o FILE.dot") };
                        if !["svg", "png"].contains(&kind.as_str()) {
                            bail!("--render takes svg or png");
                        }
                        let target = dot_file.with_extension(&kind);
                        let status = std::process::Command::new("dot")
                            .arg(format!("-T{kind}"))
                            .arg(dot_file)
                            .arg("-o")
                            .arg(&target)
                            .status()
                            .context("running GraphViz `dot` (install graphviz)")?;
                        if !status.success() {
                            bail!("dot failed on {}", dot_file.display());
                        }
                        eprintln!("wrote {}", target.display());
                    }
                    return Ok(Outcome::Done);
                }
            };
            store.export(rdf, &mut out)?;
            out.flush()?;
        }
        Command::Stats { store } => stats(&store)?,
        Command::Extract { paths, format, base } => return extract_lines(&paths, format, &Iris::with_base(base)),
        Command::Explain { article } => explain(&article)?,
        Command::Analyze { what, store, format } => analyze(what, &store, format)?,
        Command::Validate { store, base } => {
            let store = HetuStore::open_existing(&store)?;
            let violations = hetu::validate::validate(&store, &base)?;
            let mut out = std::io::stdout().lock();
            for v in &violations {
                writeln!(out, "{}  <{}>  {}  [{}]", v.shape, v.focus, v.message, v.articles.join(", "))?;
            }
            if !violations.is_empty() {
                bail!("{} violation(s) of ontology/shapes.ttl", violations.len());
            }
            eprintln!("hetu: the store conforms to ontology/shapes.ttl");
        }
        Command::Push { endpoint, store, nquads, batch, attempts } => {
            let report = match nquads {
                Some(file) => {
                    let shown = file.display().to_string();
                    let read = || -> anyhow::Result<_> {
                        let opened = std::fs::File::open(&file).with_context(|| shown.clone())?;
                        Ok(oxigraph::io::RdfParser::from_format(RdfFormat::NQuads)
                            .for_reader(std::io::BufReader::new(opened))
                            .map(|q| q.map_err(|e| hetu::error::Error::Other(format!("{shown}: {e}")))))
                    };
                    // read through once first: a malformed file sends nothing
                    // (streamed twice rather than held: it may be larger than memory)
                    for q in read()? {
                        q?;
                    }
                    hetu::push::push(read()?, &endpoint, batch, attempts)?
                }
                None => hetu::push::push(HetuStore::open_existing(&store)?.data_quads(), &endpoint, batch, attempts)?,
            };
            eprintln!("pushed {} quads in {} batch(es) to {endpoint} ({} retries)", report.quads, report.batches, report.retries);
        }
        Command::Merge { store, base } => {
            let store = HetuStore::open(&store)?;
            let (mut index, fresh) = store.network_index()?;
            if !fresh {
                eprintln!("indexed the store's network ({} graphs)", index.graph_count());
            }
            let iris = Iris::with_base(base);
            let merged = store.merge_enterprise_aliases(&iris, &mut index)?;
            store.save_network_index(&iris, &index)?;
            eprintln!("merged {merged} short company name(s) with a full name");
        }
        Command::Compact { store } => {
            if !store.is_dir() {
                bail!("{}: no store here; run `hetu build` first", store.display());
            }
            let started = std::time::Instant::now();
            let opened = HetuStore::open(&store)?;
            opened.compact()?;
            eprintln!("compacted {} in {:.1}s", store.display(), started.elapsed().as_secs_f64());
            let merged = opened.consolidate_network_index()?;
            if merged > 0 {
                eprintln!("merged the network index's {merged} segments into one");
            }
        }
        Command::Import { file, store } => {
            let n = HetuStore::open(&store)?.import_nquads(&file)?;
            eprintln!("imported {n} quads from {}", file.display());
        }
        Command::Serve { store, bind, base, timeout, writable } => {
            let store = if writable { HetuStore::open(&store)? } else { HetuStore::open_existing(&store)? };
            let endpoint = hetu::serve::Endpoint { store, writable, base, time_limit: std::time::Duration::from_secs(timeout) };
            endpoint.run(&bind)?;
        }
    }
    Ok(Outcome::Done)
}

/// Print rows as an aligned table, CSV or JSON.
fn emit<T: serde::Serialize>(rows: &[T], header: &[&str], cells: impl Fn(&T) -> Vec<String>, format: TableFormat) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        TableFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(rows)?)?,
        TableFormat::Csv => {
            let quote = |s: &str| if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() };
            writeln!(out, "{}", header.join(","))?;
            for r in rows {
                writeln!(out, "{}", cells(r).iter().map(|c| quote(c)).collect::<Vec<_>>().join(","))?;
            }
        }
        TableFormat::Table => {
            let variables: Vec<oxigraph::sparql::Variable> = header.iter().map(|h| oxigraph::sparql::Variable::new_unchecked(*h)).collect();
            let rows: Vec<Vec<Option<Term>>> = rows
                .iter()
                .map(|r| cells(r).into_iter().map(|c| Some(Term::Literal(oxigraph::model::Literal::new_simple_literal(c)))).collect())
                .collect();
            print_table(&Answer::Solutions { variables, rows }, out)?;
        }
    }
    Ok(())
}

/// The store's entity network, from its index files when they are current.
fn load_network(store: &HetuStore) -> anyhow::Result<Network> {
    let (index, fresh) = store.network_index()?;
    if !fresh {
        eprintln!("note: the network index is missing or out of date (the store was changed outside `hetu build`, or an index file is damaged); read the store instead, which is slow on large stores. `hetu merge` writes a new index, and so does the next `hetu build` after a change outside it.");
    }
    Ok(Network::from_index(&index))
}

fn analyze(what: Analysis, store: &Path, format: Option<TableFormat>) -> anyhow::Result<()> {
    let format = format.unwrap_or(if std::io::stdout().is_terminal() { TableFormat::Table } else { TableFormat::Csv });
    let store = HetuStore::open_existing(store)?;
    let net = load_network(&store)?;
    use hetu::analyze;
    match what {
        Analysis::Centrality { class, top, exact_betweenness } => {
            let (mut rows, how) = analyze::centrality(&net, exact_betweenness);
            if let analyze::Betweenness::Sampled(k) = how {
                eprintln!("note: {} entities; betweenness estimated from {k} sampled sources (--exact-betweenness for the exact value, O(V·E))", net.graph.node_count());
            }
            if let Some(c) = class {
                if Class::from_name(&c).is_none() {
                    bail!("unknown class {c:?}; classes: {}", Class::ALL.map(Class::name).join(", "));
                }
                rows.retain(|r| r.class == c);
            }
            if top > 0 {
                rows.truncate(top);
            }
            emit(&rows, &["entity", "class", "degree", "betweenness", "pagerank", "articles"], |r| {
                vec![r.entity.clone(), r.class.clone(), r.degree.to_string(), format!("{:.4}", r.betweenness), format!("{:.4}", r.pagerank), r.articles.to_string()]
            }, format)?;
        }
        Analysis::Components | Analysis::Communities => {
            let groups = if matches!(what, Analysis::Components) { analyze::components(&net) } else { analyze::communities(&net)? };
            emit(&groups, &["group", "size", "members"], |g| vec![g.id.to_string(), g.size.to_string(), g.members.join("、")], format)?;
        }
        Analysis::Path { from, to } => {
            let path = analyze::path(&net, &from, &to)?;
            let rows: Vec<(usize, String)> = path.into_iter().enumerate().collect();
            emit(&rows, &["step", "entity"], |(i, e)| vec![i.to_string(), e.clone()], format)?;
        }
        Analysis::Ego { name, depth } => {
            let rows = analyze::ego(&net, &name, depth)?;
            emit(&rows, &["entity", "class", "distance"], |r| vec![r.entity.clone(), r.class.clone(), r.distance.to_string()], format)?;
        }
    }
    Ok(())
}

fn term_text(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_owned(),
        Term::NamedNode(n) => n.as_str().to_owned(),
        other => other.to_string(),
    }
}

/// An aligned table, widths counted in terminal columns (CJK = 2).
fn print_table(answer: &Answer, mut out: impl Write) -> anyhow::Result<()> {
    let width = |s: &str| s.chars().map(|c| if c as u32 >= 0x1100 { 2 } else { 1 }).sum::<usize>();
    match answer {
        Answer::Boolean(b) => writeln!(out, "{b}")?,
        Answer::Graph(triples) => {
            for t in triples {
                writeln!(out, "{t} .")?;
            }
        }
        Answer::Solutions { variables, rows } => {
            let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
            let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|t| t.as_ref().map(term_text).unwrap_or_default()).collect()).collect();
            let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
            for row in &cells {
                for (i, c) in row.iter().enumerate() {
                    widths[i] = widths[i].max(width(c));
                }
            }
            let line = |row: &[String]| {
                row.iter().enumerate().map(|(i, c)| format!("{c}{}", " ".repeat(widths[i] - width(c)))).collect::<Vec<_>>().join("  ")
            };
            writeln!(out, "{}", line(&header).trim_end())?;
            writeln!(out, "{}", widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  "))?;
            for row in &cells {
                writeln!(out, "{}", line(row).trim_end())?;
            }
            writeln!(out, "({} row{})", cells.len(), if cells.len() == 1 { "" } else { "s" })?;
        }
    }
    Ok(())
}

fn stats(path: &Path) -> anyhow::Result<()> {
    let store = HetuStore::open_existing(path)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "documents  {}", store.documents()?)?;
    writeln!(out, "quads      {}", store.len()?)?;
    match store.network_index_manifest()? {
        Some(m) if hetu::netindex::NetworkIndex::segments_present(path, &m) => {
            let mb = m.segments.iter().map(|s| s.bytes).sum::<u64>() as f64 / 1e6;
            writeln!(out, "index      {} segment(s), {mb:.1} MB", m.segments.len())?;
        }
        _ => writeln!(out, "index      missing or out of date (analysis reads the store; `hetu merge` writes a new one)")?,
    }
    let count = |q: &str| -> anyhow::Result<Vec<(String, String)>> {
        let Answer::Solutions { rows, .. } = store.query(q)? else { bail!("unexpected answer") };
        Ok(rows.iter().map(|r| (r[0].as_ref().map(term_text).unwrap_or_default(), r[1].as_ref().map(term_text).unwrap_or_default())).collect())
    };
    writeln!(out, "\nentities per class")?;
    for (c, n) in count("SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . ?d <https://w3id.org/hetu/ontology#mentions> ?e } GROUP BY ?c ORDER BY ?c")? {
        let local = c.rsplit('#').next().unwrap_or(&c);
        let zh = Class::from_name(local).map_or("", Class::label_zh);
        writeln!(out, "  {local:<18}{zh:<10}{n}")?;
    }
    writeln!(out, "\nrelations")?;
    for (p, n) in count("SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"https://w3id.org/hetu/ontology#\") && ?p NOT IN (<https://w3id.org/hetu/ontology#mentions>, <https://w3id.org/hetu/ontology#sourceFile>, <https://w3id.org/hetu/ontology#title>, <https://w3id.org/hetu/ontology#postIn>, <https://w3id.org/hetu/ontology#adminCode>)) } } GROUP BY ?p ORDER BY ?p")? {
        writeln!(out, "  {:<18}{n}", p.rsplit('#').next().unwrap_or(&p))?;
    }
    Ok(())
}

/// Stateless per-article output, for pipelines: one JSON line per article
/// (id, source, every mention with its span), or the article's N-Quads.
fn extract_lines(paths: &[PathBuf], format: ExtractFormat, iris: &Iris) -> anyhow::Result<Outcome> {
    let mut reader = if paths.len() == 1 && paths[0].as_os_str() == "-" { CorpusReader::stdin() } else { CorpusReader::open(paths)? };
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let mut problems = Vec::new();
    let mut skipped = false;
    // a batch at a time, so a mapper streams whatever the input size
    loop {
        let batch = reader.next_batch(1000, &mut problems);
        for problem in problems.drain(..) {
            eprintln!("skipped: {problem}");
            skipped = true;
        }
        let Some(batch) = batch else { break };
        // each article rendered on the worker that extracted it; written in input order
        let rendered: Vec<String> = batch.into_par_iter().map(|article| render_extraction(extract(article), format, iris)).collect();
        for lines in rendered {
            out.write_all(lines.as_bytes())?;
        }
    }
    out.flush()?;
    Ok(if skipped { Outcome::Skipped } else { Outcome::Done })
}

/// One article's output lines: its quads, or one JSON line of mentions.
fn render_extraction(x: hetu::model::Extraction, format: ExtractFormat, iris: &Iris) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if format == ExtractFormat::Nquads {
        let kg = hetu::graph::KnowledgeGraph::from_extractions(vec![x]);
        let quads = hetu::rdf::GraphQuads::new(iris, &kg);
        let mut write = |q: oxigraph::model::QuadRef<'_>| hetu::rdf::push_nquad(&mut out, q);
        quads.each_document_quad(0, &mut write);
        quads.each_entity_quad(|_, _| true, &mut write);
        quads.each_inferred_quad(|_, _, _| false, &mut write);
        return out;
    }
    let mentions: Vec<serde_json::Value> = x
        .mentions
        .iter()
        .map(|m| serde_json::json!({"start": m.start, "end": m.end, "text": m.text, "class": m.entity.class.name(), "entity": iris.entity(&m.entity).as_str()}))
        .collect();
    let source = Path::new(&x.article.source).file_name().map_or(x.article.source.clone(), |f| f.to_string_lossy().into_owned());
    let line = serde_json::json!({"id": x.article.id, "source": source, "mentions": mentions});
    let _ = writeln!(out, "{line}");
    out
}

fn explain(path: &Path) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for article in read_file(path)? {
        let x = extract(article);
        writeln!(out, "# {} ({})", x.headline, x.article.id)?;
        for m in &x.mentions {
            writeln!(out, "{:>6}-{:<6} {:<16} {:<20} {} → {}", m.start, m.end, m.entity.class.name(), m.rule, m.text, m.entity.name)?;
        }
        writeln!(out, "\n# relations")?;
        for r in &x.relations {
            writeln!(out, "{r:?}")?;
        }
    }
    Ok(())
}

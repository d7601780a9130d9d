//! End-to-end tests: the real `hetu` binary on the seed articles in
//! `examples/corpus`, checking facts a reader can verify in the text.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use common::{build_store, hetu_ok as ok, root};

fn hetu(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hetu")).args(args).output().expect("run hetu")
}

/// `hetu extract --format nquads` on one article given as text.
fn extract_nquads(id: &str, text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.jsonl");
    std::fs::write(&file, format!("{}\n", serde_json::json!({"id": id, "title": "测试", "text": text}))).unwrap();
    ok(&["extract", file.to_str().unwrap(), "--format", "nquads"])
}

/// The objects (as `class/name`, sorted) that `subject` (`class/name`)
/// has by the hetu relation `relation` in N-Quads.
fn objects<'a>(nquads: &'a str, subject: &str, relation: &str) -> Vec<&'a str> {
    let (subject, predicate) = (format!("<https://w3id.org/hetu/id/{subject}>"), format!("<https://w3id.org/hetu/ontology#{relation}>"));
    let mut found: Vec<&str> = nquads
        .lines()
        .filter_map(|l| {
            let mut terms = l.split(' ');
            (terms.next()? == subject && terms.next()? == predicate).then_some(())?;
            terms.next()?.strip_prefix("<https://w3id.org/hetu/id/")?.strip_suffix('>')
        })
        .collect();
    found.sort();
    found
}

fn corpus() -> PathBuf {
    root().join("examples/corpus")
}

/// One store built from the seed corpus, shared by the read-only tests.
fn seed_store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE.get_or_init(|| build_store("examples/corpus")).1
}

fn query_csv(store: &Path, sparql: &str) -> String {
    ok(&["query", "--store", store.to_str().unwrap(), "--format", "csv", sparql])
}

const PREFIXES: &str = "PREFIX hetu: <https://w3id.org/hetu/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

#[test]
fn han_jianjun_is_district_secretary_of_luolong() {
    // 001: "洛龙区委书记韩建军"
    let csv = query_csv(
        seed_store(),
        &format!("{PREFIXES}SELECT ?title ?org WHERE {{ ?p rdfs:label \"韩建军\"@zh ; a hetu:Official ; hetu:holdsPost ?post . ?post hetu:title ?title ; hetu:postIn ?o . ?o rdfs:label ?org }}"),
    );
    assert!(csv.lines().any(|l| l == "区委书记,洛龙区委"), "{csv}");
}

#[test]
fn avic_project_investment_is_2_72_billion() {
    // 001: "中航光电高端互连科技产业社区项目…计划总投资27.2亿元"
    let csv = query_csv(
        seed_store(),
        &format!("{PREFIXES}SELECT ?v WHERE {{ ?p rdfs:label \"中航光电高端互连科技产业社区项目\"@zh ; hetu:totalInvestment ?v }}"),
    );
    assert!(csv.lines().any(|l| l == "2720000000"), "{csv}");
}

#[test]
fn investment_written_right_after_the_project_is_its_own_and_a_sum_over_projects_is_not() {
    // sentences of our own in the genre: 项目计划总投资 directly after the name,
    // and a figure for several projects together
    let out = extract_nquads("inv", "位于城关镇的青禾食品有限公司冷链物流中心项目计划总投资12亿元，目前进展顺利。\n全县5个项目总投资30亿元。");
    let investments: Vec<&str> = out.lines().filter(|l| l.contains("#totalInvestment>")).collect();
    assert_eq!(investments.len(), 1, "{investments:?}");
    assert!(investments[0].contains("/project/青禾食品有限公司冷链物流中心项目> "), "{}", investments[0]);
    assert!(investments[0].contains("\"1200000000\"^^"), "{}", investments[0]);
}

#[test]
fn an_official_named_again_without_the_title_still_inspects() {
    // text of our own: the post is given once, the later visit names him bare
    let out = extract_nquads("visit", "3月14日，县委书记韦立平主持召开全县招商引资工作推进会。\n会后，韦立平先后到青禾食品有限公司、远山纺织有限公司调研。");
    assert_eq!(objects(&out, "person/韦立平", "inspected"), ["enterprise/远山纺织有限公司", "enterprise/青禾食品有限公司"], "{out}");
}

#[test]
fn the_city_inside_a_city_committee_does_not_issue_the_policy() {
    // 落实南充市委、市政府《…》: the committee and the government issue it, not
    // the city whose name opens the committee's
    let out = extract_nquads("issuer", "副县长严明要求各乡镇落实南充市委、市政府《关于加快乡村振兴的实施意见》。");
    assert_eq!(objects(&out, "policy/关于加快乡村振兴的实施意见", "issuedBy"), ["body/南充市委", "body/南充市政府"], "{out}");
}

#[test]
fn this_project_takes_the_investment_and_sites_looked_at_are_inspected() {
    // text of our own: 该项目 points back to the project named before, and
    // …调研，实地察看了X names one more site of the same visit
    let out = extract_nquads("site", "副市长韦立平到青禾食品有限公司调研，实地察看了远山冷链物流中心项目。\n该项目总投资5000万元，由远山纺织有限公司承建。");
    let project = "<https://w3id.org/hetu/id/project/远山冷链物流中心项目>";
    assert!(out.contains(&format!("{project} <https://w3id.org/hetu/ontology#totalInvestment> \"50000000\"^^")), "{out}");
    let inspected = "<https://w3id.org/hetu/id/person/韦立平> <https://w3id.org/hetu/ontology#inspected>";
    assert!(out.contains(&format!("{inspected} <https://w3id.org/hetu/id/enterprise/青禾食品有限公司>")), "{out}");
    assert!(out.contains(&format!("{inspected} {project}")), "{out}");
    // the builder was not visited
    assert!(!out.contains(&format!("{inspected} <https://w3id.org/hetu/id/enterprise/远山纺织有限公司>")), "{out}");
}

#[test]
fn chain_of_posts_inherits_the_committee() {
    // 002: "市委常委、统战部副部长陈淑欣" in a Luoyang paper
    let csv = query_csv(
        seed_store(),
        &format!("{PREFIXES}SELECT ?title ?org WHERE {{ ?p rdfs:label \"陈淑欣\"@zh ; hetu:holdsPost ?post . ?post hetu:title ?title ; hetu:postIn ?o . ?o rdfs:label ?org }} ORDER BY ?title"),
    );
    assert!(csv.contains("市委常委,洛阳市委"), "{csv}");
    assert!(csv.contains("副部长,洛阳市委统战部"), "{csv}");
}

#[test]
fn meeting_chair_and_attendees() {
    // 003: "王家鹏主持召开示范区党工委（扩大）会议 … 区领导刘明胜、刘春明…出席会议"
    let csv = query_csv(
        seed_store(),
        &format!("{PREFIXES}SELECT ?chair ?who WHERE {{ ?m a hetu:Meeting ; hetu:chairedBy ?c ; hetu:attendedBy ?a . ?c rdfs:label ?chair . ?a rdfs:label ?who }}"),
    );
    assert!(csv.contains("王家鹏,刘明胜"), "{csv}");
    assert!(csv.contains("王家鹏,赵俊峰"), "赵俊峰 is broken across a line in the text: {csv}");
}

#[test]
fn regions_use_official_codes_and_hierarchy() {
    // 001: "宜阳县韩城镇朱家沟村"
    let csv = query_csv(
        seed_store(),
        &format!("{PREFIXES}SELECT ?code ?parent WHERE {{ ?t rdfs:label \"韩城镇\"@zh ; hetu:adminCode ?code ; hetu:partOf ?p . ?p rdfs:label ?parent }}"),
    );
    assert!(csv.lines().any(|l| l == "410327103,宜阳县"), "{csv}");
}

#[test]
fn every_document_has_its_own_graph_and_source_file() {
    let csv = query_csv(seed_store(), &format!("{PREFIXES}SELECT ?f WHERE {{ GRAPH ?g {{ ?g a hetu:Document ; hetu:sourceFile ?f }} }} ORDER BY ?f"));
    let files: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(files.len(), 5, "{csv}");
    assert_eq!(files[0], "000_ef109e25ed513ca6.txt");
}

#[test]
fn bad_query_fails_with_the_parser_message() {
    let out = hetu(&["query", "--store", seed_store().to_str().unwrap(), "SELEC ?x WHERE { ?x ?y }"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("SPARQL"), "{err}");
}

#[test]
fn exports_parse_with_an_independent_rdf_parser() {
    let dir = tempfile::tempdir().unwrap();
    for (format, rapper_syntax) in [("nquads", "nquads"), ("turtle", "turtle"), ("ntriples", "ntriples")] {
        let file = dir.path().join(format!("out.{format}"));
        ok(&["export", "--store", seed_store().to_str().unwrap(), "--format", format, "-o", file.to_str().unwrap()]);
        let out = Command::new("rapper").args(["-i", rapper_syntax, "-c", file.to_str().unwrap()]).output().expect("rapper (raptor2-utils) is installed by scripts/system-deps");
        assert!(out.status.success(), "rapper rejects the {format} export: {}", String::from_utf8_lossy(&out.stderr));
        let err = String::from_utf8_lossy(&out.stderr);
        let count: usize = err.split_whitespace().skip_while(|w| *w != "returned").nth(1).and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(count > 1000, "rapper counted {count} statements in the {format} export: {err}");
    }
}

/// An export larger than its sort budget is sorted in runs on disk and
/// merged: the bytes are those of the export sorted in memory, in every
/// format (the seed store's 380 KB of N-Quads through a 4 KB budget).
#[test]
fn exports_sorted_on_disk_equal_exports_sorted_in_memory() {
    use oxigraph::io::RdfFormat;
    let store = hetu::store::HetuStore::open_existing(seed_store()).unwrap();
    for format in [RdfFormat::NQuads, RdfFormat::NTriples, RdfFormat::TriG, RdfFormat::Turtle, RdfFormat::JsonLd { profile: Default::default() }] {
        let (mut in_memory, mut on_disk) = (Vec::new(), Vec::new());
        store.export(format, &mut in_memory).unwrap();
        store.export_within(format, &mut on_disk, 4096).unwrap();
        assert!(in_memory.len() > 50_000, "{format:?}: {} bytes", in_memory.len());
        assert!(in_memory == on_disk, "{format:?}: the export sorted on disk differs");
        if format == RdfFormat::NTriples || format == RdfFormat::NQuads {
            let text = String::from_utf8(in_memory).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            // sorted; the union's triples once each (a relation stated by two articles)
            assert!(lines.windows(2).all(|w| w[0] < w[1]), "{format:?}: not sorted, or a line twice");
        }
    }
}

#[test]
fn dot_diagram_renders() {
    let dir = tempfile::tempdir().unwrap();
    let dot = dir.path().join("g.dot");
    ok(&["export", "--store", seed_store().to_str().unwrap(), "--format", "dot", "-o", dot.to_str().unwrap()]);
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(text.contains("label=\"韩建军\""), "diagram lacks 韩建军");
    let out = Command::new("dot").args(["-Tsvg", dot.to_str().unwrap()]).output().expect("graphviz is installed by scripts/system-deps");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
}

fn count_quads(store: &Path) -> usize {
    ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]).lines().count()
}

#[test]
fn gbk_input_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let text = "本报讯 栾川县委书记张明到栾川县石庙镇调研。\n";
    let (bytes, _, _) = encoding_rs::GBK.encode(text);
    let file = dir.path().join("gbk.txt");
    std::fs::write(&file, &bytes).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err());
    let store = dir.path().join("store");
    ok(&["build", file.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    let csv = query_csv(&store, &format!("{PREFIXES}SELECT ?t WHERE {{ ?p rdfs:label \"张明\"@zh ; hetu:holdsPost/hetu:title ?t }}"));
    assert!(csv.contains("县委书记"), "{csv}");
}

#[test]
fn bad_input_names_the_file_and_leaves_the_store_alone() {
    let (dir, store) = build_store("examples/corpus/002_6802137d44bebb66.txt");
    let good = corpus().join("002_6802137d44bebb66.txt");
    let before = count_quads(&store);

    let bad = dir.path().join("broken.txt");
    // 0x81 opens a GBK pair that 0x20 cannot close; 0xff is no byte of UTF-8 or GBK
    std::fs::write(&bad, b"\x81\x20\xff\xff\x80\x80 abc \xc3\x28").unwrap();
    let out = hetu(&["build", bad.to_str().unwrap(), good.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.txt") && err.contains("decode"), "{err}");

    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let out = hetu(&["build", empty.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty.txt") && err.contains("no text"), "{err}");

    assert_eq!(count_quads(&store), before, "a failed build changed the store");
}

#[test]
fn rebuilding_an_article_replaces_only_its_graph() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let a = corpus().join("001_efce2d328bfbc38f.txt");
    let b = corpus().join("003_b7e49fbd0a3b0876.txt");
    ok(&["build", a.to_str().unwrap(), b.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    let both = ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]);
    ok(&["build", a.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    let again = ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]);
    assert_eq!(both, again, "building 001 again must give the same store");
}

#[test]
fn jsonl_articles_and_extract_spans() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.jsonl");
    let text = "区领导赵俊\n峰出席会议。";
    std::fs::write(&file, format!("{}\n", serde_json::json!({"id": "x1", "title": "测试", "text": text}))).unwrap();
    let out = ok(&["extract", file.to_str().unwrap()]);
    let line: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(line["id"], "x1");
    let m = line["mentions"].as_array().unwrap().iter().find(|m| m["text"] == "赵俊峰").expect("赵俊峰 found across the line break");
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), "赵俊\n峰");
    assert_eq!(m["class"], "Official");
}

#[test]
fn export_is_deterministic_across_thread_counts() {
    let dir = tempfile::tempdir().unwrap();
    let mut exports = Vec::new();
    for threads in ["1", "2"] {
        let store = dir.path().join(format!("s{threads}"));
        let out = Command::new(env!("CARGO_BIN_EXE_hetu"))
            .env("RAYON_NUM_THREADS", threads)
            .args(["build", corpus().to_str().unwrap(), "--store", store.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(out.status.success());
        exports.push(ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]));
    }
    assert_eq!(exports[0], exports[1]);
}

#[test]
fn stats_count_classes_and_relations() {
    let out = ok(&["stats", "--store", seed_store().to_str().unwrap()]);
    assert!(out.contains("documents  5"), "{out}");
    let official = out.lines().find(|l| l.trim_start().starts_with("Official")).expect("an Official line");
    let n: usize = official.split_whitespace().last().unwrap().parse().unwrap();
    assert!(n >= 20, "{official}");
    assert!(out.lines().any(|l| l.trim_start().starts_with("holdsPost")), "{out}");
}

#[test]
fn query_formats_json_and_table() {
    let q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?l WHERE { <https://w3id.org/hetu/id/region/410324> rdfs:label ?l }";
    let json: serde_json::Value = serde_json::from_str(&ok(&["query", "--store", seed_store().to_str().unwrap(), "--format", "json", q])).unwrap();
    assert_eq!(json["results"]["bindings"][0]["l"]["value"], "栾川县");
    let table = ok(&["query", "--store", seed_store().to_str().unwrap(), "--format", "table", q]);
    assert!(table.contains("栾川县") && table.contains("(1 row)"), "{table}");
}

#[test]
fn extract_nquads_equals_a_build_of_the_same_article() {
    // the stateless mapper gives the same article graph as a build of that article alone
    let (_dir, store) = build_store("examples/corpus/002_6802137d44bebb66.txt");
    let article = corpus().join("002_6802137d44bebb66.txt");
    let built: std::collections::BTreeSet<String> = ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"])
        .lines()
        .filter(|l| {
            ["doc/002_6802137d44bebb66.txt> .", "graph/gazetteer> .", "graph/entities> ."].iter().any(|g| l.ends_with(&format!("<https://w3id.org/hetu/id/{g}")))
        })
        .map(str::to_owned)
        .collect();
    let extracted: std::collections::BTreeSet<String> =
        ok(&["extract", article.to_str().unwrap(), "--format", "nquads"]).lines().map(str::to_owned).collect();
    assert!(built.len() > 300, "{} quads", built.len());
    assert_eq!(built, extracted);
}

#[test]
fn county_meetings_of_two_counties_are_two_entities() {
    // 全县…推进会 in a 苍溪县 paper and in a 陇西县 paper: same words, two meetings
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("two.jsonl");
    let a = serde_json::json!({"id": "a", "text": "苍溪县召开会议。县委书记张明主持召开全县乡村振兴工作推进会。"});
    let b = serde_json::json!({"id": "b", "text": "陇西县召开会议。县委书记李华主持召开全县乡村振兴工作推进会。"});
    std::fs::write(&file, format!("{a}\n{b}\n")).unwrap();
    let store = dir.path().join("store");
    ok(&["build", file.to_str().unwrap(), "--store", store.to_str().unwrap()]);
    let csv = query_csv(
        &store,
        "PREFIX hetu: <https://w3id.org/hetu/ontology#> SELECT DISTINCT ?m ?chair WHERE { ?m a hetu:Meeting ; hetu:chairedBy/<http://www.w3.org/2000/01/rdf-schema#label> ?chair } ORDER BY ?chair",
    );
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(rows[0].contains("/meeting/510824/") || rows[1].contains("/meeting/510824/"), "{csv}");
    assert!(rows.iter().any(|r| r.contains("/meeting/621122/")), "{csv}");
    // and the example query lists them as two meetings, each with its chair
    let meetings = std::fs::read_to_string(root().join("examples/queries/meetings.rq")).unwrap();
    let csv = query_csv(&store, &meetings);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(rows.contains(&"全县乡村振兴工作推进会,张明,,0") && rows.contains(&"全县乡村振兴工作推进会,李华,,0"), "{csv}");
}

#[test]
fn analysis_of_the_seed_network() {
    let store = seed_store().to_str().unwrap();
    // 001: 洛龙区委书记韩建军; 洛龙区 is a district of 洛阳市
    let path = ok(&["analyze", "--store", store, "--format", "csv", "path", "韩建军", "洛阳市"]);
    assert_eq!(path.lines().skip(1).map(|l| l.split(',').nth(1).unwrap()).collect::<Vec<_>>(), ["韩建军", "洛龙区委", "洛龙区", "洛阳市"]);
    // the city three of the four Luoyang papers are about is the most central entity
    let json: serde_json::Value = serde_json::from_str(&ok(&["analyze", "--store", store, "--format", "json", "centrality", "--top", "3"])).unwrap();
    assert_eq!(json[0]["entity"], "洛阳市", "{json}");
    assert!(json[0]["betweenness"].as_f64().unwrap() > 0.0);
    // 003: the twelve district leaders attend 王家鹏's meeting: they are his ego network at depth 2
    let ego = ok(&["analyze", "--store", store, "--format", "csv", "ego", "王家鹏", "--depth", "2"]);
    for name in ["刘明胜", "赵俊峰", "侯建华"] {
        assert!(ego.lines().any(|l| l.starts_with(&format!("{name},Official,2"))), "{name}: {ego}");
    }
    // communities are deterministic and put the Jiaozuo meeting with its attendees
    let a = ok(&["analyze", "--store", store, "--format", "csv", "communities"]);
    assert_eq!(a, ok(&["analyze", "--store", store, "--format", "csv", "communities"]));
    assert!(a.lines().any(|l| l.contains("党工委(扩大)会议") && l.contains("刘明胜") && l.contains("赵俊生")), "{a}");
    // a name that matches nothing is a clear error
    let out = hetu(&["analyze", "--store", store, "path", "不存在的人", "洛阳市"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no entity named"));
}

#[test]
fn focused_diagram_renders_to_png() {
    let dir = tempfile::tempdir().unwrap();
    let dot = dir.path().join("focus.dot");
    ok(&[
        "export", "--store", seed_store().to_str().unwrap(), "--format", "dot", "--focus", "王家鹏", "--depth", "2",
        "--classes", "Official,Meeting", "-o", dot.to_str().unwrap(), "--render", "png",
    ]);
    let text = std::fs::read_to_string(&dot).unwrap();
    // 003: the meeting he chaired and the district leaders who attended it, nothing from Luoyang
    assert!(text.contains("label=\"赵俊峰\"") && text.contains("penwidth=3"), "{text}");
    assert!(!text.contains("洛阳"), "{text}");
    assert!(!text.contains("shape=box,"), "bodies were left out by --classes: {text}");
    let png = std::fs::read(dir.path().join("focus.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
}

#[test]
fn diagram_clusters_by_city() {
    let dir = tempfile::tempdir().unwrap();
    let dot = dir.path().join("cities.dot");
    ok(&["export", "--store", seed_store().to_str().unwrap(), "--format", "dot", "--cluster", "-o", dot.to_str().unwrap(), "--render", "svg"]);
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(text.contains("layout=fdp"), "clusters need fdp");
    // 洛龙区 is a district of 洛阳市 and 洛龙区委 its body: both in Luoyang's cluster
    let luoyang = text.split("subgraph cluster_").find(|c| c.contains("label=\"洛阳市\"")).expect("a 洛阳市 cluster");
    let members: Vec<&str> = luoyang.lines().take_while(|l| !l.trim().starts_with('}')).collect();
    let id = |label: &str| text.lines().find(|l| l.contains(&format!("[label=\"{label}\""))).map(|l| l.trim().split(' ').next().unwrap().to_owned()).expect(label);
    for label in ["洛龙区", "洛龙区委"] {
        let n = id(label);
        assert!(members.iter().any(|m| m.trim() == format!("{n};")), "{label} ({n}) not in Luoyang's cluster");
    }
    assert!(String::from_utf8_lossy(&std::fs::read(dir.path().join("cities.svg")).unwrap()).contains("<svg"));
}

#[test]
fn explain_shows_the_plan_with_the_rows_of_each_step() {
    let q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x WHERE { ?x rdfs:label \"栾川县\"@zh }";
    let out = ok(&["query", "--store", seed_store().to_str().unwrap(), "--explain", q]);
    let plan: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let text = plan["plan"].to_string();
    assert!(text.contains("QuadPattern(?x <http://www.w3.org/2000/01/rdf-schema#label>"), "{text}");
    // the county is labelled in the entities graph and the gazetteer graph
    assert!(text.contains("\"number of results\":2"), "{text}");
}

#[test]
fn compact_keeps_the_store_and_refuses_a_missing_one() {
    let (dir, store) = build_store("examples/corpus");
    let before = ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]);
    ok(&["compact", "--store", store.to_str().unwrap()]);
    assert_eq!(ok(&["export", "--store", store.to_str().unwrap(), "--format", "nquads"]), before);
    let missing = dir.path().join("nothing");
    let out = hetu(&["compact", "--store", missing.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing: no store here"), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!missing.exists(), "no store created");
}

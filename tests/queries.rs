//! Every example query of `examples/queries/` runs against the seed store
//! and answers with facts a reader can check in the seed articles.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::OnceLock;

use common::{build_store, hetu_ok as hetu, root};

fn store() -> &'static str {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    STORE.get_or_init(|| build_store("examples/corpus")).1.to_str().unwrap()
}

/// CSV lines of one example query's answer, header first.
fn answer(file: &str) -> Vec<String> {
    let path: PathBuf = root().join("examples/queries").join(file);
    hetu(&["query", "--store", store(), "--format", "csv", "-f", path.to_str().unwrap()]).lines().map(str::to_owned).collect()
}

fn has(rows: &[String], row: &str) -> bool {
    rows.iter().any(|r| r == row)
}

#[test]
fn every_query_is_documented_in_both_languages_and_tested() {
    let tested = include_str!("queries.rs");
    let mut n = 0;
    for entry in std::fs::read_dir(root().join("examples/queries")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let comments: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(comments.iter().any(|l| l.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))), "{name}: no Chinese comment");
        assert!(comments.iter().any(|l| l.chars().filter(char::is_ascii_alphabetic).count() > 20), "{name}: no English comment");
        assert!(tested.matches(&format!("answer(\"{name}\")")).count() >= 1, "{name} has no test");
        n += 1;
    }
    assert!(n >= 10, "{n} example queries");
}

#[test]
fn officials_and_posts() {
    let rows = answer("officials_and_posts.rq");
    assert!(has(&rows, "韩建军,区委书记,洛龙区委"), "{rows:?}");
    assert!(has(&rows, "杨鹏,党组书记,洛阳市城市管理局") && has(&rows, "杨鹏,局长,洛阳市城市管理局"));
}

#[test]
fn officials_by_region_keeps_to_the_city() {
    let rows = answer("officials_by_region.rq");
    assert!(has(&rows, "何伟,部长,洛阳市委组织部"), "{rows:?}");
    assert!(has(&rows, "胡加彬,副市长,洛阳市"));
    assert!(!rows.iter().any(|r| r.starts_with("王家鹏,")), "a Jiaozuo official in Luoyang's list");
}

#[test]
fn projects_by_investment() {
    let rows = answer("projects_by_investment.rq");
    // 001: the builder 中建二局二公司 and the owner, whose spokesperson (中航光电相关负责人) presents it
    // (GROUP_CONCAT joins the enterprises in no set order)
    let fields: Vec<&str> = rows[1].split(',').collect();
    assert_eq!(fields[..2], ["中航光电高端互连科技产业社区项目", "2720000000"]);
    let mut enterprises: Vec<&str> = fields[2].split('、').collect();
    enterprises.sort();
    assert_eq!(enterprises, ["中建二局二公司", "中航光电"]);
    assert_eq!(fields[3], "洛阳高新区");
}

#[test]
fn policies_and_issuers() {
    let rows = answer("policies_and_issuers.rq");
    // 003: 传达学习《中央应对新冠肺炎疫情工作领导小组关于…的指导意见》
    assert!(rows.iter().any(|r| r.starts_with("中央应对新冠肺炎疫情工作领导小组关于") && r.ends_with(",中央应对新冠肺炎疫情工作领导小组")), "{rows:?}");
    // 000: 县委、县政府《关于进一步加强水资源节约保护…的意见》
    assert!(rows.iter().any(|r| r.starts_with("关于进一步加强水资源节约保护") && r.ends_with(",栾川县委")), "{rows:?}");
}

#[test]
fn meetings_with_chair_and_attendees() {
    let rows = answer("meetings.rq");
    // 003: 王家鹏主持召开示范区党工委（扩大）会议 … 十二位区领导出席
    let first: Vec<&str> = rows[1].split(',').collect();
    assert_eq!(first[1], "王家鹏");
    assert_eq!(first[3], "12");
    assert!(first[2].contains("赵俊峰") && first[2].contains("赵俊生"));
}

#[test]
fn region_chains_follow_the_gazetteer() {
    let rows = answer("region_chains.rq");
    // 001: 宜阳县韩城镇朱家沟村
    for above in ["韩城镇", "宜阳县", "洛阳市"] {
        assert!(has(&rows, &format!("朱家沟村,{above}")), "{above}: {rows:?}");
    }
}

#[test]
fn articles_mentioning_both() {
    let rows = answer("articles_mentioning_both.rq");
    let files: Vec<&str> = rows.iter().skip(1).map(|r| r.split(',').next().unwrap()).collect();
    // 000 reports the 高新区 projects, 001 the 高新区 AVIC project, both in Luoyang papers
    assert!(files.contains(&"000_ef109e25ed513ca6.txt") && files.contains(&"001_efce2d328bfbc38f.txt"), "{files:?}");
    assert!(!files.contains(&"003_b7e49fbd0a3b0876.txt"), "the Jiaozuo article names neither");
}

#[test]
fn entities_by_articles() {
    let rows = answer("entities_by_articles.rq");
    let counts: BTreeMap<String, usize> =
        rows.iter().skip(1).map(|r| r.split(',').collect::<Vec<_>>()).map(|c| (c[0].to_owned(), c[2].parse().unwrap())).collect();
    // 洛阳市 is named in the three Luoyang papers (000, 001, 002)
    assert_eq!(counts.get("洛阳市"), Some(&3), "{rows:?}");
}

#[test]
fn inspections() {
    let rows = answer("inspections.rq");
    // 002: 陈淑欣先后到瀍河区科弘国风龙工地…督导
    assert!(has(&rows, "陈淑欣,科弘国风龙工地,Project") && has(&rows, "陈淑欣,瀍河回族区,County"), "{rows:?}");
    // 003: 省委书记王国生…莅焦调研
    assert!(has(&rows, "王国生,焦作市,City"));
}

#[test]
fn enterprises_and_projects() {
    let rows = answer("enterprises_and_projects.rq");
    // 001: 承建该项目的中建二局二公司
    assert!(has(&rows, "中建二局二公司,中航光电高端互连科技产业社区项目,洛阳高新区"), "{rows:?}");
}

#[test]
fn staff_and_employers() {
    let rows = answer("staff_and_employers.rq");
    // 000: 格力电器洛阳有限公司综合部郭朝介绍
    assert!(has(&rows, "郭朝,格力电器洛阳有限公司"), "{rows:?}");
}

#[test]
fn zone_contents() {
    let rows = answer("zone_contents.rq");
    let luoyang = rows.iter().find(|r| r.starts_with("洛阳高新区,")).expect("洛阳高新区 row");
    let n: usize = luoyang.split(',').nth(1).unwrap().parse().unwrap();
    assert!(n >= 10, "{luoyang}");
    assert!(luoyang.contains("中航光电高端互连科技产业社区项目"));
}

#[test]
fn city_projects_keep_to_the_city() {
    let rows = answer("city_projects.rq");
    // 001: 位于高新区的中航光电高端互连科技产业社区项目,计划总投资27.2亿元; 承建该项目的中建二局二公司
    let row = rows.iter().find(|r| r.starts_with("中航光电高端互连科技产业社区项目,洛阳高新区,2720000000,")).unwrap_or_else(|| panic!("{rows:?}"));
    assert!(row.contains("中建二局二公司"), "{row}");
    // the largest investment comes first
    assert_eq!(rows.get(1), Some(row));
    // 003 is a Jiaozuo article: its projects are not Luoyang's
    assert!(!rows.iter().any(|r| r.contains("焦作示范区")), "{rows:?}");
}

#[test]
fn county_articles() {
    let rows = answer("county_articles.rq");
    // 栾川县 is named in 000 (县委农村工作暨脱贫攻坚会议), 001 (栾川县石庙镇杨树坪村) and 002 (栾川县秋扒乡), not in 003 or 004
    assert_eq!(rows.len(), 4, "{rows:?}");
    // 001 also names 洛龙区委书记韩建军 and 市乡村振兴局局长何玉霞
    let modern = rows.iter().find(|r| r.contains("奋力开创现代化洛阳建设新局面")).unwrap_or_else(|| panic!("{rows:?}"));
    assert!(modern.contains("韩建军") && modern.contains("何玉霞"), "{modern}");
    // 002: 副市长胡加彬到高新区集中隔离观察点等进行检查督导
    assert!(rows.iter().any(|r| r.contains("决战决胜看今朝") && r.contains("胡加彬")), "{rows:?}");
}

#[test]
fn county_companions() {
    let rows = answer("county_companions.rq");
    // 嵩县 is named in 001 and 002, both of which name 栾川县
    assert!(has(&rows, "嵩县,County,2"), "{rows:?}");
    assert!(rows.iter().any(|r| r.starts_with("洛阳市,City,")), "{rows:?}");
    assert!(!rows.iter().any(|r| r.starts_with("栾川县,")), "the county itself is listed: {rows:?}");
    assert!(rows.len() <= 21, "LIMIT 20: {rows:?}");
}

/// hetu sorts an ORDER BY by selected variables itself, after decoding the
/// rows (`src/sparql_order.rs`); Oxigraph sorting them must give the same
/// rows in the same order of the sort keys (rows equal in every key may
/// come in any order in both), also cut by OFFSET and LIMIT.
#[test]
fn ordered_answers_sort_as_oxigraph_sorts_them() {
    use oxigraph::sparql::{QueryResults, SparqlEvaluator};
    let raw = oxigraph::store::Store::open_read_only(store()).unwrap();
    let ours = hetu::store::HetuStore::open_existing(std::path::Path::new(store())).unwrap();
    let oxigraph_rows = |sparql: &str| -> (Vec<String>, Vec<Vec<String>>) {
        let mut prepared = SparqlEvaluator::new().parse_query(sparql).unwrap();
        prepared.dataset_mut().set_default_graph_as_union();
        let QueryResults::Solutions(solutions) = prepared.on_store(&raw).execute().unwrap() else { panic!("not a SELECT") };
        let variables: Vec<String> = solutions.variables().iter().map(|v| v.as_str().to_owned()).collect();
        let rows = solutions.map(|s| s.unwrap().values().iter().map(|t| t.as_ref().map_or(String::new(), ToString::to_string)).collect()).collect();
        (variables, rows)
    };
    let hetu_rows = |sparql: &str| -> (Vec<String>, Vec<Vec<String>>) {
        let hetu::store::Answer::Solutions { variables, rows } = ours.query(sparql).unwrap() else { panic!("not a SELECT") };
        let rows = rows.iter().map(|r| r.iter().map(|t| t.as_ref().map_or(String::new(), ToString::to_string)).collect()).collect();
        (variables.iter().map(|v| v.as_str().to_owned()).collect(), rows)
    };
    let mut compared = 0;
    for entry in std::fs::read_dir(root().join("examples/queries")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        // the sort keys, read off the query's text: `ORDER BY DESC(?n) ?meeting` → n, meeting
        let Some(order_line) = text.lines().find(|l| l.starts_with("ORDER BY")) else { continue };
        let keys: Vec<&str> = order_line.split(['?', ' ', '(', ')']).filter(|w| !w.is_empty() && !["ORDER", "BY", "DESC", "ASC"].contains(w)).collect();
        let mut variants = vec![text.clone()];
        if !text.contains("LIMIT") {
            variants.push(format!("{text}\nLIMIT 4 OFFSET 2"));
        }
        for sparql in variants {
            let (variables, expected) = oxigraph_rows(&sparql);
            let (their_variables, got) = hetu_rows(&sparql);
            assert_eq!(variables, their_variables);
            let key_columns: Vec<usize> = keys.iter().map(|k| variables.iter().position(|v| v == k).unwrap_or_else(|| panic!("{path:?}: key {k} not selected"))).collect();
            let keys_of = |rows: &[Vec<String>]| rows.iter().map(|r| key_columns.iter().map(|&i| r[i].clone()).collect::<Vec<_>>()).collect::<Vec<_>>();
            assert_eq!(keys_of(&got), keys_of(&expected), "{path:?}: order of {keys:?}");
            if !text.contains("LIMIT") {
                // every row, not only the keys (a LIMIT cuts ties in no set order)
                let (mut got, mut expected) = (got.clone(), expected.clone());
                got.sort();
                expected.sort();
                assert_eq!(got, expected, "{path:?}: rows");
            }
            compared += 1;
        }
    }
    assert!(compared >= 20, "{compared} ordered queries compared");
}

/// An endpoint bounds its answers (`max_rows`); a sorted LIMIT over more
/// rows than 16 times the bound is sorted by Oxigraph instead, with the
/// same answer, and an unlimited answer over the bound is refused.
#[test]
fn a_bounded_sorted_limit_over_many_rows_is_left_to_oxigraph() {
    use hetu::store::{Answer, HetuStore};
    let store = HetuStore::open_existing(std::path::Path::new(store())).unwrap();
    let sparql = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY DESC(?s) ?p ?o LIMIT 3";
    let rows = |answer: Answer| match answer {
        Answer::Solutions { rows, .. } => rows.iter().map(|r| r.iter().map(|t| t.as_ref().map(ToString::to_string)).collect::<Vec<_>>()).collect::<Vec<_>>(),
        _ => panic!("not a SELECT"),
    };
    // thousands of triples, far over 16 × 3: the fallback
    let bounded = rows(store.query_bounded(sparql, None, 3).unwrap());
    let sorted_here = rows(store.query(sparql).unwrap());
    assert_eq!(bounded.len(), 3);
    assert_eq!(bounded, sorted_here);
    let unlimited = store.query_bounded("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", None, 3);
    assert!(unlimited.is_err_and(|e| e.to_string().contains("more than 3 rows")));
}

/// `hetu query` writes a serialised answer row by row as Oxigraph produces
/// it (`HetuStore::query_to_writer`); what it writes must be what the
/// materialised answer gives, byte for byte, in every format: for every
/// example query (those with ORDER BY are materialised and sorted first),
/// for an unordered SELECT of every quad, a CONSTRUCT and an ASK.
#[test]
fn streamed_answers_equal_materialised_ones() {
    use hetu::store::{HetuStore, write_answer};
    use oxigraph::io::RdfFormat;
    use oxigraph::sparql::results::QueryResultsFormat;
    let store = HetuStore::open_existing(std::path::Path::new(store())).unwrap();
    let mut queries: Vec<String> = std::fs::read_dir(root().join("examples/queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    queries.push("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }".into());
    queries.push("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/hetu/ontology#County> ; ?p ?o }".into());
    queries.push("ASK { ?s a <https://w3id.org/hetu/ontology#Official> }".into());
    let formats = [
        (QueryResultsFormat::Csv, RdfFormat::Turtle),
        (QueryResultsFormat::Tsv, RdfFormat::NTriples),
        (QueryResultsFormat::Json, RdfFormat::NTriples),
        (QueryResultsFormat::Xml, RdfFormat::RdfXml),
    ];
    let mut largest = 0;
    for sparql in &queries {
        for (results, graph) in formats {
            let mut streamed = Vec::new();
            let written = store.query_to_writer(sparql, results, graph, &mut streamed).unwrap();
            let mut materialised = Vec::new();
            write_answer(&store.query(sparql).unwrap(), results, graph, &mut materialised).unwrap();
            assert!(streamed == materialised, "{sparql}\nin {results:?}:\n{}\n---\n{}", String::from_utf8_lossy(&streamed), String::from_utf8_lossy(&materialised));
            largest = largest.max(written);
        }
    }
    assert!(largest > 1000, "the quad listing has thousands of rows, not {largest}");
}

//! The rules on provinces hetu was not written from: three articles of our
//! own in the style of Sichuan, Guizhou and Gansu county papers
//! (`tests/articles/`, real place names from the gazetteer, invented people
//! and companies). Each test checks a fact a reader sees in the text.

mod common;

use std::sync::OnceLock;

use common::{build_store, hetu_ok as hetu};

fn store() -> &'static str {
    static STORE: OnceLock<(tempfile::TempDir, std::path::PathBuf)> = OnceLock::new();
    STORE.get_or_init(|| build_store("tests/articles")).1.to_str().unwrap()
}

/// Rows of a SELECT as CSV lines without the header.
fn rows(sparql: &str) -> Vec<String> {
    let q = format!("PREFIX hetu: <https://w3id.org/hetu/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n{sparql}");
    hetu(&["query", "--store", store(), "--format", "csv", &q]).lines().skip(1).map(str::to_owned).collect()
}

fn posts(name: &str) -> Vec<String> {
    rows(&format!(
        "SELECT DISTINCT ?t ?org WHERE {{ ?p rdfs:label \"{name}\"@zh ; a hetu:Official ; hetu:holdsPost ?post . ?post hetu:title ?t ; hetu:postIn/rdfs:label ?org }} ORDER BY ?t"
    ))
}

fn related(subject: &str, predicate: &str) -> Vec<String> {
    rows(&format!("SELECT DISTINCT ?o WHERE {{ ?s rdfs:label \"{subject}\"@zh ; hetu:{predicate} ?x . ?x rdfs:label ?o }} ORDER BY ?o"))
}

#[test]
fn sichuan_county_head_holds_two_posts() {
    // 县委副书记、县长赵明远 in a 苍溪县 paper
    let p = posts("赵明远");
    assert!(p.contains(&"县委副书记,苍溪县委".to_owned()), "{p:?}");
    assert!(p.contains(&"县长,苍溪县".to_owned()), "{p:?}");
}

#[test]
fn sichuan_project_investment_company_and_place() {
    let project = "四川苍溪红心果业有限公司年产2万吨猕猴桃精深加工项目";
    assert_eq!(rows(&format!("SELECT DISTINCT ?v WHERE {{ ?p rdfs:label \"{project}\"@zh ; hetu:totalInvestment ?v }}")), ["360000000"]);
    assert!(related(project, "involves").contains(&"四川苍溪红心果业有限公司".to_owned()));
    assert!(related(project, "locatedIn").contains(&"陵江镇".to_owned()));
}

#[test]
fn sichuan_inspection_village_and_issuers() {
    // 会后，赵明远先后到云峰镇、东青镇白桥村调研: the bare name is the same official
    let visited = related("赵明远", "inspected");
    for place in ["云峰镇", "东青镇", "白桥村"] {
        assert!(visited.contains(&place.to_owned()), "{visited:?}");
    }
    // 东青镇白桥村: the village is filed under the town's official code
    assert_eq!(rows("SELECT DISTINCT ?code WHERE { ?t rdfs:label \"东青镇\"@zh ; hetu:adminCode ?code }"), ["510824104"]);
    assert_eq!(related("白桥村", "partOf"), ["东青镇"]);
    // 县委、县政府印发了《…》
    assert_eq!(related("苍溪县推进农业产业化龙头企业高质量发展实施方案", "issuedBy"), ["苍溪县委", "苍溪县政府"]);
}

#[test]
fn guizhou_standing_committee_and_inspection() {
    assert_eq!(posts("杨光华"), ["县委书记,湄潭县委"]);
    assert_eq!(related("湄潭县委常委会", "chairedBy"), ["杨光华"]);
    assert_eq!(related("周文斌", "inspected"), ["永兴镇", "湄江街道"]);
    assert_eq!(posts("吴晓梅"), ["局长,湄潭县商务局"]);
    // 省委\n经济工作会议: a meeting broken across lines, 省 resolved to Guizhou
    let meetings = rows("SELECT DISTINCT ?m WHERE { ?x a hetu:Meeting ; rdfs:label ?m } ORDER BY ?m");
    assert!(meetings.contains(&"贵州省委经济工作会议".to_owned()), "{meetings:?}");
}

#[test]
fn guizhou_factory_expansion_belongs_to_the_company() {
    let project = "贵州湄潭兰馨茶业有限公司茶叶精制加工厂扩建项目";
    assert_eq!(rows(&format!("SELECT DISTINCT ?v WHERE {{ ?p rdfs:label \"{project}\"@zh ; hetu:totalInvestment ?v }}")), ["120000000"]);
    assert_eq!(related(project, "involves"), ["贵州湄潭兰馨茶业有限公司"]);
    // the journalists of the closing byline (记者 龙晓雪 田国华)
    let persons = rows("SELECT DISTINCT ?n WHERE { ?p a hetu:Person ; rdfs:label ?n } ORDER BY ?n");
    assert!(persons.contains(&"龙晓雪".to_owned()) && persons.contains(&"田国华".to_owned()), "{persons:?}");
}

#[test]
fn gansu_city_leader_town_secretary_and_policy() {
    let p = posts("马建军");
    assert!(p.contains(&"市委常委,定西市委".to_owned()) && p.contains(&"副市长,定西市".to_owned()), "{p:?}");
    assert_eq!(posts("李振华"), ["县委书记,陇西县委"]);
    assert_eq!(posts("张文静"), ["党委书记,巩昌镇党委"]);
    assert_eq!(related("定西市支持中药材产业高质量发展若干措施", "issuedBy"), ["定西市委", "定西市政府"]);
    assert_eq!(rows("SELECT DISTINCT ?c WHERE { ?x rdfs:label \"陇西县\"@zh ; hetu:adminCode ?c }"), ["621122"]);
}

#[test]
fn gansu_short_project_name_is_the_same_project() {
    // 其中，中药饮片智能生产线项目总投资2.5亿元: the short form is the project named in full before
    let project = "甘肃陇西惠森药业有限公司中药饮片智能生产线项目";
    assert_eq!(rows(&format!("SELECT DISTINCT ?v WHERE {{ ?p rdfs:label \"{project}\"@zh ; hetu:totalInvestment ?v }}")), ["250000000"]);
    let alt = rows(&format!("SELECT DISTINCT ?a WHERE {{ ?p rdfs:label \"{project}\"@zh ; <http://www.w3.org/2004/02/skos/core#altLabel> ?a }}"));
    assert!(alt.contains(&"中药饮片智能生产线项目".to_owned()), "{alt:?}");
}

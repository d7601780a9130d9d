//! Names enter hetu only through the gazetteer, lexicons and patterns: no
//! entity name of the seed gold files may stand in the code or the
//! lexicons (regions and policies aside, which the gazetteer and the
//! contract's own examples name).

use std::path::{Path, PathBuf};

fn gold_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("HETU_GOLD").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold"));
    dir.is_dir().then_some(dir)
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

#[test]
fn no_gold_entity_name_in_code_or_lexicons() {
    let Some(gold) = gold_dir() else {
        eprintln!("no gold directory (set HETU_GOLD): nothing to compare against");
        return;
    };
    let mut names = Vec::new();
    for f in std::fs::read_dir(&gold).unwrap() {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f.unwrap().path()).unwrap()).unwrap();
        for e in v["entities"].as_array().unwrap() {
            let class = e["type"].as_str().unwrap();
            let name = e["name"].as_str().unwrap();
            if !["Province", "City", "County", "Town", "Village", "Policy"].contains(&class) && name.chars().count() >= 3 {
                names.push(name.to_owned());
            }
        }
    }
    assert!(names.len() > 50, "gold files hold {} names", names.len());
    // the central organs' short names are derived (data/abbreviations.txt), so no exemption
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    files_under(&root.join("src"), &mut files);
    files_under(&root.join("data"), &mut files);
    let mut hits = Vec::new();
    for f in files.iter().filter(|f| !f.to_string_lossy().contains("gazetteer")) {
        let text = std::fs::read_to_string(f).unwrap_or_default();
        for n in &names {
            if text.contains(n.as_str()) {
                hits.push(format!("{}: {n}", f.display()));
            }
        }
    }
    assert!(hits.is_empty(), "seed names in code or lexicons:\n{}", hits.join("\n"));
}

/// The central organs' short names come from their constitutional full names
/// by the abbreviation rules; each expected form checked by hand against
/// how the state news agency writes it.
#[test]
fn national_bodies_are_abbreviated_by_rule() {
    let bodies = &hetu::lexicon::lexicons().national_bodies;
    let canonical = |name: &str| bodies.get(name).map(String::as_str);
    assert_eq!(canonical("中国共产党中央委员会"), Some("中共中央"));
    assert_eq!(canonical("党中央"), Some("中共中央"));
    assert_eq!(canonical("中共中央"), Some("中共中央"));
    assert_eq!(canonical("中央政治局"), Some("中共中央政治局"));
    assert_eq!(canonical("中央纪委"), Some("中共中央纪委"));
    assert_eq!(canonical("中华人民共和国国务院"), Some("国务院"));
    assert_eq!(canonical("国务院"), Some("国务院"));
    assert_eq!(canonical("中央军委"), Some("中央军委"));
    assert_eq!(canonical("全国人民代表大会常务委员会"), Some("全国人大常委会"));
    assert_eq!(canonical("中国人民政治协商会议全国委员会"), Some("全国政协"));
    // two characters are too ambiguous to stand for the Central Committee
    assert_eq!(canonical("中央"), None);
    assert_eq!(hetu::lexicon::lexicons().central_committee, "中共中央");
}

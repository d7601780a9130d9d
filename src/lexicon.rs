//! The domain lexicons of `data/`: titles, name suffixes and heads, surnames,
//! stop words. Each file has a `#` header saying where it comes from; all are
//! compiled into the binary and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

pub struct Lexicons {
    /// Post titles, longest first.
    pub titles: Vec<String>,
    /// Titles that keep their committee word (区委书记, 市委常委).
    pub committee_titles: HashSet<String>,
    /// Head-of-government titles whose post is in the region itself (副市长).
    pub head_of_government_titles: HashSet<String>,
    pub body_suffixes: Vec<String>,
    pub enterprise_suffixes: Vec<String>,
    pub project_heads: Vec<String>,
    pub meeting_heads: Vec<String>,
    pub policy_heads: Vec<String>,
    pub name_stops: HashSet<String>,
    pub name_verbs: HashSet<String>,
    pub generic_names: HashSet<String>,
    pub surnames: HashSet<String>,
    /// Surnames that mostly start ordinary words (全, 都, 解).
    pub ambiguous_surnames: HashSet<String>,
    pub media: Vec<String>,
    /// National bodies: every way of writing one (full name, canonical
    /// abbreviation, variants) → its canonical name.
    pub national_bodies: HashMap<String, String>,
    /// The canonical name of the party's Central Committee (the body of 总书记).
    pub central_committee: String,
    /// Zone types: long form → short form, longest first.
    pub zone_types: Vec<(String, String)>,
    pub short_name_stops: HashSet<String>,
    /// What a demonstration zone is for (共同富裕): before a zone type, a kind of zone.
    pub zone_designations: Vec<String>,
    /// Ordinary words jieba's dictionary tags as person names (高水平, 智慧).
    pub common_words_tagged_nr: HashSet<String>,
    /// Verbs that join two bodies (会同, 联合): after a body's name they end it.
    pub joining_verbs: Vec<String>,
    /// Words of running text that several towns are named (中心镇): never an unplaced town.
    pub town_like_words: HashSet<String>,
    /// Parts of Tibetan and Mongolian given names (次仁, 卓玛, 巴特尔), which have no surname.
    pub ethnic_name_parts: HashSet<String>,
    /// Words before a township-level zone's type that say where or what it is (临港, 空港), no place name.
    pub zone_site_words: HashSet<String>,
}

/// Non-comment, non-empty lines of a data file.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn longest_first(data: &'static str) -> Vec<String> {
    let mut v: Vec<String> = lines(data).map(str::to_owned).collect();
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.dedup();
    v
}

fn set(data: &'static str) -> HashSet<String> {
    lines(data).flat_map(|l| l.split_whitespace()).map(str::to_owned).collect()
}

/// Lines of one `# [section]` of a data file, in file order.
fn section_lines(data: &'static str, name: &str) -> Vec<&'static str> {
    let mut inside = false;
    let mut out = Vec::new();
    for line in data.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("# [") {
            inside = rest.starts_with(name);
        } else if inside && !line.is_empty() && !line.starts_with('#') {
            out.push(line);
        }
    }
    out
}

/// Lines of one `# [section]` of a data file, as a set.
fn section(data: &'static str, name: &str) -> HashSet<String> {
    section_lines(data, name).into_iter().map(str::to_owned).collect()
}

/// The national bodies' names: each full name of `bodies` abbreviated by the
/// `[formal]` rules of `rules` into its canonical name, plus the
/// `[variants]` of that name. Returns name → canonical, and the first body's canonical.
fn national_bodies(bodies: &'static str, rules: &'static str) -> (HashMap<String, String>, String) {
    // <word><TAB><short form>; a line without a tab (its tab trimmed) drops the word
    let pairs = |name: &str| -> Vec<(&'static str, &'static str)> {
        section_lines(rules, name).into_iter().map(|line| line.split_once('\t').map_or((line, ""), |(full, short)| (full.trim(), short.trim()))).collect()
    };
    let (formal, variants) = (pairs("formal"), pairs("variants"));
    let mut names = HashMap::new();
    let mut first = None;
    for full in lines(bodies) {
        let canonical = formal.iter().fold(full.to_owned(), |name, (long, short)| name.replace(long, short));
        for (word, replacement) in &variants {
            if let Some(rest) = canonical.strip_prefix(word) {
                let variant = format!("{replacement}{rest}");
                if variant.chars().count() > 2 {
                    names.insert(variant, canonical.clone());
                }
            }
        }
        names.insert(full.to_owned(), canonical.clone());
        names.insert(canonical.clone(), canonical.clone());
        first.get_or_insert(canonical);
    }
    (names, first.unwrap_or_default())
}

static LEXICONS: LazyLock<Lexicons> = LazyLock::new(|| {
    let titles = include_str!("../data/titles.txt");
    let (national_bodies, central_committee) = national_bodies(include_str!("../data/national_bodies.txt"), include_str!("../data/abbreviations.txt"));
    let mut zone_types: Vec<(String, String)> = lines(include_str!("../data/zone_types.txt"))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect();
    zone_types.sort_by_key(|(long, _)| std::cmp::Reverse(long.chars().count()));
    Lexicons {
        titles: longest_first(titles),
        committee_titles: section(titles, "committee"),
        head_of_government_titles: section(titles, "head-of-government"),
        body_suffixes: longest_first(include_str!("../data/body_suffixes.txt")),
        enterprise_suffixes: longest_first(include_str!("../data/enterprise_suffixes.txt")),
        project_heads: longest_first(include_str!("../data/project_heads.txt")),
        meeting_heads: longest_first(include_str!("../data/meeting_heads.txt")),
        policy_heads: longest_first(include_str!("../data/policy_heads.txt")),
        name_stops: set(include_str!("../data/name_stops.txt")),
        name_verbs: set(include_str!("../data/name_verbs.txt")),
        generic_names: set(include_str!("../data/generic_names.txt")),
        surnames: set(include_str!("../data/surnames.txt")),
        ambiguous_surnames: section(include_str!("../data/surnames.txt"), "ambiguous").iter().flat_map(|l| l.split_whitespace()).map(str::to_owned).collect(),
        media: longest_first(include_str!("../data/media.txt")),
        national_bodies,
        central_committee,
        zone_types,
        short_name_stops: set(include_str!("../data/short_name_stops.txt")),
        zone_designations: longest_first(include_str!("../data/zone_designations.txt")),
        common_words_tagged_nr: set(include_str!("../data/common_words_tagged_nr.txt")),
        ethnic_name_parts: set(include_str!("../data/ethnic_name_parts.txt")),
        joining_verbs: longest_first(include_str!("../data/joining_verbs.txt")),
        town_like_words: set(include_str!("../data/town_like_words.txt")),
        zone_site_words: set(include_str!("../data/zone_site_words.txt")),
    }
});

pub fn lexicons() -> &'static Lexicons {
    &LEXICONS
}

impl Lexicons {
    /// The longest entry of `list` that `text` ends with.
    pub fn longest_suffix<'a>(list: &'a [String], text: &str) -> Option<&'a str> {
        list.iter().find(|s| text.ends_with(s.as_str())).map(String::as_str)
    }
    pub fn is_media(&self, name: &str) -> bool {
        self.media.iter().any(|m| name.ends_with(m.as_str()))
    }
}

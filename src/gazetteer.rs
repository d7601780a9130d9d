//! The national gazetteer (`data/gazetteer.tsv`, NBS 2023 codes via npm
//! `china-division`): every province, prefecture, county and town with its
//! official code and parent, and the short forms texts use (洛阳 for 洛阳市).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::lexicon::lexicons;
use crate::model::{Class, EntityKey};

#[derive(Clone, Debug)]
pub struct Region {
    pub code: String,
    /// Official full name (洛阳市, 瀍河回族区).
    pub name: String,
    pub parent: Option<usize>,
    pub class: Class,
    /// For development zones: the canonical city + short form (广元高新区).
    pub zone_name: Option<String>,
}

/// How a name in the text relates to a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Full,
    Short,
}

pub struct Gazetteer {
    pub regions: Vec<Region>,
    by_code: HashMap<String, usize>,
    /// Every full and short name → the regions it can mean.
    by_name: HashMap<String, Vec<(usize, NameKind)>>,
    /// The development zones, in gazetteer order (a few hundred of 44 000 regions).
    zones: Vec<usize>,
    /// Ethnic townships as papers write them after their county (新仁乡 for
    /// 新仁苗族乡) → the townships; not names on their own (文明乡风).
    ethnic_township_forms: HashMap<String, Vec<usize>>,
    /// Towns named in two characters (彭镇, 唐镇) by their county: no names
    /// of their own (张镇 is any 张 town in any text), only after the text
    /// names their county.
    two_character_towns: HashMap<usize, Vec<usize>>,
}

static GAZETTEER: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::parse(include_str!("../data/gazetteer.tsv"), include_str!("../data/national_new_areas.tsv")));

pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

/// The NBS codes a city's functional areas 7x; those named with one of these
/// words are development zones (苏州工业园区, 郑州航空港经济综合实验区), the rest
/// (管理区, 风景名胜区) are county-level areas.
const ZONE_WORDS: [&str; 9] = ["开发区", "示范区", "高新区", "保税区", "集聚区", "聚集区", "新区", "园区", "实验区"];

fn class_of(code: &str, name: &str) -> Class {
    match code.len() {
        2 => Class::Province,
        4 => Class::City,
        6 if ZONE_WORDS.iter().any(|w| name.ends_with(w)) && code[4..6] >= *"70" => Class::DevelopmentZone,
        6 => Class::County,
        _ => Class::Town,
    }
}

/// The officially recognised ethnic groups whose names appear in autonomous
/// regions' names (a closed list, from the State Ethnic Affairs Commission).
const ETHNIC_GROUPS: [&str; 44] = [
    "土家族", "苗族", "回族", "藏族", "彝族", "壮族", "布依族", "侗族", "瑶族", "白族", "哈尼族",
    "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族",
    "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "蒙古族", "满族", "朝鲜族", "哈萨克族", "塔吉克族", "保安族", "裕固族", "鄂温克族",
    "鄂伦春族", "独龙族", "怒族", "普米族", "各族", "维吾尔族",
];

/// Where the first ethnic group in a name begins (its byte offset).
/// (Each group's name has 族: most names have none, and need no search for 44.)
fn first_ethnic_group(name: &str) -> Option<usize> {
    if !name.contains('族') {
        return None;
    }
    ETHNIC_GROUPS.iter().filter_map(|e| name.find(e)).min()
}

/// The form texts use without the administrative suffix, if it is long
/// enough to be safe (two characters at least).
pub fn short_form(name: &str, class: Class) -> Option<String> {
    let suffixes: &[&str] = match class {
        Class::Province => &["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"],
        Class::City => &["地区", "市", "盟"],
        Class::County => &["自治县", "自治旗", "回族区", "林区", "特区", "县", "区", "市", "旗"],
        _ => return None,
    };
    let prefecture = name.strip_suffix("自治州");
    let name = prefecture.unwrap_or(name);
    let mut short = suffixes.iter().find_map(|s| name.strip_suffix(s)).unwrap_or(name).to_owned();
    // 恩施土家族苗族自治州 → 恩施, 长阳土家族自治县 → 长阳: cut at the first ethnic group
    if let Some(pos) = first_ethnic_group(&short) {
        // (东乡族自治县, 鄂温克族自治旗: a county named after its group alone is
        // written by the group's name, 东乡县)
        match short.strip_suffix('族') {
            Some(group) if pos == 0 && first_ethnic_group(group).is_none_or(|p| p > 0) => short = group.to_owned(),
            _ => short.truncate(pos),
        }
    }
    // 伊犁哈萨克自治州 → 伊犁: three prefectures name their group without 族 (only
    // there: 内蒙古 must keep its 蒙古)
    if prefecture.is_some()
        && let Some(pos) = ["蒙古", "哈萨克", "柯尔克孜"].iter().filter_map(|e| short.find(e)).filter(|&p| p > 0).min()
    {
        short.truncate(pos);
    }
    if short == name {
        return None;
    }
    (short.chars().count() >= 2).then_some(short)
}

/// A township-level unit that is a development zone named after its place
/// (昆山开发区, 如皋市经济开发区, 呼和浩特金山经济技术开发区): the list codes
/// such units 4xx and 5xx among the towns. Zones named by kind alone
/// (经济开发区, 工业园区) or with no place of their own stay towns.
fn town_level_zone(regions: &[Region], i: usize, region_short_forms: &HashSet<String>) -> bool {
    let r = &regions[i];
    if !special_township_unit(r) || !ZONE_WORDS.iter().any(|w| r.name.ends_with(w)) {
        return false;
    }
    place_short_forms_opening(regions, i).next().is_some() || named_by_a_place_of_its_own(r, region_short_forms)
}

/// A township-level unit named by a place of its own, of two or three
/// characters, and a zone type of development or bonded zones (洋浦经济开发区,
/// 燕郊高新技术产业开发区): the place is no region (a region's short form,
/// 长春经济开发区 of a district of 益阳, would take that region's name) and
/// no word of where or what the zone is (临港经济开发区).
fn named_by_a_place_of_its_own(r: &Region, region_short_forms: &HashSet<String>) -> bool {
    let Some(stem) = (lexicons().zone_types.iter())
        .filter(|(long, _)| long.ends_with("开发区") || long.ends_with("保税区"))
        .find_map(|(long, _)| r.name.strip_suffix(long.as_str()))
    else {
        return false;
    };
    (2..=3).contains(&stem.chars().count())
        && !region_short_forms.contains(stem)
        && !lexicons().zone_site_words.iter().any(|w| stem.contains(w.as_str()))
}

/// A township-level zone or park as the list names it by its office
/// (蕲春经济开发区管委会, 经济技术开发区乡级单位): the place is the zone or
/// park; the office is a body of the text's own.
fn unit_without_its_office<'a>(code: &str, name: &'a str) -> &'a str {
    if code.len() != 9 || code.as_bytes()[6] < b'4' {
        return name;
    }
    ["管理委员会", "管委会", "类似乡级单位", "乡级单位"]
        .iter()
        .find_map(|office| name.strip_suffix(office))
        .filter(|unit| unit.ends_with('园') || ZONE_WORDS.iter().any(|w| unit.ends_with(w)))
        .unwrap_or(name)
}

/// A township-level unit that is no town: a zone, park, farm or the like,
/// which the list codes 4xx and 5xx among the towns.
fn special_township_unit(r: &Region) -> bool {
    r.class == Class::Town && r.code.len() == 9 && r.code.as_bytes()[6] >= b'4'
}

/// The short forms of the regions above region `i` that its name starts
/// with, nearest first (如皋 of 如皋市经济开发区).
fn place_short_forms_opening(regions: &[Region], i: usize) -> impl Iterator<Item = String> + '_ {
    let name = &regions[i].name;
    std::iter::successors(regions[i].parent, |&p| regions[p].parent)
        .filter_map(|a| short_form(&regions[a].name, regions[a].class))
        .filter(move |short| name.starts_with(short.as_str()))
}

/// A data file's lines, without its header comments and blank lines.
fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines().filter(|l| !l.starts_with('#') && !l.is_empty())
}

impl Gazetteer {
    /// `divisions`: the NBS codes; `new_areas`: the state-level new areas,
    /// zones without a code of their own (name, other names, city code).
    fn parse(divisions: &str, new_areas: &str) -> Gazetteer {
        let mut regions = Vec::new();
        let mut by_code = HashMap::new();
        let mut parents = Vec::new();
        for line in data_lines(divisions) {
            let mut f = line.split('\t');
            let (Some(code), Some(name)) = (f.next(), f.next()) else { continue };
            let parent = f.next().unwrap_or("");
            by_code.insert(code.to_owned(), regions.len());
            parents.push(parent.to_owned());
            let name = unit_without_its_office(code, name);
            regions.push(Region {
                code: code.to_owned(),
                name: name.to_owned(),
                parent: None,
                class: class_of(code, name),
                zone_name: None,
            });
        }
        // a new area's other names (两江新区), entered once the official names are
        let mut other_names = Vec::new();
        let mut ethnic_township_forms: Vec<(String, usize)> = Vec::new();
        for line in data_lines(new_areas) {
            let mut f = line.split('\t');
            let (Some(name), Some(others), Some(city)) = (f.next(), f.next(), f.next()) else { continue };
            other_names.extend(others.split('、').filter(|o| !o.is_empty()).map(|o| (o.to_owned(), regions.len())));
            parents.push(city.to_owned());
            regions.push(Region {
                code: String::new(),
                name: name.to_owned(),
                parent: None,
                class: Class::DevelopmentZone,
                zone_name: None,
            });
        }
        for (i, p) in parents.iter().enumerate() {
            regions[i].parent = by_code.get(p).copied();
        }
        // a city with no counties (东莞市 4419) is listed again as a county of
        // its own name (441900) to hold its towns and zones: they are the
        // city's, and the name is the city's only (else a town's or zone's
        // place would be a second 东莞市 beside the city the text names)
        let doubled: Vec<bool> = (0..regions.len())
            .map(|i| regions[i].class == Class::County && regions[i].parent.is_some_and(|p| regions[p].class == Class::City && regions[p].name == regions[i].name))
            .collect();
        for i in 0..regions.len() {
            if let Some(p) = regions[i].parent.filter(|&p| doubled[p]) {
                regions[i].parent = regions[p].parent;
            }
        }
        // the short forms and names of provinces, cities and counties
        let region_short_forms: HashSet<String> = (regions.iter())
            .filter(|r| matches!(r.class, Class::Province | Class::City | Class::County))
            .flat_map(|r| short_form(&r.name, r.class).into_iter().chain([r.name.clone()]))
            .collect();
        for i in 0..regions.len() {
            if town_level_zone(&regions, i, &region_short_forms) {
                regions[i].class = Class::DevelopmentZone;
            }
        }
        let zones = (0..regions.len()).filter(|&i| regions[i].class == Class::DevelopmentZone).collect();
        let mut g = Gazetteer { regions, by_code, by_name: HashMap::new(), zones, ethnic_township_forms: HashMap::new(), two_character_towns: HashMap::new() };
        let mut by_name: HashMap<String, Vec<(usize, NameKind)>> = HashMap::new();
        // the county-level zones' names come first: a township-level zone
        // whose short name is one of theirs (新乡经济开发区 of 新乡县 beside
        // 新乡经济技术开发区) is known by its full name only
        let county_level_zone_names: HashSet<String> = g.zones.iter().filter(|&&i| g.regions[i].code.len() != 9).map(|&i| g.zone_canonical(i)).collect();
        for i in 0..g.regions.len() {
            let r = &g.regions[i];
            // two-character town names (农场) are ordinary words, and so are
            // units named by a relative prefix and a kind (县经济开发区,
            // 市原种场): in any other paper they are that paper's own
            let relative_kind = r.class == Class::Town
                && r.name.starts_with(['县', '市', '区'])
                && (ZONE_WORDS.iter().any(|w| r.name.ends_with(w)) || r.name.ends_with(['场', '所']) || r.name.ends_with("区划"));
            // (and units named by a kind of zone alone: 开发区, 工业园区, 经济开发区)
            let bare_kind = r.class == Class::Town
                && ZONE_WORDS.iter().any(|w| r.name.strip_suffix(w).is_some_and(|p| ["", "经济", "工业", "经济技术", "高新技术", "高新技术产业", "产业", "城市", "综合"].contains(&p)));
            // (and the list's other parks and zones, named by what they make
            // and not after a place above them: 新能源产业园, 现代农业产业园,
            // 物流园区 are words of any article)
            let unplaced_park = special_township_unit(r)
                && (r.name.ends_with('园') || ZONE_WORDS.iter().any(|w| r.name.ends_with(w)))
                && place_short_forms_opening(&g.regions, i).next().is_none()
                && r.class != Class::DevelopmentZone;
            // (and the scenic areas and resorts the list files among the towns,
            // 某某旅游度假区, 某某风景区: no town, and no zone either)
            let resort = special_township_unit(r) && ["度假区", "景区", "旅游区"].iter().any(|w| r.name.ends_with(w));
            let relative_kind = relative_kind || bare_kind || unplaced_park || resort;
            if r.class == Class::Town && r.name.chars().count() == 2 && r.name.ends_with(['镇', '乡']) && let Some(county) = r.parent {
                g.two_character_towns.entry(county).or_default().push(i);
            }
            if (r.class != Class::Town || r.name.chars().count() >= 3) && !relative_kind && !doubled[i] {
                by_name.entry(r.name.clone()).or_default().push((i, NameKind::Full));
            }
            if r.class == Class::DevelopmentZone {
                let zone = Some(g.zone_canonical(i))
                    .filter(|z| r.code.len() != 9 || !county_level_zone_names.contains(z))
                    .unwrap_or_else(|| r.name.clone());
                // 镇江新区 is its own canonical name: listed twice, the one
                // region would tie with itself and resolve to nothing
                if zone != r.name {
                    by_name.entry(zone.clone()).or_default().push((i, NameKind::Full));
                }
                g.regions[i].zone_name = Some(zone);
                continue;
            }
            // 新仁苗族乡 is written 新仁乡: an ethnic township without its groups
            if r.class == Class::Town
                && let Some(level @ ('乡' | '镇')) = r.name.chars().last()
                && let Some(pos) = first_ethnic_group(&r.name)
                && r.name[..pos].chars().count() >= 2
            {
                ethnic_township_forms.push((format!("{}{level}", &r.name[..pos]), i));
            }
            if doubled[i] {
                continue;
            }
            if let Some(short) = short_form(&r.name, r.class) {
                // 瀍河回族区 is written 瀍河区, 长阳土家族自治县 长阳县: short form + the last character
                if r.class == Class::County && short.chars().count() + 1 < r.name.chars().count() {
                    let last = r.name.chars().last().expect("non-empty name");
                    if matches!(last, '区' | '县' | '旗') {
                        by_name.entry(format!("{short}{last}")).or_default().push((i, NameKind::Full));
                    }
                    // and 威宁彝族回族苗族自治县 威宁自治县
                    // (not again where the short form is all but the kind: 巴里坤哈萨克自治县)
                    if let Some(kind) = ["自治县", "自治旗"].into_iter().find(|k| r.name.ends_with(k) && r.name != format!("{short}{k}")) {
                        by_name.entry(format!("{short}{kind}")).or_default().push((i, NameKind::Full));
                    }
                }
                // 黔东南苗族侗族自治州 is written 黔东南州
                if r.class == Class::City && r.name.ends_with("自治州") {
                    by_name.entry(format!("{short}州")).or_default().push((i, NameKind::Full));
                }
                if !lexicons().short_name_stops.contains(&short) {
                    by_name.entry(short).or_default().push((i, NameKind::Short));
                }
            }
        }
        for (name, i) in other_names {
            by_name.entry(name).or_default().push((i, NameKind::Full));
        }
        // (only where no region of its county bears the name itself: 城关镇 and
        // 城关回族镇 stay apart; 民乐乡 of another province does not stop 民乐朝鲜族乡's)
        for (name, i) in ethnic_township_forms {
            let borne_in_its_county = by_name.get(&name).is_some_and(|rs| rs.iter().any(|&(j, _)| g.regions[j].parent == g.regions[i].parent));
            if !borne_in_its_county {
                g.ethnic_township_forms.entry(name).or_default().push(i);
            }
        }
        // towns renamed since a paper was written, or after the list's
        // cut-off: 乡 become 镇 and 镇 become 街道 every year, and papers
        // keep the old name (叶坪乡 for what the list has as 叶坪镇). The
        // other suffix is a name of the town where no town has it as its own.
        let mut renamed: Vec<(String, usize)> = Vec::new();
        for (i, r) in g.regions.iter().enumerate() {
            if r.class != Class::Town {
                continue;
            }
            let (stem, others): (&str, &[&str]) = if let Some(stem) = r.name.strip_suffix('镇') {
                (stem, &["乡", "街道"])
            } else if let Some(stem) = r.name.strip_suffix('乡') {
                (stem, &["镇"])
            } else if let Some(stem) = r.name.strip_suffix("街道") {
                (stem, &["镇"])
            } else {
                continue;
            };
            if stem.chars().count() < 2 || stem.starts_with(['县', '市', '区']) {
                continue;
            }
            renamed.extend(others.iter().map(|o| (format!("{stem}{o}"), i)).filter(|(n, _)| !by_name.contains_key(n)));
        }
        for (name, i) in renamed {
            by_name.entry(name).or_default().push((i, NameKind::Full));
        }
        g.by_name = by_name;
        g
    }

    /// 广元高新技术产业开发区 → 广元高新区 (CONVENTIONS rule 12).
    fn zone_canonical(&self, i: usize) -> String {
        let r = &self.regions[i];
        // a township-level zone keeps its own name when more than its place
        // comes before its kind (呼和浩特金山经济技术开发区), else its place's
        // short form + the kind's (如皋市经济开发区 → 如皋经开区)
        if r.code.len() == 9 {
            for short in place_short_forms_opening(&self.regions, i) {
                let rest = r.name[short.len()..].trim_start_matches(['市', '县', '区']);
                if let Some((_, kind)) = lexicons().zone_types.iter().find(|(long, _)| long == rest) {
                    return format!("{short}{kind}");
                }
            }
            return r.name.clone();
        }
        let city_short = r
            .parent
            .and_then(|p| short_form(&self.regions[p].name, self.regions[p].class))
            .unwrap_or_default();
        for (long, short) in &lexicons().zone_types {
            if r.name.ends_with(long.as_str()) {
                return format!("{city_short}{short}");
            }
        }
        r.name.clone()
    }

    pub fn region(&self, i: usize) -> &Region {
        &self.regions[i]
    }

    /// The ethnic township of `county` written `name` without its groups
    /// (黔西市新仁乡 → 新仁苗族乡).
    /// The towns of `county` named in two characters, 镇 or 乡 the second.
    pub fn two_character_towns(&self, county: usize) -> &[usize] {
        self.two_character_towns.get(&county).map_or(&[], Vec::as_slice)
    }

    pub fn ethnic_township(&self, county: usize, name: &str) -> Option<usize> {
        self.ethnic_township_forms.get(name)?.iter().copied().find(|&t| self.regions[t].parent == Some(county))
    }

    pub fn by_code(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// All regions a name can mean.
    pub fn lookup(&self, name: &str) -> &[(usize, NameKind)] {
        self.by_name.get(name).map_or(&[], Vec::as_slice)
    }

    /// Every name the gazetteer knows, for the matcher and the segmenter.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }

    /// The development zones, in gazetteer order.
    pub fn zones(&self) -> &[usize] {
        &self.zones
    }

    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.regions[i].parent, move |&p| self.regions[p].parent)
    }

    pub fn is_ancestor(&self, ancestor: usize, i: usize) -> bool {
        self.ancestors(i).any(|a| a == ancestor)
    }

    /// The region a zone is located in (rule 13: its city): the gazetteer
    /// files many a city's zone under the district that hosts it
    /// (南京经济技术开发区 under 栖霞区), and a zone named after its city is
    /// that city's; a zone named after its county stays the county's.
    pub fn zone_place(&self, zone: usize) -> Option<usize> {
        let parent = self.regions[zone].parent?;
        if self.regions[parent].class != Class::County {
            return Some(parent);
        }
        let named_after_the_county = short_form(&self.regions[parent].name, Class::County).is_some_and(|s| self.regions[zone].name.starts_with(s.as_str()));
        if self.zone_named_after_its_city(zone) && !named_after_the_county { self.city_of(parent) } else { Some(parent) }
    }

    /// Whether a zone's name opens with its city's name (南京经济技术开发区,
    /// 洛阳高新技术产业开发区): such a name says whose zone it is.
    pub fn zone_named_after_its_city(&self, zone: usize) -> bool {
        let name = &self.regions[zone].name;
        self.regions[zone].parent.and_then(|p| self.city_of(p)).is_some_and(|c| {
            let city = &self.regions[c].name;
            name.starts_with(city.as_str()) || short_form(city, Class::City).is_some_and(|s| s.chars().count() >= 2 && name.starts_with(s.as_str()))
        })
    }

    /// The enclosing prefecture city (or the region itself when it is one).
    pub fn city_of(&self, i: usize) -> Option<usize> {
        std::iter::once(i).chain(self.ancestors(i)).find(|&r| self.regions[r].class == Class::City)
    }

    /// The prefecture-level unit whose paper may write 市 for it: the city a
    /// region lies in; for a district of a province-level municipality
    /// (万州区 of 重庆市) that municipality; for a county the province
    /// governs itself (仙桃市, 定安县, 济源市: 省直辖县级) the county.
    pub fn prefecture_of(&self, i: usize) -> Option<usize> {
        std::iter::once(i).chain(self.ancestors(i)).find(|&r| {
            let region = &self.regions[r];
            let under_province = region.parent.map(|p| &self.regions[p]).filter(|p| p.class == Class::Province);
            match region.class {
                Class::City => true,
                Class::Province => region.name.ends_with('市'),
                Class::County => under_province.is_some_and(|p| !p.name.ends_with('市')),
                _ => false,
            }
        })
    }

    pub fn province_of(&self, i: usize) -> Option<usize> {
        std::iter::once(i).chain(self.ancestors(i)).find(|&r| self.regions[r].class == Class::Province)
    }

    /// Whether a region is a state-level new area (雄安新区), from
    /// `data/national_new_areas.tsv`: the one kind of region without a code.
    pub fn is_new_area(&self, i: usize) -> bool {
        self.regions[i].code.is_empty()
    }

    /// A region's entity: its class, canonical label and official code
    /// (none for a state-level new area, which has no code of its own).
    pub fn key(&self, i: usize) -> EntityKey {
        let r = &self.regions[i];
        if self.is_new_area(i) {
            EntityKey::new(r.class, self.canonical(i))
        } else {
            EntityKey::with_code(r.class, self.canonical(i), r.code.clone())
        }
    }

    /// The canonical label of a region: the official name, or for zones city + short form.
    pub fn canonical(&self, i: usize) -> &str {
        let r = &self.regions[i];
        r.zone_name.as_deref().unwrap_or(&r.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_give_classes_and_parents() {
        let g = gazetteer();
        let luanchuan = g.by_code("410324").unwrap();
        assert_eq!(g.region(luanchuan).name, "栾川县");
        assert_eq!(g.region(luanchuan).class, Class::County);
        let city = g.region(luanchuan).parent.unwrap();
        assert_eq!(g.region(city).name, "洛阳市");
        assert_eq!(g.region(g.region(city).parent.unwrap()).name, "河南省");
    }

    #[test]
    fn short_forms_and_zones() {
        let g = gazetteer();
        assert!(g.lookup("洛阳").iter().any(|&(i, k)| g.region(i).code == "4103" && k == NameKind::Short));
        assert!(g.lookup("瀍河").iter().any(|&(i, _)| g.region(i).name == "瀍河回族区"));
        let zone = g.by_code("410371").unwrap();
        assert_eq!(g.region(zone).class, Class::DevelopmentZone);
        assert_eq!(g.canonical(zone), "洛阳高新区");
        // 城关镇 exists in many counties: the name is ambiguous on its own
        assert!(g.lookup("城关镇").len() > 10);
    }

    #[test]
    fn township_level_zones_named_after_their_place_are_zones() {
        let g = gazetteer();
        let class_and_name = |code: &str| {
            let i = g.by_code(code).unwrap();
            (g.region(i).class, g.canonical(i).to_owned())
        };
        // 昆山开发区 (its own name), 如皋市经济开发区 (its county's short name + 经开区)
        assert_eq!(class_and_name("320583400"), (Class::DevelopmentZone, "昆山开发区".to_owned()));
        assert_eq!(class_and_name("320682400"), (Class::DevelopmentZone, "如皋经开区".to_owned()));
        // 新乡经济开发区 of 新乡县 would share 新乡经开区 with the city's own zone: its full name
        assert_eq!(class_and_name("410721560"), (Class::DevelopmentZone, "新乡经济开发区".to_owned()));
        assert_eq!(g.lookup("新乡经开区").iter().map(|&(i, _)| g.region(i).code.as_str()).collect::<Vec<_>>(), ["410772"]);
        // a unit named by its kind alone stays a township-level unit, and
        // its name is no name of it (开发区 in a 苏州 paper is no unit of 吴中区)
        assert_eq!(class_and_name("230126401").0, Class::Town);
        assert!(g.lookup("开发区").is_empty() && g.lookup("工业园区").is_empty());
        // 洋浦经济开发区 of 儋州市 is named by a place of its own, not a region's
        assert_eq!(class_and_name("460400499"), (Class::DevelopmentZone, "洋浦经济开发区".to_owned()));
        assert_eq!(g.lookup("洋浦经济开发区").len(), 1);
        // but not 临港经济开发区 of 江阴市 (where it lies), nor 长春经济开发区 of a
        // district of 益阳 (长春 is a city's name)
        assert_eq!(class_and_name("320281404").0, Class::Town);
        assert_eq!(class_and_name("430902401").0, Class::Town);
        // a resort or scenic area filed among the towns is no town's name
        // (旅游度假区 of 宁国市 had made 某某旅游度假区有限公司 a company of a town)
        assert_eq!(class_and_name("340882401").1, "旅游度假区");
        assert!(g.lookup("旅游度假区").is_empty() && g.lookup("阳澄湖生态休闲旅游度假区").is_empty());
    }

    #[test]
    fn a_city_with_no_counties_holds_its_towns_and_zones_itself() {
        let g = gazetteer();
        let code = |i: usize| g.region(i).code.clone();
        // the NBS list files 东莞市's towns under a county 441900 of the same name
        let city = g.by_code("4419").expect("东莞市");
        let humen = g.by_code("441900121").expect("虎门镇");
        assert_eq!(g.region(humen).parent, Some(city));
        assert_eq!(g.lookup("东莞市").iter().map(|&(i, _)| code(i)).collect::<Vec<_>>(), ["4419"]);
        assert_eq!(g.lookup("东莞").iter().map(|&(i, _)| code(i)).collect::<Vec<_>>(), ["4419"]);
        // and 洋浦经济开发区 is 儋州市's, the city the text names
        let zone = g.by_code("460400499").expect("洋浦经济开发区");
        assert_eq!(g.zone_place(zone).map(code).as_deref(), Some("4604"));
    }

    #[test]
    fn a_town_is_also_named_with_its_former_suffix() {
        let g = gazetteer();
        // 叶坪镇 (two towns of that name) was 叶坪乡; 冶源街道 was 冶源镇
        let towns = |name: &str| g.lookup(name).iter().map(|&(i, _)| g.region(i).code.clone()).collect::<Vec<_>>();
        assert_eq!(towns("叶坪乡"), towns("叶坪镇"));
        assert_eq!(towns("叶坪乡").len(), 2);
        assert_eq!(towns("冶源镇"), ["370724003"]);
        // a town that has the name itself keeps it alone: 竹叶坪乡 is no 竹叶坪镇's
        assert!(towns("竹叶坪乡").iter().all(|c| g.region(g.by_code(c).unwrap()).name == "竹叶坪乡"));
    }

    #[test]
    fn a_citys_functional_areas_named_as_zones_are_zones() {
        let g = gazetteer();
        let meanings = |name: &str| g.lookup(name).iter().map(|&(i, _)| (g.region(i).code.as_str(), g.region(i).class)).collect::<Vec<_>>();
        // 镇江新区 is its own canonical name: one meaning, not the same zone twice
        assert_eq!(meanings("镇江新区"), [("321171", Class::DevelopmentZone)]);
        assert_eq!(meanings("苏州工业园区"), [("320576", Class::DevelopmentZone)]);
        assert_eq!(meanings("郑州航空港经济综合实验区"), [("410173", Class::DevelopmentZone)]);
        // a 管理区 is a county-level area, not a zone
        assert_eq!(meanings("龙感湖管理区"), [("421171", Class::County)]);
    }

    #[test]
    fn state_level_new_areas_are_zones_without_a_code() {
        let g = gazetteer();
        let [(xiongan, NameKind::Full)] = g.lookup("雄安新区") else { panic!("{:?}", g.lookup("雄安新区")) };
        let r = g.region(*xiongan);
        assert_eq!((r.name.as_str(), r.class, r.code.as_str()), ("河北雄安新区", Class::DevelopmentZone, ""));
        assert_eq!(g.region(r.parent.unwrap()).name, "河北省");
        // no code: the entity has none either (its IRI is hid:zone/河北雄安新区)
        assert_eq!(g.key(*xiongan), EntityKey::new(Class::DevelopmentZone, "河北雄安新区"));
        let liangjiang = g.lookup("两江新区");
        assert_eq!(liangjiang.len(), 1);
        assert_eq!(g.canonical(liangjiang[0].0), "重庆两江新区");
        assert_eq!(g.region(g.region(liangjiang[0].0).parent.unwrap()).name, "重庆市");
        // the districts and the zone the NBS codes already give are not repeated
        assert_eq!(g.lookup("浦东新区").len(), 1);
        assert_eq!(g.lookup("兰州新区").len(), 1);
    }

    #[test]
    fn autonomous_prefectures_by_the_forms_texts_write() {
        let g = gazetteer();
        let meanings = |name: &str| g.lookup(name).iter().map(|&(i, _)| g.region(i).name.as_str()).collect::<Vec<_>>();
        assert_eq!(meanings("黔东南州"), ["黔东南苗族侗族自治州"]);
        assert_eq!(meanings("伊犁州"), ["伊犁哈萨克自治州"]);
        // and autonomous counties and banners by their short form and kind
        assert_eq!(meanings("威宁自治县"), ["威宁彝族回族苗族自治县"]);
        assert_eq!(meanings("莫力达瓦自治旗"), ["莫力达瓦达斡尔族自治旗"]);
        // (a name that is its short form and kind is listed once)
        assert_eq!(meanings("巴里坤哈萨克自治县"), ["巴里坤哈萨克自治县"]);
        assert_eq!(short_form("巴音郭楞蒙古自治州", Class::City).as_deref(), Some("巴音郭楞"));
        // the cut at a group named without 族 is for prefectures only
        assert_eq!(short_form("内蒙古自治区", Class::Province).as_deref(), Some("内蒙古"));
    }

    #[test]
    fn parks_named_by_what_they_make_are_not_found_by_name() {
        let g = gazetteer();
        // township-level units of the list named by an industry and a kind
        // of park, not after a place above them: words of any article
        for name in ["新能源产业园", "现代农业产业园", "物流园区", "生物医药产业园"] {
            assert!(g.lookup(name).is_empty(), "{name}");
        }
        // a park named after its county is still a zone
        assert!(g.lookup("峡江县工业园区").iter().any(|&(i, _)| g.region(i).class == Class::DevelopmentZone));
    }

    #[test]
    fn units_the_list_names_by_their_office_are_their_zone_or_nothing() {
        let g = gazetteer();
        // a kind of zone and its office, with no place: words of any article
        for name in ["经济开发区管委会", "高新技术开发区管委会", "工业园区管委会", "经济开发区", "高新技术开发区"] {
            assert!(g.lookup(name).is_empty(), "{name}: {:?}", g.lookup(name));
        }
        // a zone named after its county, listed by its office, is that zone
        let zone = g.lookup("蕲春经济开发区");
        assert!(zone.iter().any(|&(i, _)| g.region(i).class == Class::DevelopmentZone), "{zone:?}");
        assert!(g.lookup("蕲春经济开发区管委会").is_empty());
    }

    #[test]
    fn verbs_and_words_of_any_article_are_no_short_names() {
        let g = gazetteer();
        // 新建 (to build new) and 古城 (old town) are words before they are districts
        for word in ["新建", "古城"] {
            assert!(g.lookup(word).iter().all(|&(_, kind)| kind != NameKind::Short), "{word}");
        }
        assert!(!g.lookup("新建区").is_empty());
        assert!(!g.lookup("古城区").is_empty());
    }
}

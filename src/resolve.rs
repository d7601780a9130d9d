//! Stage 4: decide what each recognised name refers to. An article's home
//! region (its most-mentioned city, CONVENTIONS rule 2) resolves relative
//! names (市委 → 定西市委, 县农业农村局 → 陇西县农业农村局, 高新区 →
//! 定西高新区); ambiguous gazetteer names (城关镇) take the candidate whose
//! ancestors the article names, never the first match.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use crate::gazetteer::{Gazetteer, gazetteer, short_form};
use crate::lexicon::lexicons;
use crate::model::{Class, EntityKey};
use crate::normalise::{NormText, is_one_of, is_sentence_end};
use crate::recognise::{Candidate, OrgRef, REGION_LEVELS, Recognised, Reference, RegionRef};

/// A candidate with its entity decided, in normalised offsets.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub entity: EntityKey,
    pub rule: &'static str,
    /// gazetteer index for regions and zones
    pub region: Option<usize>,
}

/// A post resolved to its organisation's entity.
#[derive(Clone, Debug)]
pub struct ResolvedPost {
    pub person: usize,
    pub title: String,
    pub organisation: Resolved,
}

pub struct Resolution {
    pub home_city: Option<usize>,
    pub home_province: Option<usize>,
    /// One per candidate; `None` where the name could not be resolved.
    pub mentions: Vec<Option<Resolved>>,
    pub posts: Vec<ResolvedPost>,
    /// Other forms for entities (official long names, 人民政府 forms…).
    pub aliases: Vec<(EntityKey, String)>,
}

pub fn resolve(text: &NormText, rec: &Recognised) -> Resolution {
    let g = gazetteer();
    let home_city = home_city(g, text, &rec.candidates).or_else(|| county_of_towns(g, &rec.candidates).and_then(|c| g.prefecture_of(c)));
    let home_province = home_city
        .and_then(|c| g.province_of(c))
        .or_else(|| most_mentioned(&rec.candidates, |r| g.region(r).class == Class::Province));
    let mut unambiguous_regions: Vec<usize> = rec.candidates.iter().filter_map(unambiguous_region).collect();
    unambiguous_regions.sort_unstable();
    unambiguous_regions.dedup();
    let mut r = Resolver { text, g, rec, home_city, home_province, own_city: home_city, home_county: None, regions: Vec::new(), unambiguous_regions, visited_counties: OnceCell::new(), quoted_spans: OnceCell::new(), aliases: Vec::new() };
    // regions first: everything relative looks back at them
    r.regions = rec.candidates.iter().map(|c| r.resolve_region_candidate(c)).collect();
    r.home_county = r.county_of_the_towns_named();
    // (the regions were resolved with 市 the home city's: a bare 市 names no region)
    r.own_city = r.county_level_home().or(home_city);
    // read again once the regions named are known: 我市 in the paper of a
    // county-level city (寿光市) is that city, and 县经开区 the county's zone
    // (in the first pass no region was known, and it fell to the home city's)
    for (i, c) in rec.candidates.iter().enumerate() {
        let own_city = r.own_city != home_city && matches!(c.reference, Reference::Region(RegionRef::Relative('市')));
        let county_zone = matches!(c.reference, Reference::Region(RegionRef::Zone(_))) && relative_county_before(text, c.start).is_some();
        if own_city || county_zone {
            r.regions[i] = r.resolve_region_candidate(c);
        }
    }
    let mentions: Vec<Option<Resolved>> = (0..rec.candidates.len()).map(|i| r.resolve_candidate(i)).collect();
    let posts = rec
        .posts
        .iter()
        .filter_map(|p| {
            let org = p.org.as_ref()?;
            let organisation = r.resolve_org(org, p.at, p.org_end, "post-organisation")?;
            Some(ResolvedPost { person: p.person, title: p.title.clone(), organisation })
        })
        .collect();
    let mut res = Resolution { home_city, home_province, mentions, posts, aliases: r.aliases };
    meetings_of_their_organ(&mut res, text);
    plenaries_of_their_session(&mut res, text);
    merge_short_forms(&mut res, text);
    villages_under_their_towns(&mut res);
    officials_throughout(&mut res);
    res
}

/// A meeting named by an organ alone (主持召开常委会会议, 党工委扩大会议,
/// 党组会议, 常务会议) is the sitting of the body of that organ the
/// sentence names last before it (区委书记某某主持召开常委会会议 → 某区委常委会会议):
/// named as written, it would be one meeting of every county's paper.
/// The written name stays an alias.
fn meetings_of_their_organ(res: &mut Resolution, text: &NormText) {
    // (the organ opening the meeting's name, whether the body's name ends
    // with it already, and the bodies it belongs to)
    let party_committee = |b: &str| ["省委", "市委", "县委", "区委", "州委", "旗委", "盟委"].iter().any(|s| b.ends_with(s));
    let owner = |organ: &str, b: &str| match organ {
        "党工委" | "党委" => b.ends_with(organ),
        "常委会" => party_committee(b),
        "党组" => ["局", "厅", "委员会", "办公室", "办"].iter().any(|s| b.ends_with(s)) || b.ends_with("党组"),
        _ => b.ends_with("政府"), // 常务会议
    };
    let mut renames: Vec<(usize, EntityKey)> = Vec::new();
    let all: Vec<&Resolved> = res.mentions.iter().flatten().collect();
    for (i, m) in res.mentions.iter().enumerate() {
        let Some(m) = m.as_ref().filter(|m| m.entity.class == Class::Meeting && m.entity.name == m.text) else { continue };
        let Some(organ) = ["党工委", "常委会", "党组", "党委", "常务会议"].into_iter().find(|o| m.text.starts_with(o)) else { continue };
        let from = text.sentence_start(m.start);
        let in_sentence = all.iter().filter(|b| b.entity.class == Class::GovernmentBody && b.start >= from && b.end <= m.start && owner(organ, &b.entity.name)).max_by_key(|b| b.end).map(|b| &b.entity);
        // (or the chair's, named with the post in an earlier sentence: 某某主持召开党组会议)
        let chair = (m.start >= 4 && text.slice(m.start - 4, m.start) == "主持召开")
            .then(|| all.iter().find(|c| matches!(c.entity.class, Class::Official | Class::Person) && c.end == m.start - 4))
            .flatten();
        // (by name: a later mention is still a Person until officials_throughout)
        let chairs_body = || {
            let chair = chair?;
            let mut held = res.posts.iter().filter(|p| res.mentions[p.person].as_ref().is_some_and(|c| c.entity.name == chair.entity.name)).map(|p| &p.organisation.entity).filter(|b| b.class == Class::GovernmentBody && owner(organ, &b.name));
            held.next().filter(|b| held.all(|o| o == *b))
        };
        let Some(body) = in_sentence.or_else(chairs_body) else { continue };
        // (the body's name may end with the organ already: 某高新区党工委 + 扩大会议)
        let rest = if body.name.ends_with(organ) && organ != "常务会议" { &m.text[organ.len()..] } else { m.text.as_str() };
        renames.push((i, EntityKey::new(Class::Meeting, format!("{}{rest}", body.name))));
    }
    rename_mentions(res, renames);
}

/// Give the mentions at these indices their new entities, the written
/// names staying aliases.
fn rename_mentions(res: &mut Resolution, renames: Vec<(usize, EntityKey)>) {
    for (i, to) in renames {
        if let Some(m) = res.mentions[i].as_mut() {
            res.aliases.push((to.clone(), m.text.clone()));
            m.entity = to;
        }
    }
}

/// 某市人大常委会第二十三次会议举行第一次全体会议: the plenary sitting is
/// the session's, whose chair and attendance the article reports (named
/// alone, 第一次全体会议 would be one meeting of every paper). The written
/// name stays an alias.
fn plenaries_of_their_session(res: &mut Resolution, text: &NormText) {
    let plenary = |n: &str| {
        let rest = n.strip_prefix('第').and_then(|r| r.split_once('次')).map_or(n, |(num, r)| if num.chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)) { r } else { n });
        rest == "全体会议"
    };
    let renames: Vec<(usize, EntityKey)> = res
        .mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let m = m.as_ref().filter(|m| m.entity.class == Class::Meeting && plenary(&m.text) && m.start >= 2)?;
            if !["举行", "召开"].contains(&text.slice(m.start - 2, m.start)) {
                return None;
            }
            let session = res.mentions.iter().flatten().find(|s| s.entity.class == Class::Meeting && s.end == m.start - 2)?;
            Some((i, session.entity.clone()))
        })
        .collect();
    rename_mentions(res, renames);
}

/// 花垣县十八洞村 (a headline) and 双龙镇十八洞村 (the body), 双龙镇 in 花垣县:
/// one village, filed under its town (rule 11: no partOf that skips a level).
fn villages_under_their_towns(res: &mut Resolution) {
    let g = gazetteer();
    let villages: BTreeSet<EntityKey> = res.mentions.iter().flatten().filter(|m| m.entity.class == Class::Village).map(|m| m.entity.clone()).collect();
    let parent_of = |k: &EntityKey| k.code.as_deref().and_then(|c| c.rsplit_once('/')).and_then(|(p, _)| g.by_code(p));
    let renames: Vec<(EntityKey, EntityKey)> = villages
        .iter()
        .filter_map(|county_filed| {
            let county = parent_of(county_filed).filter(|&c| g.region(c).class == Class::County)?;
            let mut under_towns = villages.iter().filter(|k| k.name == county_filed.name && parent_of(k).is_some_and(|t| g.region(t).class == Class::Town && g.region(t).parent == Some(county)));
            match (under_towns.next(), under_towns.next()) {
                (Some(town_filed), None) => Some((county_filed.clone(), town_filed.clone())),
                _ => None,
            }
        })
        .collect();
    if renames.is_empty() {
        return;
    }
    let rename = |k: &mut EntityKey| {
        if let Some((_, to)) = renames.iter().find(|(from, _)| from == k) {
            *k = to.clone();
        }
    };
    for m in res.mentions.iter_mut().flatten() {
        rename(&mut m.entity);
    }
    for p in res.posts.iter_mut() {
        rename(&mut p.organisation.entity);
    }
    for (k, _) in res.aliases.iter_mut() {
        rename(k);
    }
}

/// A person named with a post anywhere in the article is an Official at
/// every mention, so that 县委书记范华主持… and, later, 范华先后到…调研 are
/// one official, and the relations of the later, bare mention (inspected,
/// attendedBy) are an official's.
fn officials_throughout(res: &mut Resolution) {
    let officials: std::collections::HashSet<String> = res.mentions.iter().flatten().filter(|m| m.entity.class == Class::Official).map(|m| m.entity.name.clone()).collect();
    for m in res.mentions.iter_mut().flatten() {
        if m.entity.class == Class::Person && officials.contains(&m.entity.name) {
            m.entity = EntityKey::new(Class::Official, m.entity.name.clone());
        }
    }
}

/// Within one article, a meeting, project or company written once in full
/// and elsewhere by its tail (党工委(扩大)会议 for 示范区党工委(扩大)会议,
/// 华兴实业有限公司 for 定西市华兴实业有限公司) is one entity: the tail
/// becomes an alias of the unique longer name that ends with it.
fn merge_short_forms(res: &mut Resolution, text: &NormText) {
    let keys: Vec<EntityKey> = res.mentions.iter().flatten().map(|m| m.entity.clone()).collect();
    let mut renames: Vec<(EntityKey, EntityKey)> = headline_meetings_reported(res, text);
    for short in &keys {
        if !matches!(short.class, Class::Meeting | Class::Project | Class::Enterprise | Class::Policy) || short.name.chars().count() < 4 {
            continue;
        }
        // tails for all three; heads for projects too (人民公园 ↔ 人民公园改造提升工程)
        let mut longer: Vec<&EntityKey> = keys
            .iter()
            .filter(|k| k.class == short.class && k.name != short.name)
            .filter(|k| {
                let tail = k.name.ends_with(short.name.as_str()) && short.class != Class::Policy && !convened_by_another(res, text, short, k);
                let head = matches!(short.class, Class::Project | Class::Policy) && k.name.starts_with(short.name.as_str());
                // 区委常委会 (a headline) and 区委常委会会议; 十届三次会议 and
                // 政协某县第十届委员会第三次会议
                // (区委常委会(扩大)会议: the enlarged sitting is the one reported)
                let meeting = short.class == Class::Meeting
                    && (k.name.strip_suffix("会议").map(strip_bracketed).as_deref() == Some(short.name.as_str())
                        || same_session(&short.name, &k.name)
                        || numbered_sitting_of(&short.name, &k.name)
                        || same_meeting_but_year_or_scope(&short.name, &k.name));
                // 在某某有限公司项目现场 after 某某有限公司年产…项目: the company's project named before
                let company_project = short.class == Class::Project
                    && short.name.strip_suffix("项目").is_some_and(|co| k.name.starts_with(co) && keys.iter().any(|e| e.class == Class::Enterprise && e.name == co));
                // 富硒食品产业园项目 after 某园区富硒食品产业园: the park's tail and 项目
                let tail_as_project = short.class == Class::Project
                    && short.name.strip_suffix("项目").is_some_and(|park| park.chars().count() >= 4 && k.name.ends_with(park));
                tail || head || meeting || company_project || tail_as_project
            })
            .collect();
        longer.sort();
        longer.dedup();
        // (not back: a headline's 防汛抗旱工作会议 already goes to the body's
        // 2024年防汛抗旱工作会议, which the year rule would send back to it)
        if let [only] = longer.as_slice()
            && !renames.iter().any(|(s, _)| s == short)
            && !renames.iter().any(|(s, t)| s == *only && t == short)
        {
            renames.push((short.clone(), (*only).clone()));
        }
    }
    // where a name goes, through the renames one after another (A → B → C)
    let target = |k: &EntityKey| -> Option<EntityKey> {
        let mut to = renames.iter().find(|(from, _)| from == k)?.1.clone();
        for _ in 0..renames.len() {
            match renames.iter().find(|(from, _)| *from == to) {
                Some((_, next)) if next != k => to = next.clone(),
                _ => break,
            }
        }
        Some(to)
    };
    for m in res.mentions.iter_mut().flatten() {
        if let Some(to) = target(&m.entity) {
            res.aliases.push((to.clone(), m.entity.name.clone()));
            m.entity = to;
        }
    }
    for (k, _) in res.aliases.iter_mut() {
        if let Some(to) = target(k) {
            *k = to;
        }
    }
}

/// Whether a meeting's short name is convened by another region than the
/// one opening the longer name (深州市召开安全生产工作会议, then 会议传达了
/// 衡水市安全生产工作会议精神: two meetings, the city's recalled in the
/// county's).
fn convened_by_another(res: &Resolution, text: &NormText, short: &EntityKey, long: &EntityKey) -> bool {
    if short.class != Class::Meeting {
        return false;
    }
    let Some(prefix) = long.name.strip_suffix(short.name.as_str()).filter(|p| !p.is_empty()) else { return false };
    res.mentions.iter().flatten().filter(|m| m.entity == *short).any(|m| conveners(res, text, m).any(|c| !names_related(&c.entity.name, prefix)))
}

/// The regions and bodies written right before 召开 and the meeting
/// mentioned at `meeting` (深州市|召开|安全生产工作会议).
fn conveners<'r>(res: &'r Resolution, text: &NormText, meeting: &Resolved) -> impl Iterator<Item = &'r Resolved> {
    let convened = meeting.start >= 2 && text.chars[meeting.start - 2..meeting.start] == ['召', '开'];
    let at = meeting.start.saturating_sub(2);
    (res.mentions.iter().flatten()).filter(move |c| convened && c.end == at && (c.entity.class.is_region() || c.entity.class == Class::GovernmentBody))
}

/// Whether one name opens the other (深州市 and 深州市委, 宣威市 and 宣威市…会议).
fn names_related(a: &str, b: &str) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// 区委常委会 (a headline's: 某区委常委会召开2024年第28次会议) and
/// 区委常委会2024年第28次会议: the organ's numbered sitting, the only one
/// the article names.
fn numbered_sitting_of(organ: &str, meeting: &str) -> bool {
    organ.ends_with("常委会")
        && meeting
            .strip_prefix(organ)
            .and_then(|rest| rest.strip_suffix("会议"))
            .is_some_and(|n| !n.is_empty() && n.contains('次') && n.chars().all(|c| c.is_ascii_digit() || "年第次一二三四五六七八九十()扩大".contains(c)))
}

/// A headline's meeting and the one meeting of its kind the body names,
/// in other words around the same ones (脱贫攻坚成果巩固工作调度会 and
/// 全州巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作调度会): one meeting, under
/// the body's longer name. Its kind (the last three characters: 调度会,
/// 推进会, 工作会议) must be the same, and nine tenths of the headline's
/// characters must be in the body's name.
fn headline_meetings_reported(res: &Resolution, text: &NormText) -> Vec<(EntityKey, EntityKey)> {
    let Some(headline_end) = text.chars.iter().position(|&c| c == '\n') else { return Vec::new() };
    let meetings = || res.mentions.iter().flatten().filter(|m| m.entity.class == Class::Meeting);
    let mut body: Vec<&EntityKey> = meetings().filter(|m| m.start > headline_end).map(|m| &m.entity).collect();
    body.sort();
    body.dedup();
    // (brackets aside: 常委会扩大会议 and 常委会(扩大)会议 are of one kind)
    let kind = |n: &str| n.chars().rev().filter(|&c| c != '(' && c != ')').take(3).collect::<String>();
    let mut renames: Vec<(EntityKey, EntityKey)> = Vec::new();
    let organs = || res.mentions.iter().flatten().filter(|c| c.entity.class.is_region() || c.entity.class == Class::GovernmentBody);
    for hm in meetings().filter(|m| m.end <= headline_end) {
        let h = &hm.entity;
        // (a scope the headline writes, 全市, is no word of the name: 某市召开全市项目建设推进会)
        let words = SCOPES.iter().find_map(|s| h.name.strip_prefix(s)).unwrap_or(&h.name);
        let shared = |b: &str| words.chars().filter(|&c| b.contains(c)).count() * 10 >= words.chars().count() * 9;
        // (宣威市召开…工作会议: not the 曲靖市…工作会议 its body recalls)
        let convener = conveners(res, text, hm).next();
        let opened_by_another = |b: &EntityKey| {
            convener.is_some_and(|conv| {
                meetings().filter(|m| m.entity == *b).any(|m| organs().any(|c| c.start == m.start && !names_related(&c.entity.name, &conv.entity.name)))
            })
        };
        let longer: Vec<&&EntityKey> = body
            .iter()
            .filter(|b| b.name.chars().count() > h.name.chars().count() && kind(&b.name) == kind(&h.name) && shared(&b.name) && !opened_by_another(b))
            .collect();
        if let [only] = longer.as_slice()
            && !body.contains(&h)
            && !renames.iter().any(|(from, _)| from == h)
        {
            renames.push((h.clone(), (**only).clone()));
        }
    }
    renames
}

/// A county named by one character and 县 (曹县, 临县), whose only short
/// form is its whole name.
fn one_character_county(name: &str, class: Class) -> bool {
    class == Class::County && name.chars().count() == 2
}

/// Whether `short` is `long` written with its year where `long` has its
/// scope, or without either (a headline's 2024年冬季农牧业工作推进会 and the
/// body's 全县冬季农牧业工作推进会): the same name once the year and a scope
/// only one of them writes are set aside. Two scopes (全市…, 全县…) are two
/// meetings. Only toward the name with a scope, else the one without a year.
/// The scopes a meeting's name may open with (全县冬季农牧业工作推进会).
const SCOPES: [&str; 6] = ["全县", "全市", "全区", "全州", "全省", "全旗"];

fn same_meeting_but_year_or_scope(short: &str, long: &str) -> bool {
    // (scope, year written, the rest): 全县2024年冬季… → (全县, true, 冬季…)
    let parts = |n: &str| -> (Option<&'static str>, bool, String) {
        let scope = SCOPES.iter().find(|s| n.starts_with(**s)).copied();
        let rest = &n[scope.map_or(0, str::len)..];
        let digits = rest.chars().take_while(|c| c.is_ascii_digit()).count();
        match rest[digits..].strip_prefix('年') {
            Some(after) if digits == 4 => (scope, true, after.trim_start_matches('度').to_owned()),
            _ => (scope, false, rest.to_owned()),
        }
    };
    let ((sa, ya, ca), (sb, yb, cb)) = (parts(short), parts(long));
    // neither wrote a year: the tail rule and the sessions' decide; two scopes are two meetings
    if !(ya || yb) || ca.chars().count() < 4 || matches!((sa, sb), (Some(x), Some(y)) if x != y) {
        return false;
    }
    // one direction only: toward the name with a scope, else toward the one without a year
    ca == cb && (sa.is_some(), !ya) < (sb.is_some(), !yb)
}

/// Whether `short` names the session of a congress or conference that
/// `long` names in full: the same term and sitting (十届三次会议,
/// 政协某县第十届委员会第三次会议), and the same kind of body where
/// `short` names one.
fn same_session(short: &str, long: &str) -> bool {
    let (Some(a), Some(b)) = (session_numbers(short), session_numbers(long)) else { return false };
    // (the conference in full: 中国人民政治协商会议某县第十届委员会第三次会议)
    let kinds = [["政协", "政治协商会议"], ["人大", "人民代表大会"], ["党代会", "代表大会"]];
    let same_kind = kinds.iter().all(|[k, full]| !short.contains(k) || long.contains(k) || long.contains(full));
    a == b && short.chars().count() < long.chars().count() && same_kind
}

/// The term and sitting numbers of a session's name (十届三次会议 →
/// (十, 三); 第十届委员会第三次会议 → (十, 三)), if it ends so.
fn session_numbers(name: &str) -> Option<(String, String)> {
    let stem = name.strip_suffix("会议").or_else(|| name.strip_suffix("全会"))?;
    let stem = stem.strip_suffix('次')?;
    let numerals = |s: &str| s.chars().rev().take_while(|&c| is_one_of(c, "一二三四五六七八九十")).collect::<String>();
    let sitting = numerals(stem);
    let before_sitting = stem[..stem.len() - sitting.len()].trim_end_matches('第');
    let term_at = before_sitting.rfind('届')?;
    let term = numerals(&before_sitting[..term_at]);
    (!sitting.is_empty() && !term.is_empty()).then_some((term, sitting))
}

/// The city mentioned most, counting a county or town's city too (a county
/// paper names its county far more than its city), or in its place a
/// province-level municipality or a county its province governs
/// ([`Gazetteer::prefecture_of`]); of cities mentioned
/// as much, the one named first (the headline's, the dateline's).
/// A place a company is named after (上海某某有限公司) or a delegation goes
/// to (赴上海) says little about whose paper it is, and counts one.
fn home_city(g: &Gazetteer, text: &NormText, cands: &[Candidate]) -> Option<usize> {
    let mut score: BTreeMap<usize, usize> = BTreeMap::new();
    let mut first_named: BTreeMap<usize, usize> = BTreeMap::new();
    let companies = company_spans(cands);
    for c in cands {
        if let Reference::Region(RegionRef::Named(rs)) = &c.reference {
            let elsewhere = companies.iter().any(|&(s, e)| s <= c.start && c.end <= e) || (c.start > 0 && text.chars[c.start - 1] == '赴');
            let cities: Vec<usize> = rs.iter().filter_map(|&r| g.prefecture_of(r)).collect();
            if (cities.len() == 1 || cities.windows(2).all(|w| w[0] == w[1]))
                && let Some(&city) = cities.first()
            {
                let direct = rs.contains(&city);
                // a full name (苍溪县) says more than a short form (振兴) that may be a word
                let full = c.rule != "gazetteer-short";
                *score.entry(city).or_default() += match (direct, full) {
                    _ if elsewhere => 1,
                    (true, true) => 4,
                    (false, true) | (true, false) => 2,
                    (false, false) => 1,
                };
                let first = first_named.entry(city).or_insert(c.start);
                *first = (*first).min(c.start);
            }
        }
    }
    score.into_iter().max_by_key(|&(city, n)| (n, std::cmp::Reverse(first_named[&city]))).map(|(c, _)| c)
}

/// Where the companies the recogniser found are written (a region inside
/// one names where it was registered, not where the text is or goes).
fn company_spans(cands: &[Candidate]) -> Vec<(usize, usize)> {
    cands.iter().filter(|c| matches!(c.reference, Reference::Named { class: Class::Enterprise, .. })).map(|c| (c.start, c.end)).collect()
}

/// Whether `zone` is a type alone (高新区), not a zone with a name of its own (东湖高新区).
fn is_bare_zone_type(zone: &str) -> bool {
    lexicons().zone_types.iter().any(|(_, bare)| bare == zone)
}

/// The county all of whose towns the article names, where each town's name
/// is borne by towns of several counties (若水镇 of Hunan and of Sichuan,
/// 林城镇 of Hunan and of Zhejiang) and only one county has them all.
fn county_of_towns(g: &Gazetteer, cands: &[Candidate]) -> Option<usize> {
    let mut names_by_county: BTreeMap<usize, Vec<&[usize]>> = BTreeMap::new();
    for c in cands.iter().filter(|c| c.rule == "gazetteer") {
        let Reference::Region(RegionRef::Named(rs)) = &c.reference else { continue };
        if !rs.iter().all(|&r| g.region(r).class == Class::Town) {
            continue;
        }
        let mut counties: Vec<usize> = rs.iter().filter_map(|&r| g.region(r).parent).collect();
        counties.sort_unstable();
        counties.dedup();
        for county in counties {
            let seen = names_by_county.entry(county).or_default();
            if !seen.contains(&rs.as_slice()) {
                seen.push(rs.as_slice());
            }
        }
    }
    let most = names_by_county.values().map(Vec::len).max()?;
    let mut best = names_by_county.iter().filter(|(_, names)| names.len() == most).map(|(&c, _)| c);
    match (best.next(), best.next()) {
        (Some(c), None) if most >= 2 => Some(c),
        _ => None,
    }
}

/// The region a candidate names, when its name can mean only one.
fn unambiguous_region(c: &Candidate) -> Option<usize> {
    match &c.reference {
        Reference::Region(RegionRef::Named(rs)) => match rs.as_slice() {
            [r] => Some(*r),
            _ => None,
        },
        _ => None,
    }
}

fn most_mentioned(cands: &[Candidate], keep: impl Fn(usize) -> bool) -> Option<usize> {
    let mut count: BTreeMap<usize, usize> = BTreeMap::new();
    for r in cands.iter().filter_map(unambiguous_region).filter(|&r| keep(r)) {
        *count.entry(r).or_default() += 1;
    }
    count.into_iter().max_by_key(|&(r, n)| (n, std::cmp::Reverse(r))).map(|(r, _)| r)
}

struct Resolver<'a> {
    text: &'a NormText,
    g: &'static Gazetteer,
    rec: &'a Recognised,
    home_city: Option<usize>,
    home_province: Option<usize>,
    /// The city a bare 市 means: the home city, or a county-level city of it
    /// whose paper this is ([`Self::county_level_home`]).
    own_city: Option<usize>,
    /// The county of a paper that names its towns but not itself (县委 in
    /// an article about 若水镇 and 林城镇): what a bare 县 means when the
    /// article names no county ([`Self::county_of_the_towns_named`]).
    home_county: Option<usize>,
    /// resolved gazetteer region of each candidate (regions only)
    regions: Vec<Option<usize>>,
    /// the regions named by a name that means only one, sorted (computed once: `pick` asks per name)
    unambiguous_regions: Vec<usize>,
    /// [`Self::visited_from_another_county`], computed on first use after the regions are resolved
    visited_counties: OnceCell<Vec<usize>>,
    /// Where each short quotation (“…” within one clause) opens and closes,
    /// in order ([`Self::inside_quotes`]).
    quoted_spans: OnceCell<Vec<(usize, usize)>>,
    aliases: Vec<(EntityKey, String)>,
}

impl Resolver<'_> {
    fn paragraph_start(&self, pos: usize) -> usize {
        self.text.paragraph_start(pos)
    }

    /// Pick one gazetteer region for a name: the candidate the article's
    /// other names support (an ancestor named, the home city or province).
    fn pick(&self, cands: &[usize], short: bool) -> Option<usize> {
        let g = self.g;
        let score = |r: usize| -> usize {
            let mut s = 0;
            if g.ancestors(r).any(|a| self.unambiguous_regions.binary_search(&a).is_ok()) {
                s += 4;
            }
            if self.home_city.is_some_and(|h| h == r || g.is_ancestor(h, r)) {
                s += 2;
            }
            if self.home_province.is_some_and(|h| h == r || g.is_ancestor(h, r)) {
                s += 1;
            }
            s
        };
        // 湘潭 in a paper naming 湘潭市 in full and not 湘潭县: the city, not its
        // county (which the city named scores above it, as its ancestor)
        let named_in_full = |r: usize| self.unambiguous_regions.binary_search(&r).is_ok();
        if short
            && let Some(&city) = cands.iter().find(|&&c| g.region(c).class == Class::City && named_in_full(c))
            && cands.iter().all(|&c| c == city || g.is_ancestor(city, c) && !named_in_full(c))
        {
            return Some(city);
        }
        let mut scored: Vec<(usize, usize)> = cands.iter().map(|&r| (score(r), r)).collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let (best, r) = *scored.first()?;
        let tied: Vec<usize> = scored.iter().filter(|(s, _)| *s == best).map(|&(_, r)| r).collect();
        // 喀什 (喀什地区 and its seat 喀什市) where the article is about the
        // region: a name shared by a region and one inside it means the
        // larger one, where the home city or a named ancestor supports them
        // (白银 of 真金白银, 长沙 of 县长沙某某 in a paper of the province, stay no place)
        let r = match tied.as_slice() {
            [a, b] if best >= 2 && g.region(*b).parent == Some(*a) => *a,
            [a, b] if best >= 2 && g.region(*a).parent == Some(*b) => *b,
            [_] => r,
            _ => return None,
        };
        let class = g.region(r).class;
        // short county names count only where the article supports them
        if short && best == 0 && !matches!(class, Class::Province | Class::City) {
            return None;
        }
        // a county or town outside the home city needs its province or city named too:
        // 振兴区 inside 乡村振兴区 is no district of Liaoning in a Henan paper
        // (a state-level new area is known nationwide: 雄安新区 in a 保定 county's paper)
        let in_home_city = self.home_city.is_some_and(|h| h == r || g.is_ancestor(h, r));
        // (a zone whose name opens with its city's names that city: 赣州经济技术开发区)
        let names_its_city = class == Class::DevelopmentZone && cands.len() == 1 && g.zone_named_after_its_city(r);
        if matches!(class, Class::County | Class::Town | Class::DevelopmentZone) && !in_home_city && best < 4 && !g.is_new_area(r) && !names_its_city {
            return None;
        }
        if !short && cands.len() > 1 && best == 0 {
            return None;
        }
        Some(r)
    }

    fn resolve_region_candidate(&self, c: &Candidate) -> Option<usize> {
        match &c.reference {
            Reference::Region(RegionRef::Named(rs)) => {
                let short = c.rule == "gazetteer-short";
                self.pick(rs, short).or_else(|| {
                    // 来凤县委副书记 in a county paper about its trip to 深圳: a
                    // county's full name that only it bears, written with its
                    // own organ, is that county wherever the article is about
                    // (or with its paper or station: （疏附县融媒体中心）, the paper's own county)
                    let followed_by_organ = || {
                        let after = self.text.slice(c.end, (c.end + 6).min(self.text.chars.len()));
                        ["委", "政府", "人民政府", "人大", "政协"].iter().any(|o| after.starts_with(o)) || lexicons().media.iter().any(|m| after.starts_with(m.as_str()))
                    };
                    // or in a paper that writes 我县, the only county of that name
                    // (昭平县（深圳）招商推介会 in 昭平县's paper on its trip to 深圳)
                    // (or writes 县委, 县政府 with no county named before: 县委书记某某率队赴深圳)
                    let county_paper = || {
                        self.rec.candidates.iter().any(|o| match &o.reference {
                            Reference::Region(RegionRef::Relative('县')) => o.rule == "own-region",
                            Reference::Body(org) => matches!(org.region, Some(RegionRef::Relative('县'))) && o.start < c.start,
                            _ => false,
                        })
                    };
                    // or written in a full name of five characters or more, which
                    // no other word hides (威宁彝族回族苗族自治县 in a paper naming
                    // only its partner city, 佛山市)
                    let long_name = c.end - c.start >= 5;
                    // or a city's short form right before a zone type (长沙|经开区
                    // in a paper of another province): the city whose zone it is,
                    // not a county of its name inside it (长沙县)
                    let zone_follows = || {
                        let after = self.text.slice(c.end, (c.end + 9).min(self.text.chars.len()));
                        lexicons().zone_types.iter().any(|(long, kind)| after.starts_with(long.as_str()) || after.starts_with(kind.as_str()))
                    };
                    let city_of_all = || rs.iter().copied().find(|&r| self.g.region(r).class == Class::City).filter(|&city| rs.iter().all(|&o| o == city || self.g.is_ancestor(city, o)));
                    match rs.as_slice() {
                        [r] if !short && self.g.region(*r).class == Class::County && (followed_by_organ() || county_paper() || long_name) => Some(*r),
                        _ if short && zone_follows() => city_of_all(),
                        _ => None,
                    }
                })
            }
            Reference::Region(rel) => self.resolve_region_ref(rel, c.start),
            _ => None,
        }
    }

    /// Where the article names no county, the one county its resolved towns
    /// all lie in.
    fn county_of_the_towns_named(&self) -> Option<usize> {
        let g = self.g;
        let resolved = || self.regions.iter().flatten().copied();
        if resolved().any(|r| g.region(r).class == Class::County) {
            return None;
        }
        let mut counties = resolved().filter(|&r| g.region(r).class == Class::Town).filter_map(|r| g.region(r).parent);
        let first = counties.next()?;
        counties.all(|c| c == first).then_some(first).filter(|&c| g.region(c).class == Class::County)
    }

    /// Whether county `r` is first named as where a delegation of another
    /// county goes (兴文县委书记…率县党政代表团赴浙江省湖州市安吉县考察): a bare
    /// 县委常委 after it is still of the delegation's county.
    fn visited_from_another_county(&self, r: usize) -> bool {
        // (none while the regions are being resolved: no county is named yet)
        if self.regions.is_empty() {
            return false;
        }
        // once per article: a bare 县 asks it of every county named before it
        self.visited_counties.get_or_init(|| self.counties_visited_from_another()).binary_search(&r).is_ok()
    }

    /// The counties [`Self::visited_from_another_county`] holds for, sorted.
    /// Reads the named regions, so only once they are all resolved.
    fn counties_visited_from_another(&self) -> Vec<usize> {
        let is_region = |c: &Candidate| matches!(c.reference, Reference::Region(RegionRef::Named(_)));
        let cands = &self.rec.candidates;
        let named = |i: usize| self.regions.get(i).copied().flatten();
        let mut seen: Vec<usize> = Vec::new();
        let mut visited = Vec::new();
        for (i, first) in cands.iter().enumerate() {
            let Some(r) = named(i).filter(|_| is_region(first)) else { continue };
            if seen.contains(&r) {
                continue; // only its first naming counts
            }
            seen.push(r);
            // the start of the places written one after another that end in it
            let mut start = first.start;
            while let Some(before) = cands.iter().find(|c| is_region(c) && c.end == start) {
                start = before.start;
            }
            if start == 0 || self.text.chars[start - 1] != '赴' {
                continue;
            }
            let another_before = cands
                .iter()
                .enumerate()
                .any(|(j, c)| c.end <= start && named(j).is_some_and(|o| o != r && self.g.region(o).class == Class::County));
            if another_before {
                visited.push(r);
            }
        }
        visited.sort_unstable();
        visited
    }

    /// The most recent region of `class` in this paragraph before `pos`, else
    /// the article's most mentioned one, else the county of the towns named.
    fn recent_region(&self, pos: usize, keep: impl Fn(usize) -> bool) -> Option<usize> {
        let para = self.paragraph_start(pos);
        // (a place inside quotes names a programme or an example to follow,
        // “晋江经验”, not the place the passage is about)
        let named = |c: &Candidate, i: usize| match &c.reference {
            Reference::Region(RegionRef::Named(_)) => self.regions.get(i).copied().flatten().filter(|&r| keep(r) && !self.inside_quotes(c.start, c.end)),
            _ => None,
        };
        let recent = self
            .rec
            .candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.end <= pos && c.start >= para)
            .filter_map(|(i, c)| named(c, i).map(|r| (c.start, r)))
            .max_by_key(|&(s, _)| s)
            .map(|(_, r)| r);
        recent.or_else(|| {
            let mut count: BTreeMap<usize, usize> = BTreeMap::new();
            for (i, c) in self.rec.candidates.iter().enumerate() {
                if let Some(r) = named(c, i) {
                    *count.entry(r).or_default() += 1;
                }
            }
            count.into_iter().max_by_key(|&(r, n)| (n, std::cmp::Reverse(r))).map(|(r, _)| r)
        })
        .or(self.home_county.filter(|&c| keep(c)))
    }

    /// Whether `start..end` lies between “ and ” within one clause of a few words.
    fn inside_quotes(&self, start: usize, end: usize) -> bool {
        let spans = self.quoted_spans.get_or_init(|| {
            let chars = &self.text.chars;
            let mut spans = Vec::new();
            // (a SIMD search for the quote's three bytes: scanning every
            // character for it, or memchr for its last byte, which many CJK
            // characters share, was 0.3–0.4 % of extraction)
            for open in memchr::memmem::find_iter(self.text.as_str().as_bytes(), "“".as_bytes()).map(|b| self.text.char_index(b)) {
                let close = chars[open + 1..].iter().take(24).take_while(|&&c| c != '“' && !is_sentence_end(c)).position(|&c| c == '”');
                if let Some(k) = close {
                    spans.push((open, open + 1 + k));
                }
            }
            spans
        });
        // (the spans are in order and do not overlap: the last opening before `start`)
        let i = spans.partition_point(|&(open, _)| open < start);
        i > 0 && end <= spans[i - 1].1
    }

    /// 晋江市委书记甲主持会议，市委副书记、市长乙出席: a bare 市委 after
    /// another city's committee or government named in the same sentence is
    /// that city's, unless the paper's own city is named so there too.
    fn city_of_the_sentence(&self, pos: usize) -> Option<usize> {
        let g = self.g;
        let start = self.text.sentence_start(pos);
        let cities_with_organ: Vec<(usize, usize)> = (self.rec.candidates.iter().enumerate())
            .filter(|(_, c)| c.start >= start && c.end <= pos)
            .filter(|(_, c)| ["委", "政府", "人民政府"].iter().any(|o| self.text.slice(c.end, c.end + 4).starts_with(o)))
            .filter_map(|(i, c)| self.regions.get(i).copied().flatten().map(|r| (c.start, r)))
            .filter(|&(_, r)| matches!(g.region(r).class, Class::City | Class::County) && g.region(r).name.ends_with('市'))
            .collect();
        let (_, last) = *cities_with_organ.iter().max()?;
        let own_named = self.own_city.is_some_and(|own| cities_with_organ.iter().any(|&(_, r)| r == own));
        (Some(last) != self.own_city && !own_named).then_some(last)
    }

    /// The towns the article writes with `suffix` (乡 or 镇), whatever the
    /// gazetteer's name of them.
    fn towns_written_with(&self, suffix: char) -> Vec<usize> {
        let named = self.rec.candidates.iter().zip(&self.regions).filter(|(c, _)| matches!(c.reference, Reference::Region(RegionRef::Named(_))));
        named
            .filter_map(|(c, r)| r.filter(|&r| self.g.region(r).class == Class::Town && c.end > 0 && self.text.chars.get(c.end - 1) == Some(&suffix)))
            .collect()
    }

    fn recent_in_paragraph(&self, pos: usize, keep: impl Fn(usize) -> bool) -> Option<usize> {
        let para = self.paragraph_start(pos);
        self.rec
            .candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.end <= pos && c.start >= para && matches!(c.reference, Reference::Region(RegionRef::Named(_))))
            .filter_map(|(i, c)| self.regions.get(i).copied().flatten().filter(|&r| keep(r)).map(|r| (c.start, r)))
            .max_by_key(|&(s, _)| s)
            .map(|(_, r)| r)
    }

    fn most_mentioned_region(&self, keep: impl Fn(usize) -> bool) -> Option<usize> {
        self.region_mention_counts().into_iter().filter(|&(r, _)| keep(r)).max_by_key(|&(r, n)| (n, std::cmp::Reverse(r))).map(|(r, _)| r)
    }

    /// How often the article names each region (by name or zone type), as resolved.
    fn region_mention_counts(&self) -> BTreeMap<usize, usize> {
        let mut count: BTreeMap<usize, usize> = BTreeMap::new();
        for (i, c) in self.rec.candidates.iter().enumerate() {
            if matches!(c.reference, Reference::Region(RegionRef::Named(_) | RegionRef::Zone(_)))
                && let Some(r) = self.regions.get(i).copied().flatten()
            {
                *count.entry(r).or_default() += 1;
            }
        }
        count
    }

    /// A county-level city (黔西市 of 毕节市) named at least twice and more
    /// often than its prefecture: the article is its paper's, and its 市委,
    /// 市长, 市农业农村局 and 全市 are the county-level city's, not the
    /// prefecture's.
    fn county_level_home(&self) -> Option<usize> {
        let g = self.g;
        let count = self.region_mention_counts();
        let home = self.home_city?;
        let home_count = count.get(&home).copied().unwrap_or(0);
        count
            .into_iter()
            .filter(|&(r, n)| g.region(r).class == Class::County && g.region(r).name.ends_with('市') && g.region(r).parent == Some(home) && n >= 2 && n > home_count)
            .filter(|&(r, _)| !self.seen_from_outside(r) && !self.listed_with_a_sibling(r))
            .max_by_key(|&(r, n)| (n, std::cmp::Reverse(r)))
            .map(|(r, _)| r)
    }

    /// 祁阳市、道县、江华瑶族自治县设分会场: a county-level city listed with
    /// another county of its prefecture is one of the prefecture's counties,
    /// seen by the prefecture's paper.
    fn listed_with_a_sibling(&self, r: usize) -> bool {
        let g = self.g;
        let parent = g.region(r).parent;
        let regions: Vec<(usize, usize, usize)> = (self.rec.candidates.iter().enumerate())
            .filter(|(_, c)| matches!(c.reference, Reference::Region(RegionRef::Named(_))))
            .filter_map(|(i, c)| self.regions.get(i).copied().flatten().map(|x| (c.start, c.end, x)))
            .collect();
        let chars = &self.text.chars;
        // the place ending at `end` opens the item before the one `start`
        // opens: 甲市、乙县 or 甲市和乙县, or items of a list that open with
        // them (于都县某纪念馆、瑞金市某旧址群: nothing but words up to the 、)
        let listed_before = |end: usize, start: usize| {
            start >= 1
                && end < start
                && match chars[start - 1] {
                    '、' => !chars[end..start - 1].iter().any(|&c| is_one_of(c, "、,.;:!?。，；：")),
                    '和' => end + 1 == start,
                    _ => false,
                }
        };
        regions.iter().filter(|&&(_, _, x)| x == r).any(|&(s, e, _)| {
            regions.iter().any(|&(s2, e2, x)| {
                x != r && g.region(x).class == Class::County && g.region(x).parent == parent && (listed_before(e2, s) || listed_before(e, s2))
            })
        })
    }

    /// 市委书记某某到海伦市督导…海伦市委书记某某参加: a county-level city the
    /// text goes to by name and whose own committee or government it names
    /// in full is seen from outside, by its prefecture's paper (its own paper
    /// writes 市委 for it and 我市 for where a visitor goes).
    fn seen_from_outside(&self, r: usize) -> bool {
        // (到 covers 来到)
        const GOING_TO: [&str; 6] = ["到", "赴", "深入", "莅临", "前往", "走进"];
        let mut gone_to = false;
        let mut own_organ_named = false;
        // (深入瓦房店轴承集团…: the place opening a company's name is not where one goes)
        let companies = company_spans(&self.rec.candidates);
        // (nor one opening its own zone's name: 讷河市委书记…来到讷河经济开发区)
        let zone_types: Vec<usize> = (self.rec.candidates.iter()).filter(|c| matches!(c.reference, Reference::Region(RegionRef::Zone(_)))).map(|c| c.start).collect();
        for (i, c) in self.rec.candidates.iter().enumerate() {
            if !matches!(c.reference, Reference::Region(RegionRef::Named(_))) || self.regions[i] != Some(r) {
                continue;
            }
            if companies.iter().any(|&(s, e)| s <= c.start && c.end < e) || zone_types.contains(&c.end) {
                continue;
            }
            let before = self.text.slice(c.start.saturating_sub(2), c.start);
            gone_to |= GOING_TO.iter().any(|v| before.ends_with(v));
            let after = self.text.slice(c.end, (c.end + 4).min(self.text.chars.len()));
            own_organ_named |= ["委", "政府", "人民政府"].iter().any(|o| after.starts_with(o));
        }
        gone_to && own_organ_named
    }

    /// The gazetteer zone of type `short` of the city or county written right
    /// before `pos`, else of the home city.
    fn zone_of(&self, short: &str, pos: usize) -> Option<usize> {
        let owner = self.zone_owner(short, pos)?;
        self.g.zones().iter().copied().find(|&i| self.g.region(i).parent == Some(owner) && self.g.canonical(i).ends_with(short))
    }

    /// Whose zone a zone type at `pos` is: the city or county written right
    /// before it (霍尔果斯 in 霍尔果斯经济开发区, in a paper of its
    /// prefecture), else the home city (高新区 alone, rule 12).
    fn zone_owner(&self, short: &str, pos: usize) -> Option<usize> {
        // 县经济开发区: the county's own zone, not its city's (区经济开发区: the district's)
        let county_written = || {
            let level = relative_county_before(self.text, pos)?;
            self.resolve_region_ref(&RegionRef::Relative(level), pos).filter(|&r| self.g.region(r).class == Class::County)
        };
        // (or starting there: 湘潭|经开区党工委, an organ of the zone after its city)
        self.region_named_before(pos)
            .or_else(|| self.region_named_at(pos))
            .and_then(|c| self.resolve_region_candidate(c))
            .filter(|&r| matches!(self.g.region(r).class, Class::City | Class::County))
            .or_else(county_written)
            .or_else(|| self.county_of_the_zone_named_before(short, pos))
            .or_else(|| self.owner_where_the_zone_was_named(short, pos))
            .or(self.home_city)
    }

    /// The city or county written before a zone of its own name (东湖高新区,
    /// not a bare 高新区) where the article wrote it before `pos`: 武汉东湖新技术
    /// 开发区…东湖高新区管委会 is one zone, and not the home city's.
    fn owner_where_the_zone_was_named(&self, short: &str, pos: usize) -> Option<usize> {
        if is_bare_zone_type(short) {
            return None;
        }
        self.rec
            .candidates
            .iter()
            .filter(|c| c.end <= pos && matches!(&c.reference, Reference::Region(RegionRef::Zone(z)) if self.zone_type(z) == short))
            .find_map(|c| self.region_named_before(c.start).and_then(|o| self.resolve_region_candidate(o)))
            .filter(|&r| matches!(self.g.region(r).class, Class::City | Class::County))
    }

    /// The county whose zone of this type the paragraph named last before
    /// `pos` (阜宁经济开发区党工委书记、管委会主任: the 管委会 is that zone's,
    /// not the home city's, as a bare 县 is the county named last, rule 3).
    /// The zone type a written one stands for in this article (高新区 for
    /// the 示范区(高新区) written as one zone: [`Recognised::zone_aliases`]).
    fn zone_type<'s>(&'s self, short: &'s str) -> &'s str {
        self.rec.zone_aliases.iter().find(|(a, _)| a == short).map_or(short, |(_, z)| z.as_str())
    }

    /// [`Self::zone_type`] for the zone type written at `pos`, except that a
    /// bare type written right after a city or county is that region's zone,
    /// not a zone with a name of its own the article wrote before (仙桃高新区
    /// after 武汉东湖新技术开发区 is not 东湖高新区).
    fn zone_type_at<'s>(&'s self, short: &'s str, pos: usize) -> &'s str {
        let zone = self.zone_type(short);
        let named = !is_bare_zone_type(zone);
        if zone != short && named && self.region_named_before(pos).and_then(|c| self.resolve_region_candidate(c)).is_some() { short } else { zone }
    }

    fn county_of_the_zone_named_before(&self, short: &str, pos: usize) -> Option<usize> {
        let para = self.paragraph_start(pos);
        let zone = self.rec.candidates.iter().filter(|c| c.start >= para && c.end <= pos).filter(|c| {
            matches!(&c.reference, Reference::Region(RegionRef::Zone(z)) if self.zone_type(z) == short)
        });
        let owner = self.region_named_before(zone.max_by_key(|c| c.end)?.start)?;
        self.resolve_region_candidate(owner).filter(|&r| self.g.region(r).class == Class::County)
    }

    /// The region named right before `pos` (霍尔果斯 before 经济开发区).
    fn region_named_before(&self, pos: usize) -> Option<&Candidate> {
        self.rec.candidates.iter().find(|c| c.end == pos && matches!(c.reference, Reference::Region(RegionRef::Named(_))))
    }

    /// The region named starting at `pos` (湘潭 of 湘潭经开区党工委).
    fn region_named_at(&self, pos: usize) -> Option<&Candidate> {
        self.rec.candidates.iter().find(|c| c.start == pos && matches!(c.reference, Reference::Region(RegionRef::Named(_))))
    }

    fn resolve_region_ref(&self, r: &RegionRef, pos: usize) -> Option<usize> {
        let g = self.g;
        match r {
            // (a region the article's own mentions resolved to stands, 来凤县委副书记)
            RegionRef::Named(rs) => self.pick(rs, false).or_else(|| match rs.as_slice() {
                [r] if self.regions.contains(&Some(*r)) => Some(*r),
                _ => None,
            }),
            // 省政府 in a paragraph about Hubei is Hubei's (rule 3: the region named most recently)
            RegionRef::Relative('省') => self
                .recent_in_paragraph(pos, |r| g.region(r).class == Class::Province)
                .or(self.home_province),
            // (not a county's: 定安县, governed by its province, is its paper's home)
            // (nor an autonomous prefecture's, a 地区's or a 盟's, whose committees are
            // 州委, 地委 and 盟委: there 市委 is the county-level city's named most)
            RegionRef::Relative('市') => self.city_of_the_sentence(pos).or_else(|| {
                let own = self.own_city?;
                let region = g.region(own);
                if region.name.ends_with('市') {
                    return Some(own);
                }
                if region.class == Class::County {
                    return None;
                }
                self.most_mentioned_region(|r| g.region(r).class == Class::County && g.region(r).name.ends_with('市') && g.region(r).parent == Some(own))
            }),
            // a village is no gazetteer region ([`Self::recent_village`])
            RegionRef::Relative('村') => None,
            // 镇党委书记, 镇长: the town or township named last in the paragraph, else most often
            // (or written so: 叶坪乡 in the text, 叶坪镇 in the list since its upgrade;
            // 街道党工委: a subdistrict, 道 its name's last character)
            RegionRef::Relative(level @ ('镇' | '乡' | '道')) => {
                let written = self.towns_written_with(*level);
                self.recent_region(pos, |r| g.region(r).class == Class::Town && (g.region(r).name.ends_with(*level) || written.contains(&r)))
            }
            // 地委书记, 行署专员: the home prefecture when it is a 地区
            RegionRef::Relative('地' | '行') => self.home_city.filter(|&c| g.region(c).name.ends_with("地区")),
            // 州委, 州政府: the home prefecture when it is an autonomous one
            RegionRef::Relative('州') => self.home_city.filter(|&c| g.region(c).name.ends_with('州')),
            RegionRef::Relative('县') => self.recent_region(pos, |r| {
                let reg = g.region(r);
                reg.class == Class::County && !reg.name.ends_with('区') && !self.visited_from_another_county(r)
            }),
            // 盟委, 盟长: the league (Inner Mongolia's prefecture), the home one or else the one named most recently
            RegionRef::Relative('盟') => self.home_city.filter(|&c| g.region(c).name.ends_with('盟')).or_else(|| self.recent_region(pos, |r| g.region(r).class == Class::City && g.region(r).name.ends_with('盟'))),
            // 旗委, 旗长: the banner (Inner Mongolia's county) named most recently
            RegionRef::Relative('旗') => self.recent_region(pos, |r| g.region(r).class == Class::County && g.region(r).name.ends_with('旗')),
            // 区 in a zone's paper is the zone: the district or zone the article names most
            RegionRef::Relative('区') => self.most_mentioned_region(|r| {
                let reg = g.region(r);
                (reg.class == Class::County && reg.name.ends_with('区')) || reg.class == Class::DevelopmentZone
            }),
            RegionRef::Relative(abbrev) => {
                // 莅焦: the first character of the home city's or a named county's short form
                let home = self.home_city.into_iter().chain(self.recent_region(pos, |r| g.region(r).class == Class::County));
                home.into_iter().find(|&r| short_form(&g.region(r).name, g.region(r).class).is_some_and(|s| s.starts_with(*abbrev)))
            }
            RegionRef::Zone(short) => {
                let short = self.zone_type_at(short, pos);
                self.zone_of(short, pos)
            }
            RegionRef::National => None,
        }
    }

    /// A zone named by type only with no gazetteer entry: its city's (or
    /// county's) short form + type.
    fn synthetic_zone(&self, short: &str, pos: usize) -> Option<EntityKey> {
        let owner = self.g.region(self.zone_owner(short, pos)?);
        // (a county of one character is short only in full: 临县经开区, 曹县经开区)
        let cs = short_form(&owner.name, owner.class).or_else(|| one_character_county(&owner.name, owner.class).then(|| owner.name.clone()))?;
        Some(EntityKey::new(Class::DevelopmentZone, format!("{cs}{short}")))
    }

    /// The entity a region reference names, and its gazetteer index.
    fn region_ref_entity(&self, r: &RegionRef, pos: usize) -> Option<(EntityKey, Option<usize>)> {
        if let Some(i) = self.resolve_region_ref(r, pos) {
            return Some((self.g.key(i), Some(i)));
        }
        match r {
            RegionRef::Zone(short) => {
                let short = self.zone_type_at(short, pos);
                self.synthetic_zone(short, pos).map(|k| (k, None))
            }
            RegionRef::Relative('村') => self.recent_village(pos).map(|k| (k, None)),
            RegionRef::Relative(level @ ('镇' | '乡' | '道')) => self.recent_unplaced_town(pos, *level).map(|k| (k, None)),
            // 马坊镇党委: the body of an unplaced town written at `pos`
            RegionRef::Named(_) => self.region_named_at(pos).and_then(|c| self.unplaced_town(c)).map(|k| (k, None)),
            _ => None,
        }
    }

    /// 马坊镇 in a paper that never names its county, the gazetteer having
    /// three: still a town, with no code (no IRI of one of the three, no
    /// partOf), when every region of the name is a town of that very name.
    /// (Written so, not under a former suffix, and not the start of a word
    /// running on: 建设乡|村, 发展乡|亲.)
    fn unplaced_town(&self, c: &Candidate) -> Option<EntityKey> {
        let g = self.g;
        let Reference::Region(RegionRef::Named(rs)) = &c.reference else { return None };
        let name = &g.region(*rs.first()?).name;
        let all_that_town = rs.len() >= 2 && rs.iter().all(|&r| g.region(r).class == Class::Town && g.region(r).name == *name);
        let written_so = self.text.slice(c.start, c.end) == *name && !lexicons().town_like_words.contains(name);
        let next = self.text.chars.get(c.end).copied().unwrap_or('。');
        let runs_on = name.ends_with('乡') && is_one_of(next, "村镇亲贤愁土里情音") || name.ends_with('镇') && next == '化';
        (all_that_town && written_so && !runs_on && name.chars().count() >= 3 && (name.ends_with(['镇', '乡']) || name.ends_with("街道")))
            .then(|| EntityKey::new(Class::Town, name.clone()))
    }

    /// 镇党委 after an unplaced town ([`Self::unplaced_town`]): the one named
    /// last in the paragraph, else first in the article.
    fn recent_unplaced_town(&self, pos: usize, level: char) -> Option<EntityKey> {
        let para = self.paragraph_start(pos);
        let towns: Vec<(usize, EntityKey)> = (self.rec.candidates.iter().enumerate())
            .filter(|&(i, _)| self.regions.get(i).is_some_and(Option::is_none))
            .filter_map(|(_, c)| self.unplaced_town(c).map(|k| (c.start, k)))
            // (and a town the gazetteer does not list, 某县赤岩镇)
            .chain(self.rec.candidates.iter().filter_map(|c| match &c.reference {
                Reference::UnlistedTown { name, county } => Some((c.start, self.unlisted_town_key(name, county, c.start))),
                _ => None,
            }))
            .filter(|(_, k)| k.name.ends_with(level))
            .collect();
        let in_paragraph = towns.iter().filter(|(s, _)| *s >= para && *s < pos).max_by_key(|(s, _)| *s);
        in_paragraph.or(towns.first()).map(|(_, k)| k.clone())
    }

    /// The village named last before `pos` in its paragraph (村党支部书记 after
    /// 某某村), or the one whose name runs through `pos` (某某村党支部书记 with
    /// `pos` at 村, 某某嘎查党支部书记 with `pos` at 嘎).
    fn recent_village(&self, pos: usize) -> Option<EntityKey> {
        let villages_from = |from: usize| {
            self.rec.candidates.iter().filter(move |c| c.start >= from && c.start <= pos).filter_map(|c| match &c.reference {
                Reference::Village { name, parent, unlisted_town } => Some((c.start, name, parent, unlisted_town)),
                _ => None,
            })
        };
        let key = |(start, name, parent, town): (usize, &String, &Option<RegionRef>, &Option<String>)| {
            self.village_key(name, parent.as_ref(), town.as_deref(), start)
        };
        if let Some(latest) = villages_from(self.paragraph_start(pos)).max_by_key(|&(start, ..)| start) {
            return Some(key(latest));
        }
        // (an article about one village: 村党支部书记 in a later paragraph is
        // that village's, when the article has named no other before it)
        let mut earlier = villages_from(0).map(key);
        let first = earlier.next()?;
        earlier.all(|k| k == first).then_some(first)
    }

    /// An unlisted town's key: filed under its county's code, as a village
    /// is (hid:region/<county code>/<name>).
    fn unlisted_town_key(&self, name: &str, county: &RegionRef, pos: usize) -> EntityKey {
        match self.resolve_region_ref(county, pos) {
            Some(p) => EntityKey::with_code(Class::Town, name.to_owned(), format!("{}/{}", self.g.region(p).code, name)),
            None => EntityKey::new(Class::Town, name.to_owned()),
        }
    }

    /// A village's key: with its town's or county's code when that resolves.
    /// (Under a town the gazetteer does not list, the county's code, the
    /// town's name and its own: 610981/赤岩镇/万福村.)
    fn village_key(&self, name: &str, parent: Option<&RegionRef>, unlisted_town: Option<&str>, pos: usize) -> EntityKey {
        // a new area has no code to file the village under
        match parent.and_then(|p| self.resolve_region_ref(p, pos)).filter(|&p| !self.g.is_new_area(p)) {
            Some(p) if let Some(town) = unlisted_town => EntityKey::with_code(Class::Village, name.to_owned(), format!("{}/{town}/{name}", self.g.region(p).code)),
            Some(p) => EntityKey::with_code(Class::Village, name.to_owned(), format!("{}/{}", self.g.region(p).code, name)),
            None => EntityKey::new(Class::Village, name.to_owned()),
        }
    }

    /// 区党委 in an autonomous region's paper that names no district: the
    /// region's own party committee (a district's is its 区委).
    fn autonomous_region_committee(&self, r: &RegionRef, body: &str) -> Option<(EntityKey, Option<usize>)> {
        let province = self.home_province.filter(|&p| self.g.region(p).name.ends_with("自治区"))?;
        (matches!(r, RegionRef::Relative('区')) && body.starts_with("党委")).then(|| (self.g.key(province), Some(province)))
    }

    fn resolve_candidate(&mut self, i: usize) -> Option<Resolved> {
        let c = &self.rec.candidates[i];
        let text = self.text.slice(c.start, c.end);
        let mk = |entity: EntityKey, region: Option<usize>| Resolved { start: c.start, end: c.end, text: text.to_owned(), entity, rule: c.rule, region };
        match &c.reference {
            Reference::Region(r) => {
                let (key, reg) = match self.regions[i] {
                    Some(reg) => {
                        let key = self.g.key(reg);
                        self.zone_aliases(&key, reg);
                        (key, Some(reg))
                    }
                    None => match self.unplaced_town(c) {
                        Some(town) => (town, None),
                        None => self.region_ref_entity(r, c.start)?,
                    },
                };
                // 霍尔果斯经济开发区: the zone as written after its owner is another name of it
                if matches!(r, RegionRef::Zone(_))
                    && let Some(owner) = self.region_named_before(c.start)
                {
                    let written = self.text.slice(owner.start, c.end);
                    if written != key.name {
                        self.aliases.push((key.clone(), written.to_owned()));
                    }
                }
                Some(mk(key, reg))
            }
            Reference::Village { name, parent, unlisted_town } => Some(mk(self.village_key(name, parent.as_ref(), unlisted_town.as_deref(), c.start), None)),
            Reference::UnlistedTown { name, county } => Some(mk(self.unlisted_town_key(name, county, c.start), None)),
            Reference::Body(org) => {
                let (s, e, rule) = (c.start, c.end, c.rule);
                self.resolve_org(org, s, e, rule)
            }
            Reference::Person { name, official, .. } => {
                let class = if *official { Class::Official } else { Class::Person };
                Some(mk(EntityKey::new(class, name.clone()), None))
            }
            Reference::Named { class, name, prefix } => {
                let mut canonical = name.clone();
                if let Some(org) = prefix {
                    // 市华兴机械有限公司 → 定西市华兴…; 县委农村工作会议 → 陇西县委农村工作会议
                    let relative = matches!(org.region, Some(RegionRef::Relative(_) | RegionRef::Zone(_)));
                    if relative && *class != Class::Project
                        && let Some(resolved) = self.resolve_org(org, c.start, c.end, "prefix")
                    {
                        let written_prefix: String = written_org_prefix(org, name);
                        if let Some(rest) = name.strip_prefix(written_prefix.as_str()) {
                            canonical = format!("{}{}", resolved.entity.name, rest);
                            // every other name of the organisation gives another name of this one
                            let forms: Vec<String> = self
                                .aliases
                                .iter()
                                .filter(|(k, _)| *k == resolved.entity)
                                .map(|(_, a)| format!("{a}{rest}"))
                                .collect();
                            let key = self.named_key(*class, &canonical, c.start);
                            for f in forms {
                                self.aliases.push((key.clone(), f));
                            }
                        }
                    }
                }
                let key = self.named_key(*class, &canonical, c.start);
                if canonical != *name {
                    self.aliases.push((key.clone(), name.clone()));
                }
                Some(mk(key, None))
            }
        }
    }

    /// The key of a named entity. A meeting of a scope (全县…会议, 全市…会议)
    /// is that county's or city's: its key carries the region's code, so the
    /// 全县 meetings of two counties are two entities.
    fn named_key(&self, class: Class, name: &str, pos: usize) -> EntityKey {
        let g = self.g;
        let scope = if class != Class::Meeting {
            None
        } else if name.starts_with("全县") {
            self.resolve_region_ref(&RegionRef::Relative('县'), pos)
        } else if name.starts_with("全市") {
            self.own_city
        } else if name.starts_with("全区") {
            self.resolve_region_ref(&RegionRef::Relative('区'), pos)
        } else if name.starts_with("全镇") || name.starts_with("全乡") {
            self.recent_in_paragraph(pos, |r| g.region(r).class == Class::Town)
        } else {
            None
        };
        match scope {
            Some(r) if !g.is_new_area(r) => EntityKey::with_code(class, name, g.region(r).code.clone()),
            _ => EntityKey::new(class, name),
        }
    }

    /// Official alternative names of a zone: full gazetteer name, with 市.
    fn zone_aliases(&mut self, key: &EntityKey, reg: usize) {
        for alias in self.zone_alias_forms(reg) {
            self.aliases.push((key.clone(), alias));
        }
    }

    fn zone_alias_forms(&self, reg: usize) -> Vec<String> {
        let g = self.g;
        let r = g.region(reg);
        if r.class != Class::DevelopmentZone {
            return Vec::new();
        }
        let mut out = vec![r.name.clone()];
        if let Some(p) = r.parent {
            let city = &g.region(p).name;
            if let Some(cs) = short_form(city, Class::City) {
                if let Some(rest) = r.name.strip_prefix(cs.as_str()) {
                    out.push(format!("{city}{rest}"));
                }
                if let Some(rest) = g.canonical(reg).strip_prefix(cs.as_str()) {
                    out.push(format!("{city}{rest}"));
                }
            }
        }
        out
    }

    /// An organisation reference → GovernmentBody (or the region itself for
    /// an empty body, as for 副市长).
    fn resolve_org(&mut self, org: &OrgRef, start: usize, end: usize, rule: &'static str) -> Option<Resolved> {
        let text = self.text.slice(start, end);
        let lex = lexicons();
        let mk = |entity: EntityKey, region: Option<usize>| Resolved { start, end, text: text.to_owned(), entity, rule, region };
        let region = org.region.as_ref()?;
        if matches!(region, RegionRef::National) {
            let name = lex.national_bodies.get(&org.body).cloned().unwrap_or_else(|| format!("中央{}", org.body.trim_start_matches("中央")));
            let name = if org.body.starts_with("中共") || lex.national_bodies.contains_key(&org.body) { name } else { format!("中央{}", org.body) };
            return Some(mk(EntityKey::new(Class::GovernmentBody, name), None));
        }
        let (region_key, reg) = self.region_ref_entity(region, start).or_else(|| self.autonomous_region_committee(region, &org.body))?;
        if org.body.is_empty() {
            return Some(mk(region_key, reg));
        }
        // the 人民政府 form is an alias of the 政府 form (CONVENTIONS rule 14)
        let body = org.body.replace("人民政府", "政府");
        let body = strip_bracketed(&body);
        // other ways the text writes this body's name, aliases of the key below
        let mut written = Vec::new();
        // 准格尔旗旗委, 某县县委: the level written again before 委 is the committee of the region itself
        let level = region_key.name.chars().last().unwrap_or(' ');
        let written_twice = body.strip_prefix(level).filter(|rest| rest.starts_with('委') && is_one_of(level, REGION_LEVELS));
        // (but a county of one character keeps it: 曹县县委, 临县县委组织部, as
        // such papers write them; 曹县委 is another name)
        let body = if one_character_county(&region_key.name, region_key.class) {
            let once = written_twice.unwrap_or(body.as_str());
            if once.starts_with('委') {
                written.push(format!("{}{}", region_key.name, once));
                format!("{level}{once}")
            } else {
                body.clone()
            }
        } else {
            if written_twice.is_some() {
                written.push(format!("{}{}", region_key.name, body));
            }
            written_twice.map_or(body.as_str(), |rest| rest).to_owned()
        };
        // a 地区's party committee is its 地委 (阿克苏地委), not 地区委
        let region_name = match region_key.name.strip_suffix('区') {
            Some(prefecture) if region_key.name.ends_with("地区") && body == "委" => {
                written.push(format!("{}委", region_key.name));
                prefecture
            }
            // 喀什地委 written so: the short form before 地委, not 喀什地区地委
            Some(prefecture) if region_key.name.ends_with("地区") && body.starts_with("地委") => prefecture.trim_end_matches('地'),
            _ => region_key.name.as_str(),
        };
        let key = EntityKey::new(Class::GovernmentBody, format!("{region_name}{body}"));
        self.aliases.extend(written.into_iter().map(|form| (key.clone(), form)));
        if body.ends_with("政府") {
            self.aliases.push((key.clone(), format!("{}{}", region_key.name, body.replace("政府", "人民政府"))));
        }
        if let Some(reg) = reg {
            for zone_form in self.zone_alias_forms(reg) {
                self.aliases.push((key.clone(), format!("{zone_form}{body}")));
            }
            let full = &self.g.region(reg).name;
            if *full != region_key.name {
                self.aliases.push((key.clone(), format!("{full}{body}")));
            }
            // 乡党委 of 叶坪乡, which the list names 叶坪镇 since its upgrade:
            // the body as the text calls its town is another name of it
            if let RegionRef::Relative(level @ ('乡' | '镇')) = region
                && let Some(stem) = full.strip_suffix(['乡', '镇']).or_else(|| full.strip_suffix("街道"))
                && !full.ends_with(*level)
            {
                self.aliases.push((key.clone(), format!("{stem}{level}{body}")));
            }
        }
        Some(mk(key, None))
    }
}

/// The text of an organisation prefix as written at the start of `name` (县委 in 县委农村工作会议).
fn written_org_prefix(org: &OrgRef, name: &str) -> String {
    let pos = name.find(org.body.as_str()).map(|p| p + org.body.len());
    match (pos, org.body.is_empty()) {
        (Some(p), false) => name[..p].to_owned(),
        _ => {
            // region only: the prefix is the region's written form
            let first: String = name.chars().take(1).collect();
            match org.region {
                // 地区林果业…推进会: the prefecture written 地区
                Some(RegionRef::Relative('地')) if name.starts_with("地区") => "地区".to_owned(),
                Some(RegionRef::Relative(_)) => first,
                Some(RegionRef::Zone(_)) => crate::recognise::parse_region_prefix(name)
                    .map(|(_, l)| name.chars().take(l).collect())
                    .unwrap_or(first),
                _ => String::new(),
            }
        }
    }
}

/// 示范区(高新区)党工委 → 党工委 after the zone: drop a bracketed alias.
fn strip_bracketed(body: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in body.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// 县 or 区 written alone right before `pos` (县经济开发区, 。区经济开发区管委会):
/// the level of the county whose zone follows. (区 only opening its phrase:
/// 城区 or 园区 before a zone type is no district.)
fn relative_county_before(text: &NormText, pos: usize) -> Option<char> {
    let level = *text.chars.get(pos.checked_sub(1)?)?;
    let opens = pos < 2 || !crate::normalise::is_han(text.chars[pos - 2]);
    (level == '县' || level == '区' && opens).then_some(level)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sessions_short_and_full_names_are_one_session() {
        assert!(same_session("十届三次会议", "政协盘山县第十届委员会第三次会议"));
        assert!(same_session("县十八届人大五次会议", "于都县第十八届人民代表大会第五次会议"));
        assert!(same_session("市委十二届四次全会", "天津市委第十二届第四次全会"));
        assert!(same_session("盘山县政协十届三次会议", "中国人民政治协商会议盘山县第十届委员会第三次会议"));
        // another sitting, another kind of body, or no numbers
        assert!(!same_session("十届四次会议", "政协盘山县第十届委员会第三次会议"));
        assert!(!same_session("县政协十届三次会议", "盘山县第十届人民代表大会第三次会议"));
        assert!(!same_session("常务会议", "县政府第十五次常务会议"));
    }

    #[test]
    fn a_meeting_written_with_its_year_and_with_its_scope_is_one() {
        assert!(same_meeting_but_year_or_scope("2024年冬季农牧业工作推进会", "全县冬季农牧业工作推进会"));
        assert!(same_meeting_but_year_or_scope("2024年冬季农牧业工作推进会", "全县2024年冬季农牧业工作推进会"));
        // two scopes are two meetings; no year, no decision here
        assert!(!same_meeting_but_year_or_scope("2024年全市安全生产工作会议", "全县安全生产工作会议"));
        assert!(!same_meeting_but_year_or_scope("全县农牧业工作推进会", "农牧业工作推进会"));
        // only one direction
        assert!(!same_meeting_but_year_or_scope("全县冬季农牧业工作推进会", "2024年冬季农牧业工作推进会"));
        assert!(same_meeting_but_year_or_scope("2024年冬季农牧业工作推进会", "冬季农牧业工作推进会"));
        // a headline's and the body's names of one meeting (invented people, a real county)
        let text = "西吉县召开2024年冬季农牧业工作推进会\n\n12月3日，全县冬季农牧业工作推进会召开。县委书记马立栋出席会议并讲话。";
        let meetings: Vec<String> = crate::extract::extract_text(text).mentions.into_iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name).collect();
        assert!(meetings.len() == 2 && meetings.iter().all(|m| m == "全县冬季农牧业工作推进会"), "{meetings:?}");
    }

    #[test]
    fn a_meeting_convened_here_is_not_the_one_of_another_region_it_recalls() {
        // invented people in a real county-level city (晋州市, under 石家庄市)
        let text = "11月3日，晋州市召开森林防火工作会议。副市长陈远明主持会议。会议传达了石家庄市森林防火工作会议精神。";
        let x = crate::extract::extract_text(text);
        let mut meetings: Vec<String> = x.mentions.iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name.clone()).collect();
        meetings.dedup();
        assert_eq!(meetings, ["森林防火工作会议", "石家庄市森林防火工作会议"]);
        let chaired = x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::ChairedBy, object } if subject.name == "森林防火工作会议" && object.name == "陈远明"));
        assert!(chaired, "{:?}", x.relations);
        // convened by the region that opens the longer name: one meeting
        let text = "11月3日，石家庄市召开森林防火工作会议。副市长陈远明主持会议。石家庄市森林防火工作会议要求，各县要压实责任。";
        let x = crate::extract::extract_text(text);
        assert!(x.mentions.iter().filter(|m| m.entity.class == Class::Meeting).all(|m| m.entity.name == "石家庄市森林防火工作会议"));
    }

    #[test]
    fn a_headlines_meeting_in_fewer_words_is_the_one_the_body_names() {
        let meetings = |text: &str| -> Vec<String> {
            let x = crate::extract::extract_text(text);
            x.mentions.into_iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name).collect()
        };
        // invented people in a real prefecture: the same words in another order, fewer of them
        let full = "全州巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作调度会";
        let text = format!("大理州召开脱贫攻坚成果巩固工作调度会\n\n11月26日，{full}在大理市召开。副州长李红梅主持会议。");
        assert_eq!(meetings(&text), [full, full]);
        // another kind of meeting, or too few shared words, stays apart
        let text = "大理州召开脱贫攻坚成果巩固工作推进会\n\n11月26日，全州巩固拓展脱贫攻坚成果工作调度会在大理市召开。";
        assert_eq!(meetings(text), ["脱贫攻坚成果巩固工作推进会", "全州巩固拓展脱贫攻坚成果工作调度会"]);
        let text = "大理州召开安全生产工作调度会\n\n11月26日，全州森林草原防灭火工作调度会在大理市召开。";
        assert_eq!(meetings(text), ["安全生产工作调度会", "全州森林草原防灭火工作调度会"]);
        // the convening county's meeting, not its prefecture's that the body recalls (real places, invented people)
        let full = "宣威市巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作会议";
        let text = format!("宣威市召开巩固拓展脱贫攻坚成果工作会议\n\n12月1日，{full}召开。市长李立荣出席会议。会议传达学习了曲靖市巩固拓展脱贫攻坚成果工作会议精神。");
        assert_eq!(meetings(&text), [full, full, "曲靖市巩固拓展脱贫攻坚成果工作会议"]);
        // a scope the headline writes is no word of the name (a real county-level city, invented people)
        let text = "瓦房店市召开全市项目建设推进会\n\n12月1日，瓦房店市项目建设推进会召开。市委书记刘立春出席会议。";
        assert_eq!(meetings(text), ["瓦房店市项目建设推进会", "瓦房店市项目建设推进会"]);
        // the sitting's brackets aside, 扩大会议 and (扩大)会议 are of one kind
        let text = "永兴县召开县委常委会扩大会议\n\n11月17日，县委书记李立华主持召开县委常委会（扩大）会议。";
        assert_eq!(meetings(text), ["永兴县委常委会(扩大)会议", "永兴县委常委会(扩大)会议"]);
    }

    #[test]
    fn a_project_by_a_parks_tail_and_xiangmu_is_the_park_named_before() {
        // invented park in a real district
        let x = crate::extract::extract_text("汉滨区召开会议。书记来到汉滨区五里工业园区远华食品产业园。远华食品产业园项目总投资15亿元。");
        let projects: Vec<_> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(projects, ["五里工业园区远华食品产业园", "五里工业园区远华食品产业园"]);
    }

    #[test]
    fn a_plenary_sitting_is_its_sessions() {
        // invented people in a real city: the plenary held by the session just named
        let text = "四平市召开会议\n\n1月12日，市九届人大五次会议举行第二次全体会议。大会执行主席孙远军主持会议。";
        let x = crate::extract::extract_text(text);
        let meetings: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(meetings, ["四平市九届人大五次会议", "四平市九届人大五次会议"]);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::ChairedBy, object } if subject.name == "四平市九届人大五次会议" && object.name == "孙远军")), "{:?}", x.relations);
        // (a plenary after no session named stays as written)
        let text = "四平市召开会议\n\n1月12日，大会举行第二次全体会议。";
        let x = crate::extract::extract_text(text);
        assert!(x.mentions.iter().filter(|m| m.entity.class == Class::Meeting).all(|m| m.entity.name == "第二次全体会议"));
    }

    #[test]
    fn a_meeting_named_by_an_organ_alone_is_its_bodys() {
        let meetings = |text: &str| -> Vec<String> {
            let x = crate::extract::extract_text(text);
            x.mentions.into_iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name).collect()
        };
        // invented people in real places: the body the sentence names before the meeting
        let text = "苍溪县召开会议\n\n12月4日，县委书记王立远主持召开常委会会议，研究部署重点工作。";
        assert_eq!(meetings(text), ["苍溪县委常委会会议"]);
        let text = "沧州渤海新区召开党工委扩大会议\n\n12月4日，沧州渤海新区党工委书记张远图主持召开党工委扩大会议。";
        assert_eq!(meetings(text), ["沧州渤海新区党工委扩大会议", "沧州渤海新区党工委扩大会议"]);
        // or the chair's, named with the post in an earlier sentence
        let text = "苍溪县召开会议\n\n县交通运输局党组书记、局长赵远明作了发言。会后，赵远明主持召开党组会议。";
        assert_eq!(meetings(text), ["苍溪县交通运输局党组会议"]);
        // a chair holding no post in such a body leaves the name as written
        let text = "苍溪县召开会议\n\n副县长赵远明主持召开党组会议。";
        assert_eq!(meetings(text), ["党组会议"]);
    }

    #[test]
    fn a_headlines_short_meeting_is_the_one_reported() {
        let meetings = |text: &str| -> Vec<String> {
            let x = crate::extract::extract_text(text);
            x.mentions.into_iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name).collect()
        };
        // invented people in a real district: 区委常委会 (headline) and 区委常委会会议
        let text = "区委常委会召开会议\n\n12月6日，西青区委书记李立华主持召开区委常委会会议。";
        assert_eq!(meetings(text), ["西青区委常委会会议", "西青区委常委会会议"]);
        let text = "政协盘山县委员会召开十届三次会议\n\n1月10日，政协盘山县第十届委员会第三次会议开幕。";
        assert_eq!(meetings(text), ["政协盘山县第十届委员会第三次会议", "政协盘山县第十届委员会第三次会议"]);
        // 某区委常委会召开2024年第28次会议: the organ before its numbered sitting
        let sitting = "万州区委常委会2024年第28次会议";
        let text = "万州区委常委会召开2024年第28次会议\n\n12月4日，区委书记白立农主持召开区委常委会2024年第28次会议。";
        assert_eq!(meetings(text), [sitting, sitting, sitting]);
    }

    #[test]
    fn a_place_visited_or_in_a_companys_name_makes_no_home() {
        // invented people and companies: a city paper's delegation goes to
        // 上海 and visits its companies; 上海 is named as often as 安庆, first,
        // and the paper is still 安庆's
        let text = "市长李振东率团赴上海、苏州开展招商活动，拜访了上海远华电气股份有限公司、苏州蜀丰技术有限公司等企业，并出席安庆（上海）投资合作恳谈会。会上，安庆高新区与上海某新材料公司签约。安庆经开区负责同志参加活动。";
        let posts = posts_of(text);
        assert_eq!(posts, [post("李振东", "市长", "安庆市")]);
    }

    #[test]
    fn a_companys_project_named_by_the_company_is_its_project_named_before() {
        // invented people and company in a real new area: 在某公司项目现场 is
        // the company's project named just before, and 该项目总投资 is its sum
        let text = "兰州新区党工委书记马立国调研甘肃昊天化工科技有限公司年产20万吨新材料项目。在甘肃昊天化工科技有限公司项目现场，马立国了解项目进度。该项目总投资28亿元。";
        let x = crate::extract::extract_text(text);
        let projects: Vec<String> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.clone()).collect();
        assert!(projects.len() == 2 && projects.iter().all(|p| p == "甘肃昊天化工科技有限公司年产20万吨新材料项目"), "{projects:?}");
        let sum = x.relations.iter().any(|r| matches!(r, crate::model::Relation::TotalInvestment { project, yuan: 2_800_000_000 } if project.name == "甘肃昊天化工科技有限公司年产20万吨新材料项目"));
        assert!(sum, "{:?}", x.relations);
    }

    /// (official, title, organisation) of every post extracted from `text`.
    fn posts_of(text: &str) -> Vec<(String, String, String)> {
        crate::extract::extract_text(text)
            .relations
            .into_iter()
            .filter_map(|r| match r {
                crate::model::Relation::HoldsPost { official, title, organisation } => Some((official.name, title, organisation.name)),
                _ => None,
            })
            .collect()
    }

    /// The zones `text` mentions, by their resolved names.
    fn zones(text: &str) -> Vec<String> {
        crate::extract::extract_text(text).mentions.into_iter().filter(|m| m.entity.class == Class::DevelopmentZone).map(|m| m.entity.name).collect()
    }

    fn post(official: &str, title: &str, organisation: &str) -> (String, String, String) {
        (official.to_owned(), title.to_owned(), organisation.to_owned())
    }

    #[test]
    fn the_zone_of_a_county_of_one_character_keeps_its_county_whole() {
        // invented people; 临县 (吕梁市) and 曹县 (菏泽市) are real counties
        assert_eq!(zones("吕梁市召开会议。王立明到临县经济开发区调研。"), ["临县经开区"]);
        assert_eq!(zones("临县召开会议。临县经济技术开发区党工委书记王立明出席。"), ["临县经开区"]);
        assert_eq!(zones("菏泽市召开会议。王立明到曹县经济开发区调研。"), ["曹县经开区"]);
    }

    #[test]
    fn a_county_of_one_character_keeps_its_level_before_its_committee() {
        // invented people; 曹县 (菏泽市) and 临县 (吕梁市) are real counties
        let posts = posts_of("11月25日，曹县召开会议。菏泽市委常委、曹县县委书记李立华出席，县委副书记、县长赵立峰主持。");
        assert!(posts.contains(&post("李立华", "县委书记", "曹县县委")), "{posts:?}");
        assert!(posts.contains(&post("赵立峰", "县委副书记", "曹县县委")), "{posts:?}");
        assert!(posts.contains(&post("赵立峰", "县长", "曹县")), "{posts:?}");
        let posts = posts_of("临县召开会议。县委常委、组织部部长王立新出席。");
        assert!(posts.contains(&post("王立新", "部长", "临县县委组织部")), "{posts:?}");
        // a county of more characters drops it (CONVENTIONS rule 14)
        let posts = posts_of("滨海县召开会议。滨海县县委书记陈立东出席。");
        assert!(posts.contains(&post("陈立东", "县委书记", "滨海县委")), "{posts:?}");
    }

    #[test]
    fn an_organ_after_a_countys_zone_in_a_chain_of_posts_is_that_zones() {
        // invented people; 滨海县 is a county of 盐城市 (gazetteer)
        let text = "12月2日，滨海县召开重点项目推进会。滨海经济开发区党工委书记、管委会主任陈立东汇报了园区工作。";
        let posts = posts_of(text);
        assert!(posts.contains(&post("陈立东", "主任", "滨海经开区管委会")), "{posts:?}");
        assert!(posts.contains(&post("陈立东", "党工委书记", "滨海经开区党工委")), "{posts:?}");
    }

    #[test]
    fn a_county_paper_abroad_names_its_county_in_full() {
        // invented people in a real county of Guangxi, on its trip to 深圳: the
        // county, named once inside a meeting's name, is 我县 and owns 县委
        let text = "我县党政代表团赴深圳开展招商引资活动\n\n县委书记陈海平率我县党政代表团赴广东省深圳市开展招商引资活动，考察了深圳市远华电池股份有限公司。\n\n代表团召开了昭平县（深圳）招商推介会，县委副书记、县长梁永福推介了我县投资环境。";
        let posts = posts_of(text);
        assert!(posts.contains(&post("陈海平", "县委书记", "昭平县委")), "{posts:?}");
        assert!(posts.contains(&post("梁永福", "县长", "昭平县")), "{posts:?}");
        // nor 我县: a paper writing 县委 before the one county it names in full
        let text = "县委书记率队赴深圳开展招商活动\n\n12月1日，县委书记杨立华率队赴广东深圳开展招商引资活动，拜访了深圳市远华电子科技有限公司。县商务局局长唐立萍参加活动。\n\n该公司董事长表示，将加大在遂川县的投资力度。";
        let posts = posts_of(text);
        assert!(posts.contains(&post("杨立华", "县委书记", "遂川县委")), "{posts:?}");
        assert!(posts.contains(&post("唐立萍", "局长", "遂川县商务局")), "{posts:?}");
    }

    #[test]
    fn the_county_of_the_paper_s_masthead_is_the_paper_s() {
        // invented people, a real county of Kashgar and a real township of
        // Urumqi, which alone would make Urumqi the home city
        let text = "县委书记艾尔肯·吐尔逊深入阿克苏乡调研春耕生产工作，县委副书记、县长买买提江·阿不都热依木陪同。\n（疏附县融媒体中心）";
        let posts = posts_of(text);
        assert!(posts.contains(&post("艾尔肯·吐尔逊", "县委书记", "疏附县委")), "{posts:?}");
        assert!(posts.contains(&post("买买提江·阿不都热依木", "县长", "疏附县")), "{posts:?}");
    }

    #[test]
    fn a_delegations_members_are_of_its_own_county() {
        // invented people; 兴文县 (Sichuan) sends a delegation to 安吉县 (Zhejiang)
        let text = "兴文县党政代表团赴浙江考察\n\n11月18日，兴文县委书记罗立华率县党政代表团赴浙江省湖州市安吉县考察学习。县委常委、常务副县长杨立强，县委常委、宣传部部长陈立丽参加考察。";
        let posts = posts_of(text);
        for (name, title, org) in [("杨立强", "县委常委", "兴文县委"), ("杨立强", "常务副县长", "兴文县"), ("陈立丽", "部长", "兴文县委宣传部")] {
            assert!(posts.contains(&(name.to_string(), title.to_string(), org.to_string())), "{posts:?}");
        }
        // a county's own leaders after a city's leader goes there stay that county's
        let text = "宜宾市召开会议。11月18日，市委书记张立军赴兴文县调研。县委书记罗立华陪同。";
        assert!(posts_of(text).contains(&("罗立华".to_string(), "县委书记".to_string(), "兴文县委".to_string())), "{:?}", posts_of(text));
    }

    #[test]
    fn a_county_level_city_listed_with_its_sister_counties_is_seen_by_the_prefecture() {
        // invented people in real places: 祁阳市 is named more often than
        // 永州市, but listed with 道县 and 江华瑶族自治县, counties of the same
        // prefecture, as the prefecture's paper lists its counties
        let text = "永州市重大项目集中开工\n\n12月5日，永州市重大项目集中开工仪式举行。市委书记朱立刚宣布项目开工。祁阳市、道县、江华瑶族自治县设分会场。其中，祁阳市浯溪街道的项目总投资2.3亿元；祁阳市城区污水处理厂提质改造项目开工。";
        assert!(posts_of(text).contains(&post("朱立刚", "市委书记", "永州市委")), "{:?}", posts_of(text));
        // (or opening items of a list of sites: 于都县某纪念馆、瑞金市某旧址群)
        let text = "赣州市政协主席刘立华带队视察文旅产业\n\n12月1日，市政协主席刘立华带队视察全市文旅产业发展情况。视察组一行先后来到于都县中央红军长征出发纪念馆、瑞金市叶坪红色旧址群。在瑞金市，视察组听取了瑞金市文化广电新闻出版旅游局的汇报。";
        assert!(posts_of(text).iter().all(|p| p.2 == "赣州市政协"), "{:?}", posts_of(text));
    }

    #[test]
    fn a_county_level_citys_own_zone_is_not_a_visit_from_outside() {
        // invented people in a real county-level city: its secretary comes to
        // its own development zone (来到讷河经济开发区), which does not make
        // the city's paper the prefecture's, so 市委 stays the city's
        let text = "讷河市委书记走访企业\n\n11月28日，讷河市委书记赵立军带队走访企业。市委常委、秘书长钱海涛参加调研。随后，赵立军来到讷河经济开发区，察看了园区建设情况。";
        assert!(posts_of(text).contains(&post("钱海涛", "市委常委", "讷河市委")), "{:?}", posts_of(text));
    }

    #[test]
    fn a_county_written_in_a_long_full_name_stands_outside_the_home_city() {
        // a real autonomous county, in an article that names only its
        // partner city; invented people
        let text = "今年以来，威宁彝族回族苗族自治县与广东省佛山市南海区深化东西部协作。威宁自治县委常委、副县长何立军介绍了情况。";
        assert!(posts_of(text).contains(&post("何立军", "副县长", "威宁彝族回族苗族自治县")), "{:?}", posts_of(text));
        assert!(posts_of(text).contains(&post("何立军", "县委常委", "威宁彝族回族苗族自治县委")), "{:?}", posts_of(text));
        // (named once, in full)
        let x = crate::extract::extract_text("今年以来，威宁彝族回族苗族自治县与广东省佛山市南海区深化东西部协作。");
        assert!(x.mentions.iter().any(|m| m.entity.name == "威宁彝族回族苗族自治县"), "{:?}", x.mentions);
    }

    #[test]
    fn a_place_in_quotes_is_no_antecedent_of_a_bare_county_word() {
        // real counties, invented people: “晋江经验” names an example to follow,
        // and the 县委 after it is the paper's own county's
        let text = "安溪县举行专题学习会\n12月5日，安溪县委理论学习中心组举行“晋江经验”专题学习会。县委书记林立坤主持，县长陈立元参加学习。";
        let x = crate::extract::extract_text(text);
        let posts: Vec<(String, String)> = x
            .relations
            .iter()
            .filter_map(|r| match r {
                crate::model::Relation::HoldsPost { official, organisation, .. } => Some((official.name.clone(), organisation.name.clone())),
                _ => None,
            })
            .collect();
        assert!(posts.contains(&("林立坤".into(), "安溪县委".into())), "{posts:?}");
        assert!(posts.contains(&("陈立元".into(), "安溪县".into())), "{posts:?}");
    }

    #[test]
    fn a_bare_city_committee_in_an_autonomous_prefecture_is_its_county_level_citys() {
        // invented officials of real county-level cities of autonomous
        // prefectures: 市委 is never the 州委
        for city in ["西昌市", "凯里市", "延吉市"] {
            let text = format!("{city}召开会议。市委副书记、市长王立强主持会议。");
            let x = crate::extract::extract_text(&text);
            let bodies: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::GovernmentBody).map(|m| m.entity.name.as_str()).collect();
            assert_eq!(bodies, [format!("{}委", city)], "{city}");
        }
        // (a prefecture-level city's county-level city named once leaves 市委 the prefecture's)
        let x = crate::extract::extract_text("界首市召开会议。市委副书记、市长王立强主持会议。");
        assert!(x.mentions.iter().any(|m| m.entity.name == "阜阳市委"), "{:?}", x.mentions);
    }

    #[test]
    fn a_citys_short_form_before_a_zone_type_is_the_city_in_any_paper() {
        // a real zone of a real city, in a paper of another province: 长沙 is
        // 长沙市 and 长沙县 alike, and the zone is the city's
        assert_eq!(zones("许昌市召开会议。长沙经开区党工委书记王远明出席。"), ["长沙经开区"]);
    }
}

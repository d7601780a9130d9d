//! Stage 5: relations between the resolved mentions of one article, from
//! the patterns of CONVENTIONS.md (主持 → chairedBy, 到…调研 → inspected,
//! 总投资27.2亿元 → totalInvestment…) and from the gazetteer (partOf).

use std::collections::{BTreeMap, BTreeSet};

use crate::amount::{investment_before, parse_amount};
use crate::gazetteer::gazetteer;
use crate::lexicon::lexicons;
use crate::model::{Class, EntityKey, Predicate, Relation};
use crate::normalise::{NormText, is_han, is_one_of, is_sentence_end, spells_at};
use crate::recognise::{Recognised, Reference};
use crate::resolve::{Resolution, Resolved};

pub struct Relations {
    /// Learned from the article's text: its named graph.
    pub stated: BTreeSet<Relation>,
    /// Inferred from the gazetteer for regions the article names.
    pub inferred: BTreeSet<Relation>,
}

/// Whether a sentence's text before 总投资 counts projects (集中开工项目共10个，
/// 签约3个重点项目，…): the sum that follows is theirs together.
fn counts_projects(before: &str) -> bool {
    let chars: Vec<char> = before.chars().collect();
    (0..chars.len()).any(|i| {
        let number_then_ge = |from: usize| {
            let digits = chars[from..].iter().take_while(|c| c.is_ascii_digit() || is_one_of(**c, "一二三四五六七八九十两")).count();
            digits > 0 && chars.get(from + digits) == Some(&'个')
        };
        // 项目(共|合计)N个, N个(重点|重大|产业)项目
        let after_projects = spells_at(&chars, i, "项目") && ["共", "合计", "计", ""].iter().any(|w| spells_at(&chars, i + 2, w) && number_then_ge(i + 2 + w.chars().count()));
        let before_projects = number_then_ge(i) && (i == 0 || !chars[i - 1].is_ascii_digit()) && {
            let ge = i + chars[i..].iter().position(|&c| c == '个').unwrap_or(0);
            ["项目", "重点项目", "重大项目", "产业项目"].iter().any(|w| spells_at(&chars, ge + 1, w))
        };
        after_projects || before_projects
    })
}

/// What may stand between an official's name and the verb of a visit
/// (某某一行先后考察了, 某某详细察看了, 某某带队调研了).
const BEFORE_A_VISIT: [&str; 12] = ["一行", "带队", "率队", "先后", "实地", "专程", "详细", "认真", "仔细", "还", "又", "也"];

/// Where a verb of visiting that follows an official's name ends, when
/// only 一行, 先后 or the like come between (某某一行先后考察了…), and 了 after it.
fn visit_right_after(rest: &str, verbs: &[&str]) -> Option<usize> {
    let mut at = rest;
    while let Some(tail) = BEFORE_A_VISIT.iter().find_map(|w| at.strip_prefix(w)) {
        at = tail;
    }
    let verb = verbs.iter().find(|v| at.starts_with(*v))?;
    let end = rest.len() - at.len() + verb.len();
    Some(if rest[end..].starts_with('了') { end + '了'.len_utf8() } else { end })
}

fn link(subject: &EntityKey, predicate: Predicate, object: &EntityKey) -> Relation {
    Relation::Link { subject: subject.clone(), predicate, object: object.clone() }
}

pub fn relate(text: &NormText, rec: &Recognised, res: &Resolution) -> Relations {
    let mut r = Relator { chars: &text.chars, text, rec, res, stated: BTreeSet::new(), inferred: BTreeSet::new() };
    r.posts();
    r.part_of();
    r.zones_in_cities();
    r.involves();
    r.investment();
    r.invested_to_build();
    r.located_in();
    r.issued_by();
    r.meetings();
    r.speeches();
    r.inspections();
    r.works_for();
    Relations { stated: r.stated, inferred: r.inferred }
}

struct Relator<'a> {
    chars: &'a [char],
    text: &'a NormText,
    rec: &'a Recognised,
    res: &'a Resolution,
    stated: BTreeSet<Relation>,
    inferred: BTreeSet<Relation>,
}

/// Verbs after which the place a company or project settles in is written.
const SETTLING_VERBS: [&str; 7] = ["位于", "落户", "坐落于", "落地", "选址于", "选址在", "选址"];

/// Adverbs between a name and its verb of settling (某项目已落户某区).
const SETTLING_ADVERBS: [&str; 6] = ["分别", "均", "已", "将", "正式", "成功"];

/// Whether the words before 总投资 point back to the project named before:
/// 该项目总投资, 该项目计划总投资, 该项目预计总投资.
fn project_pointer_before(before: &str) -> bool {
    let lead = ["计划", "预计", "拟", "规划"].iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
    lead.ends_with("该项目")
}

/// The region written from `from` to `to` after a verb of settling, or the
/// zone written right after it (选址于某市|产业集聚区: the zone, after its city).
fn settled_in<'r>(regions: &[&'r Resolved], from: usize, to: usize) -> Option<&'r Resolved> {
    let mut place = regions.iter().copied().find(|r| r.start >= from && r.start <= to)?;
    // (选址在某区某镇, 位于某市某高新区: the last of places written together)
    while let Some(next) = regions.iter().copied().find(|z| z.start == place.end) {
        place = next;
    }
    Some(place)
}

/// The places listed from `from` on (A和B, A、B及C), each the last of the
/// places written together in its item ([`settled_in`]).
fn places_listed<'r>(regions: &[&'r Resolved], chars: &[char], from: usize) -> Vec<&'r Resolved> {
    let mut places = Vec::new();
    let mut at = from;
    while let Some(place) = settled_in(regions, at, at) {
        places.push(place);
        match chars.get(place.end) {
            Some(&c) if is_one_of(c, "和、及与") => at = place.end + 1,
            _ => break,
        }
    }
    places
}

/// The section (start, end) holding `pos`, between the cuts of [`Relator::section_cuts`].
fn section_of(cuts: &[usize], pos: usize, len: usize) -> (usize, usize) {
    let start = cuts.iter().copied().filter(|&c| c <= pos).max().unwrap_or(0);
    let end = cuts.iter().copied().filter(|&c| c > pos).min().unwrap_or(len);
    (start, end)
}

impl<'a> Relator<'a> {
    fn mentions(&self) -> impl Iterator<Item = (usize, &'a Resolved)> + 'a {
        let res: &'a Resolution = self.res;
        res.mentions.iter().enumerate().filter_map(|(i, m)| m.as_ref().map(|m| (i, m)))
    }

    fn sentence_of(&self, pos: usize) -> (usize, usize) {
        let s = self.text.sentence_start(pos);
        let e = (pos..self.chars.len()).find(|&i| is_sentence_end(self.chars[i])).unwrap_or(self.chars.len());
        (s, e)
    }

    fn in_span(&self, (s, e): (usize, usize), class: impl Fn(Class) -> bool) -> Vec<&'a Resolved> {
        let mut v: Vec<&'a Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.start >= s && m.end <= e && class(m.entity.class)).collect();
        v.sort_by_key(|m| m.start);
        v
    }

    /// Where the places written right before `end` begin (某市|某区|某项目:
    /// the start of 某市), going back no further than `floor`; `end` when
    /// none ends there.
    fn start_of_places_before(&self, floor: usize, end: usize, class: impl Fn(Class) -> bool) -> usize {
        let mut start = end;
        while let Some(r) = self.in_span((floor, start), &class).into_iter().find(|r| r.end == start) {
            start = r.start;
        }
        start
    }

    fn slice(&self, a: usize, b: usize) -> &'a str {
        self.text.slice(a, b)
    }

    fn posts(&mut self) {
        for p in &self.res.posts {
            let Some(Some(person)) = self.res.mentions.get(p.person) else { continue };
            let person = EntityKey::new(Class::Official, person.entity.name.clone());
            self.stated.insert(Relation::HoldsPost { official: person, title: p.title.clone(), organisation: p.organisation.entity.clone() });
        }
    }

    /// Nested names in the text (苍溪县东青镇白桥村) and the gazetteer's
    /// one-level-up edges between regions the article names (rules 10, 11).
    fn part_of(&mut self) {
        let g = gazetteer();
        let mut sorted: Vec<&'a Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class.is_region()).collect();
        sorted.sort_by_key(|m| m.start);
        for w in sorted.windows(2) {
            if w[0].end == w[1].start {
                let child_ok = match (w[0].region, w[1].region) {
                    (Some(p), Some(c)) => g.region(c).parent == Some(p),
                    // (not where the village is filed under a town of that
                    // county, named elsewhere: 花垣县十八洞村 and 双龙镇十八洞村)
                    (Some(p), None) => {
                        w[1].entity.class == Class::Village
                            && w[1].entity.code.as_deref().and_then(|c| c.rsplit_once('/')).is_none_or(|(parent, _)| parent == g.region(p).code)
                    }
                    _ => false,
                };
                if child_ok {
                    self.stated.insert(link(&w[1].entity, Predicate::PartOf, &w[0].entity));
                }
            }
        }
        // a village (or a town the gazetteer does not list) filed under its
        // town or county (its code is the parent's code, a slash, its name)
        // is part of it, wherever the two are named: 老君山村 of 老君山镇
        for m in &sorted {
            let Some((parent_code, _)) = m.entity.code.as_deref().and_then(|c| c.rsplit_once('/')) else { continue };
            if !matches!(m.entity.class, Class::Village | Class::Town) {
                continue;
            }
            // (a village under a town the gazetteer does not list: 610981/赤岩镇)
            let parent = match parent_code.rsplit_once('/') {
                Some((_, town)) => Some(EntityKey::with_code(Class::Town, town.to_owned(), parent_code.to_owned())),
                None => g.by_code(parent_code).map(|p| g.key(p)),
            };
            if let Some(parent) = parent {
                self.stated.insert(link(&m.entity, Predicate::PartOf, &parent));
            }
        }
        let named: BTreeSet<usize> = sorted.iter().filter_map(|m| m.region).collect();
        for &r in &named {
            if let Some(p) = g.region(r).parent
                && named.contains(&p) && g.region(r).class.is_region()
            {
                let child = g.key(r);
                let parent = g.key(p);
                self.inferred.insert(link(&child, Predicate::PartOf, &parent));
            }
        }
    }

    /// A zone is located in its city, always (rule 13).
    fn zones_in_cities(&mut self) {
        let g = gazetteer();
        let zones: Vec<(EntityKey, Option<usize>, usize)> = self
            .mentions()
            .map(|(_, m)| m)
            .filter(|m| m.entity.class == Class::DevelopmentZone)
            .map(|m| (m.entity.clone(), m.region, m.start))
            .collect();
        // a zone the gazetteer lacks is its owner's: the city or county written
        // right before it, at any of its mentions (东湖高新区 written alone
        // after 武汉东湖新技术开发区 is still 武汉's)
        let written_before = |start: usize| {
            self.mentions().map(|(_, m)| m).find(|m| m.end == start && matches!(m.entity.class, Class::City | Class::County)).and_then(|m| m.region)
        };
        let owners: Vec<Option<usize>> = zones.iter().map(|(_, _, start)| written_before(*start)).collect();
        let located: Vec<(EntityKey, EntityKey)> = zones
            .iter()
            .zip(&owners)
            .filter_map(|((zone, reg, _), owner)| {
                let written = || owner.or_else(|| zones.iter().zip(&owners).find_map(|((z, _, _), o)| o.filter(|_| z == zone)));
                let city = reg.and_then(|r| g.zone_place(r)).or_else(written).or(self.res.home_city)?;
                Some((zone.clone(), g.key(city)))
            })
            .collect();
        for (zone, city) in located {
            self.stated.insert(link(&zone, Predicate::LocatedIn, &city));
        }
    }

    /// Whether `t`'s name holds regions and none of them lies in `place` or
    /// over it (临潭嘉兴某某有限公司 names 临潭县 too, and is of 临潭县).
    fn named_after_another_place(&self, t: &Resolved, place: &EntityKey) -> bool {
        let g = gazetteer();
        let Some(p) = place.code.as_deref().and_then(|c| g.by_code(c)) else { return false };
        // (a project's name opening with a company's: the company's place is
        // where it comes from, not where the project is built)
        let companies: Vec<&Resolved> = if t.entity.class == Class::Project { self.in_span((t.start, t.end), |c| c == Class::Enterprise) } else { Vec::new() };
        let named: Vec<(Class, usize)> = self
            .in_span((t.start, t.end), |c| matches!(c, Class::Province | Class::City | Class::County))
            .iter()
            .filter(|r| !companies.iter().any(|e| e.start <= r.start && r.end <= e.end))
            .filter_map(|r| r.region.map(|i| (r.entity.class, i)))
            .collect();
        // the most particular place in the name (泰顺 of 浙江泰顺…项目, not 浙江)
        let depth = |c: Class| match c {
            Class::Province => 0,
            Class::City => 1,
            _ => 2,
        };
        let Some(deepest) = named.iter().map(|&(c, _)| depth(c)).max() else { return false };
        named.iter().filter(|&&(c, _)| depth(c) == deepest).all(|&(_, r)| r != p && !g.is_ancestor(r, p) && !g.is_ancestor(p, r))
    }

    /// Enterprises and projects (rule 28): a region written right before the
    /// name, 位于/落户/在X开办, or the region the passage is about (the last
    /// county, town or zone named before it in the paragraph, else the
    /// article's focus).
    fn located_in(&mut self) {
        let places = |c: Class| matches!(c, Class::City | Class::County | Class::Town | Class::DevelopmentZone);
        let targets: Vec<&'a Resolved> =
            self.mentions().map(|(_, m)| m).filter(|m| matches!(m.entity.class, Class::Enterprise | Class::Project)).collect();
        let mut located: BTreeSet<EntityKey> = BTreeSet::new();
        // (those a verb of settling placed, not only a region before the name)
        let mut settled: BTreeSet<EntityKey> = BTreeSet::new();
        // explicit evidence first, for every mention
        for t in &targets {
            let sentence = self.sentence_of(t.start);
            let regions = self.in_span(sentence, places);
            // a verb of settling after the name (某项目选址于某市产业集聚区) says
            // more than a region written before it
            let mut place: Option<&Resolved> = None;
            // (an adverb may stand before the verb: 分别落户, 已落户, 将落户)
            let next_two = self.slice(t.end, (t.end + 2).min(self.chars.len()));
            let adverb = SETTLING_ADVERBS.iter().find(|a| next_two.starts_with(**a)).map_or(0, |a| a.chars().count());
            let after = self.slice(t.end + adverb, (t.end + adverb + 4).min(self.chars.len()));
            if SETTLING_VERBS.iter().any(|w| after.starts_with(w)) {
                place = settled_in(&regions, t.end + adverb, t.end + adverb + 4);
            }
            // 某项目在某经济开发区开工建设: where its works begin
            if place.is_none()
                && t.entity.class == Class::Project
                && self.chars.get(t.end + adverb) == Some(&'在')
                && let Some(r) = settled_in(&regions, t.end + adverb + 1, t.end + adverb + 1)
                && {
                    // (在某镇正式开工, 在某区顺利奠基)
                    let adverb = ["正式", "顺利", "全面", "集中", "已", "将"].iter().find(|a| spells_at(self.chars, r.end, a)).map_or(0, |a| a.chars().count());
                    ["开工", "动工", "奠基", "开建"].iter().any(|v| spells_at(self.chars, r.end + adverb, v))
                }
            {
                place = Some(r);
            }
            let mut by_verb = place.is_some();
            // 甲项目，…乙项目分别落户某区: each project of the sentence settles there
            if place.is_none() && t.entity.class == Class::Project {
                let rest = self.slice(t.end, sentence.1);
                let each = ["分别", "均"]
                    .iter()
                    .flat_map(|a| rest.match_indices(a))
                    .filter_map(|(b, a)| SETTLING_VERBS.iter().find(|v| rest[b + a.len()..].starts_with(**v)).map(|v| (b, a.chars().count() + v.chars().count())))
                    .min();
                if let Some((at, len)) = each {
                    let verb_end = t.end + rest[..at].chars().count() + len;
                    place = settled_in(&regions, verb_end, verb_end + 4);
                    // (甲项目、乙项目分别落户A和B: one place each, in order)
                    let verb_start = verb_end - len;
                    if self.chars[verb_start..verb_start + 2] == ['分', '别'] {
                        let places = places_listed(&regions, self.chars, verb_end);
                        let mut projects: Vec<&EntityKey> = Vec::new();
                        for u in targets.iter().filter(|u| u.entity.class == Class::Project && u.start >= sentence.0 && u.end <= verb_start) {
                            if !projects.contains(&&u.entity) {
                                projects.push(&u.entity);
                            }
                        }
                        if places.len() >= 2 && places.len() == projects.len() {
                            place = projects.iter().position(|k| **k == t.entity).map(|i| places[i]);
                        }
                    }
                    by_verb = place.is_some();
                }
            }
            if place.is_none()
                && let Some(r) = regions.iter().rev().find(|r| r.end <= t.start)
            {
                let between = self.slice(r.end, t.start);
                let lead = self.slice(r.start.saturating_sub(3), r.start);
                // (成都|某公司…项目: the city before a company opening the project's
                // name is where the company comes from, not where it builds)
                let opens_with_a_company = || self.mentions().any(|(_, m)| m.entity.class == Class::Enterprise && m.start == t.start);
                // (but a zone before them is where both are: 某经济开发区|某公司…项目)
                if between.is_empty() && t.entity.class == Class::Project && (r.entity.class == Class::DevelopmentZone || !opens_with_a_company())
                    || ["开办", "开办了", "落户"].iter().any(|w| between.ends_with(w)) && between.chars().count() <= 4
                    || (between.is_empty() || between == "的") && ["位于", "落户", "地处", "落户在"].iter().any(|w| lead.ends_with(w))
                    || between.starts_with("在") && between.chars().count() <= 4
                    // 在某市投资45亿元(，)建设某项目: where the sum is invested
                    || t.entity.class == Class::Project
                        && r.start > 0
                        && self.chars[r.start - 1] == '在'
                        && between.starts_with("投资")
                        && between.contains('元')
                        && ["建设", "新建", "兴建"].iter().any(|v| between.ends_with(v))
                        && between.chars().count() <= 16
                    // 在某高新区投资建设某项目: where it is built (the zone's mention may
                    // start after its city's short name: 在抚州|高新区)
                    || t.entity.class == Class::Project
                        && ["投资建设", "投资新建", "投资兴建", "建设", "新建", "兴建"].contains(&between)
                        && {
                            let owner_start = regions.iter().find(|c| c.end == r.start).map_or(r.start, |c| c.start);
                            owner_start > 0 && self.chars[owner_start - 1] == '在'
                        }
                {
                    place = Some(r);
                }
            }
            // (after a region before the name too, which it says more than:
            // 某市某项目，项目总投资9.8亿元，建设地点位于某区某镇)
            if !by_verb && let Some(site) = self.settled_after_its_sum(t, sentence, &regions) {
                if let Some(prefix) = place.filter(|p| p.entity != site.entity && p.entity != t.entity) {
                    self.stated.insert(link(&t.entity, Predicate::LocatedIn, &prefix.entity));
                }
                place = Some(site);
                by_verb = true;
            }
            if let Some(p) = place
                && p.entity != t.entity
            {
                self.stated.insert(link(&t.entity, Predicate::LocatedIn, &p.entity));
                located.insert(t.entity.clone());
                if by_verb {
                    settled.insert(t.entity.clone());
                }
            }
        }
        // 某某项目总投资3亿元。该项目位于某经济开发区: the project named last settles there
        // (also when a region opened its name: 某旗某项目…该项目位于某苏木)
        // (or any other head: 该工程位于某县, 该产业园位于)
        let pointers = (0..self.chars.len()).filter(|&i| self.chars[i] == '该').filter_map(|i| {
            lexicons().project_heads.iter().filter(|h| spells_at(self.chars, i + 1, h)).map(|h| i + 1 + h.chars().count()).max().map(|end| (i, end))
        });
        for (at, pointer_end) in pointers.collect::<Vec<_>>() {
            let sentence = self.sentence_of(at);
            let rest = self.slice(pointer_end, sentence.1);
            let Some(verb_end) = SETTLING_VERBS.iter().filter_map(|v| rest.find(v).map(|b| pointer_end + rest[..b].chars().count() + v.chars().count())).min() else {
                continue;
            };
            let regions = self.in_span(sentence, places);
            let Some(place) = settled_in(&regions, verb_end, verb_end + 1) else { continue };
            // (据介绍，该项目…: a paragraph may open on the project the one before
            // named, or the one before that, the officials at its signing between)
            let mut para = self.paragraph_of(at).0;
            for _ in 0..2 {
                if targets.iter().any(|t| t.entity.class == Class::Project && t.start >= para && t.end <= at) || para == 0 {
                    break;
                }
                // (over blank lines)
                para = (0..para).rev().find(|&i| !self.chars[i].is_whitespace()).map_or(para, |i| self.paragraph_of(i).0);
            }
            let project = targets.iter().filter(|t| t.entity.class == Class::Project && t.start >= para && t.end <= at).max_by_key(|t| t.end);
            if let Some(t) = project
                && !settled.contains(&t.entity)
                && place.entity != t.entity
            {
                self.stated.insert(link(&t.entity, Predicate::LocatedIn, &place.entity));
                located.insert(t.entity.clone());
            }
        }
        // then the passage's region for what has no explicit place, but for
        // a company a place signs with (某市人民政府与某公司签订): an investor
        // from elsewhere
        let focus = self.article_focus();
        let cuts = self.section_cuts();
        let mut section_focus: BTreeMap<(usize, usize), Option<EntityKey>> = BTreeMap::new();
        // (and its short forms: 某某集团 of 某某集团股份有限公司)
        // (brackets aside: 某某集团 of 某某(集团)有限责任公司)
        let counterparties: Vec<String> = targets.iter().filter(|t| self.signs_with_a_place(t)).map(|t| t.entity.name.replace(['(', ')'], "")).collect();
        let signed_with = |t: &Resolved| {
            t.entity.class == Class::Enterprise && !counterparties.is_empty() && {
                let (name, text) = (t.entity.name.replace(['(', ')'], ""), t.text.replace(['(', ')', '（', '）'], ""));
                counterparties.iter().any(|c| c.contains(name.as_str()) || c.contains(text.as_str()))
            }
        };
        // (nor for a company that builds or invests in a project here: the
        // builder comes from wherever it is, which the passage does not say)
        let builders: BTreeSet<EntityKey> = self
            .stated
            .iter()
            .filter_map(|r| match r {
                Relation::Link { predicate: Predicate::Involves, object, .. } => Some(object.clone()),
                _ => None,
            })
            .collect();
        // (nor for a company whose people are received: 会见某公司董事长某某一行)
        // (at any of its mentions: 比亚迪将扩大在某市的投资 later is the guest's plan)
        let received: BTreeSet<&EntityKey> = targets
            .iter()
            .filter(|t| t.entity.class == Class::Enterprise && ["会见", "接见", "会见了", "接见了"].iter().any(|w| self.slice(t.start.saturating_sub(3), t.start).ends_with(w)))
            .map(|t| &t.entity)
            .collect();
        for t in &targets {
            if located.contains(&t.entity) || signed_with(t) || received.contains(&t.entity) {
                continue;
            }
            let scope = self.paragraph_of(t.start).0;
            // a place written inside another name (焦作市 in 焦作市某某有限公司), or
            // right before a company's (成都|某某有限公司: where it comes from),
            // is not the passage's place, though it may be that company's
            let names: Vec<&Resolved> = self.in_span((scope, t.end), |c| !places(c));
            // (but a county's or city's government, 某县人民政府 signing or acting,
            // is the region itself)
            let its_government = |n: &Resolved, r: &Resolved| {
                n.entity.class == Class::GovernmentBody && n.start == r.start && ["人民政府", "政府"].iter().any(|g| self.slice(r.end, n.end) == *g)
            };
            let standalone = |r: &&Resolved| {
                !names.iter().any(|n| {
                    (n.start <= r.start && r.end <= n.end && (n.start, n.end) != (r.start, r.end) && !its_government(n, r))
                        || (n.start == r.end && n.entity.class == Class::Enterprise && n.entity != t.entity)
                })
            };
            // 在杭州签订, 在某县召开: where an event took place is no passage's place
            let venue = |r: &&Resolved| {
                r.start > 0 && self.chars[r.start - 1] == '在' && {
                    let after = self.slice(r.end, (r.end + 2).min(self.chars.len()));
                    ["签订", "签约", "签署", "举行", "召开", "举办"].contains(&after)
                }
            };
            // (选址在某镇, 落户某区: where something named before settles, said
            // of that one only)
            let settles_another = |r: &&Resolved| {
                let lead = self.slice(r.start.saturating_sub(3), r.start);
                let sentence_start = self.sentence_of(r.start).0;
                SETTLING_VERBS.iter().chain(&["选址在", "落户在", "落户于"]).any(|v| lead.ends_with(v))
                    && targets.iter().any(|u| u.entity != t.entity && u.end <= r.start && u.start >= sentence_start)
            };
            // (由某区援建的, 某区援建的: a partner region that builds or pays, not the site)
            let donor = |r: &&Resolved| (r.start > 0 && self.chars[r.start - 1] == '由') || spells_at(self.chars, r.end, "援建");
            let recent = self
                .in_span((scope, t.start), places)
                .into_iter()
                .filter(standalone)
                .filter(|r| !venue(r) && !donor(r) && !self.travelled_to(r) && !settles_another(r) && !self.listed_with_others(r))
                .max_by_key(|r| r.end);
            // a builder's place is only the one written right before its name
            // (成都|某公司, 某高新区的|某公司)
            if builders.contains(&t.entity) {
                // (not where the company opens a project's name: 位于某区的|某公司某项目
                // places the project)
                let opens_a_project = self.mentions().any(|(_, m)| m.entity.class == Class::Project && m.start == t.start);
                let right_before = |r: &&Resolved| r.end == t.start || r.end + 1 == t.start && self.chars[r.end] == '的' && !opens_a_project;
                if let Some(r) = recent.filter(|r| right_before(r) && r.entity != t.entity && !t.text.contains(r.entity.name.as_str())) {
                    self.stated.insert(link(&t.entity, Predicate::LocatedIn, &r.entity));
                    located.insert(t.entity.clone());
                }
                continue;
            }
            let place = recent.map(|r| r.entity.clone()).or_else(|| {
                let section = section_of(&cuts, t.start, self.chars.len());
                section_focus.entry(section).or_insert_with(|| self.section_focus(section)).clone()
            });
            let place = place.or_else(|| focus.clone());
            if let Some(p) = place {
                // never a place written inside the entity's own name (rule 28),
                // nor the passage's place for a company named after another
                // (厦门象屿集团有限公司 in a passage about 临夏州); a province
                // or city over the passage's place may open the name
                // (nor for a national company: 中国某某集团…有限公司, 国家电网有限公司 are of no county)
                let national = t.entity.class == Class::Enterprise && ["中国", "中华", "国家"].iter().any(|w| t.entity.name.starts_with(w));
                // (written in any form: 宽甸 in 丹东宽甸抽水蓄能电站项目 is 宽甸满族自治县)
                let named_inside = self.in_span((t.start, t.end), |c| c.is_region()).iter().any(|r| r.entity == p);
                if !t.text.contains(p.name.as_str()) && !named_inside && p != t.entity && !self.named_after_another_place(t, &p) && !national {
                    self.stated.insert(link(&t.entity, Predicate::LocatedIn, &p));
                    located.insert(t.entity.clone());
                }
            }
        }
    }

    /// Whether `r` is an item of a 、-list (来到某开发区、某公司、某镇某村示范区;
    /// 某开发区、某镇、某镇要加快推进…): the passage is about none of them alone.
    fn listed_with_others(&self, r: &Resolved) -> bool {
        (r.start > 0 && self.chars[r.start - 1] == '、') || self.chars.get(r.end) == Some(&'、')
    }

    /// Whether `r` is one of several places someone travels to (赴上海、苏州、
    /// 杭州等地招商): the companies the delegation then visits may be in any
    /// of them, so the last is no passage's place. (One place, 赴深圳市, is
    /// where they go and what they visit.)
    fn travelled_to(&self, r: &Resolved) -> bool {
        let region_ending_at = |end: usize| self.mentions().map(|(_, m)| m).filter(|m| m.end == end && m.entity.class.is_region()).map(|m| m.start).min();
        let listed_after = r.end < self.chars.len() && self.chars[r.end] == '、';
        let mut k = r.start;
        let mut listed_before = false;
        loop {
            match k.checked_sub(1).map(|i| self.chars[i]) {
                Some('赴') => return listed_before || listed_after,
                Some('、') => match region_ending_at(k - 1) {
                    Some(start) => {
                        k = start;
                        listed_before = true;
                    }
                    None => return false,
                },
                _ => return false,
            }
        }
    }

    /// Whether an enterprise's mention is the party a place or a body signs
    /// with (某市人民政府与某公司…签订, 我县与某公司签约).
    fn signs_with_a_place(&self, t: &Resolved) -> bool {
        if t.entity.class != Class::Enterprise || t.start < 2 {
            return false;
        }
        // (or listed after such a party: 某市与A公司、B公司等5家企业签订)
        if self.chars[t.start - 1] == '、' {
            return self.mentions().map(|(_, m)| m).any(|m| m.end + 1 == t.start && m.entity.class == Class::Enterprise && self.signs_with_a_place(m));
        }
        let place_or_body = |m: &Resolved| m.entity.class.is_region() || m.entity.class == Class::GovernmentBody;
        let sentence = self.sentence_of(t.start);
        // (or the company first: 某公司与某市人民政府签订)
        if self.chars.get(t.end) == Some(&'与') {
            let party = self.mentions().map(|(_, m)| m).any(|m| m.start == t.end + 1 && place_or_body(m));
            return party && self.slice(t.end, sentence.1).contains('签');
        }
        if self.chars[t.start - 1] != '与' {
            return false;
        }
        let party = self.mentions().map(|(_, m)| m).any(|m| m.end + 1 == t.start && place_or_body(m));
        party && self.slice(t.end, sentence.1).contains('签')
    }

    /// 某某项目总投资65亿元，落户某某高新区: the place the name settles in,
    /// written after the project's sum in the same sentence, with no other
    /// company or project named in between.
    fn settled_after_its_sum(&self, t: &Resolved, sentence: (usize, usize), regions: &[&'a Resolved]) -> Option<&'a Resolved> {
        // (a company after 由 is the agent of a clause about something else:
        // 该项目由某公司投资，总投资32亿元，位于某镇)
        if t.entity.class == Class::Enterprise && t.start > 0 && self.chars[t.start - 1] == '由' {
            return None;
        }
        let rest = self.slice(t.end, sentence.1);
        // (选址 and 位于 likewise: 建设某项目，选址某经济开发区)
        // (or the next clause's 项目 pointing back to it: 双方就某项目达成意向，项目拟选址某高新区)
        // (the normalised text writes the comma in ASCII)
        const POINTING_BACK: [&str; 6] = [",项目拟选址", ",项目选址", ",该项目选址", ",项目拟落户", ",项目将落户", ",该项目落户"];
        // (or its site: 项目总投资9.8亿元，建设地点位于某区某镇)
        let settling = ["，落户", "，落地", ",落户", ",落地", ",选址", ",位于", ",建设地点位于", ",建设地点在", ",建设地点为", ",项目位于", ",该项目位于"]
            .iter()
            .filter_map(|w| rest.find(w).map(|b| (b, *w)))
            .min();
        let (verb, pointed) = match settling {
            Some(v) => (v, false),
            // (each begins with the comma: looked for only where one stands)
            None => (rest.match_indices(',').find_map(|(b, _)| POINTING_BACK.iter().find(|w| rest[b..].starts_with(**w)).map(|w| (b, *w)))?, true),
        };
        let mut between = &rest[..verb.0];
        // (a clause of its builder between, 总投资2.5亿元，由某公司投资建设，选址某镇:
        // the project still settles; the builder is named in that clause only)
        if let Some(k) = between.rfind(",由")
            && ["建设", "承建", "投资"].iter().any(|v| between.ends_with(v))
            && !between[k + 1..].contains(',')
        {
            between = &between[..k];
        }
        // (or right after the name: 投资12亿元建设某项目，落户某经开区)
        let one_clause = pointed && !between.contains(['，', ',', '；', '。']);
        if !(between.is_empty() || between.ends_with('元') || one_clause) || between.chars().count() > 16 {
            return None;
        }
        let verb_end = t.end + rest[..verb.0].chars().count() + verb.1.chars().count();
        let named_between = self.in_span((t.end, t.end + between.chars().count()), |c| matches!(c, Class::Enterprise | Class::Project));
        if !named_between.is_empty() {
            return None;
        }
        // 落户清远高新区: the zone's mention may start after its city's short name
        // (落户万州|经济技术开发区: the zone, not the county's short name before it)
        regions.iter().copied().filter(|r| r.start >= verb_end && r.start <= verb_end + 4).max_by_key(|r| (r.end, std::cmp::Reverse(r.start)))
    }

    /// Where the articles of a file begin: files often run several
    /// together, each opening with a heading or 本报讯 and closing with a
    /// byline, so a new section starts at every heading line and every line
    /// holding a byline.
    fn section_cuts(&self) -> Vec<usize> {
        let mut cuts: Vec<usize> =
            self.mentions().map(|(_, m)| m).filter(|m| m.rule.starts_with("byline")).map(|m| self.text.paragraph_start(m.start)).collect();
        cuts.extend((0..self.chars.len()).filter(|&i| self.chars[i] == '#' && (i == 0 || self.chars[i - 1] == '\n')));
        cuts
    }

    /// The place one section of the file is about: the county, zone or town
    /// it names most (counting bodies named after a place: 某区委 counts for
    /// 某区), when named at least twice and more often than the home city.
    fn section_focus(&self, (s, e): (usize, usize)) -> Option<EntityKey> {
        let places: Vec<&Resolved> = self.in_span((0, self.chars.len()), |c| matches!(c, Class::City | Class::County | Class::Town | Class::DevelopmentZone));
        let mut count: std::collections::BTreeMap<&EntityKey, usize> = std::collections::BTreeMap::new();
        for m in self.in_span((s, e), |_| true) {
            let place = if m.entity.class == Class::GovernmentBody {
                places.iter().filter(|p| m.entity.name.starts_with(p.entity.name.as_str())).max_by_key(|p| p.entity.name.len()).map(|p| &p.entity)
            } else if places.iter().any(|p| p.entity == m.entity) {
                Some(&m.entity)
            } else {
                None
            };
            if let Some(p) = place {
                *count.entry(p).or_default() += 1;
            }
        }
        let city = count.iter().filter(|(k, _)| k.class == Class::City).map(|(_, n)| *n).max().unwrap_or(0);
        let (best, n) = count.into_iter().filter(|(k, _)| k.class != Class::City).max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))?;
        (n >= 2 && n > city).then(|| best.clone())
    }

    fn paragraph_of(&self, pos: usize) -> (usize, usize) {
        let s = self.text.paragraph_start(pos);
        let e = (pos..self.chars.len()).find(|&i| self.chars[i] == '\n').unwrap_or(self.chars.len());
        (s, e)
    }

    /// The region an article is about: a zone or county named more often
    /// than the home city, else the home city.
    fn article_focus(&self) -> Option<EntityKey> {
        let mut count: std::collections::BTreeMap<&EntityKey, usize> = std::collections::BTreeMap::new();
        for (_, m) in self.mentions() {
            if matches!(m.entity.class, Class::City | Class::County | Class::DevelopmentZone) {
                *count.entry(&m.entity).or_default() += 1;
            }
        }
        let (best, n) = count.iter().max_by_key(|&(k, n)| (*n, std::cmp::Reverse(*k)))?;
        let city = self.res.home_city.map(|c| {
            let g = gazetteer();
            g.key(c)
        });
        let city_count = city.as_ref().and_then(|c| count.get(c)).copied().unwrap_or(0);
        if *n > city_count { Some((*best).clone()) } else { city.or(Some((*best).clone())) }
    }

    /// A full enterprise name inside a project's name, or 承建/投资 that project.
    fn involves(&mut self) {
        let projects: Vec<Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Project).cloned().collect();
        let enterprises: Vec<Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Enterprise).cloned().collect();
        let lex = lexicons();
        let fold = |s: &str| s.chars().filter(|c| !is_one_of(*c, "()")).collect::<String>();
        for p in &projects {
            let project = fold(&p.entity.name);
            for e in &enterprises {
                // the company's name, or its name without the legal form, opens the project's:
                // 华兴电器(广元)空调制造基地 ← 华兴电器广元有限公司
                let name = fold(&e.entity.name);
                let core = lex.enterprise_suffixes.iter().find_map(|s| name.strip_suffix(s.as_str())).unwrap_or(&name);
                let opens = core.chars().count() >= 4 && project.starts_with(core);
                // 莒县|浮来春集团年产…项目: the company's mention runs into the
                // project's, whose name left the county out as its place
                let runs_into = e.start < p.start && p.start < e.end && e.end <= p.end;
                if p.text.contains(&e.text) || (e.start >= p.start && e.end <= p.end) || opens || runs_into {
                    self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
                }
            }
        }
        // 在某公司，某某…听取了企业年产…项目汇报; 该公司…项目: the company
        // the sentence (or, after 该, the paragraph) named last
        for p in &projects {
            let lead = self.slice(p.start.saturating_sub(16), p.start);
            let (lead, de) = lead.strip_suffix('的').map_or((lead, 0), |l| (l, 1));
            // 公司今年新上…项目, 公司今年投资2亿元建设的…项目: the company as the
            // subject of launching it (the verbs and times are few and fixed)
            let launch = ["新上", "投资建设", "投资新建", "新建", "建设", "实施"].iter().find_map(|v| lead.strip_suffix(v));
            let (lead, launch_len) = match launch {
                Some(rest) => {
                    let sum_start = rest.rfind("投资").filter(|&b| rest.ends_with('元') && rest[b + "投资".len()..].chars().all(|c| c.is_ascii_digit() || is_one_of(c, ".亿万千百元")));
                    let rest = sum_start.map_or(rest, |b| &rest[..b]);
                    let rest_time = ["今年", "明年", "去年", "年内", "近期", "又", "还"].iter().find_map(|t| rest.strip_suffix(t)).unwrap_or(rest);
                    (rest_time, lead.chars().count() - rest_time.chars().count())
                }
                None => (lead, 0),
            };
            let Some(word) = ["该企业", "该公司", "企业", "公司"].iter().find(|w| lead.ends_with(**w)) else { continue };
            let word_start = p.start - de - launch_len - word.chars().count();
            if enterprises.iter().any(|e| e.end == word_start + word.chars().count() && e.start < word_start) {
                continue; // (the company's own name ends in 公司: read above)
            }
            // (公司 launching it, 公司今年新上…, points back as 该公司 does)
            let from = if word.starts_with('该') || launch_len > 0 { self.paragraph_of(p.start).0 } else { self.sentence_of(p.start).0 };
            if let Some(e) = enterprises.iter().filter(|e| e.start >= from && e.end <= word_start).max_by_key(|e| e.end) {
                self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
            }
        }
        for e in &enterprises {
            let (s, _) = self.sentence_of(e.start);
            let before = self.slice(s, e.start);
            // (but 由X承建的Y项目: the project after, below)
            let after = self.slice(e.end, (e.end + 6).min(self.chars.len()));
            let relative_clause = ["投资建设的", "投资的", "建设的", "承建的", "负责建设的", "参与建设的"].iter().any(|w| after.starts_with(w));
            if ["承建该项目的", "承建的", "建设该项目的", "投资该项目的", "由"].iter().any(|w| before.ends_with(w))
                && !(before.ends_with('由') && relative_clause)
                && let Some(p) = projects.iter().filter(|p| p.end <= e.start).max_by_key(|p| p.end)
            {
                self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
            }
            // 由某管委会与某集团合作建设: the company joined to the builder after 由
            // builds the project named before it too
            let joint_after_by = before.ends_with('与')
                && self.mentions().any(|(_, m)| m.end + 1 == e.start && m.start > 0 && self.chars[m.start - 1] == '由' && matches!(m.entity.class, Class::Enterprise | Class::GovernmentBody))
                && ["合作建设", "共同建设", "联合建设", "共同投资建设", "投资建设"].iter().any(|w| spells_at(self.chars, e.end, w));
            if joint_after_by && let Some(p) = projects.iter().filter(|p| p.end <= e.start && p.start >= s).max_by_key(|p| p.end) {
                self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
            }
            // 由甲公司投资建设，乙公司承建。: a company building with no object
            // builds the project the sentence named before it
            let builds = self.slice(e.end, (e.end + 3).min(self.chars.len()));
            if builds.starts_with("承建")
                && builds.chars().nth(2).is_none_or(|c| is_one_of(c, "，。；,;"))
                && let Some(p) = projects.iter().filter(|p| p.end <= e.start && p.start >= s).max_by_key(|p| p.end)
            {
                self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
            }
            // the first project named within `within` characters after the company
            let project_after = |within: usize| projects.iter().filter(|p| p.start >= e.end && p.start <= e.end + within).min_by_key(|p| p.start);
            let one_clause = |between: &str| !between.chars().any(|c| is_one_of(c, "，。；：,;:、"));
            // X(将在某地)投资建设Y项目: the company is the subject of investing in or building it
            // (the place may be a zone's long name: 将在某某现代产业园区投资建设)
            if let Some(p) = project_after(20) {
                let between = self.slice(e.end, p.start);
                let nothing_else = !enterprises.iter().any(|o| o.start >= e.end && o.end <= p.start);
                // (由X实施Y项目: after 由, the company is the agent of any verb of
                // carrying it out; the project's name may have left out the
                // places written before it: 实施|某市|某项目)
                let verb = self.slice(e.end, self.start_of_places_before(e.end, p.start, Class::is_region));
                // (实施 or 建设 right after the company is its act without 由:
                // 同意某公司实施某项目, 支持某公司建设某县某产业园项目)
                // (负责建设, 参与建设: building it alone or with others; 将 before)
                let verb = verb.strip_prefix('将').unwrap_or(verb);
                let agent_carries_out = before.ends_with('由') && ["实施", "建设", "负责建设", "负责实施", "投资", "运营", "承担"].contains(&verb)
                    || ["实施", "负责实施", "建设", "新建", "兴建", "负责建设", "参与建设"].contains(&verb);
                if one_clause(&between) && nothing_else && (["投资建设", "投资新建", "投资兴建", "承建"].iter().any(|v| between.ends_with(v)) || agent_carries_out) {
                    self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
                    // (参与建设A、B等项目: every project of the list it opens)
                    let mut last = p;
                    while let Some(next) = projects.iter().find(|q| q.start == last.end + 1 && is_one_of(self.chars[last.end], "、和及")) {
                        self.stated.insert(link(&next.entity, Predicate::Involves, &e.entity));
                        last = next;
                    }
                }
            }
            // X公司看好某市发展前景，计划在某经开区投资建设Y项目: a clause with no
            // subject of its own (计划, 将, 拟…) goes on with the company's
            if let Some(p) = project_after(40) {
                let between = self.slice(e.end, p.start);
                let last_clause = between.rsplit([',', ';']).next().unwrap_or(&between);
                let continues = ["计划", "将", "拟", "准备", "还将", "并将"].iter().any(|w| last_clause.starts_with(w));
                let nothing_else = !self.mentions().any(|(_, o)| o.start >= e.end && o.end <= p.start && matches!(o.entity.class, Class::Enterprise | Class::Official | Class::Person | Class::GovernmentBody));
                if continues && nothing_else && !between.contains('。') && ["投资建设", "投资新建", "投资兴建"].iter().any(|v| between.ends_with(v)) {
                    self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
                }
            }
            // 我县与X公司举行Y项目签约仪式, 与X公司签订Y项目投资协议: the company
            // a place signs a project with invests in it (与某高新区的X公司: the
            // company written with its place)
            let with_its_place = e.start > 0 && self.chars[e.start - 1] == '的' && {
                let lead = self.start_of_places_before(s, e.start - 1, |c| c.is_region() || c == Class::DevelopmentZone);
                lead < e.start - 1 && lead > 0 && self.chars[lead - 1] == '与'
            };
            if (before.ends_with('与') || with_its_place)
                && let Some(p) = project_after(8)
            {
                let between = self.slice(e.end, p.start);
                let after = self.slice(p.end, (p.end + 4).min(self.chars.len()));
                let signs = ["签约", "签订", "签署"].iter().any(|w| between.contains(w)) || ["签约", "投资协议", "合作协议"].iter().any(|w| after.starts_with(w));
                if one_clause(&between) && signs {
                    self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
                }
            }
            // X公司与某高新区签订Y项目投资协议: the company signing a project's
            // agreement (not a supply contract) with someone invests in it
            if let Some(p) = project_after(16) {
                let between = self.slice(e.end, p.start);
                let after = self.slice(p.end, (p.end + 4).min(self.chars.len()));
                // (or the project itself, its clause ending there, signed with
                // a place: 某公司与某区签订某项目，总投资35亿元)
                let place_signs_project = after.chars().next().is_some_and(|c| is_one_of(c, "，。；,;"))
                    && !enterprises.iter().any(|o| o.start > e.end && o.end <= p.start);
                let signs = ["签约", "签订", "签署"].iter().any(|w| between.ends_with(w))
                    && (["投资协议", "合作协议", "协议", "合同"].iter().any(|w| after.starts_with(w)) || place_signs_project);
                if between.starts_with('与') && one_clause(&between) && signs {
                    self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
                }
            }
            // 某市人民政府与X公司签订合作协议，共同建设Y项目: the company the place
            // signs with builds the project with it
            if before.ends_with('与') {
                let rest = self.slice(e.end, self.sentence_of(e.start).1);
                if let Some(at) = ["共同建设", "共同投资建设", "合作建设", "联合建设"].iter().filter_map(|w| rest.find(w).map(|p| p + w.len())).min()
                    && rest[..at].contains('签')
                {
                    let from = e.end + rest[..at].chars().count();
                    if let Some(p) = projects.iter().filter(|p| p.start >= from && p.start <= from + 6).min_by_key(|p| p.start) {
                        self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
                    }
                }
            }
            // X将投资60亿元参与Y工程建设: taking part in building it (what
            // the company puts in is its share, not the project's sum)
            if let Some(p) = project_after(20) {
                let between = self.slice(e.end, p.start);
                let between = ["还将", "将", "拟", "计划"].iter().find_map(|w| between.strip_prefix(w)).unwrap_or(&between);
                let between = between.strip_prefix("投资").and_then(|b| b.split_once('元')).map_or(between, |(sum, rest)| {
                    if sum.chars().all(|c| c.is_ascii_digit() || is_one_of(c, ".亿万千百")) { rest } else { between }
                });
                let works = ["建设", "投资", "运营", "开发"].iter().any(|w| spells_at(self.chars, p.end, w));
                if ["参与", "参与了"].contains(&between) && works {
                    self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
                }
            }
            // X投资建设的Y项目
            if relative_clause
                && let Some(p) = project_after(8)
            {
                self.stated.insert(link(&p.entity, Predicate::Involves, &e.entity));
            }
        }
    }

    /// 某公司投资12亿元建设(的)某项目, 投资12亿元的某项目: the sum is the
    /// project's own figure (rule 30), and the company written right before
    /// 投资 invests in it (rule 29).
    fn invested_to_build(&mut self) {
        let projects: Vec<Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Project).cloned().collect();
        for p in &projects {
            let Some(investment) = investment_before(self.chars, p.start) else { continue };
            if let Some(yuan) = investment.yuan {
                self.stated.insert(Relation::TotalInvestment { project: p.entity.clone(), yuan });
            }
            if let Some(e) = self.investor_before(investment.invest_at) {
                self.stated.insert(link(&p.entity, Predicate::Involves, &e));
            }
        }
    }

    /// The company written right before 投资, or before where and when it
    /// invests (某公司将在某区|投资, 某公司拟|投资).
    fn investor_before(&self, invest_at: usize) -> Option<EntityKey> {
        let mut at = invest_at;
        // (the places written one after another: 在十堰|经济技术开发区投资)
        let place_ending = |end: usize| self.mentions().map(|(_, m)| m).filter(|m| m.end == end && m.start < end && (m.entity.class.is_region() || m.entity.class == Class::DevelopmentZone)).map(|m| m.start).min();
        let mut place_start = None;
        while let Some(start) = place_ending(place_start.unwrap_or(at)) {
            place_start = Some(start);
        }
        if let Some(start) = place_start.filter(|&s| s > 0 && self.chars[s - 1] == '在') {
            at = start - 1;
        }
        let modal = ["将", "拟", "计划"].iter().find(|w| at >= w.chars().count() && spells_at(self.chars, at - w.chars().count(), w));
        if let Some(modal) = modal {
            at -= modal.chars().count();
        }
        let written_before = self.mentions().map(|(_, m)| m).find(|m| m.entity.class == Class::Enterprise && m.end == at).map(|m| m.entity.clone());
        // 某公司与某县人民政府签订了投资协议，计划投资2亿元建设…: a clause of
        // what is planned goes on with the company signing in the clause before
        if written_before.is_none() && modal.is_some() && at > 0 && self.chars[at - 1] == ',' {
            let sentence_start = self.sentence_of(at).0;
            let clause_start = (sentence_start..at - 1).rev().find(|&i| self.chars[i] == ',').map_or(sentence_start, |i| i + 1);
            let clause = self.slice(clause_start, at - 1);
            let signer = self.mentions().map(|(_, m)| m).find(|m| m.entity.class == Class::Enterprise && m.start == clause_start);
            if let Some(e) = signer
                && self.chars.get(e.end) == Some(&'与')
                && ["签订", "签署", "签约"].iter().any(|w| clause.contains(w))
            {
                return Some(e.entity.clone());
            }
        }
        written_before
    }

    /// 计划总投资27.2亿元 → 2720000000 for the project of that sentence (rule 30).
    fn investment(&mut self) {
        // 某某项目投资1.2亿元: a sum right after the project's name is its own
        let projects: Vec<&'a Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Project).collect();
        // (总投资 below, where a sum over several projects is told apart)
        let enterprises: Vec<&'a Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Enterprise).collect();
        for p in projects {
            if let Some(yuan) = crate::amount::sum_after(self.chars, p.end, &["投资"]) {
                self.stated.insert(Relation::TotalInvestment { project: p.entity.clone(), yuan });
            }
            // 某项目，由某公司投资8.6亿元建设: the builder's sum for it is its own
            let builder = (self.slice(p.end, p.end + 2) == ",由").then(|| enterprises.iter().find(|e| e.start == p.end + 2)).flatten();
            if let Some(e) = builder
                && let Some(yuan) = crate::amount::sum_after(self.chars, e.end, &["投资"])
            {
                self.stated.insert(Relation::TotalInvestment { project: p.entity.clone(), yuan });
            }
        }
        let mut from = 0;
        while let Some(at) = (from..self.chars.len()).find(|&i| spells_at(self.chars, i, "总投资")) {
            from = at + 3;
            // a sum over several projects (两项合计、5个项目总投资、等项目共计…)
            // is no one project's figure; 某某项目计划总投资 is
            let before = self.slice(at.saturating_sub(5), at);
            let counted_projects = ["个项目", "批项目", "等项目", "些项目", "类项目", "项项目"].iter().any(|w| before.contains(w))
                || counts_projects(&self.slice(self.sentence_of(at).0, at))
                    // (but 其中某项目计划总投资: the project named right before has its own)
                    && !self.in_span(self.sentence_of(at), |c| c == Class::Project).iter().any(|p| p.end <= at && at - p.end <= 4);
            if counted_projects || ["合计", "累计", "共计", "两项"].iter().any(|w| before.contains(w)) {
                continue;
            }
            let Some(yuan) = parse_amount(&self.slice(from, from + 16)) else { continue };
            let sentence = self.sentence_of(at);
            let projects = self.in_span(sentence, |c| c == Class::Project);
            if projects.len() != 1 && projects.iter().filter(|p| p.end <= at).count() != 1 {
                // several projects: take the one closest before the figure, if any
            }
            if let Some(p) = projects.iter().filter(|p| p.end <= at).max_by_key(|p| p.end).or(projects.first()) {
                self.stated.insert(Relation::TotalInvestment { project: p.entity.clone(), yuan });
            } else if project_pointer_before(&before) || self.sentence_opens_on_this_project(sentence.0) {
                // 该项目总投资5000万元: the project named last before this sentence,
                // unless a company was named after it whose own project that is
                // (…A项目、B公司C项目。在B公司，…。该项目总投资: C)
                let before_sentence = self.in_span((0, sentence.0), |c| c == Class::Project);
                let company = self.in_span((0, sentence.0), |c| c == Class::Enterprise).last().copied();
                let company_project = company.filter(|c| before_sentence.last().is_some_and(|p| c.start >= p.end)).and_then(|c| {
                    before_sentence.iter().rev().find(|p| self.stated.contains(&link(&p.entity, Predicate::Involves, &c.entity))).copied()
                });
                if let Some(p) = company_project.or(before_sentence.last().copied()) {
                    self.stated.insert(Relation::TotalInvestment { project: p.entity.clone(), yuan });
                }
            }
        }
    }

    /// Whether the sentence at `start` opens on 该 and a project's head
    /// (该产业园由某集团投资建设，总投资…), perhaps after a short opener
    /// (据悉，): it goes on about the project named last.
    fn sentence_opens_on_this_project(&self, start: usize) -> bool {
        // (after a short opener and its comma: 据悉，该项目由…)
        let opener_end = (2..=4).find(|&k| self.chars.get(start + k) == Some(&',') && self.chars[start..start + k].iter().all(|&c| is_han(c)));
        let at = opener_end.map_or(start, |k| start + k + 1);
        spells_at(self.chars, at, "该") && lexicons().project_heads.iter().any(|h| spells_at(self.chars, at + 1, h))
    }

    /// Who issued a policy (rule 33): the bodies written right before it
    /// (县委、县政府《…》) or as its possessor (文昌街道的…工程), a body that
    /// opens its title, the subject of 出台/印发/打造…, and for 会议下发了《…》
    /// the organiser of the meeting.
    fn issued_by(&mut self) {
        let issuer_class = |c: Class| c == Class::GovernmentBody || c == Class::DevelopmentZone || (c.is_region() && c != Class::Village);
        let mut policies: Vec<&'a Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Policy).collect();
        policies.sort_by_key(|p| p.start);
        let mut previous: Option<(usize, Vec<EntityKey>)> = None; // end of the last title and its issuers
        for p in policies {
            let mut found: Vec<EntityKey> = Vec::new();
            // a title right after another title shares its issuers: 《A》《B》
            if let Some((end, issuers)) = &previous
                && *end == p.start && self.chars[p.start] == '《'
            {
                found = issuers.clone();
            }
            // a body opening the title: 《中央应对…领导小组关于…》
            // (after 中共: 《中共某某区委关于…的建议》)
            let party_word = if self.slice(p.start + 1, (p.start + 3).min(p.end)) == "中共" { 2 } else { 0 };
            let bodies_in_title = self.in_span((p.start, p.end), |c| c == Class::GovernmentBody);
            if let Some(b) = bodies_in_title.first()
                && b.start <= p.start + 1 + party_word
            {
                found.push(b.entity.clone());
                // and the joint issuers after it: 《中共某县委 某县人民政府关于…》
                let mut edge = b.end;
                for next in bodies_in_title.iter().skip(1).filter(|n| n.start >= b.end) {
                    if !["", " ", "、", "和"].contains(&self.slice(edge, next.start)) {
                        break;
                    }
                    found.push(next.entity.clone());
                    edge = next.end;
                }
            }
            // bodies chained right before the title by 、 or 和, or its possessor (X的)
            let mut edge = p.start;
            for b in self.in_span((p.start.saturating_sub(30), p.start), issuer_class).iter().rev() {
                if b.end > edge {
                    continue; // inside the body just taken: 南充市 in 南充市委
                }
                let between = self.slice(b.end, edge);
                // (bodies may be written together, 市委市政府《…》, but a city
                // right before a zone is the zone's own name: 常德|经开区“…”)
                let together = between.is_empty() && (edge == p.start || b.entity.class == Class::GovernmentBody);
                if between.is_empty() && !together {
                    edge = b.start; // (the zone's city: read on before it)
                    continue;
                }
                if together || (edge != p.start && ["、", "和", "与", ","].contains(&between)) || (edge == p.start && between == "的") {
                    found.push(b.entity.clone());
                    edge = b.start;
                } else {
                    break;
                }
            }
            let (s, _) = self.sentence_of(p.start);
            if found.is_empty() {
                // the subject of an issuing verb in the same sentence, the last one before the title
                const ISSUE: [&str; 12] = ["出台", "印发", "下发", "制定", "发布", "发起", "启动", "推行", "实行", "建立", "打造", "举行"];
                if let Some(verb_at) = (s..p.start).rev().find(|&i| ISSUE.iter().any(|v| spells_at(self.chars, i, v) && i + v.chars().count() <= p.start)) {
                    let before_verb = self.slice(s, verb_at);
                    // (会议研究通过了《…》，并印发《…》: the meeting, the sentence's subject, goes on)
                    let meeting_goes_on = (before_verb.starts_with("会议") || before_verb.starts_with("会上"))
                        && before_verb.ends_with('并')
                        // (no subject of its own between: a place inside a title is none)
                        && self.in_span((s, verb_at), issuer_class).iter().all(|b| self.in_span((s, verb_at), |c| c == Class::Policy).iter().any(|t| t.start <= b.start && b.end <= t.end));
                    if before_verb.ends_with("会议") || before_verb.ends_with("会上") || meeting_goes_on {
                        // 会议下发了: the organiser of the meeting that was held
                        if let Some(o) = self.meeting_organiser(verb_at) {
                            found.push(o);
                        }
                    } else if let Some(b) = self.in_span((s, verb_at), issuer_class).last() {
                        if verb_at - b.end <= 8 {
                            // 市委、市政府出台了, 市发展改革委联合市财政局印发: every body of the subject
                            let mut edge = b.start;
                            found.push(b.entity.clone());
                            let joins = |between: &str| ["、", "和", "与"].contains(&between) || lexicons().joining_verbs.iter().any(|v| v == between);
                            for other in self.in_span((s, b.start), issuer_class).iter().rev() {
                                if other.end > edge {
                                    continue; // inside the body just taken: 衢州市 in 衢州市委
                                }
                                // (or written together: 衢州市委市政府印发)
                                let together = other.end == edge && other.entity.class == Class::GovernmentBody;
                                if together || joins(&self.slice(other.end, edge)) {
                                    found.push(other.entity.clone());
                                    edge = other.start;
                                } else {
                                    break;
                                }
                            }
                        }
                    } else if let Some(r) = self.this_region(s, verb_at) {
                        found.push(r); // 该镇打造“四大课堂”
                    }
                }
            }
            // (a press office announces a document at a press conference, 市政府新闻办…发布《…》;
            // it issues none)
            found.retain(|b| !["新闻办", "新闻办公室"].iter().any(|w| b.name.ends_with(w)));
            found.sort();
            found.dedup();
            for b in &found {
                self.stated.insert(link(&p.entity, Predicate::IssuedBy, b));
            }
            previous = Some((p.end, found));
        }
        // 某县印发《…》 in a headline and 县委、县政府印发《…》 in the text: the
        // region stands for its bodies, which the text names; they issue it
        let issued: Vec<(EntityKey, EntityKey)> = self
            .stated
            .iter()
            .filter_map(|r| match r {
                Relation::Link { subject, predicate: Predicate::IssuedBy, object } => Some((subject.clone(), object.clone())),
                _ => None,
            })
            .collect();
        for (policy, region) in issued.iter().filter(|(_, o)| o.class.is_region()) {
            let its_body = issued.iter().any(|(p, b)| p == policy && b.class == Class::GovernmentBody && b.name.starts_with(region.name.as_str()));
            if its_body {
                self.stated.remove(&link(policy, Predicate::IssuedBy, region));
            }
        }
    }

    /// 该镇/该乡/该县/该区 between `s` and `e`: the last town, county or zone named before.
    fn this_region(&self, s: usize, e: usize) -> Option<EntityKey> {
        let text = self.slice(s, e);
        let class: &[Class] = if text.contains("该镇") || text.contains("该乡") || text.contains("该街道") {
            &[Class::Town]
        } else if text.contains("该县") || text.contains("该市") {
            &[Class::County]
        } else if text.contains("该区") {
            &[Class::County, Class::DevelopmentZone]
        } else {
            return None;
        };
        self.in_span((0, s), |c| class.contains(&c)).last().map(|r| r.entity.clone())
    }

    /// The region or body that held the last meeting before `pos` (X召开…会议).
    fn meeting_organiser(&self, pos: usize) -> Option<EntityKey> {
        let at = (0..pos.saturating_sub(1)).rev().find(|&i| spells_at(self.chars, i, "召开"))?;
        // 召开县委常委会会议: the body whose meeting it is (a body's name opening the meeting's)
        if let Some(meeting) = self.mentions().map(|(_, m)| m).find(|m| m.start == at + 2 && m.entity.class == Class::Meeting) {
            let body = self.mentions().map(|(_, m)| m).filter(|b| b.entity.class == Class::GovernmentBody && meeting.entity.name.starts_with(b.entity.name.as_str())).max_by_key(|b| b.entity.name.len());
            if let Some(b) = body {
                return Some(b.entity.clone());
            }
        }
        let org = self.in_span((at.saturating_sub(12), at), |c| c == Class::GovernmentBody || c == Class::DevelopmentZone || c.is_region());
        let org = org.last().filter(|o| o.end + 2 >= at)?;
        // 某地区…推进会在某市召开: where it was held; the organiser opens the meeting's name
        if org.start > 0 && self.chars[org.start - 1] == '在'
            && let Some(meeting) = self.mentions().map(|(_, m)| m).find(|m| m.end + 1 == org.start && m.entity.class == Class::Meeting)
        {
            let opener = self.in_span((meeting.start, meeting.end), |c| c == Class::GovernmentBody || c == Class::DevelopmentZone || c.is_region());
            return opener.into_iter().filter(|o| o.start == meeting.start).max_by_key(|o| o.end).map(|o| o.entity.clone());
        }
        Some(org.entity.clone())
    }

    /// 主持 → chairedBy; 出席/参加 → attendedBy (rule 37).
    fn meetings(&mut self) {
        // (a meeting whose 精神 is studied, or which is 传达ed, was held elsewhere before: nobody here chairs or attends it)
        let meetings: Vec<Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Meeting && !self.recalled(m)).cloned().collect();
        let officials: Vec<Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Official).cloned().collect();
        let mut chairs: Vec<(EntityKey, EntityKey, usize)> = Vec::new();
        for o in &officials {
            // (某某同志主持: the form of address between; 某某在主会场主持: where)
            let addressed = if spells_at(self.chars, o.end, "同志") {
                2
            } else if ["在主会场", "在分会场"].iter().any(|w| spells_at(self.chars, o.end, w)) {
                4
            } else {
                0
            };
            let after = self.slice(o.end + addressed, (o.end + addressed + 3).min(self.chars.len()));
            if after.starts_with("主持") {
                let sentence = self.sentence_of(o.start);
                if let Some(m) = meetings.iter().find(|m| m.start >= o.end && m.end <= sentence.1) {
                    chairs.push((m.entity.clone(), o.entity.clone(), m.start));
                } else if self.names_the_session(o.end + addressed + 2) || self.chairs_without_object(o.end + addressed + 2) {
                    // X主持会议, X主持闭幕大会: the meeting this report is about, named before
                    if let Some(m) = self.convened_before(&meetings, o.start).or_else(|| meetings.iter().filter(|m| m.end <= o.start).max_by_key(|m| m.end).map(|m| m.entity.clone())) {
                        chairs.push((m, o.entity.clone(), o.start));
                    }
                }
            }
            let before = self.slice(o.start.saturating_sub(4), o.start);
            // 会议由市委常委、政法委副书记某某主持: 由, the chair's posts, the chair
            let by_titled = after.starts_with("主持") && {
                let lead = self.slice(self.sentence_of(o.start).0, o.start);
                lead.rfind('由').is_some_and(|p| {
                    let posts = &lead[p + '由'.len_utf8()..];
                    posts.chars().count() <= 24 && !posts.contains([',', ';', ':']) && !officials.iter().any(|x| x.end <= o.start && x.start >= o.start - posts.chars().count())
                })
            };
            if (before.ends_with("会议由") || before.ends_with("由") && after.starts_with("主持") || by_titled)
                && let Some(m) = meetings.iter().filter(|m| m.end <= o.start).max_by_key(|m| m.end)
            {
                chairs.push((m.entity.clone(), o.entity.clone(), m.start));
            }
        }
        for (m, o, _) in &chairs {
            self.stated.insert(link(m, Predicate::ChairedBy, o));
        }
        for i in 0..self.chars.len().saturating_sub(1) {
            // (compared in place: a string for every position was a twentieth of extraction)
            let w = [self.chars[i], self.chars[i + 1]];
            // 在主席台就座: seated on the rostrum of the meeting reported
            let seated = w == ['就', '座'] && (self.slice(i.saturating_sub(4), i) == "在主席台" || self.slice(i.saturating_sub(6), i) == "在主席台前排");
            // 向大会作政府工作报告: a report to the meeting is a speech at it (rule 37)
            // (作工作部署: the deployment of work, a speech at it; 作工作报告: the
            // committee's report to its plenum)
            let reports = (w == ['向', '大'] && spells_at(self.chars, i, "向大会作"))
                || (w == ['作', '政'] && spells_at(self.chars, i, "作政府工作报告"))
                || (w == ['作', '工'] && (spells_at(self.chars, i, "作工作部署") || spells_at(self.chars, i, "作工作报告")));
            // 某某作动员讲话, 某某作表态发言, 某某作常委会工作报告: a speech or
            // report the official gives right after the name, at the meeting reported
            let speaks = w[0] == '作' && officials.iter().any(|o| o.end == i) && {
                let after = self.slice(i + 1, (i + 11).min(self.chars.len()));
                let clause = &after[..after.find([',', '。', ';']).unwrap_or(after.len())];
                ["讲话", "发言", "报告"].iter().any(|w| clause.ends_with(w)) && clause.len() < after.len()
            };
            // 某某主持会议，某某讲话。: a speech with no object right after the
            // name, where the sentence names no ceremony or event, is at the
            // meeting reported
            let speaks_bare = matches!(w, ['讲', '话'] | ['致', '辞'])
                && officials.iter().any(|o| o.end == i)
                && self.chars.get(i + 2).is_some_and(|&c| is_one_of(c, ",。;"))
                && !self.names_an_event(self.sentence_of(i));
            // 到会听取意见并讲话: coming to the meeting reported (not 到会议室)
            let arrives = w == ['到', '会'] && self.chars.get(i + 2).is_some_and(|&c| c != '议') && self.sentence_of(i).0 < i;
            let reports = reports || speaks || speaks_bare;
            if !matches!(w, ['出', '席'] | ['参', '加'] | ['列', '席']) && !seated && !reports && !arrives {
                continue;
            }
            let sentence = self.sentence_of(i);
            // the meeting: named after the verb in this sentence, or at its start
            // (在某某会议上，某某出席并讲话), else the last chaired or named one before
            let meeting = meetings
                .iter()
                .find(|m| m.start >= i && m.end <= sentence.1)
                .or_else(|| {
                    meetings.iter().find(|m| m.start > sentence.0 && m.end <= i && self.chars[m.start - 1] == '在' && self.chars.get(m.end) == Some(&'上'))
                })
                .map(|m| m.entity.clone())
                .or_else(|| {
                    // 市长某某出席并讲话, 县长某某…出席。: the meeting reported, where the sentence names no ceremony
                    let closes = self.chars.get(i + 2).is_some_and(|&c| is_one_of(c, "。;"));
                    let bare = (closes || ["并讲话", "并致辞", "并作重要讲话"].iter().any(|w| spells_at(self.chars, i + 2, w)))
                        && !self.names_an_event(sentence);
                    if seated || reports || arrives || bare || self.names_the_session(i + 2) {
                        // the last meeting chaired or convened before, else the last named
                        let chaired = chairs.iter().filter(|c| c.2 < i).max_by_key(|c| c.2).map(|c| (c.2, c.0.clone()));
                        let convened = self.convened_before(&meetings, i).and_then(|k| meetings.iter().filter(|m| m.entity == k && m.end <= i).map(|m| (m.start, k.clone())).max_by_key(|x| x.0));
                        match (chaired, convened) {
                            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a.1 } else { b.1 }),
                            (a, b) => a.or(b).map(|x| x.1),
                        }
                        .or_else(|| meetings.iter().filter(|m| m.end <= i).max_by_key(|m| m.end).map(|m| m.entity.clone()))
                    } else {
                        None
                    }
                });
            let meeting = meeting.or_else(|| {
                // 出席会议 after X召开…会议: the meeting that was held
                let after = self.slice(i + 2, (i + 4).min(self.chars.len()));
                after.starts_with("会议").then(|| self.convened_before(&meetings, i)).flatten()
            });
            let Some(meeting) = meeting else { continue };
            for o in officials.iter().filter(|o| o.start >= sentence.0 && o.end <= i) {
                let chair = chairs.iter().any(|(m, c, _)| *m == meeting && *c == o.entity);
                if !chair {
                    self.stated.insert(link(&meeting, Predicate::AttendedBy, &o.entity));
                }
            }
        }
    }

    /// Whether the span names a ceremony or an event (仪式, 活动, 典礼), at which
    /// a speech or attendance is no meeting's.
    fn names_an_event(&self, (from, to): (usize, usize)) -> bool {
        let span = &self.chars[from.min(self.chars.len())..to.min(self.chars.len())];
        ["仪式", "活动", "典礼"].iter().any(|w| span.windows(2).any(|p| spells_at(p, 0, w)))
    }

    /// A meeting named as what is studied or passed on (…全会精神, 传达…会议),
    /// not as the one reported.
    fn recalled(&self, m: &Resolved) -> bool {
        spells_at(self.chars, m.end, "精神") || self.slice(m.start.saturating_sub(6), m.start).contains("传达")
    }

    /// Whether the words at `pos` name the meeting of the report without its
    /// name: 会议, or one of its sittings (闭幕大会, 全体会议).
    fn names_the_session(&self, pos: usize) -> bool {
        // (座谈会, 推进会: the kind of meeting reported, written without its name)
        const SESSION: [&str; 8] = ["会议", "闭幕大会", "开幕大会", "闭幕会", "开幕会", "全体会议", "座谈会", "推进会"];
        let after = self.slice(pos, (pos + 4).min(self.chars.len()));
        SESSION.iter().any(|w| after.starts_with(w))
    }

    /// 某某主持并讲话, 某某主持。: 主持 with no object chairs the meeting
    /// reported (not 主持工作, 主持学习).
    fn chairs_without_object(&self, pos: usize) -> bool {
        let after = self.slice(pos, (pos + 3).min(self.chars.len()));
        after.starts_with('。') || ["并讲话", "并致辞", "并作"].iter().any(|w| after.starts_with(w))
    }

    /// The last meeting before `pos` written as held (召开…, 召开的…).
    fn convened_before(&self, meetings: &[Resolved], pos: usize) -> Option<EntityKey> {
        meetings
            .iter()
            .filter(|m| m.end <= pos)
            .filter(|m| {
                let lead = self.slice(m.start.saturating_sub(8), m.start);
                // (or the subject of the verb: 某某工作调度会在大理市召开)
                let tail = self.slice(m.end, (m.end + 10).min(self.sentence_of(m.end).1));
                lead.contains("召开") || lead.contains("举行") || ["召开", "举行", "开幕"].iter().any(|v| tail.starts_with(v) || tail.starts_with('在') && tail.contains(v))
            })
            .max_by_key(|m| m.end)
            .map(|m| m.entity.clone())
    }

    /// 王小明总书记在…座谈会上的重要讲话: a speech at a meeting is attendance.
    fn speeches(&mut self) {
        let meetings: Vec<&'a Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Meeting).collect();
        for m in meetings {
            // (or says, demands or deploys anything there, in the clause after
            // it: 在某推进大会上强调，…; 在某推进大会上对某工作作出具体部署)
            let after = self.slice(m.end, (m.end + 24).min(self.chars.len()));
            let clause = &after[..after.find([',', '。', ';', ':']).unwrap_or(after.len())];
            const SPEAKING: [&str; 9] = ["讲话", "强调", "指出", "表示", "要求", "部署", "致辞", "发言", "作报告"];
            if !(clause.starts_with('上') && SPEAKING.iter().any(|v| clause.contains(v))) {
                continue;
            }
            let before = self.slice(m.start.saturating_sub(1), m.start);
            if before != "在" {
                continue;
            }
            let sentence = self.sentence_of(m.start);
            if let Some(o) = self.in_span((sentence.0, m.start), |c| c == Class::Official).last()
                && m.start - o.end <= 6
            {
                self.stated.insert(link(&m.entity, Predicate::AttendedBy, &o.entity));
            }
        }
        // 某某在闭幕大会上讲话: a speech at a sitting of the meeting named before
        let officials: Vec<&'a Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Official).collect();
        // (or 某某在会上强调: what is said at the meeting reported)
        for o in officials {
            let at_the_meeting = spells_at(self.chars, o.end, "在会上")
                && {
                    let three = self.slice(o.end + 3, (o.end + 6).min(self.chars.len()));
                    ["强调", "指出", "讲话", "表示", "要求"].iter().any(|v| three.contains(v))
                };
            // 某某在讲话中指出, after the meeting was named in the same paragraph
            // with no ceremony or event between: his speech at it
            // (在总结讲话中指出: the closing speech; the meeting the article
            // reports, named in a paragraph before, when that is all between)
            let in_speech = ["在讲话中", "在总结讲话中", "在总结讲话时", "在讲话时"].iter().any(|w| spells_at(self.chars, o.end, w)) && {
                let after = self.slice(o.end, (o.end + 9).min(self.chars.len()));
                ["指出", "强调", "要求"].iter().any(|v| after.contains(v))
            };
            if in_speech {
                let para = self.paragraph_of(o.start).0;
                let meetings_before = || self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Meeting && m.end <= o.start && !self.recalled(m));
                let in_paragraph = meetings_before().filter(|m| m.start >= para).max_by_key(|m| m.end);
                let named = in_paragraph.or_else(|| meetings_before().max_by_key(|m| m.end).filter(|m| !["调研", "考察", "走访", "督导"].iter().any(|w| self.slice(m.end, o.start).contains(w))));
                if let Some(m) = named
                    && !self.names_an_event((m.end, o.start))
                    && !self.stated.contains(&link(&m.entity, Predicate::ChairedBy, &o.entity))
                {
                    self.stated.insert(link(&m.entity, Predicate::AttendedBy, &o.entity));
                }
                continue;
            }
            if !(self.slice(o.end, o.end + 1) == "在" && self.names_the_session(o.end + 1)) && !at_the_meeting {
                continue;
            }
            let rest = self.slice(o.end + 1, (o.end + 14).min(self.chars.len()));
            let Some(on) = rest.find('上') else { continue };
            if !rest[on..].contains("讲话") && !at_the_meeting {
                continue;
            }
            let meetings = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Meeting && m.end <= o.start && !self.recalled(m));
            if let Some(m) = meetings.max_by_key(|m| m.end) {
                self.stated.insert(link(&m.entity, Predicate::AttendedBy, &o.entity));
            }
        }
    }

    /// An official who goes to (到/赴/深入/莅) named places to 调研/督导…
    /// inspected them and the region that locates them (rule 38).
    fn inspections(&mut self) {
        let mut officials: Vec<Resolved> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::Official).cloned().collect();
        officials.extend(self.pronoun_subjects(&officials));
        officials.extend(self.group_subjects(&officials));
        const GO: [&str; 7] = ["先后到", "到", "赴", "深入", "莅", "来到", "来"];
        const VISIT: [&str; 8] = ["调研", "督导", "检查", "考察", "察看", "视察", "走访", "观摩"];
        for o in &officials {
            self.visited_where_the_sentence_opens(o);
        }
        for o in &officials {
            let sentence = self.sentence_of(o.start);
            // 县委书记甲，县委副书记、县长乙带领…: leaders listed together share the verb
            let subject_end = self.end_of_listed_subjects(o, &officials, sentence.1, &GO, &VISIT);
            let rest = self.slice(subject_end, sentence.1);
            if rest.contains("陪同") && rest.find("陪同") < VISIT.iter().filter_map(|v| rest.find(v)).min() {
                continue;
            }
            // the verb of going must follow the name closely, or the
            // delegation or staff the official leads (率我县党政代表团赴某市考察,
            // 带领相关部门负责人深入某镇调研)
            // (an adverb may come first: 某某正带领)
            let leading = rest.trim_start_matches(['正', '亲', '还', '又', '也']).trim_start_matches('自');
            let leads_a_delegation = |go: usize| {
                ["率", "带领", "率领"].iter().any(|w| leading.starts_with(w))
                    // (带领观摩组，先后来到: a comma may close the group)
                    && ["团", "组", "队", "负责人", "负责同志", "干部", "人员"].iter().any(|w| rest[..go].trim_end_matches("先后").trim_end_matches(',').ends_with(w))
                    && rest[..go].chars().count() <= 24
            };
            let close = |go: usize| rest[..go].chars().count() <= 6 || leads_a_delegation(go);
            let place = |c: Class| matches!(c, Class::Project | Class::Enterprise | Class::Province | Class::City | Class::County | Class::Town | Class::Village | Class::DevelopmentZone);
            // being somewhere (在某县调研) where no verb of going follows closely
            let going = GO.iter().filter_map(|g| rest.find(g).map(|p| (p, g.len()))).min().filter(|g| close(g.0));
            // 某某一行先后考察了X、Y: visiting with no going, the places after the verb in its clause
            if going.is_none()
                && let Some(verb_end) = visit_right_after(&rest, &VISIT)
            {
                let clause = &rest[verb_end..];
                let clause = &clause[..clause.find([',', ';', '。']).unwrap_or(clause.len())];
                let start = subject_end + rest[..verb_end].chars().count();
                let visited = self.in_span((start, start + clause.chars().count()), place);
                self.state_visits(&o.entity, &visited);
                continue;
            }
            let Some(go) = going.or_else(|| rest.find('在').map(|p| (p, '在'.len_utf8())).filter(|g| close(g.0))) else { continue };
            // the verb after the going (带领观摩团到某县观摩: not the 观摩 of the delegation's name)
            // 先后来到X、Y，详细了解…: a tour of the places listed goes where it goes
            // with no verb of visiting after
            let toured = rest[..go.0].ends_with("先后") || rest[go.0..].starts_with("先后");
            // (a list of sites goes on after a comma and 以及: X、Y，以及Z)
            let clause_end = || {
                let mut from = go.0;
                loop {
                    match rest[from..].find([',', ';', '。']).map(|e| e + from) {
                        Some(e) if rest[e..].starts_with(",以及") => from = e + ",以及".len(),
                        Some(e) => return e,
                        None => return rest.len(),
                    }
                }
            };
            let Some(visit) = VISIT.iter().filter_map(|v| rest[go.0..].find(v)).map(|v| v + go.0).min().or_else(|| toured.then(clause_end)) else { continue };
            let from = subject_end + rest[..go.0 + go.1].chars().count();
            let to = subject_end + rest[..visit].chars().count();
            // other officials in between are fellow visitors, not places
            let mut visited = self.in_span((from, to), place);
            // 深入 goes somewhere only when a place follows (深入某镇), not in 深入学习…考察某省
            let deep = rest[go.0..].starts_with("深入");
            // (or a list of sites opens on one that is no entity: 深入某古城景区、某某有限公司)
            let listed_after = |t: &&Resolved| t.start > from && self.slice(from, t.start).ends_with('、') && !self.slice(from, t.start).contains([',', '。', ';']);
            if deep && !visited.iter().any(|t| t.start <= from + 2 || listed_after(t)) {
                continue;
            }
            // 在某县调研: being somewhere is a visit only when the place is
            // all there is between 在 and the verb (not 在会上强调…考察)
            let at = going.is_none();
            if at && !(visited.iter().any(|t| t.start == from) && visited.iter().any(|t| t.end == to)) {
                continue;
            }
            // …调研，实地察看了X、Y: the sites looked at on the same visit
            // (the clause of the visit's own verb, 走访上海某某有限公司, and of the
            // first such verb after it: 招商考察，先后走访了…)
            let verb_len = VISIT.iter().find(|v| rest[visit..].starts_with(*v)).map_or(0, |v| v.len());
            let after_visit = &rest[visit..];
            // (or a tour of places after it: 到某县调研，先后来到某镇某村、某镇某村)
            let next_look = ["察看", "查看", "考察", "走访", "观摩", "来到"].iter().filter_map(|v| after_visit[verb_len..].find(v).map(|p| verb_len + p + v.len())).min();
            for look in [Some(verb_len).filter(|&l| l > 0), next_look].into_iter().flatten() {
                let clause = &after_visit[look..];
                let clause_end = clause.find([',', ';']).unwrap_or(clause.len());
                let start = to + after_visit[..look].chars().count();
                visited.extend(self.in_span((start, start + clause[..clause_end].chars().count()), place));
            }
            self.state_visits(&o.entity, &visited);
        }
    }

    /// 在某镇某村，某某（他）详细察看了…: the places a sentence opens with,
    /// after 在 and before the comma that the official follows, are visited
    /// when a verb of looking or visiting follows the official.
    fn visited_where_the_sentence_opens(&mut self, o: &Resolved) {
        let Some((from, to)) = self.where_the_sentence_opens(o.start) else { return };
        let mut rest = self.slice(o.end, (o.end + 12).min(self.chars.len()));
        while let Some(tail) = BEFORE_A_VISIT.iter().find_map(|w| rest.strip_prefix(w)) {
            rest = tail;
        }
        // (走进 a workshop, 参观 an exhibition: of the place the sentence opens with)
        const LOOK: [&str; 14] = ["察看", "查看", "了解", "询问", "走访", "考察", "调研", "检查", "观摩", "督导", "视察", "听取", "走进", "参观"];
        if !LOOK.iter().any(|v| rest.starts_with(v)) {
            return;
        }
        let place = |c: Class| matches!(c, Class::Project | Class::Enterprise | Class::County | Class::Town | Class::Village | Class::DevelopmentZone);
        let visited = self.in_span((from, to), place);
        // only places between 在 and the comma (在会上, 在调研中: none)
        let covered: usize = visited.iter().map(|v| v.end - v.start).sum();
        if !visited.is_empty() && covered * 2 >= to - from {
            self.state_visits(&o.entity, &visited);
        }
    }

    /// The span of X when the sentence holding `pos` reads 在X，right up to
    /// `pos` (在某镇某村，|某某察看了…): where the clause that `pos` opens is.
    fn where_the_sentence_opens(&self, pos: usize) -> Option<(usize, usize)> {
        let start = self.text.sentence_start(pos);
        let lead = self.slice(start, pos);
        let place = lead.strip_prefix('在')?.strip_suffix(',')?;
        (!place.contains(',')).then(|| (start + 1, start + 1 + place.chars().count()))
    }

    /// Where the subject that `o` opens ends: after the last of the officials
    /// listed with it, joined by a comma, 、 or 和 with only their posts between
    /// (县委书记甲，县委副书记、县长乙带领…): they share the verbs that follow.
    fn end_of_listed_subjects(&self, o: &Resolved, officials: &[Resolved], sentence_end: usize, go: &[&str], visit: &[&str]) -> usize {
        let mut end = o.end;
        while let Some(next) = officials.iter().filter(|x| x.start >= end && x.end <= sentence_end).min_by_key(|x| x.start) {
            let gap = self.slice(end, next.start);
            let joined = gap.starts_with([',', '、', '和', '与', '及']);
            let only_posts = gap.chars().count() <= 20
                && !gap.contains(['。', ';', ':', '在', '由'])
                && !go.iter().chain(visit).chain(&["陪同", "参加", "主持", "出席"]).any(|w| gap.contains(w));
            if !(joined && only_posts) {
                break;
            }
            end = next.end;
        }
        end
    }

    /// `official` inspected the places of one visit.
    fn state_visits(&mut self, official: &EntityKey, visited: &[&Resolved]) {
        // 走访上海某某有限公司: the province opening a company's name is no
        // place of the visit (a county or town there still locates the site)
        // (nor the province opening a place's: 湖北|浠水|经济开发区)
        // (nor the city opening a visited company's: 长沙|某某集团股份有限公司 was
        // registered there, which says nothing of where the visit went; a
        // district's full name, 南康区|某某家具有限公司, still does)
        let opens_a_company = |t: &Resolved| {
            t.entity.class == Class::City
                && visited.iter().any(|u| u.entity.class == Class::Enterprise && u.start <= t.start && t.end <= u.end && (u.start, u.end) != (t.start, t.end))
        };
        // (nor a place inside a company's name after its start: 河北新|武安|钢铁集团…,
        // 某银行|海伦市|支行 say nothing of where the visit went)
        let within_a_company = |t: &Resolved| visited.iter().any(|u| u.entity.class == Class::Enterprise && u.start < t.start && t.end <= u.end);
        let inside_a_site = |t: &Resolved| {
            opens_a_company(t) || within_a_company(t) || t.entity.class == Class::Province
                && visited.iter().any(|u| {
                    (matches!(u.entity.class, Class::Enterprise | Class::Project) && u.start <= t.start && t.end <= u.end)
                        || (u.start == t.end
                            && (u.entity.class == Class::DevelopmentZone
                                || u.entity.class != Class::Province && visited.iter().any(|z| z.entity.class == Class::DevelopmentZone && z.start == u.end)))
                })
        };
        for t in visited.iter().filter(|t| !inside_a_site(t)) {
            self.stated.insert(link(official, Predicate::Inspected, &t.entity));
        }
    }

    /// 某某带队督导…。他先后深入…: a sentence opening with 他 or 她 is about
    /// the official who is the subject of the sentence before, in the same
    /// paragraph (the first official named there): that official, at the
    /// pronoun.
    fn pronoun_subjects(&self, officials: &[Resolved]) -> Vec<Resolved> {
        let mut out = Vec::new();
        for (i, &c) in self.chars.iter().enumerate() {
            if !matches!(c, '他' | '她') || i == 0 {
                continue;
            }
            // (or opening the clause after where the sentence is: 在某村，他察看…)
            let own_start = self.text.sentence_start(i);
            let after_where = own_start > 0 && self.where_the_sentence_opens(i).is_some();
            // (or after a word of sequence or time: 随后，他来到…)
            if !is_sentence_end(self.chars[i - 1]) && !after_where && !self.after_a_word_of_sequence(i) {
                continue;
            }
            let previous = self.sentence_of(own_start.max(1) - 1);
            if previous.0 < self.text.paragraph_start(i) {
                continue;
            }
            if let Some(o) = officials.iter().filter(|o| o.start >= previous.0 && o.end <= previous.1).min_by_key(|o| o.start) {
                out.push(Resolved { start: i, end: i + 1, text: c.to_string(), ..o.clone() });
            }
        }
        out
    }

    /// Whether `start..end` holds only commas and posts: titles, each perhaps
    /// after its body (，区委副书记、区长).
    fn only_posts_between(&self, start: usize, end: usize) -> bool {
        let bodies: Vec<(usize, usize)> = self.mentions().map(|(_, m)| m).filter(|m| m.entity.class == Class::GovernmentBody && m.start >= start && m.end <= end).map(|m| (m.start, m.end)).collect();
        let titles = &lexicons().titles;
        let mut i = start;
        let mut saw_title = false;
        while i < end {
            if is_one_of(self.chars[i], ",、") {
                i += 1;
            } else if let Some(&(_, body_end)) = bodies.iter().find(|b| b.0 == i) {
                i = body_end;
            } else if let Some(n) = titles.iter().filter(|t| spells_at(self.chars, i, t)).map(|t| t.chars().count()).filter(|&n| i + n <= end).max() {
                i += n;
                saw_title = true;
            } else {
                return false;
            }
        }
        saw_title && self.chars[start] == ','
    }

    /// Whether only a word of sequence or time opens the sentence before `i`
    /// (随后，他…; 考察期间，代表团…): what follows is its subject.
    fn after_a_word_of_sequence(&self, i: usize) -> bool {
        let opener = self.slice(self.text.sentence_start(i), i);
        let opener = opener.strip_suffix(',').unwrap_or(&opener);
        ["随后", "之后", "此后", "其后", "接着", "紧接着", "然后", "最后", "会后", "当天", "当日", "上午", "下午"].contains(&opener)
            || opener.ends_with("期间") && opener.chars().count() <= 6
    }

    /// 某某带领观摩组先后到…。在某镇，观摩组察看了…: a group an official
    /// leads, the subject of a later sentence or clause, visits for its
    /// leaders: each leader, at the group's word.
    fn group_subjects(&self, officials: &[Resolved]) -> Vec<Resolved> {
        const GROUPS: [&str; 9] = ["观摩组", "观摩团", "调研组", "督导组", "考察团", "检查组", "代表团", "视察组", "视察团"];
        let mut out = Vec::new();
        // the 30 characters after each official and where 带领/率领/率 is in them
        let leading: Vec<Option<(&str, usize)>> = officials
            .iter()
            .map(|o| {
                let rest = self.slice(o.end, (o.end + 30).min(self.chars.len()));
                let lead = ["带领", "率领", "率"].iter().filter_map(|w| rest.find(w)).min()?;
                Some((rest, lead))
            })
            .collect();
        // (a group led under one word is the same group under another:
        // 率党政代表团赴…考察。在南京，考察团走访了…)
        // (or its head, named by the group, leads it: 督导组组长、某局局长某某带队)
        // (or leads a visit, 某某带队视察…: the group of that visit, named later, is his)
        let heads_the_group = |o: &Resolved| {
            spells_at(self.chars, o.end, "带队")
                && (GROUPS.iter().any(|g| self.slice(self.sentence_of(o.start).0, o.start).contains(g))
                    || ["视察", "调研", "督导", "考察", "检查", "观摩"].iter().any(|v| spells_at(self.chars, o.end + 2, v)))
        };
        let mut leaders: Vec<&Resolved> = officials
            .iter()
            .zip(&leading)
            .filter(|(o, leading)| {
                heads_the_group(o)
                    || leading.as_ref().is_some_and(|(rest, lead)| GROUPS.iter().filter_map(|group| rest[*lead..].find(group)).any(|g| rest[*lead..*lead + g].chars().count() <= 24))
            })
            .map(|(o, _)| o)
            .collect();
        // (the officials listed with a leader, only posts between them, lead
        // with him: 区委书记某某，区委副书记、区长某某带队观摩)
        let listed_with: Vec<&Resolved> = officials
            .iter()
            .filter(|o| !leaders.iter().any(|l| l.entity == o.entity))
            .filter(|o| leaders.iter().any(|l| l.start > o.end && l.start <= o.end + 24 && self.only_posts_between(o.end, l.start)))
            .collect();
        leaders.extend(listed_with);
        if leaders.is_empty() {
            return out;
        }
        for group in GROUPS {
            let n = group.chars().count();
            for i in (0..self.chars.len()).filter(|&i| spells_at(self.chars, i, group)) {
                // the group as subject: opening a sentence, or the clause after where it is
                let subject = self.text.sentence_start(i) == i || self.where_the_sentence_opens(i).is_some() || self.after_a_word_of_sequence(i);
                for o in leaders.iter().filter(|o| o.end <= i && subject) {
                    out.push(Resolved { start: i, end: i + n, text: group.to_owned(), ..(*o).clone() });
                }
            }
        }
        out
    }

    /// Staff named after their employer (rule 23).
    fn works_for(&mut self) {
        for (i, c) in self.rec.candidates.iter().enumerate() {
            if let Reference::Person { employer: Some(e), .. } = &c.reference
                && let (Some(Some(p)), Some(Some(emp))) = (self.res.mentions.get(i), self.res.mentions.get(*e))
                && p.entity.class == Class::Person
            {
                self.stated.insert(link(&p.entity, Predicate::WorksFor, &emp.entity));
            }
        }
    }
}


#[cfg(test)]
mod tests {
    use crate::model::{Class, Predicate, Relation};
    use std::collections::BTreeSet;

    #[test]
    fn a_company_investing_a_sum_to_build_a_project_gives_its_figure_and_names_it() {
        // invented companies in a real county: the sum ends the project's name
        // on the left, is its totalInvestment, and the company invests in it;
        // a sum in dollars gives no figure in yuan; a production base to be
        // built is the project's name, no company
        let text = "丹棱县举行项目签约仪式。蜀丰农业科技有限公司投资12亿元建设柑橘深加工产业园项目，华睿新材料股份有限公司投资2亿美元建设环保建材生产基地项目。";
        let x = crate::extract::extract_text(text);
        let names = |class: Class| x.mentions.iter().filter(|m| m.entity.class == class).map(|m| m.entity.name.as_str()).collect::<Vec<_>>();
        assert_eq!(names(Class::Project), ["柑橘深加工产业园项目", "环保建材生产基地项目"]);
        assert_eq!(names(Class::Enterprise), ["蜀丰农业科技有限公司", "华睿新材料股份有限公司"]);
        assert_eq!(investments(&x), [("柑橘深加工产业园项目", 1_200_000_000)]);
        assert!(linked(&x, "柑橘深加工产业园项目", Predicate::Involves, "蜀丰农业科技有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_sum_invested_in_the_project_of_a_relative_clause_is_its_figure() {
        // invented companies in a real county-level city: 投资…建设的 and
        // 投资…的 make the project the object of a clause, not of the verb
        let text = "晋江市举行项目集中开工活动。其中，远华体育用品集团有限公司投资35亿元建设的远华智能制造产业园项目，主要建设鞋服生产线；蜀丰纸业有限公司投资12亿元的蜀丰纸业扩产项目建成后年新增产值20亿元。";
        let x = crate::extract::extract_text(text);
        assert_eq!(investments(&x), [("蜀丰纸业扩产项目", 1_200_000_000), ("远华智能制造产业园项目", 3_500_000_000)], "{:?}", x.mentions);
        assert!(linked(&x, "远华智能制造产业园项目", Predicate::Involves, "远华体育用品集团有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "蜀丰纸业扩产项目", Predicate::Involves, "蜀丰纸业有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn this_project_after_a_short_opener_gets_the_figure() {
        // real county-level city, invented park and company: 据悉，该项目…总投资
        let text = "6月6日，横州市远华花茶产业园二期项目开工仪式在横州镇举行。\n\n据悉，该项目由远华投资集团有限公司投资建设，总投资5.6亿元，占地面积300亩。";
        let x = crate::extract::extract_text(text);
        assert_eq!(investments(&x), [("远华花茶产业园二期项目", 560_000_000)], "{:?}", x.mentions);
    }

    #[test]
    fn the_head_of_a_group_leading_it_visits_the_sites_listed() {
        // invented people and company in a real city and county: 督导组组长…带队,
        // then 督导组 goes into a list that opens on a site that is no entity
        let text = "11月15日，晋中市安全生产督导组组长、市应急管理局局长郭立强带队到平遥县督导安全生产工作。督导组先后深入平遥古城景区、山西平遥远华食品有限公司，实地检查安全生产情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "郭立强", Predicate::Inspected, "山西平遥远华食品有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_delegation_led_under_one_word_visits_under_another() {
        // invented people and company, real places: 党政代表团 led, 考察团 visits
        let text = "3月26日，天长市委书记刘立山率天长市党政代表团赴江苏省南京市考察招商。在南京，考察团走访了南京远华自动化股份有限公司。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "刘立山", Predicate::Inspected, "南京远华自动化股份有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_province_opening_a_visited_companys_name_is_not_visited() {
        // invented people and company in a real district and town of 上海市
        let text = "浦东新区召开会议。会后，区委书记孙立文一行来到张江镇，走访上海远华微电子有限公司，察看企业研发生产情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "孙立文", Predicate::Inspected, "张江镇"), "{:?}", x.relations);
        assert!(linked(&x, "孙立文", Predicate::Inspected, "上海远华微电子有限公司"), "{:?}", x.relations);
        assert!(!linked(&x, "孙立文", Predicate::Inspected, "上海市"), "{:?}", x.relations);
        // nor the city opening a visited company's name (an invented company)
        let text = "11月28日，芙蓉区委书记周立峰来到东岸街道，实地察看长沙远华住工集团股份有限公司生产情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "周立峰", Predicate::Inspected, "长沙远华住工集团股份有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "周立峰", Predicate::Inspected, "东岸街道"), "{:?}", x.relations);
        assert!(!linked(&x, "周立峰", Predicate::Inspected, "长沙市"), "{:?}", x.relations);
        // nor the province opening a zone's name, written after its county
        let text = "11月20日，黄冈市委副书记、市长刘立伟到浠水县调研。刘立伟一行先后来到湖北浠水经济开发区、散花镇，实地察看项目建设情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "刘立伟", Predicate::Inspected, "浠水经开区"), "{:?}", x.relations);
        assert!(!linked(&x, "刘立伟", Predicate::Inspected, "湖北省"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_named_after_another_place_is_not_the_passages() {
        // invented companies in real cities: the passage is about 临夏州, the
        // company is named after 厦门; one named after its own county is of it
        let text = "临夏州召开东西部协作推进会。会上，临夏州与厦门远华集团有限公司签订了战略合作协议。\n\n在临夏县，临夏远华牧业有限公司养殖肉牛3000头。";
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { subject, predicate: Predicate::LocatedIn, .. } if subject.name == "厦门远华集团有限公司")), "{:?}", x.relations);
        assert!(located_in(&x, "临夏远华牧业有限公司", "临夏县"), "{:?}", x.relations);
        // the county in a project's name decides, not the province before it
        let text = "泰顺县召开山海协作推进会。会议要求，持续推动泰顺县与瑞安市结对共建产业飞地，推进浙江泰顺氡泉康养旅游度假区项目建设。";
        let x = crate::extract::extract_text(text);
        assert!(!located_in(&x, "浙江泰顺氡泉康养旅游度假区项目", "瑞安市"), "{:?}", x.relations);
        // a delegation going to several places visits companies in any of
        // them: the last place listed is none of theirs; going to one, it is
        let text = "安庆市召开会议。市长李振东率团赴上海、苏州、杭州等地开展招商活动，先后拜访了杭州华睿数字技术股份有限公司、远华电池股份有限公司等企业。";
        let x = crate::extract::extract_text(text);
        assert!(!located_in(&x, "远华电池股份有限公司", "杭州市"), "{:?}", x.relations);
        assert!(!located_in(&x, "杭州华睿数字技术股份有限公司", "杭州市"), "{:?}", x.relations);
        let x = crate::extract::extract_text(&text.replace("上海、苏州、杭州等地", "杭州"));
        assert!(located_in(&x, "远华电池股份有限公司", "杭州市"), "{:?}", x.relations);
    }

    #[test]
    fn an_official_leading_a_delegation_visits_where_it_goes() {
        // invented people and companies in a real city
        let text = "11月20日，县委书记孙立文率我县党政代表团赴深圳市开展招商考察，先后走访了远华电池股份有限公司等企业。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "孙立文", Predicate::Inspected, "深圳市"), "{:?}", x.relations);
        assert!(linked(&x, "孙立文", Predicate::Inspected, "远华电池股份有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_tour_of_projects_is_a_visit() {
        // invented people and projects in a real county; 观摩 names the
        // delegation too, before the official goes anywhere
        let text = "市委书记孙立文带领观摩团到宁陵县观摩重点项目建设，先后观摩了远华食品产业园项目、蜀丰纸业扩产项目。";
        let x = crate::extract::extract_text(text);
        for place in ["宁陵县", "远华食品产业园项目", "蜀丰纸业扩产项目"] {
            assert!(linked(&x, "孙立文", Predicate::Inspected, place), "{place}: {:?}", x.relations);
        }
    }

    #[test]
    fn bodies_joined_by_a_verb_issue_together() {
        // a real city's bodies and an invented title
        let text = "岳阳市发展改革委联合市财政局印发《岳阳市项目资金管理办法》。";
        let x = crate::extract::extract_text(text);
        for body in ["岳阳市发展改革委", "岳阳市财政局"] {
            assert!(linked(&x, "岳阳市项目资金管理办法", Predicate::IssuedBy, body), "{body}: {:?}", x.relations);
        }
    }

    #[test]
    fn a_congress_session_its_sittings_and_its_rostrum() {
        // invented people in a real county: the session named with a bare 县
        // is the county's; its closing sitting and its rostrum are the session's
        let text = "县十八届人大五次会议胜利闭幕\n\n1月12日上午，于都县第十八届人民代表大会第五次会议胜利闭幕。县人大常委会主任陈国平主持闭幕大会。县委书记钟明华，县人大常委会副主任张秀兰等在主席台就座。\n\n县委副书记、县长王海波在闭幕大会上讲话。";
        let x = crate::extract::extract_text(text);
        let meetings: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name.as_str()).collect();
        // the headline's short form is the same session
        assert_eq!(meetings, ["于都县第十八届人民代表大会第五次会议", "于都县第十八届人民代表大会第五次会议"]);
        let session = "于都县第十八届人民代表大会第五次会议";
        assert!(linked(&x, session, Predicate::ChairedBy, "陈国平"), "{:?}", x.relations);
        for attendee in ["钟明华", "张秀兰", "王海波"] {
            assert!(linked(&x, session, Predicate::AttendedBy, attendee), "{attendee}: {:?}", x.relations);
        }
    }

    #[test]
    fn an_official_researching_in_a_place_inspected_it() {
        // invented people and company in a real district
        let text = "市委书记孙立文在南康区远华家具有限公司调研时强调，要加快转型。";
        let x = crate::extract::extract_text(text);
        for place in ["南康区", "南康区远华家具有限公司"] {
            assert!(linked(&x, "孙立文", Predicate::Inspected, place), "{place}: {:?}", x.relations);
        }
        // 在 before something other than the place visited is no visit
        let x = crate::extract::extract_text("市委书记孙立文在会上强调，南康区要抓好调研成果转化。");
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { predicate: Predicate::Inspected, .. })), "{:?}", x.relations);
    }

    #[test]
    fn a_company_investing_in_a_project_is_involved_and_its_chairman_works_for_it() {
        // invented company and people; 湘 is Hunan's one-character name
        let text = "省政府与远华集团签署战略合作协议。远华集团党委书记、董事长张志强出席签约仪式。远华集团将在湘投资建设新能源汽车零部件产业园项目，总投资约120亿元。";
        let x = crate::extract::extract_text(text);
        assert_eq!(investments(&x), [("新能源汽车零部件产业园项目", 12_000_000_000)], "{:?}", x.mentions);
        assert!(linked(&x, "新能源汽车零部件产业园项目", Predicate::Involves, "远华集团"), "{:?}", x.relations);
        assert!(linked(&x, "张志强", Predicate::WorksFor, "远华集团"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_investing_where_it_builds_a_sized_project() {
        // invented company; a capacity (200兆瓦) between the verb and the name
        let text = "天水市召开会议。远华集团将在麦积区投资25亿元建设200兆瓦光伏发电项目。";
        let x = crate::extract::extract_text(text);
        assert_eq!(investments(&x), [("200兆瓦光伏发电项目", 2_500_000_000)], "{:?}", x.mentions);
        assert!(linked(&x, "200兆瓦光伏发电项目", Predicate::Involves, "远华集团"), "{:?}", x.relations);
    }

    #[test]
    fn a_sum_right_after_a_projects_name_is_its_figure() {
        // invented project in a real town: 某项目投资1.2亿元 (not only 总投资)
        let text = "蓟州区召开会议。下营镇远华民宿集群项目投资1.2亿元，已有32户民宿投入运营。";
        let x = crate::extract::extract_text(text);
        assert_eq!(investments(&x), [("远华民宿集群项目", 120_000_000)]);
        // (a project's investment agreement or its building has no figure)
        let x = crate::extract::extract_text("蓟州区召开会议。远华民宿集群项目投资协议已签订，远华民宿集群项目投资建设顺利。");
        assert!(investments(&x).is_empty(), "{:?}", investments(&x));
    }

    #[test]
    fn projects_that_each_settle_in_a_zone_are_located_there() {
        // invented companies in a real county and its zone: 分别落户 after the second
        // project settles both; an adverb before 落户 leaves the verb its meaning
        let text = "宿松县举行签约仪式。远华光伏科技有限公司投资20亿元建设年产5GW高效光伏组件项目，蜀丰新材料有限公司投资8亿元建设的新型建材产业园项目分别落户宿松经济开发区。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "年产5GW高效光伏组件项目", Predicate::LocatedIn, "宿松经开区"), "{:?}", x.relations);
        assert!(linked(&x, "新型建材产业园项目", Predicate::LocatedIn, "宿松经开区"), "{:?}", x.relations);
        // 分别落户A和B: one place each, in order (a real city, county and zones)
        let text = "孝感市举行签约活动。远华新能源有限公司投资120亿元建设的锂电池生产线项目，蜀丰新材料有限公司投资15亿元建设的高性能薄膜材料项目，分别落户孝感高新区和汉川经济开发区。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "锂电池生产线项目", Predicate::LocatedIn, "孝感高新区"), "{:?}", x.relations);
        assert!(linked(&x, "高性能薄膜材料项目", Predicate::LocatedIn, "汉川经开区"), "{:?}", x.relations);
        assert!(!linked(&x, "高性能薄膜材料项目", Predicate::LocatedIn, "孝感高新区"), "{:?}", x.relations);
        let text = "宿松县召开会议。远华光伏科技有限公司年产5GW高效光伏组件项目已落户宿松经济开发区。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "远华光伏科技有限公司年产5GW高效光伏组件项目", Predicate::LocatedIn, "宿松经开区"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_that_signs_with_a_government_gets_no_place_from_the_passage() {
        // invented company of another city: it signs with 共青城市人民政府 in a
        // sentence about the city's zone, and comes from elsewhere
        let text = "共青城市举行签约活动。签约项目中，远华新材料有限公司投资10亿元建设的羽绒服产业园项目落户共青城高新技术产业开发区，深圳市远景新能源有限公司与共青城市人民政府签订了储能电池生产基地项目合作协议。";
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { subject, predicate: Predicate::LocatedIn, .. } if subject.name == "深圳市远景新能源有限公司")), "{:?}", x.relations);
    }

    #[test]
    fn a_company_signing_with_a_city_somewhere_else_is_located_in_neither() {
        // invented company: the city signs with it, in another city
        let text = "本报讯 11月2日，天水市人民政府与远华集团股份有限公司在杭州签订战略合作协议。根据协议，远华集团将在麦积区投资建设光伏电站。";
        let x = crate::extract::extract_text(text);
        let places: Vec<_> = x.relations.iter().filter_map(|r| match r {
            Relation::Link { subject, predicate: Predicate::LocatedIn, object } if subject.class == Class::Enterprise => Some(object.name.as_str()),
            _ => None,
        }).collect();
        assert!(places.is_empty(), "{places:?}");
    }

    #[test]
    fn where_an_event_is_held_is_not_where_a_company_is() {
        // invented company: 杭州 is the venue of the signing, not the company's place
        let text = "天水市召开会议。11月2日，在杭州举行的招商推介会上，远华新材料股份有限公司签约落户麦积区。";
        let x = crate::extract::extract_text(text);
        assert!(!located_in(&x, "远华新材料股份有限公司", "杭州市"), "{:?}", x.relations);
    }

    #[test]
    fn a_township_written_with_its_former_suffix_takes_its_posts() {
        // invented people; 叶坪乡 of 瑞金市 is 叶坪镇 in the 2023 list
        let text = "瑞金市叶坪乡召开会议。乡党委书记何志明主持会议，乡长李建华部署工作。";
        let x = crate::extract::extract_text(text);
        let posts: Vec<(&str, &str, &str)> = x.relations.iter().filter_map(|r| match r {
            Relation::HoldsPost { official, title, organisation } => Some((official.name.as_str(), title.as_str(), organisation.name.as_str())),
            _ => None,
        }).collect();
        assert!(posts.contains(&("李建华", "乡长", "叶坪镇")), "{posts:?}");
        assert!(posts.contains(&("何志明", "党委书记", "叶坪镇党委")), "{posts:?}");
        assert!(x.aliases.iter().any(|(key, form)| key.name == "叶坪镇党委" && form == "叶坪乡党委"), "{:?}", x.aliases);
    }

    #[test]
    fn officials_listed_before_a_closing_attend_are_attendees() {
        // invented people in a real county
        let text = "6月18日，临朐县召开全县重点项目建设观摩点评会议。县委书记何志明主持会议并讲话，县委副书记、县长李建华，县政协主席赵立新出席。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全县重点项目建设观摩点评会议", Predicate::ChairedBy, "何志明"), "{:?}", x.relations);
        assert!(linked(&x, "全县重点项目建设观摩点评会议", Predicate::AttendedBy, "李建华"), "{:?}", x.relations);
        assert!(linked(&x, "全县重点项目建设观摩点评会议", Predicate::AttendedBy, "赵立新"), "{:?}", x.relations);
        assert!(!linked(&x, "全县重点项目建设观摩点评会议", Predicate::AttendedBy, "何志明"), "{:?}", x.relations);
        // a ceremony attended is no meeting's attendance
        let text = "临朐县召开全县重点项目建设观摩点评会议。会后，县长李建华、副县长赵立新在开工仪式上出席。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "全县重点项目建设观摩点评会议", Predicate::AttendedBy, "赵立新"), "{:?}", x.relations);
    }

    #[test]
    fn an_attendance_closed_by_a_semicolon_is_the_meeting_s() {
        // invented people in a real county: ； ends the clause as 。 does (the
        // normalised text writes it half-width)
        let text = "6月18日，临朐县召开全县重点项目建设观摩点评会议。县委书记何志明主持会议并讲话。县委副书记、县长李建华出席；县政协主席赵立新出席。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全县重点项目建设观摩点评会议", Predicate::AttendedBy, "李建华"), "{:?}", x.relations);
        assert!(linked(&x, "全县重点项目建设观摩点评会议", Predicate::AttendedBy, "赵立新"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_taking_part_in_building_a_list_of_projects_is_in_each() {
        // invented companies in a real city and district
        let text = "玉溪市召开会议。根据协议，云南远华建设集团有限公司将参与建设玉溪高新区生物医药产业园、抚仙湖保护治理工程等项目。中国远华集团负责建设红塔区城市更新项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "玉溪高新区生物医药产业园", Predicate::Involves, "云南远华建设集团有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "抚仙湖保护治理工程", Predicate::Involves, "云南远华建设集团有限公司"), "{:?}", x.relations);
        // (负责 ends the project's name: the company is its builder, the district its place)
        assert!(linked(&x, "城市更新项目", Predicate::Involves, "中国远华集团"), "{:?}", x.relations);
        assert!(linked(&x, "城市更新项目", Predicate::LocatedIn, "红塔区"), "{:?}", x.relations);
    }

    #[test]
    fn a_speech_after_anothers_chairing_is_attendance() {
        // invented people in a real county: 某某主持会议，某某讲话。
        let text = "6月18日，临朐县召开全县重点项目建设观摩点评会议。县委书记何远明主持会议，县长李远华讲话。";
        let x = crate::extract::extract_text(text);
        let meeting = "全县重点项目建设观摩点评会议";
        assert!(linked(&x, meeting, Predicate::AttendedBy, "李远华"), "{:?}", x.relations);
        assert!(!linked(&x, meeting, Predicate::AttendedBy, "何远明"), "{:?}", x.relations);
        // (not a speech at a ceremony the sentence names)
        let text = "6月18日，临朐县召开全县重点项目建设观摩点评会议。会后举行开工仪式，县长李远华讲话。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, meeting, Predicate::AttendedBy, "李远华"), "{:?}", x.relations);
    }

    #[test]
    fn a_report_the_official_gives_is_attendance() {
        // invented people in a real district: the chairman's report to the session
        let text = "政协沾益区第三届委员会第四次会议开幕\n\n12月5日上午，政协曲靖市沾益区第三届委员会第四次会议开幕。区政协主席陈远明作常委会工作报告。会议由区政协副主席王远芬主持。";
        let x = crate::extract::extract_text(text);
        let meeting = "政协曲靖市沾益区第三届委员会第四次会议";
        assert!(linked(&x, meeting, Predicate::AttendedBy, "陈远明"), "{:?}", x.relations);
        assert!(linked(&x, meeting, Predicate::ChairedBy, "王远芬"), "{:?}", x.relations);
    }

    #[test]
    fn a_report_to_the_congress_and_a_seat_in_its_front_row_are_attendance() {
        // invented people in a real city: the presidium seated in the front
        // row, and the mayor reporting to the congress, attend it
        let text = "永州市第六届人民代表大会第四次会议开幕\n\n1月8日上午，永州市第六届人民代表大会第四次会议隆重开幕。执行主席刘建华、王海军在主席台前排就座。刘建华主持开幕会。\n\n市长朱立平代表市人民政府向大会作政府工作报告。";
        let x = crate::extract::extract_text(text);
        let meeting = "永州市第六届人民代表大会第四次会议";
        assert!(linked(&x, meeting, Predicate::AttendedBy, "王海军"), "{:?}", x.relations);
        assert!(linked(&x, meeting, Predicate::AttendedBy, "朱立平"), "{:?}", x.relations);
        assert!(linked(&x, meeting, Predicate::ChairedBy, "刘建华"), "{:?}", x.relations);
        assert!(!linked(&x, meeting, Predicate::AttendedBy, "刘建华"), "{:?}", x.relations);
    }

    #[test]
    fn a_leader_coming_to_the_city_and_touring_sites_inspects_them() {
        // invented people and company in a real city and district
        let text = "省委书记何志明来我市调研。市委书记李建华陪同。何志明先后来到东坡区、远华新材料有限公司，深入了解企业生产经营情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "何志明", Predicate::Inspected, "眉山市"), "{:?}", x.relations);
        assert!(linked(&x, "何志明", Predicate::Inspected, "东坡区"), "{:?}", x.relations);
        assert!(linked(&x, "何志明", Predicate::Inspected, "远华新材料有限公司"), "{:?}", x.relations);
        assert!(!linked(&x, "李建华", Predicate::Inspected, "眉山市"), "{:?}", x.relations);
        // the tour ends with its clause: a city named after the comma is not toured
        let text = "市委书记何志明先后来到东坡区、彭山区，详细了解与成都市合作共建情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "何志明", Predicate::Inspected, "彭山区"), "{:?}", x.relations);
        assert!(!linked(&x, "何志明", Predicate::Inspected, "成都市"), "{:?}", x.relations);
    }

    #[test]
    fn a_meeting_chaired_by_an_official_written_with_posts() {
        // invented people in a real city
        let text = "2月15日，南阳市召开全市政法工作会议。市委副书记孙志远出席会议并讲话。会议由市委常委、政法委副书记郑立新主持。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全市政法工作会议", Predicate::ChairedBy, "郑立新"), "{:?}", x.relations);
        assert!(!linked(&x, "全市政法工作会议", Predicate::ChairedBy, "孙志远"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_signing_to_build_a_project_together_with_a_city() {
        // invented company in a real county-level city
        let text = "本报讯 6月8日，汝州市人民政府与远华建材集团有限公司签订合作协议，共同建设汝州市新型建材产业园项目，项目总投资30亿元。据介绍，汝州市新型建材产业园项目选址于汝州市产业集聚区。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "新型建材产业园项目", Predicate::Involves, "远华建材集团有限公司"), "{:?}", x.relations);
        assert!(located_in(&x, "新型建材产业园项目", "汝州产业集聚区"), "{:?}", x.relations);
    }

    #[test]
    fn speaking_at_sitting_in_or_joining_by_video_is_attending() {
        // invented people in a real city and province
        // (jieba glues 以 to the name's last character: 李迎|龙以)
        let text = "郴州市召开全市安全生产工作电视电话会议\n\n5月6日，全市安全生产工作电视电话会议召开。市委副书记、市长王志平在会上强调，要绷紧安全生产这根弦。\n\n副市长赵志成通报了一季度全市安全生产形势。市人大常委会副主任刘志军列席会议。\n\n在全省安全生产视频会议上，省委常委、常务副省长李迎龙以视频方式出席并讲话。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全市安全生产工作电视电话会议", Predicate::AttendedBy, "王志平"), "{:?}", x.relations);
        assert!(linked(&x, "全市安全生产工作电视电话会议", Predicate::AttendedBy, "刘志军"), "{:?}", x.relations);
        assert!(linked(&x, "全省安全生产视频会议", Predicate::AttendedBy, "李迎龙"), "{:?}", x.relations);
        assert!(!linked(&x, "全市安全生产工作电视电话会议", Predicate::AttendedBy, "李迎龙"), "{:?}", x.relations);
    }

    #[test]
    fn he_who_tours_is_the_official_of_the_sentence_before() {
        // invented people in a real county and its towns
        let text = "临湘市召开会议。\n7月20日，市委书记陈志远带队督导检查防汛工作。他先后深入江南镇、坦渡镇，实地查看防汛准备情况。\n他说，要压实责任。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "陈志远", Predicate::Inspected, "江南镇"), "{:?}", x.relations);
        assert!(linked(&x, "陈志远", Predicate::Inspected, "坦渡镇"), "{:?}", x.relations);
        // and 他 opening the clause after where the sentence is
        let text = "临湘市召开会议。
7月20日，市委书记陈志远到江南镇督导防汛工作。在坦渡镇，他察看了堤防加固情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "陈志远", Predicate::Inspected, "坦渡镇"), "{:?}", x.relations);
    }

    #[test]
    fn a_project_built_in_a_zone_is_located_there() {
        // invented company in a real city
        let text = "3月8日，抚州市人民政府与远华股份有限公司签署新能源汽车零部件产业园项目投资协议。\n根据协议，远华股份有限公司将在抚州高新区投资建设新能源汽车零部件产业园项目。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "新能源汽车零部件产业园项目", "抚州高新区"), "{:?}", x.relations);
        assert!(!located_in(&x, "新能源汽车零部件产业园项目", "抚州市"), "{:?}", x.relations);
    }

    #[test]
    fn a_prefectures_leaders_attend() {
        // invented people in a real prefecture and county
        let text = "6月15日，全州乡村振兴示范创建工作现场推进会在凤凰县召开。州委副书记、州长龙志华主持会议。州领导向志恒、张志飞参加会议。";
        let x = crate::extract::extract_text(text);
        for o in ["向志恒", "张志飞"] {
            assert!(linked(&x, "全州乡村振兴示范创建工作现场推进会", Predicate::AttendedBy, o), "{o}: {:?}", x.relations);
        }
        assert!(!linked(&x, "全州乡村振兴示范创建工作现场推进会", Predicate::AttendedBy, "龙志华"), "{:?}", x.relations);
    }

    #[test]
    fn a_chair_addressed_as_comrade_chairs() {
        // invented people in a real county
        let text = "2月6日，县委书记欧阳志斌同志主持召开桂阳县委常委会会议。县委副书记、县长何志刚同志出席会议。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "桂阳县委常委会会议", Predicate::ChairedBy, "欧阳志斌"), "{:?}", x.relations);
        assert!(linked(&x, "桂阳县委常委会会议", Predicate::AttendedBy, "何志刚"), "{:?}", x.relations);
        // and 同志主持会议, the meeting named before
        let text = "桂阳县召开县委常委会会议。县委书记欧阳志斌同志主持会议。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "桂阳县委常委会会议", Predicate::ChairedBy, "欧阳志斌"), "{:?}", x.relations);
    }

    #[test]
    fn the_staff_of_a_group_company_work_for_its_full_name() {
        // invented company and person: 远华集团 inside 远华集团有限公司 is dropped as nested
        let text = "北京远华集团有限公司总经理李建国介绍了项目情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "李建国", Predicate::WorksFor, "北京远华集团有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn an_official_leading_staff_visits_where_they_go() {
        // invented people in real places (鄂托克旗 and its 苏木 and 镇)
        let text = "鄂托克旗召开会议。会后，旗委书记何志明带领相关部门负责人深入阿尔巴斯苏木、蒙西镇调研项目建设情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "何志明", Predicate::Inspected, "阿尔巴斯苏木"), "{:?}", x.relations);
        assert!(linked(&x, "何志明", Predicate::Inspected, "蒙西镇"), "{:?}", x.relations);
        // an adverb before leading, and a longer list of those led
        let text = "鄂托克旗召开会议。会后，旗委书记何志明正带领旗农牧局、旗乡村振兴局负责人到蒙西镇调研。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "何志明", Predicate::Inspected, "蒙西镇"), "{:?}", x.relations);
        // two leaders listed with their posts lead together, and 先后 may
        // come between the group and the going
        let text = "鄂托克旗召开会议。旗委书记何志明，旗委副书记、旗长罗立新带领观摩团先后来到蒙西镇、棋盘井镇观摩。";
        let x = crate::extract::extract_text(text);
        for official in ["何志明", "罗立新"] {
            for town in ["蒙西镇", "棋盘井镇"] {
                assert!(linked(&x, official, Predicate::Inspected, town), "{official} {town}: {:?}", x.relations);
            }
        }
        // but not one who only chaired the meeting before
        let text = "鄂托克旗召开会议。旗委书记何志明主持会议，旗长罗立新带领观摩团到蒙西镇观摩。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "罗立新", Predicate::Inspected, "蒙西镇"), "{:?}", x.relations);
        assert!(!linked(&x, "何志明", Predicate::Inspected, "蒙西镇"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_signing_a_projects_agreement_with_a_zone_invests_in_it() {
        // invented company and project in a real county-level city's zone
        let text = "仙桃市召开会议。同日，远华纺织集团有限公司与仙桃高新区签订年产2万吨医用非织造布项目投资协议，总投资12亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "年产2万吨医用非织造布项目", Predicate::Involves, "远华纺织集团有限公司"), "{:?}", x.relations);
        // (a supply contract names no investor)
        let text = "仙桃市召开会议。远华纺织集团有限公司与蜀丰贸易有限公司签订年产2万吨医用非织造布项目供货协议。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "年产2万吨医用非织造布项目", Predicate::Involves, "远华纺织集团有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_signing_the_project_itself_with_a_district_invests_in_it() {
        // invented company and project in a real district: the project itself
        // signed, its sum in the next clause
        let text = "三明市举行项目推介会。签约项目中，福建远华钢铁股份有限公司与沙县区签订特种钢材深加工项目，总投资35亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "特种钢材深加工项目", Predicate::Involves, "福建远华钢铁股份有限公司"), "{:?}", x.relations);
        // (but not a project signed between two companies, one a contractor)
        let text = "三明市举行项目推介会。福建远华钢铁股份有限公司与蜀丰建设有限公司签订特种钢材深加工项目，总投资35亿元。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "特种钢材深加工项目", Predicate::Involves, "福建远华钢铁股份有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_building_jointly_with_a_parks_committee_is_in_the_project() {
        // invented park and group in a real city: 由某管委会与某集团合作建设
        let text = "汉中市召开会议。远华航空智慧新城项目总投资60亿元，由汉中远华航空产业园区管委会与远华航空工业集团合作建设。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "远华航空智慧新城项目", Predicate::Involves, "远华航空工业集团"), "{:?}", x.relations);
        // (the park the committee administers is no project)
        assert!(x.mentions.iter().all(|m| m.entity.class != Class::Project || m.entity.name == "远华航空智慧新城项目"), "{:?}", x.mentions);
    }

    #[test]
    fn a_builders_sum_for_the_project_before_is_its_own() {
        // invented company in a real district: 某项目，由某公司投资8.6亿元建设
        let text = "綦江区召开会议。主会场项目为远华齿轮有限公司新能源汽车变速器生产线项目，由远华齿轮有限公司投资8.6亿元建设。";
        let x = crate::extract::extract_text(text);
        let project = "远华齿轮有限公司新能源汽车变速器生产线项目";
        assert!(x.relations.iter().any(|r| matches!(r, Relation::TotalInvestment { project: p, yuan: 860_000_000 } if p.name == project)), "{:?}", x.relations);
        assert!(linked(&x, project, Predicate::Involves, "远华齿轮有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_base_built_with_its_own_sum_is_a_project_of_its_builder() {
        // invented company in a real county-level city
        let text = "三明市举行项目推介会。厦门远华储能科技有限公司在永安市投资建设储能电池生产基地，计划总投资80亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "储能电池生产基地", Predicate::Involves, "厦门远华储能科技有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "储能电池生产基地", Predicate::LocatedIn, "永安市"), "{:?}", x.relations);
        // (the sum named as the project's: ，项目总投资12亿元)
        let text = "牡丹江市召开会议。远华汽车集团将在牡丹江经济技术开发区投资建设寒区汽车试验基地，项目总投资12亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "寒区汽车试验基地", Predicate::Involves, "远华汽车集团"), "{:?}", x.relations);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::TotalInvestment { project, yuan: 1_200_000_000 } if project.name == "寒区汽车试验基地")), "{:?}", x.relations);
        // (the sum written before the verb: 拟在某镇投资30亿元建设…基地)
        let text = "惠东县召开会议。深圳市远华锂电池有限公司拟在惠东县白花镇投资30亿元建设储能电池生产基地。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "储能电池生产基地", Predicate::Involves, "深圳市远华锂电池有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "储能电池生产基地", Predicate::LocatedIn, "白花镇"), "{:?}", x.relations);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::TotalInvestment { project, yuan: 3_000_000_000 } if project.name == "储能电池生产基地")), "{:?}", x.relations);
    }

    #[test]
    fn works_pointed_back_to_by_their_head_settle_where_it_says() {
        // a real city and county, an invented reservoir: 该工程位于 as 该项目位于
        let text = "邯郸市召开会议。会议要求，加快推进远华水库除险加固工程建设。该工程总投资4.5亿元，位于磁县。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "远华水库除险加固工程", "磁县"), "{:?}", x.relations);
        assert!(!located_in(&x, "远华水库除险加固工程", "邯郸市"), "{:?}", x.relations);
    }

    #[test]
    fn a_press_office_announcing_a_document_issues_none() {
        // a real city, an invented plan: the press conference announces it
        let text = "12月3日，丽水市政府新闻办举行新闻发布会，发布《丽水市远华生态农业三年行动方案》。";
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { predicate: Predicate::IssuedBy, .. })), "{:?}", x.relations);
        // (the government that issues one still does)
        let text = "12月3日，丽水市政府印发《丽水市远华生态农业三年行动方案》。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "丽水市远华生态农业三年行动方案", Predicate::IssuedBy, "丽水市政府"), "{:?}", x.relations);
    }

    #[test]
    fn leaders_listed_before_one_who_leads_the_tour_all_lead_it() {
        // a real district and zone, invented people and works; the sites go on after ，以及
        let text = "万州区举行观摩活动。区委书记何立平，区委副书记、区长邓志伟带队观摩。观摩团一行先后来到万州经济技术开发区远华港二期工程，以及蜀丰汽车零部件产业园项目。";
        let x = crate::extract::extract_text(text);
        for official in ["何立平", "邓志伟"] {
            assert!(linked(&x, official, Predicate::Inspected, "远华港二期工程"), "{official}: {:?}", x.relations);
            assert!(linked(&x, official, Predicate::Inspected, "蜀丰汽车零部件产业园项目"), "{official}: {:?}", x.relations);
        }
        // (one who chaired a meeting before the leader is no leader)
        let text = "万州区举行观摩活动。区委书记何立平主持会议，区长邓志伟带队观摩。观摩团一行先后来到万州经济技术开发区远华港二期工程。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "何立平", Predicate::Inspected, "远华港二期工程"), "{:?}", x.relations);
    }

    #[test]
    fn a_speech_given_right_after_the_name_attends_the_meeting() {
        // a real county, invented people
        let text = "12月1日，蓬安县召开巡察工作动员会。市委巡察组组长杨立华作动员讲话，蓬安县委书记何志明主持会议，县委副书记、县长罗立新作表态发言。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "巡察工作动员会", Predicate::AttendedBy, "杨立华"), "{:?}", x.relations);
        assert!(linked(&x, "巡察工作动员会", Predicate::AttendedBy, "罗立新"), "{:?}", x.relations);
        assert!(!linked(&x, "巡察工作动员会", Predicate::AttendedBy, "何志明"), "{:?}", x.relations);
    }

    #[test]
    fn a_base_a_company_builds_in_a_town_after_its_sum_is_a_project() {
        // a real district and town, an invented company
        let text = "亳州市召开会议。安徽远济堂中药饮片有限公司计划投资8亿元，在谯城区古井镇建设中药饮片智能化生产基地。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "中药饮片智能化生产基地", "古井镇"), "{:?}", x.relations);
        assert!(linked(&x, "中药饮片智能化生产基地", Predicate::Involves, "安徽远济堂中药饮片有限公司"), "{:?}", x.relations);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::TotalInvestment { project, yuan: 800_000_000 } if project.name == "中药饮片智能化生产基地")), "{:?}", x.relations);
        assert!(!x.mentions.iter().any(|m| m.entity.class == Class::Enterprise && m.entity.name.contains("基地")), "{:?}", x.mentions);
    }

    #[test]
    fn a_projects_proper_first_part_joined_by_yu_opens_its_name() {
        // a real city, an invented plant: 远陵石化…搬迁与升级转型发展项目 with its own sum
        let text = "岳阳市召开会议。要加快推进远陵石化己内酰胺产业链搬迁与升级转型发展项目，该项目总投资155亿元。";
        let x = crate::extract::extract_text(text);
        let projects: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(projects, ["远陵石化己内酰胺产业链搬迁与升级转型发展项目"]);
    }

    #[test]
    fn a_bare_zone_type_after_qu_is_the_districts_zone() {
        // a real district of a real city: 区经济开发区管委会 is 郧阳区's zone's, not 十堰's
        let text = "郧阳区召开会议。走进郧阳区经济开发区，企业忙生产。\n\n区经济开发区管委会主任陈立华表示，将持续优化营商环境。";
        let x = crate::extract::extract_text(text);
        let zones: BTreeSet<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::DevelopmentZone).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(zones, BTreeSet::from(["郧阳经开区"]));
    }

    #[test]
    fn a_region_issuing_in_the_headline_gives_way_to_its_bodies() {
        // a real county, an invented document: the headline's 蕉岭县 stands for
        // the committee and government the text names
        let text = "梅州市蕉岭县印发《关于加快推进远华产业发展的实施意见》\n\n本报讯 近日，中共蕉岭县委、蕉岭县人民政府印发《关于加快推进远华产业发展的实施意见》。";
        let x = crate::extract::extract_text(text);
        let policy = "关于加快推进远华产业发展的实施意见";
        assert!(linked(&x, policy, Predicate::IssuedBy, "蕉岭县委"), "{:?}", x.relations);
        assert!(linked(&x, policy, Predicate::IssuedBy, "蕉岭县政府"), "{:?}", x.relations);
        assert!(!linked(&x, policy, Predicate::IssuedBy, "蕉岭县"), "{:?}", x.relations);
        // (the headline alone: the region issues it)
        let x = crate::extract::extract_text("梅州市蕉岭县印发《关于加快推进远华产业发展的实施意见》\n\n本报讯 近日，该意见提出多项举措。");
        assert!(linked(&x, policy, Predicate::IssuedBy, "蕉岭县"), "{:?}", x.relations);
    }

    #[test]
    fn a_clause_with_no_subject_of_its_own_goes_on_with_the_company() {
        // a real county-level city, an invented company and project
        let text = "浏阳市召开会议。林立华表示，远华控股集团有限公司看好浏阳发展前景，计划在浏阳经开区投资建设年产5万吨正极材料项目，总投资30亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "年产5万吨正极材料项目", Predicate::Involves, "远华控股集团有限公司"), "{:?}", x.relations);
        // (a clause with a subject of its own is someone else's doing)
        let text = "浏阳市召开会议。远华控股集团有限公司看好浏阳发展前景，浏阳市计划在浏阳经开区投资建设年产5万吨正极材料项目。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "年产5万吨正极材料项目", Predicate::Involves, "远华控股集团有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_village_branch_secretary_in_a_later_paragraph_is_the_one_village_s() {
        // real county, town and village, invented people
        let text = "秦州区汪川镇黄集寨村大力发展花椒种植产业。\n\n今年以来，村里建成花椒加工厂一座。村党支部书记杨德明介绍，加工厂带动农户增收。";
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::HoldsPost { official, organisation, .. } if official.name == "杨德明" && organisation.name == "黄集寨村党支部")), "{:?}", x.relations);
        // (with two villages named before, the branch is neither's)
        let text = "秦州区汪川镇黄集寨村和汪川村大力发展花椒种植产业。\n\n今年以来，村里建成花椒加工厂一座。村党支部书记杨德明介绍，加工厂带动农户增收。";
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::HoldsPost { official, organisation, .. } if official.name == "杨德明" && organisation.name.ends_with("村党支部"))), "{:?}", x.relations);
    }

    #[test]
    fn a_delegation_visiting_companies_with_no_verb_of_going_inspects_them() {
        // invented people and companies in a real city: 一行考察了X、Y, and
        // what the clause after the comma names is not visited
        let text = "晋江市召开会议。县委书记何志明一行先后考察了远华新材料有限公司、蜀丰纸业有限公司，并与泉州市有关部门座谈。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "何志明", Predicate::Inspected, "远华新材料有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "何志明", Predicate::Inspected, "蜀丰纸业有限公司"), "{:?}", x.relations);
        assert!(!linked(&x, "何志明", Predicate::Inspected, "泉州市"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_signing_a_project_with_a_county_invests_in_it() {
        // invented company and people in a real county
        let text = "12月3日，宁都县与浙江远华新材料股份有限公司举行年产5万吨高性能纤维项目签约仪式。县长邓志伟与浙江远华新材料股份有限公司董事长俞建平共同见证签约。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "年产5万吨高性能纤维项目", Predicate::Involves, "浙江远华新材料股份有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "俞建平", Predicate::WorksFor, "浙江远华新材料股份有限公司"), "{:?}", x.relations);
        // 就 (about) before a project's name is no part of it
        let x = crate::extract::extract_text("宁都县与远华集团在签约仪式上就远华项目达成共识。");
        let projects: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(projects, ["远华项目"]);
    }

    #[test]
    fn attending_and_speaking_is_attending_the_meeting_reported() {
        // invented people and company in a real city
        let text = "百色市召开芒果产业发展大会。\n\n11月22日，百色市芒果产业发展大会在田东县召开。市委副书记、市长黄汉东出席并讲话。副市长韦立平主持会议。会上，双方将共同建设百色芒果冷链物流中心项目。\n\n当天，远华冷库开工仪式举行，副市长韩远达出席并致辞。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "百色市芒果产业发展大会", Predicate::AttendedBy, "黄汉东"), "{:?}", x.relations);
        // a ceremony is no meeting
        assert!(!linked(&x, "百色市芒果产业发展大会", Predicate::AttendedBy, "韩远达"), "{:?}", x.relations);
        let projects: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(projects, ["百色芒果冷链物流中心项目"]);
    }

    /// (project, yuan) of every totalInvestment the extraction states, sorted.
    fn investments(x: &crate::model::Extraction) -> Vec<(&str, u64)> {
        let mut figures: Vec<(&str, u64)> = x
            .relations
            .iter()
            .filter_map(|r| match r {
                Relation::TotalInvestment { project, yuan } => Some((project.name.as_str(), *yuan)),
                _ => None,
            })
            .collect();
        figures.sort();
        figures
    }

    /// Whether the extraction links the entity named `subject_name` to the one named `object_name` by `predicate`.
    fn linked(x: &crate::model::Extraction, subject_name: &str, predicate: Predicate, object_name: &str) -> bool {
        x.relations.iter().any(|r| matches!(r, Relation::Link { subject, predicate: p, object } if subject.name == subject_name && *p == predicate && object.name == object_name))
    }

    /// Whether the extraction locates the entity named `subject_name` in the one named `place`.
    fn located_in(x: &crate::model::Extraction, subject_name: &str, place: &str) -> bool {
        linked(x, subject_name, Predicate::LocatedIn, place)
    }

    #[test]
    fn a_company_written_with_its_county_opens_the_project_named_after_it() {
        // invented company in a real county: 莒县 before the company is part of
        // its name, and so of the project's, named after it (as seed 003's gold
        // keeps 焦作市 in 焦作市泰鑫…有限公司…项目)
        let text = "日照市重点项目观摩活动走进莒县，观摩了莒县远华酒业集团年产2万吨白酒扩建项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "莒县远华酒业集团年产2万吨白酒扩建项目", Predicate::Involves, "莒县远华酒业集团"), "{:?} {:?}", x.mentions, x.relations);
    }

    #[test]
    fn the_places_a_sentence_opens_with_are_visited_by_the_official_looking() {
        // invented people in a real district and township: 在X，某某察看了…
        let text = "漯河市召开会议。市长韩立明到源汇区调研。在源汇区问十乡，韩立明察看了河道堤防加固情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "韩立明", Predicate::Inspected, "问十乡"), "{:?}", x.relations);
        // but not where the sentence opens with no place, or the official does not look
        let text = "漯河市召开会议。市长韩立明到源汇区调研。在问十乡,韩立明强调要加固堤防。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "韩立明", Predicate::Inspected, "问十乡"), "{:?}", x.relations);
        // a name the segmenter splits (王家|林) is still the official's, before 详细了解
        let text = "12月4日，副省长王家林到苍溪县调研。在四川华朴现代农业股份有限公司，王家林详细了解企业生产情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "王家林", Predicate::Inspected, "四川华朴现代农业股份有限公司"), "{:?}", x.relations);
        // walking into a workshop there is looking too
        let text = "12月2日，省委书记王立平在黔东南州调研。在雷山县西江镇控拜村，王立平走进银饰加工作坊，与村民亲切交流。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "王立平", Predicate::Inspected, "控拜村"), "{:?}", x.relations);
        assert!(linked(&x, "王立平", Predicate::Inspected, "西江镇"), "{:?}", x.relations);
    }

    #[test]
    fn a_group_an_official_leads_visits_for_its_leaders() {
        // invented people in a real county and town: the group led before is
        // the subject of the visit after
        let text = "桐梓县召开观摩会。县委书记邹立华带领观摩组先后到楚米镇、燎原镇观摩。在楚米镇，观摩组察看了桐梓县现代高效农业产业园项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "邹立华", Predicate::Inspected, "现代高效农业产业园项目"), "{:?}", x.relations);
        // a group nobody named leads visits for no one
        let text = "桐梓县召开观摩会。县委书记邹立华出席。在楚米镇，观摩组察看了桐梓县现代高效农业产业园项目。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "邹立华", Predicate::Inspected, "现代高效农业产业园项目"), "{:?}", x.relations);
    }

    #[test]
    fn a_chair_at_the_main_venue_chairs() {
        // invented people in a real city: a video conference chaired from the main venue
        let text = "全市防汛工作视频调度会召开。7月20日，全市防汛工作视频调度会召开。市委副书记、市长韩立明在主会场主持会议并讲话。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全市防汛工作视频调度会", Predicate::ChairedBy, "韩立明"), "{:?}", x.relations);
    }

    #[test]
    fn a_sum_over_projects_counted_in_the_sentence_is_no_ones_figure() {
        // invented projects in a real city: 项目共10个，总投资…，其中包括X、Y
        let text = "湘潭市召开会议。本次集中开工项目共10个，总投资65亿元，其中包括远华电池湘潭基地二期项目、蜀丰汽车零部件产业园项目等。";
        assert!(investments(&crate::extract::extract_text(text)).is_empty());
        let text = "湘潭市召开会议。签约3个重点项目，总投资31.5亿元，其中远华电池湘潭基地二期项目计划总投资12亿元。";
        assert_eq!(investments(&crate::extract::extract_text(text)), [("远华电池湘潭基地二期项目", 1_200_000_000)]);
        // a batch of projects for investment is no project
        let x = crate::extract::extract_text("泾阳县招商引资项目集中签约仪式举行。");
        assert!(!x.mentions.iter().any(|m| m.entity.class == Class::Project), "{:?}", x.mentions);
    }

    #[test]
    fn a_sum_invested_to_build_in_a_town_and_a_project_settling_right_after_its_name() {
        // invented companies in a real district, its town and its zone: 在某镇
        // between the sum and the verb of building; 落户 right after the
        // project's name, before the zone the county's short name opens
        let text = "万州区举行项目签约仪式。蜀丰农业开发有限公司投资3.2亿元在甘宁镇建设柑橘深加工项目；远华新材料科技有限公司投资12亿元建设锂电池负极材料项目，落户万州经济技术开发区。";
        let x = crate::extract::extract_text(text);
        assert_eq!(investments(&x), [("柑橘深加工项目", 320_000_000), ("锂电池负极材料项目", 1_200_000_000)], "{:?}", x.relations);
        assert!(linked(&x, "柑橘深加工项目", Predicate::Involves, "蜀丰农业开发有限公司"), "{:?}", x.relations);
        assert!(located_in(&x, "柑橘深加工项目", "甘宁镇"), "{:?}", x.relations);
        assert!(located_in(&x, "锂电池负极材料项目", "万州经开区") && !located_in(&x, "锂电池负极材料项目", "万州区"), "{:?}", x.relations);
    }

    #[test]
    fn companies_listed_after_the_one_a_place_signs_with_are_not_located_there() {
        // invented companies signing with a real county-level city: each
        // listed counterparty is an investor from elsewhere
        let text = "德令哈市召开推介会。推介会上，德令哈市与远华盐化股份有限公司、蜀丰新能源有限公司等5家企业签订项目合作协议。";
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { predicate: Predicate::LocatedIn, .. })), "{:?}", x.relations);
    }

    #[test]
    fn a_party_committee_opening_a_documents_title_after_zhonggong_issues_it() {
        // a real district: 《中共南平市建阳区委关于…的建议》
        let text = "建阳区召开区委全会。全会审议通过了《中共南平市建阳区委关于制定建阳区国民经济和社会发展第十五个五年规划的建议》。";
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::Link { predicate: Predicate::IssuedBy, object, .. } if object.name == "建阳区委")), "{:?}", x.relations);
    }

    #[test]
    fn the_meeting_reported_as_convened_in_the_body_is_the_one_chaired() {
        // invented people in a real prefecture: the headline names the meeting
        // short, the body in full as the subject of 召开; 主持会议 is the body's
        let text = "大理州召开脱贫攻坚成果巩固工作调度会\n\n11月26日，全州巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作调度会在大理市召开。州委副书记杨国华出席会议并讲话，副州长李红梅主持会议。";
        let x = crate::extract::extract_text(text);
        let full = "全州巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作调度会";
        assert!(linked(&x, full, Predicate::ChairedBy, "李红梅") && linked(&x, full, Predicate::AttendedBy, "杨国华"), "{:?}", x.relations);
    }

    #[test]
    fn a_project_settles_where_its_sum_is_followed_by_the_place() {
        // invented companies in a real city and its zone: 落户 after the
        // project's sum places that project, not the next one, which the
        // verb 签订 keeps apart from the government it signs with
        let text = "清远市举行重大项目集中签约仪式。其中，远华新能源科技有限公司年产5GWh储能电池项目总投资65亿元，落户清远高新区；蜀丰铝业有限公司与英德市人民政府签订铝型材深加工项目合作协议。";
        let x = crate::extract::extract_text(text);
        let located = |subject: &str, place: &str| located_in(&x, subject, place);
        assert!(located("远华新能源科技有限公司年产5GWh储能电池项目", "清远高新区"), "{:?}", x.relations);
        let projects: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(projects, ["远华新能源科技有限公司年产5GWh储能电池项目", "铝型材深加工项目"]);
    }

    #[test]
    fn a_city_before_a_companys_name_is_where_the_company_comes_from() {
        // an invented company of 成都 builds in 丹棱县 (眉山市): 成都 is the
        // company's place, not the passage's, so not its project's
        let text = "眉山市丹棱县举行项目签约仪式，丹棱县各部门负责人参加。\n\n成都华睿新材料股份有限公司投资8.5亿元建设环保建材生产基地项目。";
        let x = crate::extract::extract_text(text);
        let located = |subject: &str, place: &str| located_in(&x, subject, place);
        assert!(located("环保建材生产基地项目", "丹棱县"), "{:?}", x.relations);
        assert!(!located("环保建材生产基地项目", "成都市"), "{:?}", x.relations);
        // (the company is named in full with its city, rule 24, and gets no
        // place from a region inside its own name, rule 28)
        assert!(!located("成都华睿新材料股份有限公司", "成都市"), "{:?}", x.relations);
        // nor when the company's name opens the project's
        let text = "眉山市丹棱县举行项目签约仪式，丹棱县各部门负责人参加。\n\n成都华睿新材料股份有限公司环保建材生产基地项目总投资8.5亿元。";
        let x = crate::extract::extract_text(text);
        let project = "成都华睿新材料股份有限公司环保建材生产基地项目";
        assert!(!located_in(&x, project, "成都市"), "{:?}", x.relations);
        assert!(located_in(&x, project, "丹棱县"), "{:?}", x.relations);
    }

    #[test]
    fn a_zone_named_after_its_own_city_is_that_citys() {
        // invented people; 霍尔果斯市 is a county-level city of 伊犁州 (gazetteer),
        // whose zone the gazetteer lacks: in the prefecture's paper it is
        // 霍尔果斯's zone, not 伊犁's, while 高新区 alone stays the home city's
        let text = "伊犁州召开项目推进会。州长艾力主持会议。\n\n霍尔果斯经济开发区新签约项目十二个，伊犁州高新区新开工项目八个。";
        let x = crate::extract::extract_text(text);
        let zones: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::DevelopmentZone).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(zones, ["霍尔果斯经开区", "伊犁高新区"]);
        let located = |subject: &str, place: &str| located_in(&x, subject, place);
        assert!(located("霍尔果斯经开区", "霍尔果斯市"), "{:?}", x.relations);
        assert!(!located("霍尔果斯经开区", "伊犁哈萨克自治州"), "{:?}", x.relations);
        // and the zone as written is another name of it
        assert!(x.aliases.iter().any(|(k, a)| k.name == "霍尔果斯经开区" && a == "霍尔果斯经济开发区"), "{:?}", x.aliases);
    }

    #[test]
    fn a_citys_zone_the_gazetteer_files_under_a_district_is_located_in_the_city() {
        // invented people; the NBS codes file 南京经济技术开发区 under 栖霞区
        // and 赣州经济技术开发区 under 章贡区: zones of their cities (rule 13)
        let text = "南京经济技术开发区党工委书记韩立平调研园区企业。赣州经开区举行项目签约仪式。";
        let x = crate::extract::extract_text(text);
        let located = |subject: &str, place: &str| located_in(&x, subject, place);
        assert!(located("南京经开区", "南京市"), "{:?}", x.relations);
        assert!(!located("南京经开区", "栖霞区"), "{:?}", x.relations);
        assert!(located("赣州经开区", "赣州市"), "{:?}", x.relations);
        assert!(!located("赣州经开区", "章贡区"), "{:?}", x.relations);
        // while a zone named after its county stays the county's
        let x = crate::extract::extract_text("望都经济开发区管委会主任韩立平调研园区企业。");
        assert!(located_in(&x, "望都经开区", "望都县"), "{:?}", x.relations);
        assert!(!located_in(&x, "望都经开区", "保定市"), "{:?}", x.relations);
    }

    #[test]
    fn a_village_named_after_its_county_and_after_its_town_is_one_village_of_the_town() {
        // real county and town, invented village: the headline files it under
        // the county, the body under the town; one village, part of the town only
        let text = "花垣县青竹村：小产业撑起致富梦\n\n12月2日，记者走进花垣县双龙镇青竹村，村民正在基地里忙碌。";
        let x = crate::extract::extract_text(text);
        let villages: std::collections::BTreeSet<_> = x.mentions.iter().filter(|m| m.entity.class == Class::Village).map(|m| m.entity.clone()).collect();
        assert_eq!(villages.len(), 1, "{villages:?}");
        let parents: Vec<&str> = x.relations.iter().filter_map(|r| match r {
            Relation::Link { subject, predicate: Predicate::PartOf, object } if subject.class == Class::Village => Some(object.name.as_str()),
            _ => None,
        }).collect();
        assert_eq!(parents, ["双龙镇"], "{:?}", x.relations);
    }

    #[test]
    fn a_village_named_after_its_town_is_part_of_it() {
        // 老君山镇 (剑川县) is in the gazetteer; its village 老君山村 is not
        let text = "剑川县老君山镇党委组织党员到老君山村参观学习，老君山村民踊跃参加。";
        let x = crate::extract::extract_text(text);
        let villages: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Village).map(|m| m.entity.name.as_str()).collect();
        // once: 老君山村民 are its people, not another mention of it
        assert_eq!(villages, ["老君山村"]);
        let part_of = x.relations.iter().any(|r| matches!(r, Relation::Link { subject, predicate: Predicate::PartOf, object } if subject.name == "老君山村" && object.name == "老君山镇" && object.class == Class::Town));
        assert!(part_of, "{:?}", x.relations);
    }

    #[test]
    fn studying_thoroughly_is_no_visit() {
        let text = "市委书记何立新到永丰县调研。何立新强调，要深入学习贯彻总书记考察江西重要讲话精神。";
        let inspected: Vec<String> = crate::extract::extract_text(text)
            .relations
            .into_iter()
            .filter_map(|r| match r {
                crate::model::Relation::Link { predicate: crate::model::Predicate::Inspected, object, .. } => Some(object.name),
                _ => None,
            })
            .collect();
        assert_eq!(inspected, ["永丰县"]);
    }

    #[test]
    fn a_speech_after_the_meeting_is_named_is_attendance() {
        // invented people in a real county
        let text = "观摩结束后，全县重大项目建设推进会召开。县委书记孙立华在讲话中指出，要加快项目建设。县长周建新主持会议并在讲话中要求抓好落实。\n\n随后举行了项目集中开工仪式，副县长刘海涛在讲话中指出，要保障要素。";
        let x = crate::extract::extract_text(&format!("滨海县召开会议。\n\n{text}"));
        let meeting = "全县重大项目建设推进会";
        assert!(linked(&x, meeting, Predicate::AttendedBy, "孙立华"), "{:?}", x.relations);
        assert!(linked(&x, meeting, Predicate::ChairedBy, "周建新"), "{:?}", x.relations);
        assert!(!linked(&x, meeting, Predicate::AttendedBy, "周建新"), "{:?}", x.relations);
        assert!(!linked(&x, meeting, Predicate::AttendedBy, "刘海涛"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_after_by_settles_nothing_and_carries_out_the_project() {
        // real banner and sumu, invented company and project: 由X投资，…，位于Y
        // places the project the paragraph named, not the company
        let text = "克什克腾旗召开会议。会议研究了克什克腾旗风光制氢示范项目推进工作。该项目由远华能源集团有限公司投资，总投资32亿元，位于达日罕乌拉苏木。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "风光制氢示范项目", "达日罕乌拉苏木"), "{:?}", x.relations);
        assert!(!located_in(&x, "远华能源集团有限公司", "达日罕乌拉苏木"), "{:?}", x.relations);
        // real city, district and town: 由X实施Y项目 (the city opening the
        // project's name in between), and the site after its sum
        let text = "绥化市政府召开常务会议。会议同意由远华城市建设投资集团有限公司实施绥化市寒地农业产业园项目，项目总投资9.8亿元，建设地点位于北林区兴福镇。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "寒地农业产业园项目", Predicate::Involves, "远华城市建设投资集团有限公司"), "{:?}", x.relations);
        assert!(located_in(&x, "寒地农业产业园项目", "兴福镇"), "{:?}", x.relations);
        // (its builder's clause between its sum and its site: 由某公司投资建设，选址某镇)
        let text = "宁安市召开会议。其中，远华米业有限公司年加工10万吨大米项目总投资2.5亿元，由远华米业有限公司投资建设，选址宁安市渤海镇。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "远华米业有限公司年加工10万吨大米项目", "渤海镇"), "{:?}", x.relations);
        // (实施 right after the company, with no 由)
        let text = "互助土族自治县召开会议。会议同意青海远华青稞酒股份有限公司实施青稞酒酿造技改扩能项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "青稞酒酿造技改扩能项目", Predicate::Involves, "青海远华青稞酒股份有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_place_inside_a_visited_companys_name_is_not_visited_and_a_closing_speech() {
        // real county and towns, invented company: 河北新|武安|钢铁… names no
        // place the official went to
        let text = "涉县召开会议。县长刘海军深入井店镇、偏店乡督导安全生产。在河北新武安远华钢铁有限公司，刘海军查看了生产车间。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "刘海军", Predicate::Inspected, "远华钢铁有限公司") || linked(&x, "刘海军", Predicate::Inspected, "河北新武安远华钢铁有限公司"), "{:?}", x.relations);
        assert!(!linked(&x, "刘海军", Predicate::Inspected, "武安市"), "{:?}", x.relations);
        // 在总结讲话中指出, a paragraph after the meeting was named: attendance
        let text = "松桃苗族自治县召开推进会\n\n11月27日，松桃苗族自治县重点项目建设现场推进会召开。与会人员观摩了6个项目。\n\n县委书记龙立跃在总结讲话中指出，要全力抓项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "松桃苗族自治县重点项目建设现场推进会", Predicate::AttendedBy, "龙立跃"), "{:?}", x.relations);
    }

    #[test]
    fn a_committee_and_a_government_written_together_both_issue() {
        // real city: 市委市政府印发《…》, with no 、 between the issuers
        let text = "衢州市召开会议。近日，市委市政府印发《关于推进山海协作的实施意见》。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "关于推进山海协作的实施意见", Predicate::IssuedBy, "衢州市委"), "{:?}", x.relations);
        assert!(linked(&x, "关于推进山海协作的实施意见", Predicate::IssuedBy, "衢州市政府"), "{:?}", x.relations);
        // (and a company building a project it names is its investor)
        let text = "武强县召开会议。支持河北远华乐器集团有限公司建设武强县乐器产业园项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "乐器产业园项目", Predicate::Involves, "河北远华乐器集团有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_written_with_its_zone_signs_for_the_project() {
        // real cities and zone, invented company: 与某高新区的X公司签订Y项目投资协议
        let text = "汉川市召开会议。汉川市人民政府与武汉东湖新技术开发区的武汉远华光电科技股份有限公司签订光电子产业园项目投资协议。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "光电子产业园项目", Predicate::Involves, "武汉远华光电科技股份有限公司"), "{:?}", x.relations);
        // and the zone before it is still the company's place
        assert!(located_in(&x, "武汉远华光电科技股份有限公司", "武汉东湖高新区"), "{:?}", x.relations);
    }

    #[test]
    fn chairing_the_forum_reported_and_a_commanders_post() {
        // invented people in real counties
        let text = "12月5日，我县召开民营企业家座谈会。县委书记吴立平主持座谈会，县委副书记、县长邹立新出席。";
        let x = crate::extract::extract_text(&format!("德化县召开会议。\n\n{text}"));
        assert!(linked(&x, "民营企业家座谈会", Predicate::ChairedBy, "吴立平"), "{:?}", x.relations);
        assert!(!linked(&x, "民营企业家座谈会", Predicate::AttendedBy, "吴立平"), "{:?}", x.relations);
        assert!(linked(&x, "民营企业家座谈会", Predicate::AttendedBy, "邹立新"), "{:?}", x.relations);
        // 指挥长 ends a chain of posts: the official is one, and attends
        let text = "4月8日，肥西县召开全县防汛抗旱工作会议。县委副书记、县长、县防汛抗旱指挥部指挥长李立峰出席会议并讲话。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全县防汛抗旱工作会议", Predicate::AttendedBy, "李立峰"), "{:?}", x.relations);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::HoldsPost { official, title, organisation } if official.name == "李立峰" && title == "指挥长" && organisation.name == "肥西县防汛抗旱指挥部")), "{:?}", x.relations);
    }

    #[test]
    fn this_projects_sum_after_its_company_is_named_again_is_the_companys_projects() {
        // invented company in a real county and town
        let text = "刘立伟实地察看了湖北远华电子材料有限公司电子级化学品项目、浠水县散花港区综合码头项目建设情况。\n\n在湖北远华电子材料有限公司，刘立伟详细了解企业生产经营情况。该项目总投资15亿元。";
        let x = crate::extract::extract_text(&format!("浠水县召开会议。\n\n{text}"));
        assert_eq!(investments(&x), [("湖北远华电子材料有限公司电子级化学品项目", 1_500_000_000)]);
    }

    #[test]
    fn a_national_company_is_not_where_the_passage_is() {
        let text = "11月16日，我县与中国远华建设集团有限公司签订战略合作协议。县委书记何立平，中国远华建设集团华东勘测设计研究院有限公司副总经理孙立新出席签约仪式。";
        let x = crate::extract::extract_text(&format!("庆元县召开会议。{text}"));
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { subject, predicate: Predicate::LocatedIn, .. } if subject.name.starts_with("中国"))), "{:?}", x.relations);
    }

    #[test]
    fn this_project_settling_somewhere_places_the_project_named_last() {
        // invented company; 澧县 is a real county (常德市)
        let text = "12月2日，澧县召开县政府常务会议。会议指出，要确保湖南澧阳果业开发有限公司年产5万吨柑橘深加工项目明年6月投产。该项目总投资3.5亿元，位于澧县经济开发区。";
        let x = crate::extract::extract_text(text);
        let project = "湖南澧阳果业开发有限公司年产5万吨柑橘深加工项目";
        assert!(located_in(&x, project, "澧县经开区"), "{:?}", x.relations);
        assert!(!located_in(&x, project, "澧县"), "{:?}", x.relations);
    }

    #[test]
    fn the_builder_of_a_project_is_not_where_the_passage_is() {
        let text = "11月21日，巫山县县长许志国带队到大昌镇督导检查。许志国一行来到大昌古镇保护利用项目工地，详细了解项目施工安全情况。该项目总投资1.6亿元，由重庆宏远建设集团有限公司负责建设。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "大昌古镇保护利用项目", Predicate::Involves, "重庆宏远建设集团有限公司"), "{:?}", x.relations);
        assert!(located_in(&x, "大昌古镇保护利用项目", "大昌镇"), "{:?}", x.relations);
        assert!(!x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: Predicate::LocatedIn, .. } if subject.name == "重庆宏远建设集团有限公司")), "{:?}", x.relations);
        // 由X承建的Y项目 (an invented builder in a real county): X builds Y,
        // not the project the paragraph named before
        let text = "临澧县城区供水提质改造工程计划投资3.8亿元。此外，由湖南宏远建设集团有限公司承建的临澧县人民医院新院区建设项目总投资超6亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "人民医院新院区建设项目", Predicate::Involves, "湖南宏远建设集团有限公司"), "{:?}", x.relations);
        assert!(!linked(&x, "城区供水提质改造工程", Predicate::Involves, "湖南宏远建设集团有限公司"), "{:?}", x.relations);
        // and 工程计划投资 plans a sum: no programme 某某工程计划
        assert!(x.mentions.iter().all(|m| m.entity.class != Class::Policy), "{:?}", x.mentions);
    }

    #[test]
    fn a_meeting_whose_spirit_is_studied_is_not_the_one_attended() {
        let text = "11月5日，涞源县委理论学习中心组举行集体学习，深入学习贯彻党的二十届三中全会精神。县委书记周建明主持学习并讲话。县委副书记、县长韩立平，县政协主席宋志刚出席。";
        let x = crate::extract::extract_text(text);
        for o in ["韩立平", "宋志刚", "周建明"] {
            assert!(!linked(&x, "二十届三中全会", Predicate::AttendedBy, o), "{o}: {:?}", x.relations);
        }
        // a meeting held here, whose chair passes on another's spirit, is still attended
        let text = "11月6日，涞源县召开全县安全生产工作会议。县长韩立平主持会议，传达了全市安全生产工作会议精神。县委书记周建明出席会议并讲话。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全县安全生产工作会议", Predicate::ChairedBy, "韩立平"), "{:?}", x.relations);
        assert!(linked(&x, "全县安全生产工作会议", Predicate::AttendedBy, "周建明"), "{:?}", x.relations);
        assert!(!linked(&x, "全市安全生产工作会议", Predicate::AttendedBy, "周建明"), "{:?}", x.relations);
        // 主持并讲话 with no object chairs the study session held (invented people, real county)
        let text = "11月5日，涞源县委理论学习中心组举行集体学习会，深入学习全会精神。县委书记周建明主持并讲话。县长韩立平出席。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "集体学习会", Predicate::ChairedBy, "周建明"), "{:?}", x.relations);
        assert!(!linked(&x, "集体学习会", Predicate::AttendedBy, "周建明"), "{:?}", x.relations);
    }

    #[test]
    fn a_state_level_new_area_is_a_zone_not_the_county_inside_its_name() {
        // invented people and company; 雄|安新|区 had been read as 安新县
        let text = "河北雄安新区党工委副书记秦立山到容城县调研。秦立山一行来到雄安新区远华智能科技有限公司，了解企业生产情况。";
        let x = crate::extract::extract_text(text);
        let zones: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::DevelopmentZone).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(zones, ["河北雄安新区", "河北雄安新区"]);
        assert!(!x.mentions.iter().any(|m| m.entity.name == "安新县"), "{:?}", x.mentions);
        assert!(located_in(&x, "河北雄安新区", "河北省"), "{:?}", x.relations);
        // a Chongqing district's paper: the area lies in the municipality
        let text = "两江新区管委会与某某集团签约，在两江新区建设智能网联汽车产业园项目，总投资50亿元。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "重庆两江新区", "重庆市"), "{:?}", x.relations);
    }

    #[test]
    fn a_tour_after_a_visit_visits_the_places_it_lists() {
        // invented people in a real county: 到某县调研，先后来到某镇某村、某镇某村
        let text = "望谟县召开会议。11月6日，黔西南州委常委、副州长罗世勇到望谟县调研，先后来到蔗香镇平卜村、打易镇纳包村，详细了解村集体经济发展情况。";
        let x = crate::extract::extract_text(text);
        for place in ["望谟县", "蔗香镇", "平卜村", "打易镇", "纳包村"] {
            assert!(linked(&x, "罗世勇", Predicate::Inspected, place), "{place}: {:?}", x.relations);
        }
    }

    #[test]
    fn no_place_from_a_region_written_inside_the_name_in_any_form() {
        // 宽甸 inside the project's name is 宽甸满族自治县 (rule 28); invented text
        let text = "宽甸满族自治县召开会议。要积极推动丹东宽甸抽水蓄能电站项目尽快开工。";
        let x = crate::extract::extract_text(text);
        assert!(!located_in(&x, "丹东宽甸抽水蓄能电站项目", "宽甸满族自治县"), "{:?}", x.relations);
    }

    #[test]
    fn a_sum_a_comma_and_where_it_is_built_say_the_project_and_its_investor() {
        // invented company and project in a real town
        let text = "寿光市召开会议。远华蔬菜产业控股集团有限公司将投资12亿元，在稻田镇建设智能温室集群项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "智能温室集群项目", Predicate::Involves, "远华蔬菜产业控股集团有限公司"), "{:?}", x.relations);
        assert!(located_in(&x, "智能温室集群项目", "稻田镇"), "{:?}", x.relations);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::TotalInvestment { yuan: 1_200_000_000, .. })), "{:?}", x.relations);
    }

    #[test]
    fn an_official_leading_a_team_visits_what_follows_the_verb() {
        // 某某带队调研了X和Y: invented officials and park in a real city's towns
        let text = "涿州市召开会议。会前，市长李明远带队调研了松林店镇远华协同创新产业园和码头镇。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "李明远", Predicate::Inspected, "松林店镇"), "{:?}", x.relations);
        assert!(linked(&x, "李明远", Predicate::Inspected, "码头镇"), "{:?}", x.relations);
    }

    #[test]
    fn a_sum_invested_in_a_place_and_a_comma_before_building_say_the_projects_place_and_figure() {
        // 在某市投资45亿元，建设某项目: an invented investor and project in a real city
        let text = "林州市召开会议。远华能源集团有限公司将在林州市投资45亿元，建设林州弓上抽水蓄能电站项目。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "林州弓上抽水蓄能电站项目", "林州市"), "{:?}", x.relations);
        assert!(linked(&x, "林州弓上抽水蓄能电站项目", Predicate::Involves, "远华能源集团有限公司"), "{:?}", x.relations);
        assert!(x.relations.iter().any(|r| matches!(r, Relation::TotalInvestment { yuan: 4_500_000_000, .. })), "{:?}", x.relations);
    }

    #[test]
    fn joint_issuers_opening_a_title_each_issue_it() {
        // 《中共某县委 某县人民政府关于…的决定》: invented decision of a real county
        let text = "安吉县召开大会。会上宣读了《中共安吉县委 安吉县人民政府关于表彰2023年度先进集体的决定》。";
        let x = crate::extract::extract_text(text);
        let policy = "中共安吉县委 安吉县人民政府关于表彰2023年度先进集体的决定";
        assert!(linked(&x, policy, Predicate::IssuedBy, "安吉县委"), "{:?}", x.relations);
        assert!(linked(&x, policy, Predicate::IssuedBy, "安吉县政府"), "{:?}", x.relations);
    }

    #[test]
    fn the_enterprises_project_is_the_companys_named_before() {
        // invented company and people in a real district and town: 在某公司，…企业年产…项目
        let text = "邢台市召开会议。12月3日，市长董立新先后来到南和经济开发区、河北远华食品有限公司、贾宋镇郝桥村农田示范区调研。在河北远华食品有限公司，董立新察看了生产线，听取了企业年产5万吨宠物食品项目建设情况汇报。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "年产5万吨宠物食品项目", Predicate::Involves, "河北远华食品有限公司"), "{:?}", x.relations);
        // a town listed among the sites visited is no place of the passage
        assert!(!located_in(&x, "年产5万吨宠物食品项目", "贾宋镇"), "{:?}", x.relations);
        // nor are towns listed as the subjects of building something
        let text = "东台市召开会议。东台经济开发区、弶港镇、三仓镇要加快推进风电装备产业园、海上风电运维基地等项目建设。";
        let x = crate::extract::extract_text(text);
        assert!(!located_in(&x, "风电装备产业园", "三仓镇") && located_in(&x, "风电装备产业园", "东台市"), "{:?}", x.relations);
    }

    #[test]
    fn this_project_in_a_new_paragraph_is_the_one_named_before() {
        // invented company and project in a real county (利川市, 恩施州)
        let text = "利川市人民政府与远华农业有限公司签署协议，双方将共同建设利川高山蔬菜精深加工基地项目。\n\n据介绍，该项目计划总投资15亿元，选址利川经济开发区，主要建设冷链物流中心、高山蔬菜加工厂和深加工生产线。";
        let x = crate::extract::extract_text(text);
        let project = "利川高山蔬菜精深加工基地项目";
        assert_eq!(investments(&x), [(project, 1_500_000_000)]);
        assert!(located_in(&x, project, "利川经开区"), "{:?}", x.relations);
        // the parts the description lists are no companies
        assert!(!x.mentions.iter().any(|m| m.entity.name.contains("加工厂")), "{:?}", x.mentions);
        // a county and its town written together: the town (real places, invented company)
        let text = "百色市田阳区人民政府与远华铝材有限公司签订新材料产业园项目投资协议。据了解，该项目选址在田阳区那坡镇，计划总投资38亿元。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "新材料产业园项目", "那坡镇"), "{:?}", x.relations);
        assert!(!located_in(&x, "新材料产业园项目", "田阳区"), "{:?}", x.relations);
    }

    #[test]
    fn the_meeting_going_on_issues_for_the_body_whose_meeting_it_is() {
        // invented people and documents in a real county (互助土族自治县)
        let text = "11月28日，互助县县委书记鲁国强主持召开县委常委会会议。会议研究通过了《互助县重点项目建设实施方案》，并印发《关于加强冬季防火工作的通知》。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "关于加强冬季防火工作的通知", Predicate::IssuedBy, "互助土族自治县委"), "{:?}", x.relations);
        // what the meeting adopted it did not issue (研究通过 is no issuing verb)
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { subject, predicate: Predicate::IssuedBy, .. } if subject.name.contains("实施方案"))), "{:?}", x.relations);
    }

    #[test]
    fn a_meeting_held_elsewhere_issues_for_the_region_opening_its_name() {
        // invented people and document in a real prefecture and its city
        let text = "11月18日，阿克苏地区乡村振兴工作推进会在库车市召开。地委副书记王远华主持会议。会议印发了《阿克苏地区2025年乡村振兴重点任务清单》。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "阿克苏地区2025年乡村振兴重点任务清单", Predicate::IssuedBy, "阿克苏地区"), "{:?}", x.relations);
        assert!(!linked(&x, "阿克苏地区2025年乡村振兴重点任务清单", Predicate::IssuedBy, "库车市"), "{:?}", x.relations);
        // no region opening the meeting's name: the place it was held issues nothing
        let text = "11月18日，乡村振兴工作推进会在库车市召开。地委副书记王远华主持会议。会议印发了《2025年乡村振兴重点任务清单》。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "2025年乡村振兴重点任务清单", Predicate::IssuedBy, "库车市"), "{:?}", x.relations);
    }

    #[test]
    fn a_project_whose_works_begin_in_a_zone_is_located_there() {
        // invented project and company in a real county and its zone
        let text = "11月15日，昌图县年产10万吨饲料加工项目在昌图经济开发区开工建设。该项目由辽宁远华农业有限公司投资建设。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "年产10万吨饲料加工项目", "昌图经开区"), "{:?}", x.relations);
        let text = "11月15日，昌图县年产10万吨饲料加工项目在老城镇正式开工。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "年产10万吨饲料加工项目", "老城镇"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_signing_with_a_city_is_not_located_there_by_its_short_name() {
        // invented company and people, a real city
        let text = "榆林市人民政府与陕西蜀丰石油（集团）有限责任公司签署战略合作协议。市委书记张胜利、蜀丰石油集团党委书记、董事长王建国出席签约仪式。";
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::Link { predicate: Predicate::LocatedIn, .. })), "{:?}", x.relations);
        assert!(linked(&x, "王建国", Predicate::WorksFor, "蜀丰石油集团"), "{:?}", x.relations);
    }

    #[test]
    fn a_zone_before_a_company_opening_a_project_is_where_the_project_is() {
        // invented company and project in a real county-level city's zone
        let text = "孝感市召开项目建设现场推进会。与会人员观摩了汉川经济开发区湖北远鹏纺织有限公司年产2万吨高档面料项目。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "湖北远鹏纺织有限公司年产2万吨高档面料项目", "汉川经开区"), "{:?}", x.relations);
        assert!(linked(&x, "湖北远鹏纺织有限公司年产2万吨高档面料项目", Predicate::Involves, "湖北远鹏纺织有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_received_in_a_city_is_not_located_there() {
        // invented people and company, a real city
        let text = "11月21日，潍坊市委书记冯立远在潍坊会见山东蜀丰能源集团有限公司董事长王志远一行。双方就深化合作进行会谈。";
        let x = crate::extract::extract_text(text);
        assert!(!located_in(&x, "山东蜀丰能源集团有限公司", "潍坊市"), "{:?}", x.relations);
        assert!(linked(&x, "王志远", Predicate::WorksFor, "山东蜀丰能源集团有限公司"), "{:?}", x.relations);
        // nor by its short form later in the passage (invented company, real city)
        let text = "11月27日，市委书记冯立远在章贡区会见了远华股份有限公司副总裁何志远一行。冯立远表示，赣州资源丰富。何志远介绍，远华将扩大在赣州的投资规模。";
        let x = crate::extract::extract_text(text);
        assert!(!located_in(&x, "远华股份有限公司", "赣州市"), "{:?}", x.relations);
    }

    #[test]
    fn this_project_two_paragraphs_after_its_name_is_that_project() {
        // a real county-level city and town, an invented project and company:
        // the paragraph of the officials at the signing stands between
        let text = "腾冲市签约康养项目\n\n11月24日，腾冲市人民政府与远华康养集团有限公司签订协议，双方将共同投资建设腾冲远华康养度假区项目。\n\n市委书记杨立新、集团董事长刘明远出席签约仪式。\n\n该项目选址于腾冲市和顺镇。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "腾冲远华康养度假区项目", "和顺镇"), "{:?}", x.relations);
    }

    #[test]
    fn a_partner_region_that_builds_a_project_is_not_its_site() {
        // real county, town and partner district; an invented project
        for builder in ["由南海区投资建设的", "南海区援建的"] {
            let text = format!("威宁彝族回族苗族自治县与佛山市南海区深化东西部协作。\n在迤那镇，{builder}马铃薯良种繁育中心项目已建成投产。");
            let x = crate::extract::extract_text(&text);
            assert!(located_in(&x, "马铃薯良种繁育中心项目", "迤那镇"), "{builder}: {:?}", x.relations);
            assert!(!located_in(&x, "马铃薯良种繁育中心项目", "南海区"), "{builder}: {:?}", x.relations);
        }
    }

    #[test]
    fn a_pronoun_after_a_word_of_sequence_is_the_visitor() {
        // invented official and company in a real city
        let text = "11月25日，省委书记冯立远到儋州市调研。在那大镇，冯立远详细了解农业生产情况。随后，他来到海南远华石化有限公司，察看企业生产经营情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "冯立远", Predicate::Inspected, "海南远华石化有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn this_park_opening_a_sentence_is_the_project_named_before() {
        // invented project and investor in a real town
        let text = "在儋州市那大镇，调研组调研了儋州市热带水果产业园建设情况。该产业园由远华农业集团投资建设，总投资8.6亿元。";
        let x = crate::extract::extract_text(text);
        assert_eq!(investments(&x), [("热带水果产业园", 860_000_000)]);
    }

    #[test]
    fn leading_a_group_to_places_then_observing_projects() {
        // invented official and project in a real county-level city and its towns
        let text = "东台市举行重大项目观摩推进会。市委书记陈立远带领观摩组，先后来到弶港镇、富安镇，实地观摩了远华光能有限公司高效电池项目等12个重大项目。";
        let x = crate::extract::extract_text(text);
        for place in ["弶港镇", "富安镇", "远华光能有限公司高效电池项目"] {
            assert!(linked(&x, "陈立远", Predicate::Inspected, place), "{place}: {:?}", x.relations);
        }
    }

    #[test]
    fn a_delegation_after_a_word_of_time_visits_for_its_leader() {
        // invented official; 兴文县, 安吉县 and its villages are real
        let text = "11月18日，兴文县委书记罗立华率县党政代表团赴浙江省湖州市安吉县考察学习。\n\n考察期间，代表团先后深入安吉县余村、鲁家村，学习乡村振兴经验。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "罗立华", Predicate::Inspected, "余村"), "{:?}", x.relations);
        assert!(linked(&x, "罗立华", Predicate::Inspected, "鲁家村"), "{:?}", x.relations);
    }

    #[test]
    fn an_official_walking_into_homes_where_the_sentence_opens_visits_there() {
        // invented official; 巴宜区, 鲁朗镇 and its village are real
        let text = "林芝市委书记王立新深入巴宜区调研。在鲁朗镇扎西岗村，王立新走进村民家中，详细了解情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "王立新", Predicate::Inspected, "扎西岗村"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_investing_in_a_zone_written_after_its_city() {
        // invented company in a real city's zone: 在十堰|经济技术开发区投资…，建设…
        let text = "十堰市召开会议。远华汽车集团有限公司将在十堰经济技术开发区投资50亿元，建设新能源商用车生产基地项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "新能源商用车生产基地项目", Predicate::Involves, "远华汽车集团有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_investing_in_a_zone_of_a_long_name() {
        // invented group in a real zone with a long name
        let text = "阜阳市召开会议。远华集团将在阜阳合肥现代产业园区投资建设智能物流园项目，总投资10亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "智能物流园项目", Predicate::Involves, "远华集团"), "{:?}", x.relations);
    }

    #[test]
    fn a_zones_city_is_no_issuer_of_its_own() {
        // real city and zones: 常德|高新区、常德|经开区“一区多园”, the zones only
        let text = "常德市召开会议。会议指出，要加快推进常德高新区、常德经开区“一区多园”建设。";
        let x = crate::extract::extract_text(text);
        let issuers: Vec<&str> = x.relations.iter().filter_map(|r| match r {
            Relation::Link { predicate: Predicate::IssuedBy, object, .. } => Some(object.name.as_str()),
            _ => None,
        }).collect();
        assert_eq!(issuers, ["常德经开区", "常德高新区"], "{:?}", x.relations);
    }

    #[test]
    fn deploying_the_work_at_a_meeting_is_a_speech_at_it() {
        // invented people in a real county
        let text = "11月27日，桐庐县召开全县乡村振兴工作推进会。县委书记方立主持会议并讲话，县委副书记、县长周立东作工作部署。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "全县乡村振兴工作推进会", Predicate::AttendedBy, "周立东"), "{:?}", x.relations);
    }

    #[test]
    fn a_project_sited_in_a_zone_written_after_it() {
        // invented companies in real places: 选址 after the project names its
        // place, not the zone of the clause before
        let text = "孝感市举行签约仪式。其中，投资50亿元的远华锂电池回收利用项目落户孝感高新技术产业开发区；蜀丰新能源科技有限公司投资30亿元建设年产5GW光伏组件项目，选址汉川经济开发区。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "年产5GW光伏组件项目", Predicate::LocatedIn, "汉川经开区"), "{:?}", x.relations);
        assert!(!linked(&x, "年产5GW光伏组件项目", Predicate::LocatedIn, "孝感高新区"), "{:?}", x.relations);
    }

    #[test]
    fn saying_or_deploying_anything_at_a_named_meeting_attends_it() {
        // invented people in a real county-level city
        for said in ["对实施意见落实作出具体部署", "强调，要抓好落实", "讲话"] {
            let text = format!("桐乡市召开会议。市委副书记、市长钱立峰在全市共同富裕推进大会上{said}。");
            let x = crate::extract::extract_text(&text);
            assert!(linked(&x, "全市共同富裕推进大会", Predicate::AttendedBy, "钱立峰"), "{said}: {:?}", x.relations);
        }
        // (learning something there is no speech)
        let text = "桐乡市召开会议。市长钱立峰在全市共同富裕推进大会上获悉，项目进展顺利。";
        let x = crate::extract::extract_text(text);
        assert!(!linked(&x, "全市共同富裕推进大会", Predicate::AttendedBy, "钱立峰"), "{:?}", x.relations);
    }

    #[test]
    fn where_one_project_settles_is_no_place_of_the_next() {
        // invented companies in a real county and town: 选址在马坪镇 is the
        // first project's place; the second, in the next clause, has none of
        // its own and takes the county the passage is about
        let text = "漳浦县召开签约仪式。其中，远华兰花种苗繁育基地项目总投资1.2亿元，选址在马坪镇；蜀丰茗茶有限公司投资8000万元建设茶文化产业园二期项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "远华兰花种苗繁育基地项目", Predicate::LocatedIn, "马坪镇"), "{:?}", x.relations);
        assert!(!linked(&x, "茶文化产业园二期项目", Predicate::LocatedIn, "马坪镇"), "{:?}", x.relations);
        // (位于某镇的某项目 is that project's place, and the passage's after it)
        let text = "大余县召开会议。位于池江镇的远华光伏发电项目进展顺利。远华农业科技有限公司董事长云立介绍了情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "远华光伏发电项目", Predicate::LocatedIn, "池江镇"), "{:?}", x.relations);
        assert!(linked(&x, "远华农业科技有限公司", Predicate::LocatedIn, "池江镇"), "{:?}", x.relations);
    }

    #[test]
    fn an_official_leading_a_visit_leads_the_group_named_after_it() {
        // invented people in real counties: 带队视察 and then 视察组一行来到…
        let text = "赣州市召开会议。12月1日，市政协主席刘立华带队视察全市文旅产业发展情况。\n\n视察组一行先后来到章贡区、于都县，实地了解文旅项目建设情况。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "刘立华", Predicate::Inspected, "于都县"), "{:?}", x.relations);
        assert!(linked(&x, "刘立华", Predicate::Inspected, "章贡区"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_launching_a_project_this_year_invests_in_it() {
        // invented company and people in a real county: 公司今年新上…项目
        let text = "于都县召开会议。在江西远华纺织有限公司，公司董事长邱立明介绍，公司今年新上数码印花生产线项目，总投资2亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "数码印花生产线项目", Predicate::Involves, "江西远华纺织有限公司"), "{:?}", x.relations);
        // (with a sum between, and the company named in the sentence before)
        let text = "驿城区召开会议。在河南远华食品有限公司，区委书记张立民了解了生产情况。公司董事长王立涛介绍，公司今年投资2亿元建设的休闲食品生产线项目已投产。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "休闲食品生产线项目", Predicate::Involves, "河南远华食品有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn the_next_clauses_project_settling_is_the_one_named_before() {
        // a real county-level city and zone, invented works: …项目达成投资意向，项目拟选址某高新区
        let text = "界首市召开会议。双方就年产10万吨再生铜项目达成投资意向，项目拟选址界首高新区光武产业园，计划总投资8亿元。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "年产10万吨再生铜项目", "界首高新区"), "{:?}", x.relations);
        assert_eq!(investments(&x), [("年产10万吨再生铜项目", 800_000_000)]);
    }

    #[test]
    fn the_secretary_giving_the_work_report_attends_the_plenum() {
        // invented secretary of a real county: 全会由县委常委会主持，县委书记某某作工作报告
        let text = "12月6日，中共张北县第十五届委员会第九次全体会议召开。全会由县委常委会主持，县委书记孙立国作工作报告。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "中共张北县第十五届委员会第九次全体会议", Predicate::AttendedBy, "孙立国"), "{:?}", x.relations);
    }
    #[test]
    fn a_road_named_by_its_ends_is_works_its_builders_build() {
        // real counties, invented companies and figures: 甲至乙高速公路 without 项目,
        // 由甲公司投资建设，乙公司承建
        let text = "务川县召开会议。德江至务川高速公路全长68公里，总投资100亿元，由远华高速公路集团有限公司投资建设，远华路桥工程有限公司承建。德江县至务川县的车程缩短至50分钟。";
        let x = crate::extract::extract_text(text);
        let projects: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(projects, ["德江至务川高速公路"]);
        assert_eq!(investments(&x), [("德江至务川高速公路", 10_000_000_000)]);
        assert!(linked(&x, "德江至务川高速公路", Predicate::Involves, "远华高速公路集团有限公司"), "{:?}", x.relations);
        assert!(linked(&x, "德江至务川高速公路", Predicate::Involves, "远华路桥工程有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_company_building_a_project_as_its_part_or_charge_is_in_it() {
        // invented companies and works in real counties
        let text = "恭城瑶族自治县召开会议。远华城投公司负责建设的茶江两岸综合治理工程总投资4.5亿元。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "茶江两岸综合治理工程", Predicate::Involves, "远华城投公司"), "{:?}", x.relations);
        let text = "儋州市召开会议。远明建设集团有限公司将投资60亿元参与洋浦国际集装箱码头二期工程建设。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "洋浦国际集装箱码头二期工程", Predicate::Involves, "远明建设集团有限公司"), "{:?}", x.relations);
        // the company's share is no sum of the project's
        assert!(!x.relations.iter().any(|r| matches!(r, Relation::TotalInvestment { .. })), "{:?}", x.relations);
    }

    #[test]
    fn a_company_signing_and_then_planning_to_build_a_project_is_in_it() {
        // an invented company in a real county
        let text = "临夏县召开会议。福建远洋食品有限公司与临夏县人民政府签订了投资协议，计划投资2亿元建设牛肉精深加工项目。";
        let x = crate::extract::extract_text(text);
        assert!(linked(&x, "牛肉精深加工项目", Predicate::Involves, "福建远洋食品有限公司"), "{:?}", x.relations);
    }

    #[test]
    fn a_project_signed_with_a_countys_government_is_in_the_county() {
        // invented company and works in a real county and town: the town of
        // the sentence before is no place of the project signed for
        let text = "临夏县召开会议。会议要求实施土桥镇牛羊养殖小区等帮扶项目。福建远洋食品有限公司与临夏县人民政府签订了投资协议，计划投资2亿元建设牛肉精深加工项目。";
        let x = crate::extract::extract_text(text);
        assert!(located_in(&x, "牛肉精深加工项目", "临夏县"), "{:?}", x.relations);
        assert!(!located_in(&x, "牛肉精深加工项目", "土桥镇"), "{:?}", x.relations);
    }
}

//! Stage 3: find mentions of every class in the normalised text, each with
//! its span and the rule that found it. Names that depend on the article's
//! home region (市委, 高新区, 县农业农村局) are left as references for
//! [`crate::resolve`]; nothing here decides which city 市 means.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use daachorse::CharwiseDoubleArrayAhoCorasick;

use crate::amount::investment_before;
use crate::gazetteer::{NameKind, gazetteer};
use crate::lexicon::{Lexicons, lexicons};
use crate::model::Class;
use crate::normalise::{NormText, is_han, is_one_of, spells_at};
use crate::segment::{Segmentation, Token};

/// Which region a name points at, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegionRef {
    /// Gazetteer regions the name can mean (several for 城关镇).
    Named(Vec<usize>),
    /// A relative prefix: 省, 市, 县 or 区 (a bare 区 may mean a zone); 村
    /// for the village named last (村党支部书记).
    Relative(char),
    /// A zone named by its type alone (高新区, 示范区), meaning the home city's.
    Zone(String),
    /// Central organs (中央, 国家).
    National,
}

/// An organisation as written: the region part and the body part (委, 扶贫办).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgRef {
    /// `None` when the text names only the body (统战部 after 市委常委、).
    pub region: Option<RegionRef>,
    /// The body as written after the region part; empty for a region itself.
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reference {
    Region(RegionRef),
    /// A village, optionally with the town or county written right before it
    /// (and `unlisted_town`, a town the gazetteer lacks, between the two).
    Village { name: String, parent: Option<RegionRef>, unlisted_town: Option<String> },
    /// A town or township written right after its county that the
    /// gazetteer does not list (merged or renamed since its cut-off).
    UnlistedTown { name: String, county: RegionRef },
    Body(OrgRef),
    /// `employer` is the index of the enterprise candidate written before a staff member.
    Person { name: String, official: bool, employer: Option<usize> },
    /// Enterprise, project, policy or meeting; `prefix` is a relative organ
    /// written at its start (市永达机械制造有限公司, 县委农村工作会议).
    Named { class: Class, name: String, prefix: Option<OrgRef> },
}

#[derive(Clone, Debug)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub reference: Reference,
    pub rule: &'static str,
}

/// A post written next to an official's name: title and organisation.
#[derive(Clone, Debug)]
pub struct PostRef {
    /// Index of the official's candidate.
    pub person: usize,
    pub title: String,
    /// Where the organisation was written (for resolving relative names and its span).
    pub at: usize,
    pub org_end: usize,
    pub org: Option<OrgRef>,
}

pub struct Recognised {
    pub candidates: Vec<Candidate>,
    pub posts: Vec<PostRef>,
    /// Zone types the article writes as one zone: 示范区(高新区) → (高新区, 示范区).
    pub zone_aliases: Vec<(String, String)>,
}

struct Matchers {
    /// One automaton over every lexicon word a rule looks for in the whole
    /// text (gazetteer names and zone types, titles, body suffixes, national
    /// bodies, name heads), run once per text with every occurrence
    /// reported; [`Matchers::uses`] says which lists each pattern is in.
    /// One pass over the text instead of five: the text, not the patterns,
    /// is what a scan costs. A double array walked a character at a time
    /// (daachorse's charwise automaton, made for CJK dictionaries): the
    /// byte-wise NFA of `aho-corasick` missed the cache in its 80 000 words.
    scan: CharwiseDoubleArrayAhoCorasick<u32>,
    uses: Vec<PatternUses>,
    region_names: Vec<String>,
    /// each national body's canonical name, by its index in `PatternUses::national`
    national_canonical: Vec<String>,
    /// generic words of two or more characters, longest first at an anchored start
    generic_names: AhoCorasick,
    head_names: Vec<(String, Class)>,
}

/// The lists one pattern of [`Matchers::scan`] belongs to (a word may be in several).
#[derive(Clone, Copy, Default)]
struct PatternUses {
    region: Option<u32>,
    title: bool,
    body_suffix: bool,
    national: Option<u32>,
    head: Option<u32>,
}

/// Where the lexicon words occur in one text, in code points, from the one
/// scan: (start, end, index into the word's list).
#[derive(Default)]
struct Occurrences {
    /// gazetteer names and zone types, leftmost-longest (non-overlapping), by start
    regions: Vec<(usize, usize, u32)>,
    /// national bodies and name heads: every occurrence, in the order of the
    /// scan (by end, the longest first)
    national: Vec<(usize, usize, u32)>,
    heads: Vec<(usize, usize, u32)>,
}

static MATCHERS: LazyLock<Matchers> = LazyLock::new(|| {
    let lex = lexicons();
    let mut region_names: Vec<String> = gazetteer().names().map(str::to_owned).collect();
    region_names.extend(lex.zone_types.iter().map(|(long, _)| long.clone()));
    region_names.sort();
    let mut head_names: Vec<(String, Class)> = Vec::new();
    for h in &lex.enterprise_suffixes {
        head_names.push((h.clone(), Class::Enterprise));
    }
    for h in &lex.project_heads {
        head_names.push((h.clone(), Class::Project));
    }
    for h in &lex.meeting_heads {
        head_names.push((h.clone(), Class::Meeting));
    }
    for h in &lex.policy_heads {
        if !head_names.iter().any(|(n, _)| n == h) {
            head_names.push((h.clone(), Class::Policy));
        }
    }
    let mut national: Vec<(String, String)> = lex.national_bodies.iter().map(|(a, c)| (a.clone(), c.clone())).collect();
    national.sort();
    let mut patterns: Vec<String> = Vec::new();
    let mut uses: Vec<PatternUses> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut mark = |word: &str, set: &mut dyn FnMut(&mut PatternUses)| {
        let k = *index.entry(word.to_owned()).or_insert_with(|| {
            patterns.push(word.to_owned());
            uses.push(PatternUses::default());
            patterns.len() - 1
        });
        set(&mut uses[k]);
    };
    for (i, name) in region_names.iter().enumerate() {
        mark(name, &mut |u| u.region = Some(i as u32));
    }
    for title in &lex.titles {
        mark(title, &mut |u| u.title = true);
    }
    for suffix in &lex.body_suffixes {
        mark(suffix, &mut |u| u.body_suffix = true);
    }
    for (i, (alias, _)) in national.iter().enumerate() {
        mark(alias, &mut |u| u.national = Some(i as u32));
    }
    for (i, (head, _)) in head_names.iter().enumerate() {
        mark(head, &mut |u| u.head = Some(i as u32));
    }
    Matchers {
        scan: CharwiseDoubleArrayAhoCorasick::with_values(patterns.iter().enumerate().filter(|(_, p)| !p.is_empty()).map(|(i, p)| (p, i as u32)))
            .expect("lexicon patterns"),
        uses,
        region_names,
        national_canonical: national.into_iter().map(|(_, canonical)| canonical).collect(),
        generic_names: AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(lex.generic_names.iter().filter(|g| g.chars().count() >= 2))
            .expect("lexicon patterns"),
        head_names,
    }
});

/// Characters after a name that end it (到, 主持, punctuation…).
const NAME_FOLLOWERS: &str = "到赴在主出参先表强指说一等对要带率深莅来检调督陪同和与及为、,.。;:!?()“”《》\n 讲介就向也分代摄已作致告共看走进";

/// Counts and pointers written before a meeting's head (一次重要会议, 此次会议,
/// 本次全会): the text refers to a meeting with them, it does not name one.
const MEETING_POINTERS: [&str; 14] = ["一次", "一场", "两次", "多次", "几次", "每次", "历次", "这次", "那次", "此次", "本次", "该次", "这场", "上次"];

/// Modal verbs written before a verb of acting together (将会同, 要会同).
const MODALS: &str = "将要应须需";

/// What a document is (意见, 方案…): written alone in 《》, it refers back to
/// the document named in full, and is no name of its own.
const DOCUMENT_KINDS: [&str; 16] =
    ["意见", "通知", "方案", "办法", "规定", "条例", "决定", "规划", "计划", "纲要", "细则", "措施", "若干措施", "决议", "实施方案", "实施意见"];

/// The departments whose names join two fields with 和 (发展和改革局,
/// 住房和城乡建设局, 人力资源和社会保障局…), from the two characters before it.
const BODY_NAME_JOINS: [&str; 20] = [
    "发展和改革", "住房和城乡", "资源和社会", "工业和信息", "经济和信息", "文化和旅游", "资源和规划", "教育和体育", "科技和工业", "服务和大数据", "广电和旅游", "体育和旅游",
    // 林业和草原局, 粮食和物资储备局, 城市管理和综合执法局, 民族和宗教事务局, 卫生和计划生育局, 科学技术和工业信息化局
    "林业和草原", "粮食和物资", "管理和综合", "民族和宗教", "卫生和计划", "技术和工业",
    // 政务服务和数字化建设管理局, 政务服务和数据管理局
    "服务和数字", "服务和数据",
];

/// Followers of a name that are words on their own (说, 到, 在); the others
/// in [`NAME_FOLLOWERS`] follow a name only as the start of one of
/// [`FOLLOWER_WORDS`], and otherwise may end a name (吴志强, 王建主持).
const STANDALONE_FOLLOWERS: &str = "到赴在说对等和与及为向也就来同摄已作";
const FOLLOWER_WORDS: [&str; 49] = [
    "走进", "走访", "主持", "主讲", "主抓", "出席", "出任", "参加", "参观", "参与", "参会", "先后", "先行", "表示", "表态", "强调", "指出", "指导",
    "指示", "一行", "一同", "一起", "要求", "带队", "带领", "带头", "率队", "率领", "率先", "深入", "莅临", "检查", "调研", "调度",
    "调查", "督导", "督查", "陪同", "讲话", "介绍", "分别", "代表", "致辞", "致词", "告诉", "共同", "看到", "看望",
    // (与公司副总裁某某进行了座谈)
    "进行",
];
/// Words that follow the name of a person already named, in the account of
/// a visit (在某公司，王家林详细了解…: 王家|林 split by the segmenter).
const VISIT_FOLLOWERS: [&str; 18] = [
    "详细", "仔细", "实地", "认真", "现场", "听取", "察看", "查看", "了解", "询问", "走访", "叮嘱", "勉励", "鼓励", "充分", "首先", "随后", "亲切",
];
/// Single-character verbs that follow a name (王明去调研), never its last character.
const SINGLE_VERBS: &str = "去看听讲说到来在是有要会能让请把被给作做当任兼";

/// Verbs that carry out a named programme: 实施“61713”强农工程, 深化“放管服”改革.
const PROGRAMME_VERBS: [&str; 20] = [
    "实施", "实施好", "开展", "开展了", "深化", "推行", "推行的", "落实", "落实好", "打造", "依托", "助推", "运用", "用好", "强化",
    "完善", "坚持", "践行", "建立", "启动",
];

/// After 村: its people and organs (村民, 村委, 村级, 村集体, 村干部, 村组), not the village.
const VILLAGE_PEOPLE_AND_ORGANS: &str = "民委级集干组";

/// Characters before 村 that make a word for villages in general, not a
/// village's name (农村, 乡村, 山村, 渔村, 本村, 全村, 该村, 各村, 每村).
/// The chiefs of rivers and forests (河长制, 林长制): duties officials take
/// on, written after their posts (县委副书记、县级河长某某), longest first.
const CHIEF_ROLES: [&str; 14] = [
    "副总河长", "县级河长", "市级河长", "乡级河长", "镇级河长", "总河长", "河长", "副总林长", "县级林长", "市级林长", "乡级林长", "镇级林长", "总林长", "林长",
];

/// Kinds of township that are no township's name (山区乡, 民族乡, 边境镇).
const KINDS_OF_TOWN: [&str; 17] = ["山区", "民族", "贫困", "边境", "牧区", "农业", "工业", "旅游", "重点", "中心", "示范", "特色", "先进", "老区", "库区", "林区", "垦区"];

const GENERIC_VILLAGE_ENDS: &str = "农乡山渔本全该各每";

/// Nouns that make a programme verb after them a noun: 政策落实, 工作开展.
const NOMINALISING_NOUNS: [&str; 5] = ["政策", "工作", "任务", "责任", "措施"];

/// Words after a quote that make it a programme's name.
const PROGRAMME_WORDS: [&str; 18] = [
    "工作法", "措施", "举措", "创建", "活动", "工程", "行动", "改革", "规划", "计划", "要求", "主题教育", "选树", "村级民主", "建设",
    "工作", "政策", "示范点",
];

/// Legal forms: what stands before them is a company's name even without a proper noun.
const LEGAL_FORMS: [&str; 6] = ["有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "专业合作社", "集团公司"];

/// Project heads that also name a public place as it stands (a square, a
/// park): a project only in a clause about building or renewing it, not in
/// 在人民广场举行 or 公园北门外的报刊亭.
const PUBLIC_PLACE_HEADS: [&str; 3] = ["广场", "公园", "植物园"];

/// Words of a clause that builds, renews or invests in a place.
const WORKS_WORDS: [&str; 18] = [
    "建设", "推进", "推动", "改造", "提升", "新建", "扩建", "修建", "开工", "竣工", "建成", "施工", "投资", "规划", "项目", "工程",
    "打造", "共建",
];

/// Public institutions whose names end in a body suffix (院) but which are no
/// government body: hospitals, health centres, colleges.
const INSTITUTIONS_NOT_BODIES: [&str; 4] = ["医院", "卫生院", "学院", "疗养院"];

/// A village's party branches, written before the secretary's title.
const VILLAGE_BRANCHES: [&str; 2] = ["党支部", "党总支"];

/// A village's committees as written, opening with the village word (村委会
/// is the villagers' committee, 村监委会 the village affairs supervision
/// committee; 嘎查委员会 a 嘎查's), and so named after the village.
const VILLAGE_COMMITTEES: [&str; 6] = ["村委会", "村民委员会", "村监委会", "村务监督委员会", "嘎查委员会", "嘎查委会"];

/// Company suffixes that are ordinary words too: only at the end of a phrase,
/// or before one of the company's posts.
/// Banks of a region, named by the region alone (某县农村商业银行, 某某村镇银行).
const REGIONAL_BANKS: [&str; 3] = ["农村商业银行", "农商银行", "村镇银行"];
/// Heads of a company's or bank's branch, named by its parent and its place
/// (中国邮政储蓄银行股份有限公司某市分行): the parent's legal form is inside the name.
const BRANCH_HEADS: [&str; 4] = ["分公司", "供电公司", "分行", "支行"];

const WEAK_SUFFIXES: [&str; 8] = ["实业", "塑业", "药业", "矿业", "乳业", "纸业", "电气", "股份"];

/// Last words of a quoted way of working or means, which is no programme
/// (CONVENTIONS 31): “掌上办公”, “订单模式”, “两个抓手” (levers).
const WAYS_OF_WORKING: [&str; 5] = ["办公", "模式", "机制", "方式", "抓手"];

/// Words after a quoted phrase that make it a concept, model or goal rather
/// than a programme (the annotators' slogans: “钉钉子”精神, “…”模式, “…”目标).
const CONCEPT_WORDS: [&str; 11] = ["理念", "精神", "原则", "思路", "意识", "导向", "口号", "目标", "定位", "模式", "机制"];

/// Posts in a company, which make the word before them its name: 某某股份总裁.
const COMPANY_POSTS: [&str; 7] = ["董事长", "总经理", "总裁", "副总", "厂长", "经理", "负责人"];

/// Words that start with a relative character but are no organ prefix (市场
/// is kept: 市场监督管理局 is a body's own name).
const NOT_PREFIX_WORDS: [&str; 22] = [
    "市民", "县城", "县域", "省内", "区域", "市区", "市级", "县级", "省级", "区级", "市直", "县直", "区直", "市属",
    "县属", "省属", "市内", "县内", "区内", "省外", "市外", "区间",
];

/// The middle dot between the parts of a transliterated name, as written
/// (· U+00B7 in GB text; •, ・ and ‧ from other input methods and fonts).
fn is_name_dot(c: char) -> bool {
    matches!(c, '·' | '•' | '・' | '‧' | '･')
}

fn is_name_char(c: char) -> bool {
    is_han(c) && !is_one_of(c, "的和与及在是了对把将为从向等、")
}

struct Ctx<'a> {
    text: &'a NormText,
    chars: &'a [char],
    seg: &'a Segmentation,
    lex: &'static Lexicons,
    out: Vec<Candidate>,
    posts: Vec<PostRef>,
    zone_aliases: Vec<(String, String)>,
    /// set while extending an enterprise name
    enterprise_extension: bool,
    /// Set while extending a programme's name leftwards: 项目 may sit inside
    /// it (领导分包项目责任制).
    policy_extension: bool,
    /// while a branch's name is extended: its parent's legal form is crossed
    branch_extension: bool,
    /// The places (regions, villages) found before the names with heads, as
    /// (start, end) sorted by start and by end: a name may open with one.
    places_by_start: Vec<(usize, usize)>,
    places_by_end: Vec<(usize, usize)>,
    /// the text as one string (the segmentation's), for the automatons, and each byte's code-point index
    string: &'a str,
    byte_to_char: Vec<usize>,
    /// code points of the longest title starting at each position (0: none)
    title_len_at: Vec<u8>,
    /// code points of the shortest body suffix ending at each position (0: none)
    body_suffix_len_before: Vec<u8>,
    occurrences: Occurrences,
}

pub fn recognise(text: &NormText, seg: &Segmentation) -> Recognised {
    // the segmentation holds the normalised text as one string already
    let string = seg.text();
    debug_assert_eq!(string.chars().count(), text.chars.len(), "the segmentation of another text");
    let byte_to_char = byte_to_char_map(string);
    let m = &*MATCHERS;
    let n = text.chars.len();
    let mut title_len_at = vec![0u8; n + 1];
    let mut body_suffix_len_before = vec![0u8; n + 1];
    let mut occurrences = Occurrences::default();
    let mut region_hits = Vec::new();
    for hit in m.scan.find_overlapping_iter(string) {
        let (s, e) = (byte_to_char[hit.start()], byte_to_char[hit.end()]);
        let uses = m.uses[hit.value() as usize];
        if uses.title {
            title_len_at[s] = title_len_at[s].max((e - s) as u8);
        }
        if uses.body_suffix {
            let len = (e - s) as u8;
            if body_suffix_len_before[e] == 0 || len < body_suffix_len_before[e] {
                body_suffix_len_before[e] = len;
            }
        }
        if let Some(i) = uses.region {
            region_hits.push((s, e, i));
        }
        if let Some(i) = uses.national {
            occurrences.national.push((s, e, i));
        }
        if let Some(i) = uses.head {
            occurrences.heads.push((s, e, i));
        }
    }
    // 加快建设|镇雄县: a name that opens with a word jieba reads as no place
    // (建设/vn) and ends inside jieba's next word (建设镇) gives way to a full
    // name starting inside it that is that word (镇雄县), before the leftmost wins
    let ends_inside_a_place_word = |&(s, e, _): &(usize, usize, u32)| {
        e < n
            && !seg.is_word_start(e)
            && seg.token_at(s).is_some_and(|t| t.start == s && t.end < e && t.tag != "ns")
            && region_hits.iter().any(|&(s2, e2, i2)| {
                // (a full name with its level: a short one, 通|渭源 of 通渭源恒…, may be part of a company's name)
                let full = m.region_names[i2 as usize].ends_with(['省', '市', '县', '区', '镇', '乡', '州', '旗']);
                full && s < s2 && s2 < e && e < e2 && seg.token_at(s2).is_some_and(|t| t.start == s2 && t.end == e2)
            })
    };
    let region_hits: Vec<(usize, usize, u32)> = region_hits.iter().filter(|h| !ends_inside_a_place_word(h)).copied().collect();
    occurrences.regions = leftmost_longest(region_hits);
    let mut ctx = Ctx {
        text,
        chars: &text.chars,
        seg,
        lex: lexicons(),
        out: Vec::new(),
        posts: Vec::new(),
        zone_aliases: Vec::new(),
        enterprise_extension: false,
        policy_extension: false,
        branch_extension: false,
        places_by_start: Vec::new(),
        places_by_end: Vec::new(),
        string,
        byte_to_char,
        title_len_at,
        body_suffix_len_before,
        occurrences,
    };
    ctx.regions();
    ctx.unlisted_towns();
    ctx.villages();
    ctx.bodies();
    ctx.village_branches();
    ctx.quoted_policies();
    ctx.special_meetings();
    ctx.headed_names();
    ctx.routes_between_places();
    ctx.listed_enterprises();
    ctx.spokesperson_organisations();
    ctx.companies_named_short_again();
    ctx.officials();
    ctx.leader_lists();
    ctx.bylines();
    ctx.bracketed_bylines();
    ctx.staff();
    ctx.tagged_persons();
    ctx.repeated_names();
    ctx.names_after_persons();
    ctx.posts_taken_up();
    ctx.drop_nested();
    Recognised { candidates: ctx.out, posts: ctx.posts, zone_aliases: ctx.zone_aliases }
}

impl<'a> Ctx<'a> {
    fn s(&self, a: usize, b: usize) -> &'a str {
        self.text.slice(a, b)
    }

    /// Does the text spell `word` at `i`? ([`spells_at`])
    fn spells(&self, i: usize, word: &str) -> bool {
        spells_at(self.chars, i, word)
    }

    /// Every position where the text spells `word` ([`occurrences`]).
    fn occurrences<'w>(&'w self, word: &'w str) -> impl Iterator<Item = usize> + 'w {
        occurrences(self.string, &self.byte_to_char, word)
    }

    fn push(&mut self, start: usize, end: usize, reference: Reference, rule: &'static str) -> usize {
        self.out.push(Candidate { start, end, reference, rule });
        self.out.len() - 1
    }

    /// Whether a candidate found already spans all of `start..end`.
    fn inside_a_candidate(&self, start: usize, end: usize) -> bool {
        self.out.iter().any(|c| c.start <= start && end <= c.end)
    }

    fn covered_by_person(&self, start: usize, end: usize) -> bool {
        self.out.iter().any(|c| {
            matches!(c.reference, Reference::Person { .. }) && c.start < end && start < c.end
        })
    }

    // ---- regions ----------------------------------------------------------

    fn regions(&mut self) {
        let m = &*MATCHERS;
        let found: Vec<(usize, usize, String)> =
            self.occurrences.regions.iter().map(|&(s, e, i)| (s, e, m.region_names[i as usize].clone())).collect();
        for (s, e, name) in found {
            // a zone type alone (高新区) or preceded by a city: handled as a zone reference
            if let Some((_, short)) = self.lex.zone_types.iter().find(|(long, _)| *long == name) {
                // 示范区(高新区): the bracketed type is another name of the zone before it
                if s > 0 && self.chars[s - 1] == '('
                    && let Some(Candidate { reference: Reference::Region(RegionRef::Zone(outer)), .. }) = self.out.last().filter(|c| c.end + 1 == s)
                {
                    let pair = (short.clone(), outer.clone());
                    if !self.zone_aliases.contains(&pair) && pair.0 != pair.1 {
                        self.zone_aliases.push(pair);
                    }
                    continue;
                }
                // 产业集聚区, 工业园区 and 工业集中区 alone are generic words (全市…产业集聚区“二次创业”,
                // 推动工业园区提质增效), not the home city's zone
                // (县工业园区, a bare relative place before it, is the county's)
                let relative_before = s > 0 && is_one_of(self.chars[s - 1], "县市区") && self.seg.token_at(s - 1).is_some_and(|t| t.start == s - 1 && t.end == s);
                // (利通区|金积|工业园区: a place word between a county and the
                // type names the zone, as it does for any other type)
                if matches!(short.as_str(), "产业集聚区" | "工业园区" | "工业集中区")
                    && self.out.last().is_none_or(|c| c.end != s)
                    && !relative_before
                    && self.zone_word_after_region(s).is_none()
                {
                    continue;
                }
                // 共同富裕示范区: a programme's designation, not the home city's zone
                if self.lex.zone_designations.iter().any(|d| s >= d.chars().count() && self.spells(s - d.chars().count(), d)) {
                    continue;
                }
                // 开展生态农业示范区建设, 乡村振兴示范区: what a 示范区 shows, written
                // before it, makes it a kind of demonstration area, no one zone
                // (one that does something, 美好家园|示范区举行…, is the zone, a headline before it)
                let acts = self.seg.token_at(e).is_some_and(|t| t.start == e && t.tag == "v");
                if short == "示范区" && e - s == 3 && !acts && self.kind_written_before(s) {
                    continue;
                }
                // 沧州|临港|经济技术开发区, 珲春|国际合作|示范区: a word between a
                // city or county and the type is part of the zone's name
                let mut word_from = self.zone_word_after_region(s).or_else(|| self.zone_place_word(s, e));
                if word_from.is_none()
                    && let Some((city, from)) = self.zone_in_one_word(s, e)
                {
                    // (the city opening the word is the zone's, as a city written before it is)
                    if let Some((city_start, city_end, city)) = city {
                        self.push(city_start, city_end, Reference::Region(city), "zone-city");
                    }
                    word_from = from;
                }
                if let Some(from) = word_from {
                    let named = format!("{}{short}", self.s(from, s));
                    // (the type written alone later is this zone: 经开区新签约…)
                    let pair = (short.clone(), named.clone());
                    if !self.zone_aliases.iter().any(|(a, _)| *a == pair.0) {
                        self.zone_aliases.push(pair);
                    }
                    self.push(from, e, Reference::Region(RegionRef::Zone(named)), "zone-type");
                    continue;
                }
                self.push(s, e, Reference::Region(RegionRef::Zone(short.clone())), "zone-type");
                continue;
            }
            // 县市场监管局会同县农业农村局: right after a body, 会同 is the verb, not
            // 会同县; and after a modal (将会同市财政局, 要会同)
            let after_modal = s > 0 && is_one_of(self.chars[s - 1], MODALS) && self.lex.joining_verbs.iter().any(|v| self.spells(s, v));
            if self.joining_verb_after_body(s) || after_modal {
                continue;
            }
            // 县委和|县政府: a name opening with a conjunction jieba cut off,
            // whose rest starts a longer word (和县 of Anhui), is no place
            let conjunction_at_start = self.seg.token_at(s).is_some_and(|t| t.start == s && t.end == s + 1 && t.tag == "c");
            if conjunction_at_start && self.seg.token_at(s + 1).is_some_and(|t| t.start == s + 1 && t.end > e) {
                continue;
            }
            // …工作报告和|县检察院: jieba's 和县 after a word, where 县 and what
            // follows name a body of the paper's county, is the conjunction
            let conjunction_then_body = e - s == 2
                && is_one_of(self.chars[s], "和与及")
                && s > 0
                && is_han(self.chars[s - 1])
                && !self.region_ends_at(s)
                && (s + 3..=(s + 10).min(self.chars.len())).any(|k| parse_org(&self.s(s + 1, k)).is_some_and(|o| matches!(o.region, Some(RegionRef::Relative(_))) && !o.body.is_empty()));
            if conjunction_then_body {
                continue;
            }
            // 代县长 (an acting county head): a name a title starting with it
            // runs over is part of the title (代县 of 忻州市 is not named)
            if self.title_len(s) > e - s {
                continue;
            }
            // 示范县: a name ending a word of jieba's dictionary that starts
            // before it, and is no place word, is part of that word (示|范县)
            if self.seg.token_at(s).is_some_and(|t| t.start < s && t.end == e && !t.tag.starts_with("ns") && self.seg.in_dictionary(t)) {
                continue;
            }
            let cands: Vec<usize> = gazetteer().lookup(&name).iter().map(|&(i, _)| i).collect();
            // 县林业局: a township-level unit named like a body (林业局 of 鸡东县)
            // written after a relative prefix is that county's body
            if s > 0
                && is_one_of(self.chars[s - 1], "省市县区州旗盟镇乡")
                && self.lex.body_suffixes.iter().any(|b| name.ends_with(b.as_str()))
                && cands.iter().all(|&i| gazetteer().region(i).class == Class::Town)
            {
                continue;
            }
            let short = gazetteer().lookup(&name).iter().all(|&(_, k)| k == NameKind::Short);
            // 广西平果铝|业: a township-level unit named without 镇, 乡 or 街道
            // (平果铝, 太平川) must end a word, as a short form must
            let g = gazetteer();
            let unsuffixed_unit = !short
                && !name.ends_with(['镇', '乡', '道', '区', '县', '市', '省', '州', '盟', '旗', '木'])
                && cands.iter().all(|&i| g.region(i).class == Class::Town);
            if unsuffixed_unit && e < self.chars.len() && !self.seg.is_word_start(e) {
                continue;
            }
            if short {
                // a short form the segmenter reads as a verb or adjective (乡村振兴) is not a place,
                // unless a zone type follows (正定|高新技术产业开发区: 正定 read as an adverb)
                let zone_follows = self.lex.zone_types.iter().any(|(long, _)| self.spells(e, long));
                // (and one opening a paper's or station's name is its place: （遵义|日报）)
                let names_a_paper = self.lex.media.iter().any(|m| self.spells(e, m));
                if !zone_follows && !names_a_paper && self.seg.token_at(s).is_some_and(|t| t.start == s && t.end == e && (t.tag.starts_with('v') || matches!(t.tag.as_str(), "a" | "ad" | "an" | "d"))) {
                    continue;
                }
                // a short form inside a longer word (新安 in 新安全) is not a name
                let next = self.chars.get(e).copied();
                if next.is_some_and(|c| is_han(c) && !is_one_of(c, "县区市省委政")) && !self.seg.is_word_start(e) && !names_a_paper {
                    continue;
                }
                // 崖州|湾: a bay named after the place is a natural feature, not the place
                if next == Some('湾') {
                    continue;
                }
                // 疏附县|广州新城: a city's or province's short form right after
                // a county or town named in full opens a place of that county
                // (regions run from larger to smaller)
                // (after a city, 深圳市|赣州商会, it may name where a body's members come from)
                let after_a_local_region = self.out.last().is_some_and(|c| {
                    c.end == s
                        && c.rule == "gazetteer"
                        && matches!(&c.reference, Reference::Region(RegionRef::Named(ids)) if ids.iter().all(|&i| matches!(g.region(i).class, Class::County | Class::Town)))
                });
                if after_a_local_region && cands.iter().all(|&i| matches!(g.region(i).class, Class::City | Class::Province)) {
                    continue;
                }
                if !self.seg.is_word_start(s) && s > 0 && is_han(self.chars[s - 1]) {
                    let prev_is_region = self.out.last().is_some_and(|c| c.end == s);
                    if !prev_is_region {
                        continue;
                    }
                }
            }
            self.push(s, e, Reference::Region(RegionRef::Named(cands)), if short { "gazetteer-short" } else { "gazetteer" });
        }
        self.towns_named_in_two_characters();
        self.region_abbreviations();
        self.own_regions();
    }

    /// 彭镇, 唐镇: a town named in two characters, where the text names its
    /// county (哭泉镇、彭镇、太安镇 of 宜君县); as a word of its own, since
    /// such a name alone is no place (jieba reads 彭镇 as a person's name).
    fn towns_named_in_two_characters(&mut self) {
        let g = gazetteer();
        let mut counties: Vec<usize> = self
            .out
            .iter()
            .filter_map(|c| match &c.reference {
                Reference::Region(RegionRef::Named(ids)) if ids.len() == 1 && g.region(ids[0]).class == Class::County => Some(ids[0]),
                _ => None,
            })
            .collect();
        counties.sort_unstable();
        counties.dedup();
        for county in counties {
            for &town in g.two_character_towns(county) {
                let name = g.region(town).name.as_str();
                for at in self.occurrences(name).collect::<Vec<_>>() {
                    if self.seg.is_word_start(at) && self.seg.is_word_start(at + 2) && !self.inside_a_candidate(at, at + 2) {
                        self.push(at, at + 2, Reference::Region(RegionRef::Named(vec![town])), "gazetteer");
                    }
                }
            }
        }
    }

    /// 我市, 我县, 我区, 我省: the paper's own region (CONVENTIONS rules 2
    /// and 3), resolved like 市委's 市 (到我市调研 is a visit to it).
    fn own_regions(&mut self) {
        for i in 0..self.chars.len().saturating_sub(1) {
            let level = self.chars[i + 1];
            if self.chars[i] == '我' && is_one_of(level, REGION_LEVELS) && !self.inside_a_candidate(i, i + 2) {
                // 我市场: the market, not the city
                if level == '市' && self.chars.get(i + 2) == Some(&'场') {
                    continue;
                }
                self.push(i, i + 2, Reference::Region(RegionRef::Relative(level)), "own-region");
            }
        }
    }

    /// 莅焦, 返栾, 回栾: a one-character abbreviation after a verb of arrival
    /// (CONVENTIONS rule 4). Resolved against the home city and county later.
    fn region_abbreviations(&mut self) {
        for i in 0..self.chars.len().saturating_sub(1) {
            if matches!(self.chars[i], '莅' | '返' | '回' | '抵') && is_han(self.chars[i + 1]) {
                let word = self.seg.token_at(i).map(|t| self.seg.word(t).to_owned()).unwrap_or_default();
                if word.chars().count() > 2 {
                    continue;
                }
                let c = self.chars[i + 1];
                // 返乡, 回乡: home, not a township (镇 and 乡 are relative organs of their own)
                if matches!(c, '乡' | '镇') {
                    continue;
                }
                self.push(i + 1, i + 2, Reference::Region(RegionRef::Relative(c)), "abbreviation");
            }
        }
    }

    /// 旬阳市赤岩镇万福村: a town or township of two or three characters and
    /// 镇 or 乡, written right after its county, that the gazetteer (2023)
    /// does not list: towns merged or renamed since, which older articles
    /// still name. Only where jieba's words begin and end with it, and not
    /// a word for towns in general (城乡, 乡镇, 集镇).
    fn unlisted_towns(&mut self) {
        let g = gazetteer();
        let counties: Vec<(usize, Vec<usize>)> = self
            .out
            .iter()
            .filter_map(|c| match &c.reference {
                Reference::Region(RegionRef::Named(ids)) if c.rule == "gazetteer" && ids.iter().all(|&i| g.region(i).class == Class::County) => Some((c.end, ids.clone())),
                _ => None,
            })
            .collect();
        for (at, ids) in counties {
            // 五常市|民乐乡: a town of another county the list names so is, after
            // this county, its ethnic township written without its group
            if let Some(k) = self.out.iter().position(|c| c.start == at && c.rule == "gazetteer")
                && let Reference::Region(RegionRef::Named(meanings)) = &self.out[k].reference
                && !meanings.iter().any(|&m| ids.iter().any(|&county| g.region(m).parent == Some(county)))
                && let Some(t) = ids.iter().find_map(|&county| g.ethnic_township(county, self.s(self.out[k].start, self.out[k].end)))
            {
                self.out[k].reference = Reference::Region(RegionRef::Named(vec![t]));
                self.out[k].rule = "ethnic-township";
            }
            if self.out.iter().any(|c| c.start == at) || !self.seg.is_word_start(at) {
                continue;
            }
            for len in [2, 3] {
                let level = at + len;
                let Some(&suffix) = self.chars.get(level) else { break };
                if !matches!(suffix, '镇' | '乡') || !self.seg.is_word_start(level + 1) && level + 1 < self.chars.len() {
                    continue;
                }
                let stem = self.s(at, level);
                let name_chars = self.chars[at..level].iter().all(|&c| is_name_char(c));
                let generic = ["城", "乡", "村", "集", "全", "各", "该", "本", "每", "小", "重"].iter().any(|w| stem.ends_with(w) || stem.starts_with(w)) || KINDS_OF_TOWN.contains(&stem);
                // the suffix a word of its own (赤岩|镇), or the whole a place word
                // (not 贫困乡/n, 民族乡/n, 旅游|名镇, 产业|强镇)
                let one_word = self.seg.token_at(at).is_some_and(|t| t.start == at && t.end == level + 1);
                let suffix_alone = self.seg.token_at(level).is_some_and(|t| t.start == level && t.end == level + 1);
                let shaped = suffix_alone || one_word && self.seg.token_at(at).is_some_and(|t| t.tag == "ns");
                // (and a word of its own before the suffix is no name: 发展|乡, 建设|乡)
                let common_word = self.seg.token_at(at).is_some_and(|t| t.start == at && t.end == level && self.seg.in_dictionary(t) && !matches!(t.tag.as_str(), "ns" | "nr" | "nz"));
                if name_chars && shaped && !generic && !common_word && !self.holds_a_stop_word(&stem) && !self.lex.generic_names.contains(stem) {
                    let name = format!("{stem}{suffix}");
                    // (an ethnic township written without its groups is the gazetteer's: 新仁乡, 新仁苗族乡)
                    match ids.iter().find_map(|&c| g.ethnic_township(c, &name)) {
                        Some(t) => self.push(at, level + 1, Reference::Region(RegionRef::Named(vec![t])), "ethnic-township"),
                        None => self.push(at, level + 1, Reference::UnlistedTown { name, county: RegionRef::Named(ids) }, "town-after-county"),
                    };
                    break;
                }
            }
        }
        self.unlisted_towns_again();
    }

    /// An unlisted town written again without its county (大柳树镇 in the
    /// headline, 在大柳树镇某村) is that town, and the gazetteer's towns of
    /// other counties named by its tail (柳树镇) are not there.
    fn unlisted_towns_again(&mut self) {
        let g = gazetteer();
        let towns: Vec<(usize, usize, String, RegionRef)> = (self.out.iter())
            .filter_map(|c| match &c.reference {
                Reference::UnlistedTown { name, county } => Some((c.start, c.end, name.clone(), county.clone())),
                _ => None,
            })
            .collect();
        for (first_start, first_end, name, county) in towns {
            let len = first_end - first_start;
            for start in self.occurrences(&name).collect::<Vec<_>>() {
                let end = start + len;
                let town_inside = |c: &Candidate| {
                    (c.start, c.end) != (start, end)
                        && start <= c.start
                        && c.end <= end
                        && matches!(&c.reference, Reference::Region(RegionRef::Named(ids)) if ids.iter().all(|&i| g.region(i).class == Class::Town))
                };
                self.out.retain(|c| !town_inside(c));
                if start != first_start && !self.out.iter().any(|c| c.start < end && start < c.end) {
                    self.push(start, end, Reference::UnlistedTown { name: name.clone(), county: county.clone() }, "town-again");
                }
            }
        }
    }

    /// X村 right after a town or county (苍溪县东青镇白桥村), or a two- to
    /// three-character word ending in 村 that jieba tags as a place.
    fn villages(&mut self) {
        let regions: Vec<(usize, usize, RegionRef)> = self
            .out
            .iter()
            .filter_map(|c| match &c.reference {
                Reference::Region(r @ RegionRef::Named(_)) => Some((c.start, c.end, r.clone())),
                _ => None,
            })
            .collect();
        // 老君山村 where the article names 老君山镇: a village named after its
        // town, which jieba may cut apart (老君山|村), is a village of that town
        let g = gazetteer();
        let mut town_villages: Vec<(String, RegionRef)> = Vec::new();
        for (start, end, parent) in &regions {
            let RegionRef::Named(ids) = parent else { continue };
            let town = self.s(*start, *end);
            let Some(stem) = town.strip_suffix(['镇', '乡']) else { continue };
            let village = format!("{stem}村");
            if stem.chars().count() >= 2 && ids.iter().all(|&i| g.region(i).class == Class::Town) && !town_villages.iter().any(|(v, _)| *v == village) {
                town_villages.push((village, parent.clone()));
            }
        }
        for (village, parent) in town_villages {
            let len = village.chars().count();
            let starts: Vec<usize> = self.occurrences(&village).collect();
            for start in starts {
                let end = start + len;
                // 老君山村民, 村委, 村级: the village's people or organs, not the village
                let next_is_level = self.chars.get(end).is_some_and(|&c| is_one_of(c, VILLAGE_PEOPLE_AND_ORGANS));
                // and it starts a word: a village whose name merely ends so is another one
                if !next_is_level && self.seg.is_word_start(start) && !self.inside_a_candidate(start, end) {
                    self.push(start, end, Reference::Village { name: village.clone(), parent: Some(parent.clone()), unlisted_town: None }, "village-of-town");
                }
            }
        }
        let unlisted: Vec<(usize, RegionRef, Option<String>)> = self
            .out
            .iter()
            .filter_map(|c| match &c.reference {
                Reference::UnlistedTown { county, name } => Some((c.end, county.clone(), Some(name.clone()))),
                _ => None,
            })
            .collect();
        // (not after a province: a village is written after its county or town,
        // and 黑龙江稻香村食品有限公司 is a brand after its province)
        let below_province = |r: &RegionRef| !matches!(r, RegionRef::Named(ids) if ids.iter().all(|&i| g.region(i).class == Class::Province));
        let after_regions = regions.into_iter().filter(|(_, _, r)| below_province(r)).map(|(_, e, r)| (e, r, None));
        for (end, parent, unlisted_town) in after_regions.chain(unlisted) {
            let mut at = end;
            let mut rule = "village-after-region";
            while let Some((name, stop, gacha)) = self.village_at(at) {
                let rule_here = if gacha && rule == "village-after-region" { "gacha-after-region" } else { rule };
                self.push(at, stop, Reference::Village { name, parent: Some(parent.clone()), unlisted_town: unlisted_town.clone() }, rule_here);
                // 某镇甲村、乙村、丙村: the villages listed after the first are the town's too
                if self.chars.get(stop) != Some(&'、') {
                    break;
                }
                at = stop + 1;
                rule = "village-listed";
            }
        }
        // 在石桥坪村，: a village opening a clause after 在, in an article that
        // named a town before it, is a village of the town named last
        let towns: Vec<(usize, RegionRef)> = self
            .out
            .iter()
            .filter_map(|c| match &c.reference {
                Reference::Region(r @ RegionRef::Named(ids)) if ids.iter().all(|&i| g.region(i).class == Class::Town) => Some((c.end, r.clone())),
                _ => None,
            })
            .collect();
        for at in self.occurrences("在").collect::<Vec<_>>() {
            let opens_clause = at == 0 || !is_han(self.chars[at - 1]);
            let Some(town) = towns.iter().filter(|(end, _)| *end <= at).max_by_key(|(end, _)| *end).map(|(_, t)| t.clone()) else { continue };
            if !opens_clause || self.inside_a_candidate(at + 1, at + 2) {
                continue;
            }
            // (a village named after its town before is that village again,
            // not one of the town named last: 甲镇乙村、丙镇丁村…在乙村，)
            if let Some((name, stop, false)) = self.village_at(at + 1)
                && self.chars.get(stop) == Some(&',')
                && !self.inside_a_candidate(at + 1, stop)
                && !self.out.iter().any(|c| matches!(&c.reference, Reference::Village { name: n, parent: Some(_), .. } if *n == name))
            {
                self.push(at + 1, stop, Reference::Village { name, parent: Some(town), unlisted_town: None }, "village-after-zai");
            }
        }
        // 到华屋村调研 after 叶坪镇华屋村: a village named once after its
        // town is that village wherever the article writes it again
        let named: Vec<(String, Option<RegionRef>, Option<String>)> = self
            .out
            .iter()
            .filter_map(|c| match &c.reference {
                Reference::Village { name, parent: parent @ Some(_), unlisted_town } if c.rule != "village-of-town" && name.chars().count() >= 3 => {
                    Some((name.clone(), parent.clone(), unlisted_town.clone()))
                }
                _ => None,
            })
            .collect();
        let mut seen: Vec<&str> = Vec::new();
        for (name, parent, unlisted_town) in &named {
            if seen.contains(&name.as_str()) {
                continue;
            }
            seen.push(name);
            let len = name.chars().count();
            let starts: Vec<usize> = self.occurrences(name).collect();
            for start in starts {
                let end = start + len;
                let next_is_people = self.chars.get(end).is_some_and(|&c| is_one_of(c, "民"));
                if !next_is_people && self.seg.is_word_start(start) && !self.inside_a_candidate(start, end) {
                    self.push(start, end, Reference::Village { name: name.clone(), parent: parent.clone(), unlisted_town: unlisted_town.clone() }, "village-again");
                }
            }
        }
        // 、西街村党支部书记某某: a village named alone as an item, before its
        // party branch or committee, is a village though no town is named
        for at in self.occurrences("村").collect::<Vec<_>>() {
            let organ_after = ["党支部", "党总支", "党委", "村委会", "村民委员会"].iter().any(|o| self.spells(at + 1, o));
            if !organ_after {
                continue;
            }
            let start = (at.saturating_sub(3)..at).find(|&k| k == 0 || is_one_of(self.chars[k - 1], "、,，。;；:：\n（("));
            let Some(start) = start.filter(|&k| at - k >= 2) else { continue };
            let stem = self.s(start, at);
            let name_chars = self.chars[start..at].iter().all(|&c| is_name_char(c));
            // (行政村, 贫困村, 重点村, 中心村: kinds of village, one dictionary word or a kind before 村)
            let kind_of_village = self.seg.token_at(start).is_some_and(|t| t.start == start && t.end == at + 1 && t.tag == "n")
                || ["中心", "脱贫", "贫困", "行政", "试点", "先进", "搬迁", "示范", "重点", "软弱涣散"].contains(&stem);
            let stop_inside = self.holds_a_stop_word(&stem) || self.lex.generic_names.contains(stem) || kind_of_village;
            if name_chars && !stop_inside && !is_one_of(self.chars[at - 1], GENERIC_VILLAGE_ENDS) && !self.out.iter().any(|c| c.start <= start && at + 1 <= c.end) {
                self.push(start, at + 1, Reference::Village { name: format!("{stem}村"), parent: None, unlisted_town: None }, "village-before-organ");
            }
        }
        // 在乌日根塔拉嘎查，…: a 嘎查 names nothing but a village, wherever its
        // sumu or town is left unwritten (after 在, 到 or punctuation)
        for at in self.occurrences("嘎查").collect::<Vec<_>>() {
            let opens = |k: usize| k == 0 || is_one_of(self.chars[k - 1], "、,，。;；:：\n（(在到赴");
            let Some((start, (name, stop))) = (at.saturating_sub(5)..at.saturating_sub(1)).filter(|&k| opens(k)).find_map(|k| self.gacha_after(k).filter(|(_, e)| *e >= at + 2).map(|g| (k, g))) else {
                continue;
            };
            if !self.out.iter().any(|c| c.start < stop && start < c.end) {
                self.push(start, stop, Reference::Village { name, parent: None, unlisted_town: None }, "gacha-alone");
            }
        }
        for t in &self.seg.tokens {
            let n = t.end - t.start;
            if n != 3 || !self.seg.word(t).ends_with('村') {
                continue; // (first: this runs on every token)
            }
            let next_is_level = self.chars.get(t.end).is_some_and(|&c| is_one_of(c, "镇乡") || is_one_of(c, VILLAGE_PEOPLE_AND_ORGANS));
            if !next_is_level && !self.inside_a_candidate(t.start, t.end) {
                let stem: String = self.seg.word(t).chars().take(n - 1).collect();
                // (a common noun right before makes it a figure of speech, no
                // village: 农业|中关村, a hub of farming as 中关村 is of technology)
                let after_a_noun = self.seg.token_ending_at(t.start).is_some_and(|p| p.end - p.start >= 2 && matches!(p.tag.as_str(), "n" | "vn" | "an"));
                // (nor right after a province, as a village never is written:
                // 北京|中关村|某园, a park's name; 黑龙江|稻香村, a brand's)
                let after_a_province = self.out.iter().any(|c| c.end == t.start && matches!(&c.reference, Reference::Region(r) if !below_province(r)));
                if t.tag == "ns"
                    && !self.lex.generic_names.contains(&stem) && !stem.contains('全')
                    && !after_a_noun
                    && !after_a_province
                {
                    self.out.push(Candidate {
                        start: t.start,
                        end: t.end,
                        reference: Reference::Village { name: self.seg.word(t).to_owned(), parent: None, unlisted_town: None },
                        rule: "village-word",
                    });
                }
            }
        }
    }

    /// 某村党支部组织党员…: a village's party branch named with no post after
    /// it is a body, as it is before a secretary's name (the post's
    /// organisation, [`Ctx::village_post_org`]).
    fn village_branches(&mut self) {
        let villages: Vec<(usize, usize)> = self.out.iter().filter(|c| matches!(c.reference, Reference::Village { .. })).map(|c| (c.start, c.end)).collect();
        for (start, end) in villages {
            // (余村|村党支部: the branch written with 村 after the name)
            let at = if self.chars.get(end) == Some(&'村') { end + 1 } else { end };
            let Some(branch) = VILLAGE_BRANCHES.iter().find(|b| self.spells(at, b)) else { continue };
            let stop = at + branch.chars().count();
            if self.title_len(at) != 0 {
                continue;
            }
            // (a body read off the same span took the village's name for a
            // county's short form and 村党支部 for its body: 柳林|村党支部;
            // or one read off the places before it: 某县某镇余村|村党支部)
            let branch = Reference::Body(OrgRef { region: Some(RegionRef::Relative('村')), body: (*branch).to_owned() });
            match self.out.iter().position(|c| matches!(c.reference, Reference::Body(_)) && c.start <= start && stop <= c.end) {
                Some(i) if self.out[i].end == stop && (self.out[i].start == start || at > end) => {
                    self.out[i].start = start;
                    self.out[i].reference = branch;
                    self.out[i].rule = "village-branch";
                }
                Some(_) => {}
                None => {
                    self.push(start, stop, branch, "village-branch");
                }
            }
        }
    }

    /// Whether a stop word of two or more characters is written inside
    /// `stem` (a short name): its substrings looked up, not the list scanned
    /// (the scan at every region's end was a tenth of recognition).
    /// Where a word naming a zone starts, between a city or county written
    /// right before it and the zone type at `type_start` (沧州|临港|经济技术开发区):
    /// two to four characters of words jieba reads as places or nouns, none
    /// a verb of building or another stop word (在沧州|新建|高新区).
    fn zone_word_after_region(&self, type_start: usize) -> Option<usize> {
        let g = gazetteer();
        let from = self.out.iter().rev().take(3).find_map(|c| match &c.reference {
            Reference::Region(RegionRef::Named(ids))
                if c.end + 2 <= type_start && type_start <= c.end + 4 && ids.iter().all(|&i| matches!(g.region(i).class, Class::City | Class::County)) =>
            {
                Some(c.end)
            }
            _ => None,
        })?;
        let nouns = self.words_all(from, type_start, |t| matches!(t.tag.as_str(), "ns" | "n" | "nz" | "vn"));
        (nouns && self.names_a_zone(self.s(from, type_start))).then_some(from)
    }

    /// Whether a common noun (生态农业/n), or a noun and a verb of what grows
    /// (乡村/n 振兴/v; not 全面/n 推动/v), ends right before `at`, no place
    /// covering it.
    fn kind_written_before(&self, at: usize) -> bool {
        const GROWTH_VERBS: [&str; 5] = ["振兴", "发展", "创新", "融合", "转型"];
        let noun = |t: &Token| matches!(t.tag.as_str(), "n" | "vn" | "an");
        let Some(last) = self.seg.token_ending_at(at) else { return false };
        let kind = noun(last) || GROWTH_VERBS.contains(&self.seg.word(last)) && self.seg.token_ending_at(last.start).is_some_and(noun);
        kind && last.end - last.start >= 2 && !self.out.iter().any(|c| c.end == at || c.start < at && at <= c.end)
    }

    /// Whether `word`, written between a zone's city and its type, names the
    /// zone: Han characters with no level in them (a level inside is another
    /// region's name: 三江|新区临港), no stop word, no generic name.
    fn names_a_zone(&self, word: &str) -> bool {
        word.chars().all(|c| is_han(c) && !is_one_of(c, "省市县区州镇乡")) && !self.holds_a_stop_word(word) && !self.lex.generic_names.contains(word)
    }

    /// A zone jieba knows as one word (武汉东湖新技术开发区/nt, 洪泽经开区/ns),
    /// the type at `type_start..type_end` closing it: the city or county
    /// that opens the word, if one does (its span and region), and where the
    /// place word between them starts, if there is one.
    fn zone_in_one_word(&self, type_start: usize, type_end: usize) -> Option<(Option<(usize, usize, RegionRef)>, Option<usize>)> {
        let t = self.seg.token_at(type_start).filter(|t| t.start < type_start && t.end == type_end && matches!(t.tag.as_str(), "nt" | "ns" | "nz"))?;
        let opening = self.s(t.start, type_start);
        let (from, city) = match parse_region_prefix(opening) {
            Some((city @ RegionRef::Named(_), len)) => (t.start + len, Some((t.start, t.start + len, city))),
            _ => (t.start, None),
        };
        if from == type_start {
            return Some((city, None)); // 洪泽|经开区: the county's zone
        }
        let word = self.s(from, type_start);
        ((2..=4).contains(&word.chars().count()) && self.names_a_zone(word)).then_some((city, Some(from)))
    }

    /// Whether `start..end` is whole words, from a word's start to a word's
    /// end, each of which `ok` accepts.
    fn words_all(&self, start: usize, end: usize, ok: impl Fn(&Token) -> bool) -> bool {
        let mut k = start;
        while k < end {
            match self.seg.token_at(k) {
                Some(t) if t.start == k && t.end <= end && ok(t) => k = t.end,
                _ => return false,
            }
        }
        true
    }

    /// Where a place word naming a zone starts, written alone before the
    /// zone type at `type_start` (在|准东|经济技术开发区): one word jieba reads
    /// as a place, of two or three characters, that no gazetteer name covers,
    /// opening its phrase (after punctuation, 在, 到, 赴 or a conjunction).
    /// (Before a type written in full, 推进|万盛/nz|经济技术开发区, a proper
    /// noun jieba does not know as a place names it too, after a verb as well.)
    fn zone_place_word(&self, type_start: usize, type_end: usize) -> Option<usize> {
        let full_type = type_end - type_start >= 5;
        let t = self.seg.token_ending_at(type_start).filter(|t| {
            (matches!(t.tag.as_str(), "ns" | "nr") || full_type && t.tag == "nz") && (2..=3).contains(&(t.end - t.start))
        })?;
        let after_a_verb = || full_type && self.seg.token_ending_at(t.start).is_some_and(|v| v.tag == "v");
        let opens = t.start == 0 || !is_han(self.chars[t.start - 1]) || is_one_of(self.chars[t.start - 1], "在到赴和与及") || after_a_verb();
        let word = self.seg.word(t);
        // (a word jieba reads as a person's name, 杨凌/nr, when the zone is
        // written so twice: no one's name is twice glued to 示范区)
        if t.tag == "nr" {
            let type_end = self.seg.token_at(type_start).filter(|z| z.start == type_start)?.end;
            if self.occurrences(&self.s(t.start, type_end)).take(2).count() < 2 {
                return None;
            }
        }
        let covered = self.out.iter().any(|c| c.start < t.end && t.start < c.end);
        (opens && !covered && !self.holds_a_stop_word(word) && !self.lex.generic_names.contains(word)).then_some(t.start)
    }

    fn holds_a_stop_word(&self, stem: &str) -> bool {
        let bounds: Vec<usize> = stem.char_indices().map(|(b, _)| b).chain([stem.len()]).collect();
        (0..bounds.len()).any(|i| (i + 2..bounds.len()).any(|j| self.lex.name_stops.contains(&stem[bounds[i]..bounds[j]])))
    }

    /// The village named at `start`, right after its town or after another
    /// village of the town's list: X嘎查 ([`Ctx::gacha_after`]) or a name of
    /// two or three characters and 村. Returns its name, where it ends, and
    /// whether it is a 嘎查.
    fn village_at(&self, start: usize) -> Option<(String, usize, bool)> {
        if let Some((name, stop)) = self.gacha_after(start) {
            return Some((name, stop, true));
        }
        // (a word jieba ran over the town's end, 锦江镇江渔村 read 锦江|镇江|渔村,
        // leaves its cut of the name to chance: 渔村 there is no fishing village)
        let cut_across = self.seg.token_at(start).is_some_and(|t| t.start < start);
        // 托克扎克镇|阿亚格曼干村: right after a town, a transliterated name of
        // four or five characters, made only of words jieba reads as names
        // or places (阿亚/ns 格曼/nr) and ending in the word that holds 村
        let after_town = start >= 1 && is_one_of(self.chars[start - 1], "镇乡");
        let transliterated = |e: usize| {
            let Some(last) = self.seg.token_at(e).filter(|t| after_town && start < t.start && t.start < e && t.end == e + 1) else { return false };
            self.words_all(start, last.start, |t| matches!(t.tag.as_str(), "ns" | "nr" | "nrt" | "nz"))
        };
        // 山城镇|四方|顶子|村, 某镇|大|王庄村: right after a town, four or five
        // characters of nouns, numerals and names (no verb: 某镇|全力|推进|村),
        // ending in 村 alone or in the word that holds it
        // (but where jieba ran 村 into a word, 生态|文明村/nr, 民族|团结村/n, that
        // word is a name's and nothing before it is a noun of two characters:
        // an honour given to villages is no name)
        let compound = |e: usize| {
            let noun_like = |t: &Token| matches!(t.tag.as_str(), "n" | "m" | "ns" | "nr" | "nrt" | "nz" | "a" | "b" | "ng" | "f" | "q" | "s");
            let name_part = |t: &Token| matches!(t.tag.as_str(), "m" | "ns" | "nr" | "nrt" | "nz" | "a" | "b") || t.end - t.start == 1;
            after_town
                && match self.seg.token_at(e) {
                    Some(t) if t.start == e && t.end == e + 1 => self.words_all(start, e, noun_like),
                    Some(t) if start < t.start && t.end == e + 1 && matches!(t.tag.as_str(), "nr" | "ns" | "nrt" | "nz") => self.words_all(start, t.start, name_part),
                    _ => false,
                }
        };
        for len in (2..=5).rev() {
            let e = start + len;
            if len >= 4 && (e >= self.chars.len() || !(transliterated(e) || compound(e))) {
                continue;
            }
            // 村 ends a word, and not one of the words for villages in general (农业|农村, 乡村)
            let generic_village = e > start && e <= self.chars.len() && is_one_of(self.chars[e - 1], GENERIC_VILLAGE_ENDS) && !cut_across;
            // (or 村 glued to the next character as a name, after a place word:
            // 桂坑/ns|村瑶/nr|绣 of 某镇桂坑村瑶绣工坊)
            let glued_after_place = self.seg.token_at(e).is_some_and(|t| t.start == e && t.end == e + 2 && t.tag.starts_with("nr"))
                && self.seg.token_at(start).is_some_and(|t| t.start == start && t.end == e && t.tag == "ns");
            let ends_word = (self.seg.token_at(e).is_some_and(|t| t.end == e + 1) || glued_after_place) && !generic_village;
            let stem = self.s(start, e);
            // a name made of a common word (新建村, 胜利村) when jieba read
            // it as one place word right after the town: 海北镇|新建村
            let one_place_word = self.seg.token_at(start).is_some_and(|t| t.start == start && t.end == e + 1 && t.tag == "ns");
            let stop_inside = !one_place_word && self.holds_a_stop_word(&stem);
            // (和 may end a village's name, 永和村, 太和村, but opening it after a
            // town it is the conjunction: 某镇和某村)
            let name_chars = || self.chars[start..e].iter().enumerate().all(|(k, &c)| is_name_char(c) || (k > 0 && c == '和'));
            if e < self.chars.len() && self.chars[e] == '村' && ends_word && name_chars() && !stop_inside {
                if self.chars.get(e + 1).is_some_and(|&c| is_one_of(c, "民委级集")) {
                    continue;
                }
                // 余村|村党支部: a name ending in 村 before the village's organs
                // written with 村 is the name, the second 村 the organs'
                if stem.ends_with('村') && VILLAGE_BRANCHES.iter().any(|b| self.spells(e + 1, b)) {
                    continue;
                }
                return Some((format!("{stem}村"), e + 1, false));
            }
        }
        // 安吉县余村, 某镇张村: a one-character name right after a region is a
        // surname's village (not 驻村, 全村, 该村: no surname, or 全)
        let one = self.chars.get(start).copied()?;
        if self.chars.get(start + 1) == Some(&'村')
            && one != '全'
            && self.lex.surnames.contains(&one.to_string())
            && !is_one_of(one, GENERIC_VILLAGE_ENDS)
            // (a word of jieba's for the pair is a name or place, 余村/nr, not 农村/n)
            && self.seg.token_at(start).is_some_and(|t| t.start == start && (t.end == start + 1 || t.end == start + 2 && (t.tag.starts_with("nr") || t.tag.starts_with("ns"))))
            && (self.seg.token_at(start + 1).is_some_and(|t| t.end == start + 2)
                // (余|村村/n|党支部: jieba's "every village" before the branch)
                || self.spells(start + 1, "村村") && VILLAGE_BRANCHES.iter().any(|b| self.spells(start + 3, b)))
            && !self.chars.get(start + 2).is_some_and(|&c| is_one_of(c, "民委级集干"))
        {
            return Some((format!("{one}村"), start + 2, false));
        }
        None
    }

    /// X嘎查 (or X嘎查村) starting at `start`, right after a sumu, town or
    /// banner: Inner Mongolia's village, named by a transliteration of two
    /// to five characters. Returns its name (X嘎查) and where it ends. Unlike
    /// 村 (X村民 may be the villagers of a place X), 嘎查 names nothing else.
    fn gacha_after(&self, start: usize) -> Option<(String, usize)> {
        (2..=5).rev().find_map(|len| {
            let e = start + len;
            if self.chars.get(e..e + 2) != Some(&['嘎', '查'][..]) || !self.chars[start..e].iter().all(|&c| is_name_char(c)) {
                return None;
            }
            let stem = self.s(start, e);
            if self.holds_a_stop_word(&stem) {
                return None;
            }
            // (某镇嘎查集体经济: a town's 嘎查 are its villages, none named)
            if self.out.iter().any(|c| c.start == start && c.end == e && matches!(c.reference, Reference::Region(_))) {
                return None;
            }
            // 嘎查村 is the village too, but in 嘎查村民 and 嘎查村委 the 村 is the villagers' or organ's
            let village_word = self.chars.get(e + 2) == Some(&'村') && !self.chars.get(e + 3).is_some_and(|&c| is_one_of(c, VILLAGE_PEOPLE_AND_ORGANS));
            Some((format!("{stem}嘎查"), if village_word { e + 3 } else { e + 2 }))
        })
    }

    // ---- people -------------------------------------------------------------

    /// A person's name starting at `pos`: surname + one or two characters.
    fn name_at(&self, pos: usize) -> Option<usize> {
        let c = &self.chars;
        if pos >= c.len() || !is_han(c[pos]) {
            return None;
        }
        if let Some(end) = self.dotted_name_at(pos).or_else(|| self.ethnic_name_at(pos)) {
            return Some(end);
        }
        let two: String = c[pos..(pos + 2).min(c.len())].iter().collect();
        let surname_len = if self.lex.surnames.contains(&two) { 2 } else if self.lex.surnames.contains(&c[pos].to_string()) { 1 } else { return None };
        if let Some(t) = self.seg.token_at(pos) {
            let n = t.end - t.start;
            // prefer jieba's own person-name token, unless it swallowed the next word (张伟到)
            // (刘春来 listed, 、刘春来， or 刘春来、: a name in a list ends at the list's punctuation)
            let listed = c.get(t.end) == Some(&'、') || pos > 0 && c[pos - 1] == '、' && c.get(t.end).is_some_and(|&x| is_one_of(x, ",;。"));
            if t.start == pos && t.tag.starts_with("nr") && (surname_len + 1..=surname_len + 2).contains(&n) && (!self.swallowed_next_word(t.end) || listed) {
                // 王明|芬参加: a name in jieba's dictionary one character short of the name written
                if n == surname_len + 1
                    && let Some(next) = self.seg.token_at(t.end).filter(|x| x.start == t.end && x.end == t.end + 1)
                    && (self.third_name_char(next) || self.and_ends_a_name(t.end))
                {
                    return Some(t.end + 1);
                }
                // 韦立|平到: jieba glued the given name's last character to the verb after it
                // (马生|福笑着说, 刘海|波作报告: or to a verb of speaking)
                if n == surname_len + 1
                    && let Some(next) = self.seg.token_at(t.end).filter(|x| x.start == t.end && x.end - x.start == 2)
                {
                    let (first, verb) = (c[next.start], c[next.start + 1]);
                    // (孙立|民主|持闭幕会: or to the first character of a word that follows names)
                    let follower_inside = FOLLOWER_WORDS.iter().any(|w| self.spells(next.start + 1, w));
                    // (韦显|航等: or to 等 closing a list of names)
                    // (曹存|正在主席台就座: 正 is the name's, no one sits on the rostrum "now")
                    let seated = first == '正' && self.spells(next.start + 1, "在主席台");
                    if (is_one_of(verb, "到赴在笑说作率来以等") || follower_inside) && is_name_char(first) && !is_one_of(first, NAME_FOLLOWERS) && (!is_one_of(first, "再又还都就亲正曾现") || seated) {
                        return Some(t.end + 1);
                    }
                }
                return Some(t.end);
            }
            // 关于, 和第: a function word or verb that merely starts with a surname
            let function_word = matches!(t.tag.as_str(), "p" | "c" | "d" | "u" | "r" | "m" | "q" | "f" | "t" | "ad");
            if t.start == pos && n >= 2 && n > surname_len && function_word && t.tag != "nr" {
                // 何国|强，: jieba read a surname and the first given character as a
                // pronoun; three name characters closed by punctuation are a name
                let closed_name = n == 2
                    && surname_len == 1
                    && c.get(pos + 2).is_some_and(|&x| is_name_char(x))
                    && c.get(pos + 3).is_some_and(|&x| is_one_of(x, ",、。;"));
                // 书记高新/d|介绍: a surname and one name character jieba reads as
                // a rare adverb, then a verb of speaking, are a name (a common
                // adverb is one: 相继/d|表示, 尤其/d|强调)
                let speaks_after = n == 2
                    && surname_len == 1
                    && t.tag == "d"
                    && is_name_char(c[pos + 1])
                    && ["介绍", "表示", "指出", "强调", "告诉", "说"].iter().any(|w| self.spells(t.end, w))
                    && self.seg.word_frequency(self.seg.word(t)) < 1000;
                if speaks_after {
                    return Some(t.end);
                }
                // (书记高远/d|辉/nr|出席: a rare adverb, then one name character
                // jieba reads as a name's, then a word that follows names)
                let followed_name = n == 2
                    && surname_len == 1
                    && t.tag == "d"
                    && self.seg.token_at(pos + 2).is_some_and(|x| x.start == pos + 2 && x.end == pos + 3 && x.tag.starts_with("nr"))
                    && FOLLOWER_WORDS.iter().any(|w| self.spells(pos + 3, w))
                    && self.seg.word_frequency(self.seg.word(t)) < 1000;
                if followed_name {
                    return Some(pos + 3);
                }
                if !closed_name {
                    return None;
                }
                return Some(pos + 3);
            }
        }
        let g1 = pos + surname_len;
        // 陈|和平/nz，: 和 opening a word jieba reads as a name's, closed by
        // punctuation, is the given name's first character, no conjunction
        // (程|向东/nr|出席: so is 向, no preposition, before a word that follows names)
        let given_he = g1 < c.len()
            && (c[g1] == '和' || c[g1] == '向')
            && self.seg.token_at(g1).is_some_and(|t| t.start == g1 && t.end == g1 + 2 && matches!(t.tag.as_str(), "nz" | "nr" | "nrt"))
            && (c.get(g1 + 2).is_some_and(|&x| is_one_of(x, ",、。;")) || c[g1] == '向' && FOLLOWER_WORDS.iter().any(|w| self.spells(g1 + 2, w)));
        if given_he {
            return Some(g1 + 2);
        }
        if g1 >= c.len() || !is_name_char(c[g1]) || self.swallowed_next_word(g1 + 1) {
            return None;
        }
        let after2 = g1 + 1;
        if self.and_ends_a_name(after2) {
            return Some(after2 + 1);
        }
        if after2 >= c.len() || !is_name_char(c[after2]) || self.swallowed_next_word(after2 + 1) {
            return Some(after2);
        }
        // three characters unless the one after would also continue a word
        let after3 = g1 + 2;
        if after3 >= c.len() || !is_han(c[after3]) || is_one_of(c[after3], NAME_FOLLOWERS) {
            return Some(after3);
        }
        let next_four = self.s(after2, (after2 + 4).min(c.len()));
        let title_follows = self.lex.titles.iter().any(|t| next_four.starts_with(t.as_str()));
        if title_follows {
            return Some(after2);
        }
        Some(after3)
    }

    /// Three characters right after a title whose surname the table lacks
    /// (县长妥学文陪同, 乡长和建新介绍: Hui and Naxi surnames, one a common
    /// word), closed by punctuation or a word that follows names: the
    /// surname a word of one character to jieba, the given name ending a
    /// word, and no title, pronoun, adverb or count among them.
    fn name_of_an_unknown_surname(&self, pos: usize) -> Option<usize> {
        let c = self.chars;
        let end = pos + 3;
        if end > c.len() || !c[pos..end].iter().all(|&x| is_han(x)) || self.lex.surnames.contains(&c[pos].to_string()) {
            return None;
        }
        if c[pos + 1..end].iter().any(|&x| !is_name_char(x) || is_one_of(x, NAME_FOLLOWERS)) || (pos + 1..end).any(|k| self.title_len(k) > 0) {
            return None;
        }
        let closed = c.get(end).is_some_and(|&x| is_one_of(x, ",、。;")) || FOLLOWER_WORDS.iter().any(|w| self.spells(end, w));
        let surname = self.seg.token_at(pos).filter(|t| t.start == pos && t.end == pos + 1)?;
        let given_ends_a_word = self.seg.is_word_start(pos + 1) && (end == c.len() || self.seg.is_word_start(end));
        let not_a_name_word = |t: &Token| matches!(t.tag.as_str(), "p" | "u" | "uj" | "ul" | "d" | "r" | "m" | "q" | "f" | "t" | "ad");
        // (和|大家/n一起: a common word is no given name; 学文 and 建新 are rare words)
        let given_ok = self.seg.token_at(pos + 1).is_some_and(|t| !not_a_name_word(t)) && self.seg.word_frequency(&self.s(pos + 1, end)) < 500;
        (closed && given_ends_a_word && !not_a_name_word(surname) && given_ok).then_some(end)
    }

    /// Whether 和 at `at` is a name's last character (刘永和主持会议): a
    /// conjunction is followed by what it joins, never by a verb that follows
    /// names.
    fn and_ends_a_name(&self, at: usize) -> bool {
        self.chars.get(at) == Some(&'和')
            && (FOLLOWER_WORDS.iter().any(|w| self.spells(at + 1, w)) || self.chars.get(at + 1).is_some_and(|&n| is_one_of(n, "到赴在说来作")))
    }

    /// Whether a person-name token ending at `end` took in a word that
    /// follows names: 张华说 (说 alone), 张伟强|调 (强调), but not 吴志强, or
    /// 李国强 before 主持.
    /// Whether an adverb and a word that follows names start at `pos`
    /// (某某|还到, 某某|正带领, 某某|也参加): a name may end before them.
    fn adverb_then_follower(&self, pos: usize) -> bool {
        pos + 1 < self.chars.len() && is_one_of(self.chars[pos], "正也还又都就已") && self.swallowed_next_word(pos + 2)
    }

    fn swallowed_next_word(&self, end: usize) -> bool {
        let c = self.chars;
        let last = c[end - 1];
        if !is_one_of(last, NAME_FOLLOWERS) {
            return false;
        }
        // (not where the rest of the follower is the start of a longer word
        // jieba reads after the name: 郑立强|调研, not 郑立|强调|研)
        let splits_the_next_word = |w: &&str| self.seg.token_at(end).is_some_and(|t| t.start == end && t.end > end - 1 + w.chars().count());
        is_one_of(last, STANDALONE_FOLLOWERS) || FOLLOWER_WORDS.iter().any(|w| self.spells(end - 1, w) && !splits_the_next_word(w))
    }

    /// The one-character token after a two-character name is its third
    /// character when it is no word of its own (芬/zg in 王明芬参加, not 在, 一,
    /// 说, 还) and a word that follows names, or punctuation, comes next.
    fn third_name_char(&self, next: &crate::segment::Token) -> bool {
        let c = self.chars;
        let x = c[next.start];
        // jieba tags given-name characters v too (建, 超), so only the verbs that follow names are excluded
        // 元 is tagged m for the currency, but is a given name's character as often (王明|元致辞)
        let after = next.end;
        // (an adverb before punctuation modifies nothing: 杨立|刚/d|，)
        let adverb_closed = next.tag == "d" && c.get(after).is_some_and(|&a| is_one_of(a, ",、;。"));
        // (or a verb of two characters or more: 林海|平|进行了座谈)
        let verb_after = self.seg.token_at(after).is_some_and(|t| t.start == after && t.end - t.start >= 2 && t.tag == "v");
        // (刚 is an adverb to jieba, 赵立|刚/d|指出, but after a title and two
        // name characters it is the name's: 立刚 and 志刚 are common given names)
        let given_gang = x == '刚' && (verb_after || FOLLOWER_WORDS.iter().any(|w| self.spells(after, w)));
        // (年, 月 and 日 are tagged m too, but closed by punctuation after a
        // name they are the name's: 主任吴松|年，, 市领导朴光|日、; and so
        // before a verb of speech, which no date opens: 局长朴光|日|介绍)
        let year_closed = is_one_of(x, "年月日") && (c.get(after).is_some_and(|&a| is_one_of(a, ",、;。")) || verb_after);
        let function = matches!(next.tag.as_str(), "p" | "c" | "u" | "uj" | "ul" | "d" | "r" | "m" | "q" | "f" | "t" | "y" | "e") && x != '元' && !adverb_closed && !given_gang && !year_closed;
        let ends = after >= c.len() || !is_han(c[after]) || is_one_of(c[after], NAME_FOLLOWERS) || verb_after;
        is_name_char(x)
            && !function
            && !is_one_of(x, SINGLE_VERBS)
            && !is_one_of(x, STANDALONE_FOLLOWERS)
            && !is_one_of(x, "再又还都就亲正曾现也")
            && !self.swallowed_next_word(after)
            && ends
    }

    /// A Tibetan or Mongolian name: one to four known parts (次仁多吉, 格桑卓玛,
    /// 巴特尔), at most eight characters, ending where a name ends (before
    /// punctuation or a word that follows names).
    fn ethnic_name_at(&self, pos: usize) -> Option<usize> {
        let c = self.chars;
        let parts = &self.lex.ethnic_name_parts;
        let mut end = pos;
        let mut part = String::with_capacity(16);
        for _ in 0..4 {
            let next = (2..=5).rev().map(|len| end + len).find(|&e| {
                part.clear();
                part.extend(c.get(end..e).unwrap_or_default());
                e - pos <= 8 && e <= c.len() && parts.contains(&part)
            });
            match next {
                Some(e) => end = e,
                None => break,
            }
        }
        // (or an adverb before such a word: 岩温|正带领, 巴特尔|也参加)
        // A name of two or more parts may also end where jieba starts a word
        // (仁青才让|多次到): two listed parts in a row are rarely anything else.
        let two_parts = end - pos >= 4 && self.seg.token_at(end).is_some_and(|t| t.start == end);
        let ends_at = |end: usize| end == c.len() || !is_han(c[end]) || self.swallowed_next_word(end + 1) || self.adverb_then_follower(end);
        // (才让|太, 仁青|加: a listed ending of one character may close the name,
        // where a name's end follows it)
        if end > pos && end < c.len() && !ends_at(end) && parts.contains(c[end].encode_utf8(&mut [0; 4]) as &str) && ends_at(end + 1) {
            return Some(end + 1);
        }
        (end > pos && (ends_at(end) || two_parts)).then_some(end)
    }

    /// A transliterated name whose parts are joined by a middle dot
    /// (Uyghur, Kazakh, foreign names: 某某尔·某某提): Han runs of at most
    /// six characters each, the last ending before a character that follows
    /// names (陪同, 主持, punctuation). Such names need no known surname.
    fn dotted_name_at(&self, pos: usize) -> Option<usize> {
        const MAX_PART: usize = 6;
        let c = &self.chars;
        let run_end = |from: usize| (from..c.len().min(from + MAX_PART + 1)).find(|&i| !is_han(c[i])).unwrap_or(c.len().min(from + MAX_PART + 1));
        let first_end = run_end(pos);
        if first_end - pos > MAX_PART || !c.get(first_end).is_some_and(|&d| is_name_dot(d)) {
            return None;
        }
        let mut end = first_end;
        while c.get(end).is_some_and(|&d| is_name_dot(d)) && c.get(end + 1).is_some_and(|&h| is_han(h)) {
            let part_start = end + 1;
            let mut part_end = part_start;
            // (的 is the possessive after the name: 某某·买买提的庭院)
            while part_end < c.len() && is_han(c[part_end]) && !is_one_of(c[part_end], NAME_FOLLOWERS) && c[part_end] != '的' && part_end - part_start < MAX_PART {
                part_end += 1;
            }
            if part_end == part_start {
                break;
            }
            end = part_end;
        }
        (end > first_end).then_some(end)
    }

    fn push_person(&mut self, start: usize, end: usize, official: bool, rule: &'static str) -> usize {
        self.push_staff(start, end, official, None, rule)
    }

    fn push_staff(&mut self, start: usize, end: usize, official: bool, employer: Option<usize>, rule: &'static str) -> usize {
        let name = self.s(start, end);
        self.push(start, end, Reference::Person { name: name.to_owned(), official, employer }, rule)
    }

    /// [organisation][title](、[organisation][title])*[name]: 市委常委、统战部副部长王小红.
    fn officials(&mut self) {
        // the titles leftmost-longest, read off the longest title at each position
        let mut hits: Vec<(usize, usize)> = Vec::new();
        let mut at = 0;
        while at < self.chars.len() {
            match usize::from(self.title_len_at[at]) {
                0 => at += 1,
                len => {
                    hits.push((at, at + len));
                    at += len;
                }
            }
        }
        self.elected_officials(&hits);
        self.removed_officials(&hits);
        self.profiled_officials();
        self.chiefs_after_their_posts(&hits);
        for &(ts, te) in &hits {
            // title followed by a name
            if let Some(ne) = self.name_at(te).or_else(|| self.name_of_an_unknown_surname(te)) {
                if self.seg.token_at(te).is_some_and(|t| t.start < te) && !self.name_across_a_place_word(ts, te, ne) {
                    continue; // the title is the head of a longer word
                }
                // a company post never makes an official (rule 23): 有限公司总装车间主任王小军
                if let Some(employer) = self.employer_before(ts) {
                    if !self.covered_by_person(te, ne) {
                        self.push_staff(te, ne, false, Some(employer), "company-post");
                    }
                    continue;
                }
                let person = self.push_person(te, ne, true, "title-name");
                self.chain_posts(person);
                // 副市长A、B: further names sharing the title
                // (副县长A、B和C出席: 和 or 及 before the last; a word following
                // names or punctuation closes each)
                let mut pos = ne;
                while pos < self.chars.len() && is_one_of(self.chars[pos], "、和及") {
                    let last_item = self.chars[pos] != '、';
                    // 陈某、温泉街道办事处主任: a place or an organisation begins the next item, not a name
                    let region_next = self.out.iter().any(|x| x.start == pos + 1 && !matches!(x.reference, Reference::Person { .. }));
                    // (every item: 李向东、武汉东湖新技术开发区…, a place's name read as a
                    // name, goes on into a word)
                    let closed = |e2: usize| self.chars.get(e2).is_none_or(|&c| !is_han(c) || is_one_of(c, NAME_FOLLOWERS));
                    match self.name_at(pos + 1) {
                        // (a dotted or an ethnic name may be longer: 某某古丽·买买提, 沙马阿牛)
                        Some(e2) if self.title_len(pos + 1) == 0 && (e2 - pos <= 4 || self.chars[pos + 1..e2].iter().any(|&c| is_name_dot(c)) || self.ethnic_name_at(pos + 1) == Some(e2)) && !region_next && closed(e2) => {
                            let p2 = self.push_person(pos + 1, e2, true, "title-name-list");
                            let shared: Vec<PostRef> = self.posts.iter().filter(|p| p.person == person).cloned().collect();
                            self.posts.extend(shared.into_iter().map(|p| PostRef { person: p2, ..p }));
                            pos = e2;
                        }
                        _ => break,
                    }
                    if last_item {
                        break;
                    }
                }
                continue;
            }
            // name followed by 总书记/同志 (王小明总书记)
            let title = self.s(ts, te);
            if title == "总书记" && ts >= 2 {
                for len in [3, 2] {
                    if ts >= len && self.name_at(ts - len) == Some(ts) {
                        let p = self.push_person(ts - len, ts, true, "name-title");
                        self.posts.push(PostRef { person: p, title: title.to_owned(), at: ts, org_end: ts, org: Some(OrgRef { region: Some(RegionRef::National), body: lexicons().central_committee.clone() }) });
                        break;
                    }
                }
            }
        }
    }

    /// 县长武立新: jieba read the title's last character and the surname as
    /// a place (县|长武/ns|立新), so the name starts inside a word. It is a
    /// name when the text writes it again on its own (武立新带领…): 全市|长江|大保护
    /// reads 江大保 after 市长 once and never again.
    fn name_across_a_place_word(&self, ts: usize, te: usize, ne: usize) -> bool {
        let Some(t) = self.seg.token_at(te) else { return false };
        if !(ts < t.start && t.end > te && t.tag == "ns") {
            return false;
        }
        let name = self.s(te, ne);
        self.occurrences(&name).any(|at| at != te && self.seg.is_word_start(at))
    }

    /// 县委副书记、县级河长韩志刚: the chief of a river or forest (河长制, 林长制),
    /// a duty an official takes on, written last in a chain of posts. It is
    /// no post, but the name after it is the official the posts before are
    /// for ([`Ctx::chain_posts`] passes over it).
    fn chiefs_after_their_posts(&mut self, hits: &[(usize, usize)]) {
        for at in 1..self.chars.len() {
            if self.chars[at - 1] != '、' || !hits.iter().any(|&(_, te)| te == at - 1) {
                continue;
            }
            let Some(role) = CHIEF_ROLES.iter().find(|r| self.spells(at, r)) else { continue };
            let name_start = at + role.chars().count();
            if let Some(ne) = self.name_at(name_start)
                && !self.covered_by_person(name_start, ne)
            {
                let person = self.push_person(name_start, ne, true, "title-chief-name");
                self.chain_posts(person);
            }
        }
    }

    /// Elections and appointments, where the name comes before its post:
    /// 选举王小军为某县人民政府县长, 任命李小红为县财政局局长, 王小军当选为县长.
    fn elected_officials(&mut self, hits: &[(usize, usize)]) {
        const BEFORE_NAME: [&str; 8] = ["选举", "补选", "任命", "聘任", "推选", "提名", "决定任命", "批准"];
        const AFTER_NAME: [&str; 2] = ["当选", "为"];
        for &(ts, te) in hits {
            // the post ends its clause: 为县长。 (not 为县长助理, not 为县长的)
            if self.chars.get(te).is_some_and(|&c| is_han(c) && c != '等') {
                continue;
            }
            // 为 (or 当选) at most twenty characters before the title, the organisation between
            let Some((link_start, org_start)) = (ts.saturating_sub(20)..ts).rev().find_map(|k| {
                AFTER_NAME.iter().find(|w| self.spells(k, w)).map(|w| (k, k + w.chars().count()))
            }) else {
                continue;
            };
            // 当选为: the name is before 当选
            let link_start = if link_start >= 2 && self.spells(link_start - 2, "当选") { link_start - 2 } else { link_start };
            let org_text = self.s(org_start, ts);
            if org_text.contains(['，', '。', '、', ',']) || (!org_text.is_empty() && parse_region_prefix(&org_text).is_none() && parse_org(&org_text).is_none()) {
                continue;
            }
            // 孙立|文为: jieba may glue the given name's last character to 为
            // (or read as a word of its own: 陈立/nr|刚/d|为, where the verb of
            // electing opens the name)
            let opened_by_verb = |k: usize| BEFORE_NAME.iter().any(|v| k >= v.chars().count() && self.spells(k - v.chars().count(), v));
            let glued_to_link = |k: usize| {
                self.name_at(k) == Some(link_start - 1)
                    && is_name_char(self.chars[link_start - 1])
                    && self.seg.token_at(link_start - 1).is_some_and(|t| t.start == link_start - 1 && (t.end == link_start + 1 || t.end == link_start && link_start - k == 3 && opened_by_verb(k)))
            };
            // (王海涛为: 海涛 is a name too, 海 a surname; the one the verb of
            // appointing opens, or a list, is the name meant)
            let names: Vec<usize> = (2..=4).filter_map(|len| link_start.checked_sub(len)).filter(|&k| self.name_at(k) == Some(link_start) || glued_to_link(k)).collect();
            let opened = |k: usize| opened_by_verb(k) || (k > 0 && is_one_of(self.chars[k - 1], "、,;"));
            let Some(name_start) = names.iter().copied().find(|&k| opened(k)).or(names.first().copied()) else { continue };
            // 选举甲为县长、乙为副县长 (or ，乙为…; ；乙为…): a list item after an election
            let listed = name_start > 0
                && is_one_of(self.chars[name_start - 1], "、,;")
                && self.out.last().is_some_and(|c| c.rule == "elected-name" && name_start - c.end <= 24);
            // 选举甲、乙、丙为县委常委: the names listed before share the post
            // when the verb of electing opens the list
            let mut sharing = vec![(name_start, link_start)];
            while let Some(&(first, _)) = sharing.last()
                && first > 0
                && self.chars[first - 1] == '、'
                // (the longest name that ends there: 李明辉, not 明辉)
                && let Some(k) = (2..=4).rev().filter_map(|len| (first - 1).checked_sub(len)).find(|&k| self.name_at(k) == Some(first - 1))
            {
                sharing.push((k, first - 1));
            }
            let list_start = sharing.last().map_or(name_start, |&(k, _)| k);
            // (or a list after the election before: 选举甲为县委书记，乙、丙为县委副书记)
            let after_an_election = list_start > 0
                && is_one_of(self.chars[list_start - 1], ",;")
                && self.out.last().is_some_and(|c| c.rule == "elected-name" && list_start - c.end <= 24);
            if sharing.len() == 1 || !(opened_by_verb(list_start) || after_an_election) {
                sharing.truncate(1);
            }
            let elected = listed || self.spells(link_start, "当选") || opened_by_verb(name_start) || sharing.len() > 1;
            if !elected || self.out.iter().any(|c| c.start < link_start && name_start < c.end) {
                continue;
            }
            let title = self.s(ts, te);
            for &(from, to) in sharing.iter().rev() {
                // (a name found already, 陈某 of a list before, still takes the post)
                let person = self.person_or_push(from, to, "elected-name");
                let org = self.post_org(&org_text, &title, None);
                self.posts.push(PostRef { person, title: title.to_owned(), at: org_start, org_end: ts, org });
            }
        }
    }

    /// 某某被选派到某村担任驻村第一书记, 某某担任县委副书记: a person named
    /// earlier in the clause holds the posts written after 担任 (not 曾担任,
    /// 原担任, 将担任 or 拟担任: a post held before, or not yet).
    fn posts_taken_up(&mut self) {
        for at in self.occurrences("担任").collect::<Vec<_>>() {
            if at > 0 && is_one_of(self.chars[at - 1], "曾原将拟") {
                continue;
            }
            let Some(chain_end) = self.chain_of_titles_from(at + 2) else { continue };
            let (clause_start, _) = self.clause_around(at, at);
            let found = (0..self.out.len()).filter(|&i| self.out[i].start >= clause_start && self.out[i].end <= at && matches!(self.out[i].reference, Reference::Person { .. })).max_by_key(|&i| self.out[i].end);
            // (or a name opening the clause right before 担任: 2021年，王某某担任…)
            let person = match found {
                Some(i) => i,
                None if self.name_at(clause_start) == Some(at) && !self.inside_a_candidate(clause_start, at) => self.push_person(clause_start, at, true, "taken-up-name"),
                None => continue,
            };
            let before = self.posts.len();
            self.chain_posts_ending(person, chain_end);
            if self.posts.len() > before
                && let Reference::Person { official, .. } = &mut self.out[person].reference
            {
                *official = true;
            }
        }
    }

    /// A candidate's profile (任前公示, 干部简介): 张某某，男，汉族，1978年6月出生，
    /// …，现任某县委常委、组织部部长，拟任…: the paragraph opens with the
    /// name and sex, and the posts after 现任 are held now (拟任, the post
    /// proposed, is not yet).
    fn profiled_officials(&mut self) {
        for at in self.occurrences("现任").collect::<Vec<_>>() {
            let ps = self.text.paragraph_start(at);
            let Some(ne) = self.name_at(ps) else { continue };
            let sex = self.s(ne, (ne + 3).min(self.chars.len()));
            if !(sex == ",男," || sex == ",女," || self.covered_by_person(ps, ne)) || self.inside_a_candidate(ps, ne) {
                continue;
            }
            let Some(chain_end) = self.chain_of_titles_from(at + 2) else { continue };
            let person = self.person_or_push(ps, ne, "profile-name");
            self.chain_posts_ending(person, chain_end);
        }
    }

    /// Where the chain of posts written from `start` ends (at the first
    /// character no chain holds, as [`Self::chain_posts_ending`] reads it
    /// leftwards), when it holds a title.
    fn chain_of_titles_from(&self, start: usize) -> Option<usize> {
        let end = (start..self.chars.len()).find(|&i| !(is_han(self.chars[i]) || is_one_of(self.chars[i], "、()"))).unwrap_or(self.chars.len());
        self.title_len_at.get(start..end)?.iter().any(|&l| l > 0).then_some(end)
    }

    /// The person candidate at exactly `start..end`, else a new official's.
    fn person_or_push(&mut self, start: usize, end: usize, rule: &'static str) -> usize {
        match self.out.iter().position(|c| c.start == start && c.end == end && matches!(c.reference, Reference::Person { .. })) {
            Some(i) => i,
            None => self.push_person(start, end, true, rule),
        }
    }

    /// 免去某某(同志)的某县财政局局长职务: the person removed from a post is
    /// an official, who holds it no longer (so no post is given).
    fn removed_officials(&mut self, hits: &[(usize, usize)]) {
        for at in self.occurrences("免去").collect::<Vec<_>>() {
            let start = at + 2;
            let Some(end) = self.name_at(start) else { continue };
            let rest = self.s(end, (end + 3).min(self.chars.len()));
            let of = if rest.starts_with("同志的") { 3 } else if rest.starts_with('的') { 1 } else { continue };
            // a title then 职务 within the clause
            let duty = hits.iter().find(|&&(ts, te)| ts >= end + of && ts <= end + of + 20 && self.spells(te, "职务"));
            if duty.is_some() && !self.covered_by_person(start, end) && !self.inside_a_candidate(start, end) {
                self.push_person(start, end, true, "removed-name");
            }
        }
    }

    /// An enterprise named shortly before a title (with at most a department
    /// between), or 该公司 right before it.
    fn employer_before(&self, title_start: usize) -> Option<usize> {
        let window_start = title_start.saturating_sub(12);
        // (and no body or place between owns the title: 某公司董事长甲、县委办公室主任乙)
        let between_ok = |from: usize| {
            self.chars[from..title_start].iter().all(|&c| is_han(c) || c == '、')
                && !self.out.iter().any(|b| b.start >= from && b.end <= title_start && matches!(b.reference, Reference::Body(_) | Reference::Region(_)))
        };
        let found = self
            .out
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(&c.reference, Reference::Named { class: Class::Enterprise, .. }))
            .filter(|(_, c)| c.end <= title_start && c.end >= window_start && between_ok(c.end))
            .max_by_key(|(_, c)| c.end)
            .map(|(i, _)| i);
        if found.is_some() {
            return found;
        }
        // 该公司总经办主任: the enterprise named last before
        let before = self.s(window_start, title_start);
        if let Some(p) = before.rfind("该公司") {
            let at = window_start + before[..p].chars().count();
            return self
                .out
                .iter()
                .enumerate()
                .filter(|(_, c)| matches!(&c.reference, Reference::Named { class: Class::Enterprise, .. }) && c.end <= at)
                .max_by_key(|(_, c)| c.end)
                .map(|(i, _)| i);
        }
        None
    }

    /// Code points of the longest title (of at most eight) starting at `pos`; 0 when none does.
    fn title_len(&self, pos: usize) -> usize {
        let len = usize::from(self.title_len_at.get(pos).copied().unwrap_or(0));
        if len <= 8 { len } else { 0 }
    }

    /// Parse the chain of posts written before `title_start` … `name`.
    fn chain_posts(&mut self, person: usize) {
        self.chain_posts_ending(person, self.out[person].start);
    }

    /// Parse the chain of posts that ends at `name_start` for `person`
    /// (written before the name, or after 现任 in a profile).
    fn chain_posts_ending(&mut self, person: usize, name_start: usize) {
        // the chain runs left until punctuation other than 、 and (), or
        // another person's name (市长某某与某某市人民委员会主席某某)
        let mut s = name_start;
        while s > 0 && name_start - s < 40 {
            let c = self.chars[s - 1];
            if s < name_start && self.covered_by_person(s - 1, s) {
                break;
            }
            if is_han(c) || c == '、' || c == '(' || c == ')' {
                s -= 1;
            } else {
                break;
            }
        }
        // split into items at 、
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut a = s;
        for i in s..name_start {
            if self.chars[i] == '、' {
                items.push((a, i));
                a = i + 1;
            }
        }
        items.push((a, name_start));
        // (a chief's duty written last is no post: 县委副书记、县级河长|某某)
        if items.len() > 1 && items.last().is_some_and(|&(a, b)| CHIEF_ROLES.contains(&self.s(a, b))) {
            items.pop();
        }
        // each item: [org][title]; keep the trailing run of items that have titles
        let mut parsed: Vec<(usize, usize, String)> = Vec::new(); // (org start, org end, title)
        for &(a, b) in items.iter().rev() {
            let item = self.s(a, b);
            let Some(title) = Lexicons::longest_suffix(&self.lex.titles, &item) else { break };
            let org_end = b - title.chars().count();
            parsed.push((a, org_end, title.to_owned()));
        }
        parsed.reverse();
        let mut previous: Option<OrgRef> = None;
        for (at, org_end, title) in parsed {
            if let Some((village_at, org, mention_end)) = self.village_post_org(at, org_end, &title) {
                previous = Some(org.clone());
                self.posts.push(PostRef { person, title, at: village_at, org_end: mention_end, org: Some(org) });
                continue;
            }
            // 厦门市挂职临夏州委常委: on secondment from one place to the
            // other, the post is in the place after 挂职
            let at = (at..org_end.saturating_sub(1)).rev().find(|&k| self.spells(k, "挂职")).map_or(at, |k| k + 2);
            // junk before the organisation (会议由市委常委, 据县乡村振兴局局长): keep its
            // longest tail that names a region, else its longest parseable one
            // (统战部 after 市委常委、, which takes the region before it)
            // (the 区 of 社区, 小区, 景区 is no district: 东关社区党委书记)
            let tails = || (at..org_end).filter(|&k| !(k > at && self.chars[k] == '区' && is_one_of(self.chars[k - 1], "社小景"))).map(|k| (k, self.s(k, org_end)));
            let (at, org_text) = tails()
                .find(|(_, t)| parse_region_prefix(t).is_some() || parse_org(t).is_some_and(|o| o.region.is_some()))
                .or_else(|| tails().find(|(_, t)| parse_org(t).is_some()))
                .unwrap_or((org_end, ""));
            let mut org = self.post_org(&org_text, &title, previous.as_ref());
            if org.is_none() && org_text.is_empty() && previous.is_none() {
                org = self.body_of_the_same_post_before(at, &title);
            }
            // (written nowhere here: the post's organisation has no mention of its own)
            let mut at = at;
            if org.is_none() {
                org = self.body_of_the_official_listed_before(org_end);
                if org.is_some() {
                    at = org_end;
                }
            }
            if org.is_some() {
                previous = org.clone();
            }
            // 汉台区委书记, 某镇党委书记: the committee is written half in the
            // title, and its mention is 汉台区委, not the region alone (汉台),
            // which would become the committee's alias
            let org_end = match committee_in_title(&title) {
                Some(n) if at < org_end && org.as_ref().is_some_and(|o| o.body.ends_with('委') || o.body == "党组") => org_end + n,
                _ => org_end,
            };
            if ["区领导", "市领导", "县领导", "负责人"].contains(&title.as_str()) {
                continue;
            }
            self.posts.push(PostRef { person, title, at, org_end, org });
        }
    }

    /// 副主任甲、乙及秘书长丙: a post joined by 及 or 和 to an official's
    /// is in the body of the post written before that official's name.
    fn body_of_the_official_listed_before(&self, title_start: usize) -> Option<OrgRef> {
        let joint = title_start.checked_sub(1).filter(|&j| is_one_of(self.chars[j], "及和"))?;
        let person = self.out.iter().position(|c| c.end == joint && matches!(c.reference, Reference::Person { official: true, .. }))?;
        self.posts.iter().rev().find(|p| p.person == person)?.org.clone()
    }

    /// 主任某某主持会议，副主任甲、乙出席: a deputy's (or another holder's)
    /// bare title is in the body where the same sentence named the post
    /// before (主任 of 县人大常委会 → 副主任 of it).
    fn body_of_the_same_post_before(&self, at: usize, title: &str) -> Option<OrgRef> {
        fn base(t: &str) -> &str {
            t.trim_start_matches(['副', '常', '务'])
        }
        let sentence_start = self.text.sentence_start(at);
        let same = self.posts.iter().rev().filter(|p| p.at >= sentence_start && p.at < at).find(|p| base(&p.title) == base(title))?;
        same.org.clone()
    }

    /// A post in a village's party branch or committee, whose village is the
    /// one named last (村 is no gazetteer region): 村党支部书记 and
    /// 某某村党支部书记 keep the branch in the title, as a town's 党委书记
    /// does (rule 19); 村委会主任 and 村监委会主任 are 主任 of that committee.
    /// Returns where the organisation's mention starts, the organisation and
    /// where its mention ends.
    fn village_post_org(&self, at: usize, org_end: usize, title: &str) -> Option<(usize, OrgRef, usize)> {
        let before = self.s(at, org_end);
        let village = |body: &str| OrgRef { region: Some(RegionRef::Relative('村')), body: body.to_owned() };
        if let Some(branch) = VILLAGE_BRANCHES.iter().find(|b| title.starts_with(*b)) {
            // (嘎查党支部: Inner Mongolia's village)
            let word = ["村", "嘎查"].into_iter().find(|w| before.ends_with(w))?;
            return Some((org_end - word.chars().count(), village(branch), org_end + branch.chars().count()));
        }
        // 某村第一书记 (the secretary a body sends to lead a village's party
        // work, 驻村第一书记): a post in the village itself, named just before
        if title == "第一书记" {
            let is_village = |c: &&Candidate| matches!(c.reference, Reference::Village { .. });
            let in_village = OrgRef { region: Some(RegionRef::Relative('村')), body: String::new() };
            if let Some(village) = self.out.iter().filter(is_village).find(|c| c.end == org_end) {
                return Some((village.start, in_village, org_end));
            }
            // (在某村，驻村第一书记某某: the village its sentence named before;
            // none there, no post)
            if !before.ends_with("驻村") {
                return None;
            }
            let sentence_start = self.text.sentence_start(org_end);
            let village = self.out.iter().filter(is_village).filter(|c| c.start >= sentence_start && c.end + 2 <= org_end).max_by_key(|c| c.start)?;
            return Some((village.start, in_village, village.end));
        }
        if !matches!(title, "主任" | "副主任") {
            return None;
        }
        let committee = VILLAGE_COMMITTEES.iter().find(|c| before.ends_with(*c))?;
        let body = committee.strip_prefix("嘎查").or_else(|| committee.strip_prefix('村'))?;
        Some((org_end - committee.chars().count(), village(body), org_end))
    }

    /// The organisation of one post in a chain (CONVENTIONS rules 15, 18–20).
    fn post_org(&self, org_text: &str, title: &str, previous: Option<&OrgRef>) -> Option<OrgRef> {
        let lex = self.lex;
        if lex.committee_titles.contains(title) {
            // 区委书记 in 利州区委书记: the committee of the region written before it
            // (工委书记: a zone's working committee, written without 党)
            let committee = ["党工委", "工委"].into_iter().find(|c| title.starts_with(c)).unwrap_or("委");
            let rel = title.chars().next().filter(|c| is_one_of(*c, COMMITTEE_LEVELS));
            // 省委常委、市委书记: the post before is of another level, and lends no region
            let prefix = parse_region_prefix(org_text);
            let region = prefix
                .as_ref()
                .map(|(r, _)| rel.map_or(r.clone(), |level| at_level(r.clone(), level)))
                .or_else(|| previous.and_then(|p| p.region.clone()).filter(|r| rel.is_none_or(|level| of_level(r, level))))
                .or(rel.map(RegionRef::Relative))?;
            // (钦州|港片区党工委书记: an area named after the place, whose committee
            // it is, stays in the name, as it does before 管委会)
            let area: String = prefix.map_or(String::new(), |(_, len)| org_text.chars().skip(len).collect());
            let body = if rel.is_none() && area.chars().count() >= 2 && area.chars().all(is_han) { format!("{area}{committee}") } else { committee.to_owned() };
            return Some(OrgRef { region: Some(region), body });
        }
        if let Some(org) = parse_org(org_text) {
            // 巩昌镇党委书记: the post is in the town's party committee
            if org.body.is_empty() && org.region.is_some() {
                for committee in COMMITTEE_HEADS {
                    if title.starts_with(committee) {
                        return Some(OrgRef { region: org.region, body: committee.to_owned() });
                    }
                }
            }
            if org.region.is_none() {
                // 统战部, 办公室 or 政法委 after 市委常委: an organ of the committee before it
                if let Some(p) = previous {
                    let organ_of_committee = org.body.ends_with('部') || matches!(org.body.as_str(), "办公室" | "政法委" | "政法委员会");
                    let body = if p.body.ends_with('委') && organ_of_committee {
                        format!("{}{}", p.body, org.body)
                    } else {
                        org.body.clone()
                    };
                    return Some(OrgRef { region: p.region.clone(), body });
                }
                return None;
            }
            return Some(org);
        }
        if lex.head_of_government_titles.contains(title) {
            let rel = title.trim_start_matches(['副', '代', '常', '务']).chars().next()?;
            // 克拉玛依市委副书记、市长: with no region written, the one of the post before (rule 15)
            let region = match parse_region_prefix(org_text) {
                Some((r, _)) => at_level(r, rel),
                None => previous
                    .and_then(|p| p.region.clone())
                    .filter(|r| org_text.is_empty() && matches!(r, RegionRef::Named(_)))
                    .map_or(RegionRef::Relative(rel), |r| at_level(r, rel)),
            };
            return Some(OrgRef { region: Some(region), body: String::new() });
        }
        if org_text.is_empty() {
            // 县委常委、纪委书记: the discipline commission (or a zone's 党工委) of
            // the region before, not the committee itself; a bureau's 党组 and
            // 党委 stay the bureau's (局长、党组书记, rule 20)
            if let Some(p) = previous
                && p.region.is_some()
                && let Some(committee) = ["纪委", "党工委"].iter().find(|c| title.starts_with(**c))
            {
                return Some(OrgRef { region: p.region.clone(), body: (*committee).to_owned() });
            }
            return previous.cloned();
        }
        None
    }

    /// 区领导王小军、李红…出席 (and 州领导, 旗领导): officials listed without posts.
    fn leader_lists(&mut self) {
        let c = self.chars;
        let last = c.len().saturating_sub(4);
        let starts: Vec<usize> = self
            .occurrences("领导")
            .filter(|&j| {
                // 区领导 (the level before the word) or 领导 after a non-Han character
                let levelled = j >= 1 && j - 1 <= last && matches!(c[j - 1], '区' | '市' | '县' | '省' | '州' | '旗' | '盟');
                // (and 领导 a word of its own: 领导班子成员 are no names)
                let own_word = self.seg.token_at(j).is_some_and(|t| t.end == j + 2);
                own_word && (levelled || (j <= last && (j == 0 || !is_han(c[j - 1]))))
            })
            .map(|j| j + 2)
            .collect();
        for start in starts {
            let mut pos = start;
            while let Some(e) = self.name_at(pos) {
                // 领导干部带头: a common word, not a name; nor a dictionary
                // phrase jieba tags as one, running past the name (应邀出席/nr)
                let phrase = self.seg.token_at(pos).is_some_and(|t| t.start == pos && t.end > e && self.seg.in_dictionary(t));
                // (but a name listed after another may open with one: 张海军、乌云其木格)
                let listed_after_a_name = pos > start && self.ethnic_name_at(pos) == Some(e);
                // (and a word jieba read in a name's first characters, 范志|强、 or
                // 欧阳|丽主持, is no common word when the name runs past it to the
                // list's 、 or a word that follows names)
                let word_inside_name = e < c.len()
                    && self.seg.token_at(pos).is_some_and(|t| t.start == pos && t.end < e)
                    && (c[e] == '、' || self.swallowed_next_word(e + 1));
                if (self.starts_with_common_word(pos) && !listed_after_a_name && !word_inside_name) || phrase {
                    break;
                }
                if !self.covered_by_person(pos, e) {
                    self.push_person(pos, e, true, "leader-list");
                }
                if e < c.len() && c[e] == '、' {
                    pos = e + 1;
                } else {
                    break;
                }
            }
        }
    }

    /// 记者 王小红, 通讯员 李明: bylines and photo credits.
    fn bylines(&mut self) {
        let c = self.chars;
        for role in ["见习记者", "记者", "通讯员", "实习生", "摄影", "摄"] {
            let n = role.chars().count();
            let mut next_free = 0;
            let found: Vec<usize> = self.occurrences(role).collect();
            for i in found {
                // one role word is read once: the next may start where it ends
                if i < next_free {
                    continue;
                }
                next_free = i + n;
                let mut pos = i + n;
                loop {
                    while pos < c.len() && c[pos] == ' ' {
                        pos += 1;
                    }
                    let Some(e) = self.name_at(pos) else { break };
                    // a byline name is followed by a separator, never by more text
                    let e = self.byline_name_end(pos, e);
                    if !self.covered_by_person(pos, e) {
                        self.push_person(pos, e, false, "byline");
                    }
                    pos = e;
                    if pos < c.len() && (c[pos] == '、' || c[pos] == ' ') {
                        pos += 1;
                        if self.s(pos, (pos + 3).min(c.len())).starts_with("通讯员") {
                            break;
                        }
                    } else {
                        break;
                    }
                }
            }
        }
    }

    /// (李红 王小军): two or three names in brackets at the end of a report.
    fn bracketed_bylines(&mut self) {
        let c = self.chars;
        for i in 0..c.len() {
            if c[i] != '(' {
                continue;
            }
            let Some(close) = (i + 1..(i + 16).min(c.len())).find(|&k| c[k] == ')') else { continue };
            let inner = self.s(i + 1, close);
            let names: Vec<&str> = inner.split([' ', '、']).filter(|n| !n.is_empty()).collect();
            if names.len() < 2 || names.iter().any(|n| !(2..=3).contains(&n.chars().count())) {
                continue;
            }
            let mut pos = i + 1;
            let mut spans = Vec::new();
            for n in &names {
                let len = n.chars().count();
                while c[pos] == ' ' || c[pos] == '、' {
                    pos += 1;
                }
                if self.name_at(pos).is_none() {
                    spans.clear();
                    break;
                }
                spans.push((pos, pos + len));
                pos += len;
            }
            for (s, e) in spans {
                if !self.covered_by_person(s, e) {
                    self.push_person(s, e, false, "byline-brackets");
                }
            }
        }
    }

    /// In bylines names end at a space, bracket or the next role word.
    fn byline_name_end(&self, start: usize, guess: usize) -> usize {
        let c = self.chars;
        let mut e = start;
        while e < c.len() && is_han(c[e]) && e - start < 4 {
            if self.s(e, (e + 3).min(c.len())).starts_with("通讯员") || self.s(e, (e + 2).min(c.len())) == "记者" || (e - start >= 2 && self.swallowed_next_word(e + 1)) {
                break;
            }
            e += 1;
        }
        // four characters closed by a separator: a compound surname or a
        // minority name (欧阳晓明, 乌兰托娅)
        let closed = e - start == 4 && c.get(e).is_none_or(|&x| is_one_of(x, ") 、,。\n"));
        if e - start >= 2 && e - start <= 3 || closed { e } else { guess }
    }

    /// 华兴电器广元有限公司综合部张明, 董事长张三: staff named after their employer.
    fn staff(&mut self) {
        let employers: Vec<(usize, usize, usize)> = self
            .out
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(&c.reference, Reference::Named { class: Class::Enterprise, .. }))
            .map(|(i, c)| (i, c.start, c.end))
            .collect();
        // 某某集团|有限公司总经理: the group inside the full name is dropped
        // later as nested, so the staff belong to the full name
        let nested = |&(i, s, e): &(usize, usize, usize)| employers.iter().any(|&(j, s2, e2)| j != i && s2 <= s && e <= e2 && (s2, e2) != (s, e));
        let mut employers: Vec<(usize, usize, bool)> = employers.iter().filter(|x| !nested(x)).map(|&(i, _, e)| (i, e, false)).collect();
        // 合作社理事长某某, 该公司总经理某某: the cooperative or company named
        // last before, written again by its kind alone
        for kind in ["合作社", "公司"] {
            let n = kind.chars().count();
            let found: Vec<usize> = self.occurrences(kind).collect();
            for at in found {
                // (or after a preposition: 某某与公司副总裁某某座谈)
                let at_clause_start = at == 0 || !is_han(self.chars[at - 1]) || is_one_of(self.chars[at - 1], "与同向") || (at >= 2 && self.chars[at - 1] == '该' && (at == 1 || !is_han(self.chars[at - 2])));
                let named_before = self
                    .out
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.end <= at && matches!(&c.reference, Reference::Named { class: Class::Enterprise, name, .. } if name.ends_with(kind)))
                    .max_by_key(|(_, c)| c.end)
                    .map(|(i, _)| i);
                if at_clause_start && let Some(i) = named_before {
                    employers.push((i, at + n, true));
                }
            }
        }
        for (employer, end, by_kind) in employers {
            let mut pos = end;
            // an optional department and role: 综合部, 成车装配部经理, 董事长
            const ROLES: [&str; 24] = [
                "部", "处", "科", "室", "车间", "董事长", "总经理", "经理", "厂长", "负责人", "员工", "职工", "主任", "部长", "技术员", "工人", "行长", "理事长", "社长",
                // (副总裁, 执行董事, 技术总监)
                "总裁", "董事", "总监", "总工程师", "创始人",
            ];
            for len in (1..=9).rev() {
                let e = pos + len;
                if e <= self.chars.len() {
                    let w = self.s(pos, e);
                    // (a chain of posts: 党委书记、董事长)
                    if ROLES.iter().any(|s| w.ends_with(s)) && w.chars().all(|c| is_han(c) || c == '、') && !w.starts_with('、') {
                        pos = e;
                        break;
                    }
                }
            }
            // right after the name, with no role between, a common word that
            // starts with a surname is no person (…生产基地|项目, …公司|方面)
            // (a kind written alone needs its role: 公司|王某 is no one's staff)
            if let Some(e) = self.name_at(pos)
                && !self.covered_by_person(pos, e) && self.chars.get(e).is_none_or(|&c| is_one_of(c, NAME_FOLLOWERS))
                && !(pos == end && (by_kind || self.starts_with_common_word(pos)))
            {
                self.push_staff(pos, e, false, Some(employer), "staff");
                // 技术总监甲、执行董事乙: a chain of staff of the same company,
                // each with a role of its own
                let mut at = e;
                while self.chars.get(at) == Some(&'、') {
                    let role_end = (2..=6).rev().map(|len| at + 1 + len).find(|&re| {
                        re <= self.chars.len() && self.chars[at + 1..re].iter().all(|&c| is_han(c)) && ROLES.iter().any(|r| r.chars().count() >= 2 && self.s(at + 1, re).ends_with(r))
                    });
                    let Some(next) = role_end.and_then(|re| self.name_at(re).map(|ne| (re, ne))) else { break };
                    let (re, ne) = next;
                    // (an official after a body's post, 、县政协主任乙, was found before)
                    if self.covered_by_person(re, ne) || !self.chars.get(ne).is_none_or(|&c| is_one_of(c, NAME_FOLLOWERS)) {
                        break;
                    }
                    self.push_staff(re, ne, false, Some(employer), "staff");
                    at = ne;
                }
            }
        }
        // villagers and other people introduced by a role word
        let c = self.chars;
        const PEOPLE_ROLES: [&str; 19] = [
            "村民", "脱贫户", "贫困户", "老板", "负责人", "董事长", "总经理", "村支书", "党支部书记", "社长", "大户", "种植户", "养殖户",
            "农户", "带头人", "创业青年", "志愿者", "网格员", "干部",
        ];
        for role in PEOPLE_ROLES {
            let n = role.chars().count();
            let found: Vec<usize> = self.occurrences(role).filter(|&i| i + n < c.len()).collect();
            for i in found {
                let mut at = i + n;
                // 村民张某、李某某正在…: the role covers the names listed after it
                while let Some(e) = self.name_at(at) {
                    // 干部任用: a common word, not a name; 干部包抓|重点项目: nor one
                    // whose last character opens a word of the dictionary
                    let runs_into_word = self.seg.token_at(e - 1).is_some_and(|t| t.start == e - 1 && t.end > e && self.seg.in_dictionary(t));
                    if self.starts_with_common_word(at) || runs_into_word {
                        break;
                    }
                    // (向 is also "towards": 村民向记者介绍; but 村民向|玉兰/nr 说 names her)
                    let given_name_tagged = self.seg.token_at(at + 1).is_some_and(|t| t.start == at + 1 && t.end == e && t.tag.starts_with("nr"));
                    let ambiguous = self.lex.ambiguous_surnames.contains(&self.chars[at].to_string()) && !given_name_tagged;
                    let place = self.out.iter().any(|x| x.start == at && matches!(x.reference, Reference::Region(_)));
                    // 干部包村、驻村: a verb and the unit it is done in, no one's name
                    let verb_and_unit = e - at == 2 && is_one_of(c[at + 1], "村组户乡镇片");
                    // 长教村民宿集群项目: a role word inside a project's or company's
                    // name (村|民宿) introduces no one
                    // (nor does a listed item opening a company's name: 董事长某某、仲景|宛西制药股份有限公司)
                    let inside_a_name = self.out.iter().any(|x| (x.start <= i || x.start <= at && e < x.end) && e <= x.end && matches!(x.reference, Reference::Named { .. } | Reference::Body(_)));
                    if ambiguous || place || verb_and_unit || inside_a_name || (at > i + n && (e - at > 3 || self.title_len(at) > 0)) {
                        break;
                    }
                    if !self.covered_by_person(at, e) {
                        self.push_person(at, e, false, "role-name");
                    }
                    if e < c.len() && c[e] == '、' {
                        at = e + 1;
                    } else {
                        break;
                    }
                }
            }
        }
    }

    /// Whether the would-be name at `start` begins a word of two or more
    /// characters in jieba's dictionary that jieba tags as no name (项目,
    /// 方面, 任用, 干部带头): a common word starting with a surname.
    fn starts_with_common_word(&self, start: usize) -> bool {
        self.seg.token_at(start).is_some_and(|t| t.start == start && t.end - t.start >= 2 && self.seg.in_dictionary(t) && !t.tag.starts_with("nr"))
    }

    /// A person named once with a title is the same person when the name
    /// comes again bare (会后，赵明远先后到…).
    fn repeated_names(&mut self) {
        let mut seen: Vec<(String, bool)> = Vec::new();
        for c in &self.out {
            if let Reference::Person { name, official, .. } = &c.reference
                && name.chars().count() >= 2 && !seen.iter().any(|(n, _)| n == name)
            {
                seen.push((name.clone(), *official));
            }
        }
        for (name, official) in seen {
            let k = name.chars().count();
            let found: Vec<usize> = self.occurrences(&name).collect();
            for i in found {
                if self.covered_by_person(i, i + k) {
                    continue;
                }
                // a whole name, not the start of a longer one
                let before_ok = i == 0 || !is_han(self.chars[i - 1]) || self.seg.is_word_start(i);
                // (or the segmenter reads the name as one word: 韩立明|察看)
                let one_word = self.seg.token_at(i).is_some_and(|t| t.start == i && t.end == i + k);
                let after_ok = self.chars.get(i + k).is_none_or(|&c| !is_name_char(c) || is_one_of(c, NAME_FOLLOWERS))
                    || self.adverb_then_follower(i + k)
                    || one_word
                    || VISIT_FOLLOWERS.iter().any(|w| self.spells(i + k, w));
                if before_ok && after_ok {
                    self.push(i, i + k, Reference::Person { name: name.clone(), official, employer: None }, "repeated-name");
                }
            }
        }
    }

    /// Other person names jieba tags `nr` whose surname is in the table.
    fn tagged_persons(&mut self) {
        let tokens: Vec<(usize, usize, String)> = self
            .seg
            .tokens
            .iter()
            .filter(|t| t.tag == "nr" && (2..=3).contains(&(t.end - t.start)))
            .map(|t| (t.start, t.end, self.seg.word(t).to_owned()))
            .collect();
        // 韦|建华 (nr, nz): a surname jieba cut from a given name it knows as
        // a word, a name when it comes twice and a verb or idiom follows
        // each time (…的韦建华|回到…。韦建华|挨家挨户…)
        let split: Vec<(usize, usize, String)> = self
            .seg
            .tokens
            .windows(2)
            .filter(|w| w[0].tag == "nr" && w[0].end - w[0].start == 1 && w[1].start == w[0].end && w[1].end - w[1].start == 2)
            .filter(|w| matches!(w[1].tag.as_str(), "nz" | "nr" | "nrfg" | "n"))
            .filter(|w| self.lex.surnames.contains(&self.chars[w[0].start].to_string()))
            .map(|w| (w[0].start, w[1].end, self.s(w[0].start, w[1].end).to_owned()))
            .collect();
        // a real name in running text starts after punctuation or a particle
        let opens_cleanly = |s: usize| s == 0 || !is_han(self.chars[s - 1]) || is_one_of(self.chars[s - 1], "的和与及了、");
        let verb_after = |e: usize| self.seg.token_at(e).is_some_and(|t| t.start == e && (t.tag.starts_with('v') || matches!(t.tag.as_str(), "i" | "p" | "d")));
        let split_names: Vec<(usize, usize, String)> = split
            .iter()
            .filter(|(_, _, word)| {
                let at: Vec<(usize, usize)> = split.iter().filter(|(_, _, w)| w == word).map(|&(s, e, _)| (s, e)).collect();
                at.len() >= 2 && at.iter().all(|&(s, e)| verb_after(e) && opens_cleanly(s))
            })
            .cloned()
            .collect();
        for (s, e, word) in split_names {
            if !self.covered_by_person(s, e) && !self.inside_a_candidate(s, e) && !self.lex.generic_names.contains(&word) {
                self.push_person(s, e, false, "jieba-nr-split");
            }
        }
        for (s, e, word) in tokens {
            if self.covered_by_person(s, e) || self.inside_a_candidate(s, e) {
                continue;
            }
            if self.name_at(s) != Some(e) || self.lex.ambiguous_surnames.contains(&self.chars[s].to_string()) {
                continue;
            }
            let before = s.checked_sub(1).map(|i| self.chars[i]);
            let after = self.chars.get(e).copied();
            // a real name in running text stands between punctuation or verbs
            let clean_edges = opens_cleanly(s) && after.is_none_or(|c| is_one_of(c, NAME_FOLLOWERS) || c == '是');
            let rest = self.s(e, (e + 3).min(self.chars.len()));
            let speaks = ["说", "表示", "介绍", "告诉", "坦言", "笑着", "感慨"].iter().any(|v| rest.starts_with(v));
            let occurrences = self.occurrences(&word).take(2).count();
            // 。某某某从山沟里搬出来: a name opening a sentence, its verb or
            // preposition next, once is enough if it is three characters of a
            // known surname and not a dictionary word (the dictionary's nr
            // words are the famous, the fictional and mistagged ones: 黄金周);
            // the cheap conditions first, the dictionary lookup last
            let subject = e - s == 3
                && before.is_none_or(|c| is_one_of(c, "。!?\n"))
                && self.lex.surnames.contains(&self.chars[s].to_string())
                && self.seg.token_at(e).is_some_and(|t| t.start == e && matches!(t.tag.as_str(), "p" | "d" | "v" | "c"))
                && self.seg.token_at(s).is_some_and(|t| !self.seg.in_dictionary(t));
            if (clean_edges && (speaks || occurrences >= 2) || subject) && !self.lex.generic_names.contains(&word) {
                self.push_person(s, e, false, "jieba-nr");
            }
        }
    }

    // ---- organisations -------------------------------------------------------

    /// 市扶贫办, 利州区委, 县农业农村局, 高新区重点项目建设办公室, 党中央.
    /// Where 政协 opens the name of a conference whose region starts at `s`
    /// (政协|某县委员会, 政协第十届|某县委员会).
    fn cppcc_opening_before(&self, s: usize) -> Option<usize> {
        let c = self.chars;
        let mut at = s;
        if at >= 1 && c[at - 1] == '届' {
            let numerals = (0..at - 1).rev().take_while(|&i| is_one_of(c[i], "一二三四五六七八九十")).count();
            let ordinal = at - 1 - numerals;
            if numerals == 0 || ordinal == 0 || c[ordinal - 1] != '第' {
                return None;
            }
            at = ordinal - 1;
        }
        (at >= 2 && self.spells(at - 2, "政协")).then_some(at - 2)
    }

    fn bodies(&mut self) {
        let c = self.chars;
        let n = c.len();
        // national bodies by lexicon
        let m = &*MATCHERS;
        for &(start, end, i) in &self.occurrences.national {
            let org = OrgRef { region: Some(RegionRef::National), body: m.national_canonical[i as usize].clone() };
            self.out.push(Candidate { start, end, reference: Reference::Body(org), rule: "national-body" });
        }
        // prefix positions: region mentions, zone references and relative characters at word starts
        let mut starts: Vec<usize> = self
            .out
            .iter()
            .filter(|c| matches!(c.reference, Reference::Region(RegionRef::Named(_) | RegionRef::Zone(_))))
            .map(|c| c.start)
            .collect();
        let mut market_words = Vec::new();
        for i in 0..n {
            // a pattern, not is_one_of: this runs at every character
            if matches!(c[i], '省' | '市' | '县' | '区' | '州' | '旗' | '盟') && self.relative_prefix_ok(i) {
                let word = self.seg.token_at(i).filter(|t| t.start == i).map(|t| self.seg.word(t)).unwrap_or("");
                if NOT_PREFIX_WORDS.contains(&word) {
                    continue;
                }
                if word.starts_with("市场") {
                    market_words.push(i);
                }
                starts.push(i);
            }
            if c[i] == '中' && c.get(i + 1) == Some(&'央') && !self.out.iter().any(|x| x.start == i) {
                starts.push(i);
            }
            // 自治区人民政府: the autonomous region's own (parse_region_prefix)
            if c[i] == '自' && self.spells(i, "自治区") && self.relative_prefix_ok(i) {
                starts.push(i);
            }
            // 地区林业和草原局: a prefecture's (地区's) own, written alone as a
            // sentence's or a clause's first word (not 贫困地区, 各地区)
            if c[i] == '地' && self.spells(i, "地区") && (i == 0 || !is_han(c[i - 1])) {
                starts.push(i);
            }
        }
        starts.sort_unstable();
        starts.dedup();
        let mut taken_until = 0;
        for s in starts {
            if s < taken_until {
                continue;
            }
            // 应对 and 为 do occur in bodies' names; conjunctions and particles do not
            // (nor the verbs of an official's doings: 市长某某正带领市农业农村局…,
            // 市长某某代表市人民政府…)
            let clean_until = (s..n)
                .find(|&i| {
                    !(is_han(c[i]) || c[i] == '(' || c[i] == ')')
                        || (is_one_of(c[i], "的和与及、是了") && !self.and_inside_body_name(i))
                        || ["带领", "率领", "陪同", "主持", "出席", "代表"].iter().any(|v| self.spells(i, v))
                        // (an adverb jieba knows as one, 区委|坚决/ad|支持配合…巡视组: a body's doings)
                        || self.seg.token_at(i).is_some_and(|t| t.start == i && t.end - t.start >= 2 && t.tag == "ad")
                })
                .unwrap_or(n);
            // 市发展改革委联合市财政局: the verb joining two bodies ends the first
            let joined = (s + 1..(s + 20).min(clean_until)).find_map(|i| self.body_end_before_joining_verb(i));
            let limit = (s + 20).min(clean_until).min(joined.unwrap_or(n));
            // 区人民政府|作|政府工作报告: a lone verb or preposition is never inside a body's name
            // (nor a modal: 某县|要|做好某某水电站…, what the county is to do)
            let lone_verb = (s..limit).find(|&i| is_one_of(c[i], "作向对在为把将给让要应须") && self.seg.token_at(i).is_some_and(|t| t.start == i && t.end == i + 1));
            // the longest span from s that parses as an organisation ending in a body suffix
            let mut best: Option<(usize, OrgRef)> = None;
            for e in (s + 1..=limit).rev() {
                // a body suffix must end here and leave room for a region before it
                let suffix = usize::from(self.body_suffix_len_before[e]);
                if suffix == 0 || e - suffix < s + 1 {
                    continue;
                }
                // (the segmenter may glue a modal to the suffix: 委要|会同)
                if !self.seg.is_word_start(e) && e < n && !self.body_may_end_inside_word(e) && joined != Some(e) {
                    continue;
                }
                if lone_verb.is_some_and(|v| v < e) {
                    continue;
                }
                // 美丽乡村中心|村: a central village, a kind of village, not a centre
                if self.spells(e, "村") && self.spells(e - 2, "中心") {
                    continue;
                }
                // 某村光伏电站项目: a facility a project builds, not a body
                if self.spells(e, "项目") {
                    continue;
                }
                // 衢州市委市政府: the committee and the government, two bodies
                if e >= s + 5 && c[e - 4] == '委' && is_one_of(c[e - 3], REGION_LEVELS) && self.spells(e - 2, "政府") {
                    continue;
                }
                // 县政府中心工作: the 中心 of 中心工作 (the main task) is no body's, and
                // a 中心 or 站 being built or rebuilt (县行政中心改造工程, 某村污水处理站建设现场) is a building
                // (but 林业站工作人员 are the station's staff)
                let centre = e >= s + 2 && self.spells(e - 2, "中心");
                if (centre || self.chars[e - 1] == '站') && ["工作", "改造", "建设", "项目", "工程"].iter().any(|w| self.spells(e, w) && (centre || *w != "工作")) {
                    continue;
                }
                // 在州民族文化中心开幕: a 中心 where a meeting is held is a venue
                if e >= s + 2 && self.spells(e - 2, "中心") && ["开幕", "举行", "召开", "闭幕", "举办", "签订", "签约", "签署"].iter().any(|w| self.spells(e, w)) {
                    continue;
                }
                // 共建寿光蔬菜种业创新中心: a 中心 still to be built is no body yet
                if e >= s + 2 && self.spells(e - 2, "中心") && s >= 2 && ["共建", "筹建", "打造", "新建", "建设"].iter().any(|w| self.spells(s - 2, w)) {
                    continue;
                }
                let span = self.s(s, e);
                if let Some(org) = parse_org(&span)
                    && org.region.is_some() && !org.body.is_empty() && self.body_ok(&org.body)
                {
                    best = Some((e, org));
                    break;
                }
            }
            if let Some((e, mut org)) = best {
                // 政协盘山县委员会 (政协第十届某县委员会常务委员会): the county's
                // 政协, not a county 委员会
                let mut s = s;
                if let Some(rest) = org.body.strip_prefix("委员会")
                    && let Some(opening) = self.cppcc_opening_before(s)
                {
                    org.body = format!("政协{rest}");
                    s = opening;
                }
                // 河东店镇柳林村党支部: the branch of the village, not a body of the town
                if let Some(v) = self.out.iter().filter(|v| matches!(v.reference, Reference::Village { .. }) && v.start > s && v.end < e).max_by_key(|v| v.end)
                    && VILLAGE_BRANCHES.contains(&self.s(v.end, e))
                {
                    org = OrgRef { region: Some(RegionRef::Relative('村')), body: self.s(v.end, e).to_owned() };
                    s = v.start;
                }
                self.listed_bodies(e, &org);
                if market_words.contains(&s) {
                    // 市场监督管理局: 市 is the body's own first character, the region is implied
                    org.body = format!("市{}", org.body);
                }
                let covered_by_person = self.covered_by_person(s, e);
                // 某某大学|三亚海洋研究院: a university's institute, no body (rule 5)
                let of_a_university = s >= 2 && (self.spells(s - 2, "大学") || self.spells(s - 2, "学院"));
                // 县融媒体中心: a newsroom, no body (rule 5)
                if !covered_by_person && !self.lex.is_media(&org.body) && !of_a_university {
                    self.push(s, e, Reference::Body(org), "body-pattern");
                    taken_until = e;
                }
            }
        }
    }

    /// 高新区党工委、管委会: a bare body after 、 shares the region of the one before.
    fn listed_bodies(&mut self, mut end: usize, org: &OrgRef) {
        const SHARED: [&str; 6] = ["人民政府", "管委会", "人大常委会", "政府", "政协", "纪委"];
        while end < self.chars.len() && self.chars[end] == '、' {
            let rest = self.s(end + 1, (end + 6).min(self.chars.len()));
            let Some(body) = SHARED.iter().find(|b| rest.starts_with(*b)) else { return };
            let s = end + 1;
            let e = s + body.chars().count();
            self.push(s, e, Reference::Body(OrgRef { region: org.region.clone(), body: (*body).to_owned() }), "body-list");
            end = e;
        }
    }

    /// A body name may end before a title that jieba glued to it (市委常委).
    fn body_may_end_inside_word(&self, e: usize) -> bool {
        // (or before 等, which it may glue to the suffix too: 县自然资源|局等|部门)
        // (or before 原 and a title, a former post: 县交通运输局|原党组成员, 局原/n)
        self.title_len(e) > 0 || self.spells(e, "领导") || self.spells(e, "等") || (self.chars[e] == '原' && self.title_len(e + 1) > 0)
            // or a modal or a verb of speaking to: 县发展和改革局|要加强 (局要/v),
            // 县农业农村局|作交流发言 (局作/n)
            || ((is_one_of(self.chars[e], MODALS) || is_one_of(self.chars[e], "作向对")) && self.seg.token_at(e).is_some_and(|t| t.end == e + 1))
    }

    fn body_ok(&self, body: &str) -> bool {
        if self.lex.name_stops.contains(body) {
            return false; // 示范区开办: a verb, not a body
        }
        // 各市（区）人民政府: a bracket closed and not opened in the name ends another word
        if body.find(')').is_some_and(|close| !body[..close].contains('(')) {
            return false;
        }
        // 某市等县市区政府: the bodies of the places listed, and others, no one
        // body; nor 县市区政府 alone (of every county, city and district)
        let mut levels = body.chars().take_while(|&c| is_one_of(c, "省市县区乡镇"));
        if body.starts_with('等') || (levels.next().is_some() && levels.next().is_some()) {
            return false;
        }
        // 人大 and 政协 stand right after their region (市人大, 全国政协): a
        // phrase before them is a sentence's (为某市高质量发展贡献人大力量)
        if ["人大", "政协"].iter().any(|w| body.ends_with(w) && body != *w) {
            return false;
        }
        // a checkpoint, toll or filling station or a service point is a facility (rule 5)
        if ["检查站", "收费站", "加油站", "服务站"].iter().any(|f| body.ends_with(f)) {
            return false;
        }
        const NOT_BODIES: [&str; 15] = ["干部", "全部", "内部", "外部", "局部", "东部", "西部", "南部", "北部", "中部", "俱乐部", "总部", "部", "中心", "所"];
        if NOT_BODIES.contains(&body) || NOT_BODIES[..12].iter().any(|w| body.ends_with(w)) {
            return false;
        }
        // a meeting (十二届五次全会暨市委), a company department or a title is no body
        // (nor a document's subject: 某州关于加快建设…中心城市的意见)
        // (nor the bodies of several levels: 市县两级人大, 省市县三级党委)
        const NOT_INSIDE: [&str; 12] = ["届", "暨", "全会", "会议", "公司", "集团", "合作社", "厂", "关于", "两级", "三级", "四级"];
        if NOT_INSIDE.iter().any(|w| body.contains(w)) || body.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        if self.lex.titles.iter().any(|t| t.chars().count() >= 2 && body.ends_with(t.as_str()) && !body.ends_with("委员会")) {
            return false;
        }
        // a body name never holds a title or a verb of action
        // 挂职 (on secondment): 某市挂职某县委常委 runs over two places
        const NEVER_IN_BODY: [&str; 15] = ["召开", "主持", "出席", "参加", "调研", "督导", "考察", "察看", "开展", "落实", "书记", "领导", "挂职", "传达", "贯彻"];
        // 领导 only as 领导小组 (a task force), never 区领导
        let without_task_force = body.replace("领导小组", "");
        // 和 only inside a department's name (发展和改革)
        let stray_and = body.contains('和') && BODY_NAME_JOINS.iter().fold(body.to_owned(), |b, join| b.replace(join, "")).contains('和');
        // 主席 only as 主席团 (a presidium): 县政协主席某某代表政协… runs over a post and a name
        let stray_chair = body.contains("主席") && body.replace("主席团", "").contains("主席");
        !NEVER_IN_BODY.iter().any(|w| without_task_force.contains(w)) && !body.contains('的') && !stray_and && !stray_chair
    }

    /// 和 in 县发展和改革局, 住房和城乡建设局: part of the department's name.
    fn and_inside_body_name(&self, i: usize) -> bool {
        self.chars[i] == '和' && BODY_NAME_JOINS.iter().any(|join| i >= 2 && self.spells(i - 2, join))
    }

    /// 市 in 市扶贫办 starts a word; 市 in 城市 or 全市 does not.
    /// Whether a verb joining two bodies (会同, 联合) is written at `i`, right
    /// after a body's suffix.
    fn joining_verb_after_body(&self, i: usize) -> bool {
        self.body_end_before_joining_verb(i).is_some()
    }

    /// Where the body before a joining verb written at `i` ends: right
    /// before it, or before a modal between them (市发展改革委|要|会同).
    fn body_end_before_joining_verb(&self, i: usize) -> Option<usize> {
        if !self.lex.joining_verbs.iter().any(|v| self.spells(i, v)) {
            return None;
        }
        let end = if i > 1 && is_one_of(self.chars[i - 1], MODALS) && self.body_suffix_len_before[i - 1] > 0 { i - 1 } else { i };
        (end > 0 && self.body_suffix_len_before[end] > 0).then_some(end)
    }

    fn relative_prefix_ok(&self, i: usize) -> bool {
        let c = self.chars;
        i == 0 || !is_han(c[i - 1]) || self.seg.is_word_start(i) || is_one_of(c[i - 1], "和与及由对向在经为是的以将把被同并了该据")
    }

    /// Enterprises, projects, meetings and unquoted policies by their last word.
    fn headed_names(&mut self) {
        let m = &*MATCHERS;
        let mut places: Vec<(usize, usize)> = self.out.iter().filter(|c| matches!(c.reference, Reference::Region(_) | Reference::Village { .. })).map(|c| (c.start, c.end)).collect();
        places.sort_unstable();
        self.places_by_start = places.clone();
        places.sort_unstable_by_key(|&(s, e)| (e, s));
        self.places_by_end = places;
        let mut hits: Vec<(usize, usize, String, Class)> = Vec::new();
        for &(s, e, i) in &self.occurrences.heads {
            let (name, class) = &m.head_names[i as usize];
            hits.push((s, e, name.clone(), *class));
        }
        // the longest head at each end position wins (有限公司 over 公司)
        hits.sort_by_key(|&(s, e, _, _)| (e, s));
        let mut best_at_end: Vec<(usize, usize, String, Class)> = Vec::new();
        for h in hits {
            match best_at_end.last() {
                Some(last) if last.1 == h.1 => {}
                _ => best_at_end.push(h),
            }
        }
        for (hs, he, head, class) in best_at_end {
            // the head must end a word: 工程师 is not a 工程
            if he < self.chars.len() && !self.seg.is_word_start(he) && !self.head_ends_word(he) {
                continue;
            }
            let max = match class {
                Class::Meeting => 26,
                Class::Enterprise => 20,
                Class::Project => 30,
                _ => 16,
            };
            self.enterprise_extension = class == Class::Enterprise;
            self.branch_extension = class == Class::Enterprise && BRANCH_HEADS.contains(&head.as_str());
            // (a branch is named by its parent in full: 中国石化销售股份有限公司湖北石油分公司)
            let max = if self.branch_extension { 32 } else { max };
            self.policy_extension = class == Class::Policy;
            let mut start = self.extend_left(hs, max, class == Class::Meeting);
            self.enterprise_extension = false;
            self.policy_extension = false;
            self.branch_extension = false;
            if class != Class::Meeting {
                start = self.strip_generic_lead(start, hs);
            }
            // (全城 and 全民 are a programme's words, not a scope: 开展全城清洁行动)
            if class == Class::Policy && start >= 2 && ["全城", "全民", "全域"].iter().any(|w| self.spells(start - 2, w)) {
                start -= 2;
            }
            // 在湘|投资建设|新能源汽车零部件产业园项目, 双方将共同建设|某项目: investing
            // and building are what is done to the project, never the start of its name
            // (each alone may be: 城市建设投资集团; a plant is built as a project is:
            // 投资建设|储能电池生产基地)
            if class == Class::Project || class == Class::Enterprise && head == "生产基地" {
                // 就共建|新能源产业园项目进行洽谈: building together, opening the span, is what is done
                if self.spells(start, "共建") && start + 4 <= hs {
                    start = self.strip_generic_lead(start + 2, hs);
                }
                let span = self.s(start, hs);
                if let Some((at, verb)) = ["投资建设", "投资新建", "投资兴建", "投资实施", "共同建设", "合作建设", "联合建设"].iter().filter_map(|v| span.rfind(v).map(|p| (p, v))).max() {
                    let after = start + span[..at].chars().count() + verb.chars().count();
                    if after + 2 <= hs {
                        start = self.strip_generic_lead(after, hs);
                    }
                }
            }
            // 在原隆村|建设|葡萄种植基地: a place and a verb of building before
            // what is built are where and what is done, not part of its name
            // (a place building the head itself, 某某村建设项目, stays a name)
            if class == Class::Project
                && let Some((place_end, verb)) = self
                    .out
                    .iter()
                    .filter(|c| c.start == start && matches!(c.reference, Reference::Region(_) | Reference::Village { .. }))
                    .map(|c| c.end)
                    // a village named without its town, no candidate: 沙湾|村, 原隆村
                    .chain((start + 2..(start + 7).min(hs)).filter(|&k| is_one_of(self.chars[k], "村镇乡")).map(|k| k + 1))
                    .find_map(|end| ["建设", "新建", "兴建", "打造"].iter().find(|v| self.spells(end, v)).map(|v| (end, v)))
                && place_end + verb.chars().count() + 2 <= hs
            {
                start = self.strip_generic_lead(place_end + verb.chars().count(), hs);
            }
            if class == Class::Enterprise {
                // 10亿级产业集群定西市华兴…有限公司: the name starts at the last region inside
                // (not a bank's branch, named by the bank and its place: 中国农业银行某县支行)
                // (nor a company's: 中国石化销售股份有限公司湖北石油分公司)
                let branch_of_a_bank = |r: usize| {
                    let parent = self.s(start, r);
                    BRANCH_HEADS.contains(&head.as_str()) && (parent.ends_with("银行") || LEGAL_FORMS.iter().any(|f| parent.ends_with(f)))
                };
                if let Some(mut r) = self.out.iter().filter(|c| matches!(c.reference, Reference::Region(RegionRef::Named(_))) && c.rule == "gazetteer" && c.start > start && c.start + 2 < hs).map(|c| c.start).max()
                    && !branch_of_a_bank(r)
                    && !self.brand_opens(start, r)
                {
                    // (宁夏|西吉县农投公司: the places written one after another all open
                    // it; but a town is where it is, below)
                    let town_at = |r: usize| self.out.iter().any(|c| c.start == r && c.rule == "gazetteer" && self.s(c.start, c.end).ends_with(['镇', '乡']));
                    while !town_at(r)
                        && let Some(before) = self.out.iter().filter(|c| c.end == r && c.start >= start && matches!(c.reference, Reference::Region(RegionRef::Named(_)))).map(|c| c.start).min() {
                        r = before;
                    }
                    start = r;
                }
                // 在廉江市|广东远丰食品有限公司: a company whose name opens with the
                // province or city of the county written before it is in that county,
                // the county no part of its name
                let named_at = |c: &Candidate| match &c.reference {
                    Reference::Region(RegionRef::Named(ids)) => Some(ids.clone()),
                    _ => None,
                };
                if let Some((place_end, inner)) = self.out.iter().filter(|c| c.start == start && c.rule == "gazetteer").find_map(|c| Some((c.end, named_at(c)?)))
                    // (the short form after a county is no candidate of its own: 疏附县|广州新城)
                    && (2..=3).filter(|k| place_end + k + 2 <= hs).any(|k| {
                        let outer = gazetteer().lookup(&self.s(place_end, place_end + k));
                        !outer.is_empty() && outer.iter().all(|&(_, kind)| kind == NameKind::Short)
                            && outer.iter().any(|&(o, _)| inner.iter().any(|&i| gazetteer().is_ancestor(o, i)))
                    })
                {
                    start = place_end;
                }
                // 希望|山东某某集团: a verb opening the span before a place is what is said of
                // the company, not its name's first word (新|希望|集团 opens with no verb)
                if let Some(t) = self.seg.token_at(start)
                    && t.start == start
                    && t.tag.starts_with('v')
                    && t.end + 2 < hs
                    && self.out.iter().any(|c| c.start == t.end && matches!(c.reference, Reference::Region(RegionRef::Named(_))))
                    // (a place jieba tags as a verb opens it: 久治/v|永兴纺织有限公司)
                    && gazetteer().lookup(self.seg.word(t)).is_empty()
                {
                    start = t.end;
                }
                // 东青镇华兴塑业: a town before a company is its place, not part of its name
                if let Some(town_end) = self.out.iter().filter(|c| c.start == start && c.rule == "gazetteer" && self.s(c.start, c.end).ends_with(['镇', '乡'])).map(|c| c.end).max()
                    && hs >= town_end + 2
                {
                    start = town_end;
                }
            }
            // 在某市投资建设储能电池生产基地，计划总投资80亿元: a base or park
            // built, with its own sum, is a project named by what it is
            let built_with_sum = matches!(class, Class::Project | Class::Enterprise)
                && (head == "生产基地" || class == Class::Project && !["项目", "工程", "工地"].contains(&head.as_str()))
                && hs - start >= 2
                && start >= 2
                && PLANT_BUILDING_VERBS.iter().any(|v| self.spells(start - 2, v))
                // (…试验基地，项目总投资12亿元: the sum may be the project's by name;
                // or written before it: 投资30亿元建设储能电池生产基地)
                && (self.sum_follows(he)
                    || crate::amount::sum_after(self.chars, he, &["项目总投资", "项目计划总投资"]).is_some()
                    || crate::amount::investment_before(self.chars, start).is_some_and(|i| i.yuan.is_some()));
            // 在金寨现代产业园区|建设|某项目: after 在, the place and the verb of
            // building are where and what is done (the place need be no region)
            // (a plant to be built too: 在天长|建设|光伏组件生产基地)
            let plant = class == Class::Enterprise && head.ends_with("基地");
            let mut built_plant = false;
            if (class == Class::Project || plant) && start > 0 && self.chars[start - 1] == '在' {
                let span = self.s(start, hs);
                if let Some(after) = ["建设", "新建", "兴建", "共建", "援建", "筹建", "打造"].iter().filter_map(|v| span.find(v).map(|b| start + span[..b].chars().count() + v.chars().count())).min()
                    && after + 2 <= hs
                {
                    start = after;
                    built_plant = plant;
                }
            }
            // (在某区某镇|建设|中药饮片智能化生产基地: the town already cut off above)
            if plant
                && let Some(verb) = PLANT_BUILDING_VERBS.iter().find(|v| self.spells(start, v))
                && start + verb.chars().count() + 2 <= hs
                && self.places_by_end.iter().any(|&(_, e)| e == start)
            {
                start += verb.chars().count();
                built_plant = true;
            }
            // 项目有佳时特…: the verb 有 glued to the name by the segmenter
            if self.chars[start] == '有' && hs > start + 4 && !["有色", "有限", "有机"].contains(&self.s(start, start + 2)) {
                start += 1;
            }
            if hs - start < 2 {
                continue;
            }
            // 某村梯田保护与旅游开发项目: works of a kind joined to others a place
            // opens are one project of that place, named whole
            if class == Class::Project && start >= 3 && is_one_of(self.chars[start - 1], "与和及") && !self.has_proper_word(start, hs) {
                let joint = start - 1;
                let first_start = self.strip_generic_lead(self.extend_left(joint, 14, false), joint);
                let place_opens = self.place_ends_from(first_start).any(|e| e + 2 <= joint);
                // (or a proper name, a project's own, written with its sum:
                // 巴陵石化己内酰胺产业链搬迁与升级转型发展项目，该项目总投资155亿元)
                let own_sum = crate::amount::sum_after(self.chars, he, &["该项目总投资", "项目总投资", "总投资"]).is_some();
                let proper_opens = own_sum && joint >= first_start + 4 && self.has_proper_word(first_start, joint) && !self.out.iter().any(|c| c.end == joint);
                if place_opens && self.names_a_kind(start, hs) || proper_opens {
                    start = first_start;
                }
            }
            // 某某有限公司茶叶精制加工厂: a unit of the company just named, not another company
            if class == Class::Enterprise && self.out.iter().any(|c| c.end == start && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. })) {
                continue;
            }
            let modifier = self.s(start, hs);
            if self.lex.generic_names.contains(modifier) || modifier.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            // 一次重要会议, 此次全会: a count or a pointer refers to a meeting and names none
            if class == Class::Meeting && MEETING_POINTERS.iter().any(|w| modifier.starts_with(w)) {
                continue;
            }
            // 全会由区委常委会主持: the standing committee presiding is the organ, no meeting
            if class == Class::Meeting && head.ends_with("常委会") && self.spells(he, "主持") {
                continue;
            }
            // 召开扩大会议: an enlarged sitting of what the headline names, no name of its own
            if class == Class::Meeting && modifier == "扩大" {
                continue;
            }
            // 布局光伏组件生产基地: a plant named by its trade alone (光伏/j is an
            // abbreviation, no name) is no company's (重工烟台生产基地 is)
            let place_inside = self.out.iter().any(|c| matches!(c.reference, Reference::Region(_)) && c.start >= start && c.end <= hs);
            if plant && !place_inside && !built_with_sum && !built_plant && self.words_all(start, hs, |t| matches!(t.tag.as_str(), "j" | "n" | "vn" | "v" | "m")) {
                continue;
            }
            // 光电企业集团: a kind of company, not a company
            if class == Class::Enterprise && ["企业", "产业", "行业"].iter().any(|w| modifier.ends_with(w)) {
                continue;
            }
            // 某新区2023年第四季度重大项目: a period's major projects are a batch, no one project
            if class == Class::Project
                && ["重大", "重点"].iter().any(|g| modifier.ends_with(g))
                && (["季度", "年度"].iter().any(|p| modifier.contains(p)) || modifier.contains('年') && modifier.contains(|c: char| c.is_ascii_digit()))
            {
                continue;
            }
            // 某产业园2026年第四批项目, 某县首批项目: a batch of projects, none named;
            // and so are the projects started or signed together (某产业园项目集中开工)
            let batch = modifier.ends_with('批') && (modifier.contains('第') || modifier.ends_with("首批"));
            let together = ["集中开工", "集中签约", "集中竣工", "集中投产"].iter().any(|w| self.spells(he, w));
            if class == Class::Project && head == "项目" && (batch || together) && !self.out.iter().any(|c| c.start >= start && c.end <= hs && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. })) {
                continue;
            }
            // 高新区重点项目, 某市某区2023年重大项目: regions and generic words name no project
            let region_end_from = |from: usize| self.out.iter().filter(|c| c.start == from && matches!(c.reference, Reference::Region(_))).map(|c| c.end).max();
            if let Some(mut region_end) = region_end_from(start) {
                while let Some(next) = region_end_from(region_end).filter(|&e| e <= hs) {
                    region_end = next;
                }
                // (but a region's own bank is named by the region: 某县农村商业银行)
                let regional_bank = class == Class::Enterprise && REGIONAL_BANKS.contains(&head.as_str());
                // (nor its company with a legal form: 某县农业发展投资有限公司, 某市城市建设投资集团有限公司)
                // (or a state farm's: 某某农场有限公司, the farm a unit the list files as a town)
                let farm = || region_end == hs && self.chars[region_end - 1] == '场' && self.out.iter().any(|c| c.end == region_end && c.rule == "gazetteer");
                let regional_company = class == Class::Enterprise && LEGAL_FORMS.contains(&head.as_str()) && (hs >= region_end + 2 || farm());
                // (and a meeting of a region's organ is named by them: 某市委常委会)
                let organs_meeting = class == Class::Meeting && self.out.iter().any(|c| c.start == start && c.end <= hs && matches!(c.reference, Reference::Body(_)));
                // (nor a park or base it builds, said of what: 蓟州国家农业科技园区)
                let regional_facility = class == Class::Project && !["项目", "工程", "工地"].contains(&head.as_str()) && hs >= region_end + 2;
                if region_end <= hs && self.strip_generic_lead(region_end, hs) + 1 >= hs && !regional_bank && !regional_company && !organs_meeting && !regional_facility {
                    continue;
                }
            }
            // a park the gazetteer names is a zone (吉安高新技术产业园区), no project
            if class == Class::Project && self.out.iter().any(|c| c.start <= start && c.end == he && matches!(c.reference, Reference::Region(_))) {
                continue;
            }
            // a project or company name holds a proper name (place, person, brand, digits):
            // 城市公园 and 农民专业合作社 name nothing
            let legal_form = LEGAL_FORMS.contains(&head.as_str()) && hs - start >= 3;
            // 中药饮片智能生产线项目 after 某某公司中药饮片智能生产线项目: the short form of a named project
            let tail_of_named = {
                let name = self.s(start, he);
                self.out.iter().any(|c| matches!(&c.reference, Reference::Named { class: Class::Project, name: n, .. } if n.ends_with(name) && *n != name))
            };
            // 生态休闲公园项目, 醋文化产业园项目: a park or industrial park to be built,
            // named by what it is, in a clause that builds or invests in it
            let facility_project = class == Class::Project
                && head == "项目"
                && hs - start >= 4
                && self.lex.project_heads.iter().any(|h| h != "项目" && without_phase(&modifier).ends_with(h.as_str()))
                && self.clause_has_works(start, he);
            // 某公司投资5.2亿元建设脐橙精深加工项目: what a sum is invested to build is a project
            let invested_project = class == Class::Project && head == "项目" && hs - start >= 4 && (investment_before(self.chars, start).is_some() || self.built_by_a_company(start));
            // 与某公司签订茶叶精深加工项目投资协议: what an agreement is signed for is a project
            let signed_project = class == Class::Project
                && head == "项目"
                && hs - start >= 4
                && (["签订", "签署", "签订了", "签署了"].iter().any(|v| start >= v.chars().count() && self.spells(start - v.chars().count(), v))
                    && ["投资协议", "合作协议", "框架协议", "协议"].iter().any(|a| self.spells(he, a))
                    // (举行动力电池生产基地项目签约仪式: or its signing ceremony, unless of a kind of project)
                    || ["签约仪式", "签约活动"].iter().any(|a| self.spells(he, a)) && !self.names_a_kind(start, hs));
            // 苹果冷链物流中心项目，总投资3.5亿元: a project with a figure of its
            // own is one, however common its words (not a kind: 重点项目总投资…;
            // nor one of two words: 动力电池项目总投资… with no company or place)
            let own_sum_project = class == Class::Project && head == "项目" && hs - start >= 5 && self.sum_follows(he) && !self.names_a_kind(start, hs);
            // (but works that build nothing are a programme, named by what it
            // does: 葡萄酒产业提质增效工程, CONVENTIONS rule 31)
            let programme_works = class == Class::Project && head == "工程" && hs - start >= 4 && !is_construction(&self.s(start, he));
            // (and a company named in full is a proper name: 世禾建材有限公司标准化厂房项目)
            let company_inside = class == Class::Project && self.out.iter().any(|c| c.start >= start && c.end <= hs && c.rule == "enterprise-suffix" && LEGAL_FORMS.iter().any(|f| self.s(c.start, c.end).ends_with(f)));
            if matches!(class, Class::Project | Class::Enterprise) && !legal_form && !tail_of_named && !facility_project && !invested_project && !signed_project && !own_sum_project && !programme_works && !company_inside && !built_with_sum && !built_plant && !self.has_proper_word(start, hs) {
                continue;
            }
            if class == Class::Meeting && (modifier.contains("有关") || modifier.contains("相关") || modifier.starts_with('多')) {
                continue;
            }
            // 上海援建莎车县项目48个: a count of the projects of a kind, none named
            if class == Class::Project && self.counted_after(he) {
                continue;
            }
            // 山海协作项目库, 某项目部, 某项目组: a pool of projects, a project's
            // office or team, no project
            if class == Class::Project && head == "项目" && self.chars.get(he).is_some_and(|&n| is_one_of(n, "库部组")) {
                continue;
            }
            // 河南某某家居产业园有限公司: a park with a legal form after it is a company's name
            if class == Class::Project && LEGAL_FORMS.iter().any(|f| self.spells(he, f)) {
                continue;
            }
            // 环保建材生产基地项目: a base or plant to be built names the project, not a company
            if class == Class::Enterprise && matches!(head.as_str(), "生产基地" | "制造厂" | "工厂" | "厂") && (self.spells(he, "项目") || self.spells(he, "工程")) {
                continue;
            }
            // weak company suffixes (电气, 实业) must end the phrase
            if class == Class::Enterprise && WEAK_SUFFIXES.contains(&head.as_str()) {
                let next = self.chars.get(he).copied().unwrap_or('。');
                let post_follows = COMPANY_POSTS.iter().any(|p| self.spells(he, p));
                if is_han(next) && !is_one_of(next, "的等和、与及在是") && !post_follows {
                    continue;
                }
            }
            // 某公司项目总指挥某某: a company's project staff, no project named
            if class == Class::Project
                && head == "项目"
                && (self.title_len(he) > 0 || COMPANY_POSTS.iter().any(|p| self.spells(he, p)))
                && self.out.iter().any(|c| c.start <= start && c.end == hs && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. }))
            {
                continue;
            }
            if class == Class::Project && PUBLIC_PLACE_HEADS.contains(&head.as_str()) && !self.clause_has_works(start, he) {
                continue;
            }
            // 项目主要建设冷链物流中心、高山蔬菜加工厂和…: the parts a project's
            // description lists are parts of it, neither companies nor projects
            // (but what a list names 项目 is one: 开工项目…主要包括甲项目、乙项目等)
            if matches!(class, Class::Enterprise | Class::Project) && head != "项目" && self.in_list_of_parts(start) {
                continue;
            }
            let mut class = class;
            // 投资800万元建设青花椒加工厂: a plant still to be built is a project, not a company yet
            if class == Class::Enterprise && (matches!(head.as_str(), "制造厂" | "工厂" | "厂") || built_with_sum || built_plant) && ["建设", "新建", "兴建", "筹建"].iter().any(|v| start >= 2 && self.spells(start - 2, v)) {
                class = Class::Project;
            }
            // (works with a sum of their own are built, whatever they do:
            // 某景区周边环境整治工程投资1.2亿元)
            if head == "工程" && !is_construction(&self.s(start, he)) && !self.sum_follows(he) {
                class = Class::Policy;
            }
            if class == Class::Policy && self.out.iter().any(|c| matches!(c.reference, Reference::Named { class: Class::Policy, .. }) && c.start < he && hs < c.end + 8 && c.end >= hs) {
                continue; // a quoted programme already covers it: “61713”强农工程
            }
            // 战略规划部, 计划处: a department named after what it plans is no programme
            if class == Class::Policy && self.chars.get(he).is_some_and(|&c| is_one_of(c, "部处科室司局办")) {
                continue;
            }
            if class == Class::Policy && hs - start < 3 {
                continue;
            }
            // 某某有限公司计划在某县投资…, 县政府计划…: 计划 right after whoever plans is the verb
            let planner_before = || {
                self.out.iter().any(|c| {
                    c.end == hs && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. } | Reference::Body(_) | Reference::Region(_))
                })
            };
            // (…改造工程计划投资3.8亿元: the plan is to invest, no programme)
            let plans_a_sum = || ["投资", "总投资", "用地", "建设", "新建", "完成", "于", "在"].iter().any(|w| self.spells(he, w));
            if class == Class::Policy && head == "计划" && (planner_before() || plans_a_sum()) {
                continue;
            }
            // 统一思想行动, 复工复产计划: an unquoted 行动/计划/制度 names a programme only with a proper name in it,
            // or when a verb of carrying it out or a scope opens it (实施村级集体经济提质增效行动,
            // 开展全城清洁行动, 全市优化营商环境三年行动; rule 31)
            let carried_out = matches!(head.as_str(), "行动" | "制度")
                && hs - start >= 4
                && ["实施", "开展", "启动", "推进", "深化", "落实", "推行", "全市", "全县", "全区", "全省", "全州"].iter().any(|w| start >= 2 && self.spells(start - 2, w));
            if class == Class::Policy && head != "工程" && !carried_out && !self.has_proper_word(start, hs) {
                continue;
            }
            self.push_headed(start, hs, he, &head, class);
            if class == Class::Meeting {
                self.split_meeting_scopes(start, he);
            }
            // …公园改造提升工程及生态休闲公园项目: the items before a park named by
            // what it is have heads of their own
            if class == Class::Project && !facility_project {
                self.split_project_list(start, hs, he, &head);
            }
        }
        // 某经济开发区绿色食品产业园|项目: a name read to a head right before
        // 项目, where the project read to 项目 ends there too (without the
        // zone opening it), is that project's part
        let projects: Vec<(usize, usize)> = self.out.iter().filter(|c| matches!(c.reference, Reference::Named { class: Class::Project, .. })).map(|c| (c.start, c.end)).collect();
        self.out.retain(|c| {
            !(matches!(c.reference, Reference::Named { class: Class::Project, .. })
                && self.chars[c.end..].starts_with(&['项', '目'])
                && projects.iter().any(|&(s, e)| e == c.end + 2 && c.start < s && s < c.end))
        });
    }

    /// Whether the clause around `start..end` (between punctuation) has a
    /// word of building or renewing ([`WORKS_WORDS`]).
    /// The name itself does not count: 某某项目 holds the word 项目.
    /// Whether a company named just before builds or invests in what starts
    /// at `start` (某某股份有限公司投资的|动力电池四期项目, 某公司承建的|…).
    fn built_by_a_company(&self, start: usize) -> bool {
        ["投资建设的", "投资的", "承建的", "建设的"].iter().any(|v| {
            let n = v.chars().count();
            start >= n
                && self.spells(start - n, v)
                && self.out.iter().any(|c| c.end == start - n && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. }))
        })
    }

    /// Whether `start` opens an item of the list after 主要建设 or 建设内容包括
    /// in its clause (only other items, 、 and 和 or 及 between).
    fn in_list_of_parts(&self, start: usize) -> bool {
        let (from, _) = self.clause_around(start, start);
        let before = self.s(from, start);
        let Some(at) = ["主要建设", "建设内容包括", "主要包括", "主要建有"].iter().filter_map(|w| before.rfind(w).map(|b| b + w.len())).max() else {
            return false;
        };
        let items = &before[at..];
        items.is_empty() || items.ends_with(['、', '和', '及'])
    }

    /// The clause around `start..end`: from after the punctuation before it
    /// to the punctuation after it.
    fn clause_around(&self, start: usize, end: usize) -> (usize, usize) {
        let is_break = |c: &char| is_one_of(*c, ",.;!?:，。；！？：\n");
        let from = self.chars[..start].iter().rposition(is_break).map_or(0, |i| i + 1);
        let to = self.chars[end..].iter().position(is_break).map_or(self.chars.len(), |i| end + i);
        (from, to)
    }

    fn clause_has_works(&self, start: usize, end: usize) -> bool {
        let (from, to) = self.clause_around(start, end);
        let (before, after) = (self.s(from, start), self.s(end, to));
        WORKS_WORDS.iter().any(|w| before.contains(w) || after.contains(w))
    }

    fn push_headed(&mut self, start: usize, hs: usize, he: usize, head: &str, class: Class) {
        let mut name = self.s(start, he);
        if self.lex.is_media(&name) {
            return;
        }
        // a relative organ at the start (市永达…, 县委农村工作会议) is resolved later
        let mut prefix = None;
        let mut s = start;
        if let Some(org) = self.leading_org(start, he) {
            let full_region = self.out.iter().any(|c| c.start == start && c.end == org.1 && c.rule == "gazetteer");
            prefix = Some(org.0);
            // (but one opening the name of the company that opens the project's
            // is the company's: 佛山市联动科技股份有限公司…基地项目)
            let opens_a_company = self.out.iter().any(|c| c.start == start && c.end < hs && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. }));
            // (nor one that starts a route: 某市至某市高速公路项目)
            if class == Class::Project && full_region && !opens_a_company && !self.spells(org.1, "至") {
                s = org.1; // the region before a project is its place, not its name
                // and so are the regions after it, each inside the one before
                // (海东市乐都区|某项目: the county is the place, as 乐都区 alone would be)
                let g = gazetteer();
                let mut outer = match prefix.as_ref().and_then(|o: &OrgRef| o.region.as_ref()) {
                    Some(RegionRef::Named(ids)) => ids.clone(),
                    _ => Vec::new(),
                };
                while let Some(inner) = self.out.iter().find(|c| c.start == s && c.end < hs && c.rule == "gazetteer") {
                    let Reference::Region(RegionRef::Named(ids)) = &inner.reference else { break };
                    // (城区 after 常德市 is no district of it: 城区排水防涝工程 stays whole)
                    if self.spells(inner.end, "至") || !ids.iter().any(|&i| outer.iter().any(|&o| g.is_ancestor(o, i))) {
                        break;
                    }
                    outer = ids.clone();
                    s = inner.end;
                }
                name = self.s(s, he);
            }
        } else if class == Class::Meeting && is_one_of(self.chars[start], "市县区省州旗") && self.session_number_at(start + 1) {
            // 县十八届人大五次会议, 市第九届人民代表大会: the session of the home region's congress
            prefix = Some(OrgRef { region: Some(RegionRef::Relative(self.chars[start])), body: String::new() });
        } else if class == Class::Meeting && self.spells(start, "地区") && (start == 0 || !is_han(self.chars[start - 1])) {
            // 地区林果业…推进会 in a prefecture's (地区) paper: that prefecture's meeting
            prefix = Some(OrgRef { region: Some(RegionRef::Relative('地')), body: String::new() });
        } else if class == Class::Enterprise && is_one_of(self.chars[start], "市县区省") && hs - start >= 4 {
            // 市永达机械制造有限公司: a company of the home city
            prefix = Some(OrgRef { region: Some(RegionRef::Relative(self.chars[start])), body: String::new() });
        }
        // 县经济开发区|某项目, 某县经济开发区|某项目: a zone named by its type opening a
        // project is its place, as a region written in full is
        if class == Class::Project
            && ["项目", "工程", "工地"].contains(&head)
            && let Some(zone_end) = self.out.iter().filter(|c| c.start >= start && c.end + 2 <= hs && c.rule == "zone-type" && self.opens_with_places(start, c.start)).map(|c| c.end).max()
            // (a part of the zone named by its place stays whole: 某经济技术开发区浏阳片区…项目;
            // not a company the place opens: 某经济开发区|湖北某某有限公司…项目)
            && !(self.out.iter().any(|c| c.start == zone_end && matches!(c.reference, Reference::Region(_)))
                && !self.out.iter().any(|c| c.start == zone_end && c.rule == "enterprise-suffix"))
            // (and so does the zone's own phase of works: 遵义综合保税区|二期工程)
            && !without_phase(self.s(zone_end, hs)).is_empty()
        {
            s = zone_end;
            name = self.s(s, he);
            prefix = None;
        }
        // 北票经济开发区|辽宁某某化工有限公司: a zone opening a company's name,
        // with a proper name after it, is where the company is (its own
        // company, 某高新区建设投资有限公司, is named by common words)
        if class == Class::Enterprise
            && let Some(zone_end) = self
                .out
                .iter()
                .filter(|c| c.start >= start && c.end + 2 <= hs && self.opens_with_places(start, c.start) && self.is_zone(c))
                .map(|c| c.end)
                .max()
            && self.has_proper_word(zone_end, hs)
        {
            s = zone_end;
            name = self.s(s, he);
            prefix = None;
        }
        if class == Class::Project && (he - s < head.chars().count() + 2 || hs < s) {
            return;
        }
        // 项目拟选址某高新区某产业园: the park chosen as a project's site is
        // where it goes, not works of its own
        let site_before = ["选址", "选址在", "选址于"].iter().any(|w| self.s(start.saturating_sub(3), start).ends_with(w));
        if class == Class::Project && head != "项目" && site_before {
            return;
        }
        // 某先行区重点项目, 城南新区重大项目: a place's key projects are a kind of
        // project, many of them, not one named
        if class == Class::Project && ["重点项目", "重大项目", "重点工程", "重大工程"].iter().any(|k| name.ends_with(k)) {
            return;
        }
        // 区人大常委会 is the congress's standing committee, a body, not a
        // meeting, and 州政协常委会 the political consultative conference's
        if class == Class::Meeting && head == "常委会" && hs >= 2 && (self.spells(hs - 2, "人大") || self.spells(hs - 2, "政协")) {
            return;
        }
        // 作常委会工作报告: the standing committee's report, written at a session
        if class == Class::Meeting && head == "常委会" && self.spells(he, "工作报告") {
            return;
        }
        self.push(s, he, Reference::Named { class, name: name.to_owned(), prefix }, match class {
            Class::Enterprise => "enterprise-suffix",
            Class::Project => "project-head",
            Class::Meeting => "meeting-head",
            _ => "policy-head",
        });
    }

    /// Whether the name ending at `at` is followed by its own sum (…工程|投资1.2亿元,
    /// …工程|，总投资3亿元).
    fn sum_follows(&self, at: usize) -> bool {
        crate::amount::sum_after(self.chars, at, &["计划总投资", "概算总投资", "总投资", "投资"]).is_some()
    }

    /// Whether a count of things follows `at` (项目|48个, 工程|3项, 企业|12家).
    fn counted_after(&self, at: usize) -> bool {
        let digits = self.chars[at.min(self.chars.len())..].iter().take_while(|c| c.is_ascii_digit() || is_one_of(**c, "一二三四五六七八九十百千")).count();
        digits > 0 && self.chars.get(at + digits).is_some_and(|&c| is_one_of(c, "个项家座条处"))
    }

    /// Whether `start..end` is empty, one relative character (县, 市, 区) or
    /// regions written one after another.
    fn opens_with_places(&self, start: usize, end: usize) -> bool {
        let mut pos = start;
        if end == start + 1 && is_one_of(self.chars[start], REGION_LEVELS) {
            return true;
        }
        while pos < end {
            match self.out.iter().filter(|c| c.start == pos && c.end <= end && matches!(c.reference, Reference::Region(_))).map(|c| c.end).max() {
                Some(next) => pos = next,
                None => return false,
            }
        }
        true
    }

    /// Whether a candidate is a development zone (高新区 by its type, or a zone the gazetteer lists).
    fn is_zone(&self, c: &Candidate) -> bool {
        match &c.reference {
            Reference::Region(RegionRef::Zone(_)) => true,
            Reference::Region(RegionRef::Named(ids)) => ids.iter().all(|&i| gazetteer().region(i).class == Class::DevelopmentZone),
            _ => c.rule == "zone-type",
        }
    }

    /// Whether a term's number is written at `i`: 第十八届, 十八届.
    fn session_number_at(&self, i: usize) -> bool {
        let i = if self.chars.get(i) == Some(&'第') { i + 1 } else { i };
        let digits = self.chars[i.min(self.chars.len())..].iter().take_while(|&&c| is_one_of(c, "一二三四五六七八九十")).count();
        digits > 0 && self.chars.get(i + digits) == Some(&'届')
    }

    /// Lists sharing one head give one project per item (rule 27):
    /// 地铁东站和西站工地 → 地铁东站工地; 张庄、李庄城中村改造项目 →
    /// 张庄城中村改造项目; 人民广场、文化坊项目 → 人民广场项目.
    fn split_project_list(&mut self, start: usize, hs: usize, _he: usize, head: &str) {
        let second: Vec<char> = self.chars[start..hs].to_vec();
        let mut joint_end = start;
        while joint_end >= 2 && matches!(self.chars[joint_end - 1], '和' | '、' | '及') {
            let joint = joint_end - 1;
            // 来到某某(四川)新能源科技有限公司、某公司六期项目: an item that is a
            // company named in full is that company, no project
            if let Some(company_start) = self.out.iter().filter(|c| c.end == joint && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. })).map(|c| c.start).min() {
                joint_end = company_start;
                continue;
            }
            let first_start = self.strip_generic_lead(self.extend_left(joint, 14, false), joint);
            if joint - first_start < 2 {
                return;
            }
            let first: String = self.s(first_start, joint).to_owned();
            // 某公司某项目|现场、某县花木产业园: words right after another name
            // (its site, its works) are no item of this list
            if self.out.iter().any(|c| c.end == first_start && matches!(c.reference, Reference::Named { class: Class::Project | Class::Enterprise, .. })) {
                return;
            }
            // 某县人民医院综合楼建设项目、某县第二中学教学楼项目: an item with the
            // head of its own is a whole name, read as any project is
            // (or another head of works: 某高速某段改扩建工程、某医院建设项目)
            let own_head = [head, "项目", "工程"].into_iter().find(|h| first.ends_with(h) && first.chars().count() >= h.chars().count() + 4);
            if let Some(own_head) = own_head {
                let hs_first = joint - own_head.chars().count();
                if !self.covered_by_person(first_start, joint) && self.has_proper_word(first_start, hs_first) {
                    self.push_headed(first_start, hs_first, joint, own_head, Class::Project);
                }
                joint_end = first_start;
                continue;
            }
            let last = first.chars().last().expect("non-empty");
            // the shared tail: after the character of the second item that ends the first (站),
            // else after as many characters as a short first item has, else only the head
            if self.covered_by_person(first_start, joint) || self.chars[first_start..joint].iter().any(|c| is_one_of(*c, "到赴在")) {
                return;
            }
            let ends_token = |p: usize| self.seg.token_at(start + p).is_some_and(|t| t.end == start + p + 1);
            // 准格尔旗、达拉特旗新能源基地: places listed before one head are
            // each place's works, the second's place in its name as the first's is
            // (counties, cities or towns both, not a zone and a place: 某经济开发区和某市某产业园)
            let same_level_place = |s: usize, e: Option<usize>| {
                self.out.iter().find_map(|c| match &c.reference {
                    Reference::Region(RegionRef::Named(ids)) if c.start == s && e.is_none_or(|e| c.end == e) && c.end < hs => {
                        let classes: Vec<Class> = ids.iter().map(|&i| gazetteer().region(i).class).collect();
                        let class = classes[0];
                        (matches!(class, Class::County | Class::City | Class::Town) && classes.iter().all(|&k| k == class)).then_some((class, c.end))
                    }
                    _ => None,
                })
            };
            let second_place = same_level_place(start, None);
            let first_place = same_level_place(first_start, Some(joint));
            let second_place_end = second_place.filter(|p| first_place.is_some_and(|f| f.0 == p.0)).map(|p| p.1);
            if let Some(place_end) = second_place_end.filter(|&e| !self.out.iter().any(|c| c.start >= e && c.end <= hs && matches!(c.reference, Reference::Named { class: Class::Enterprise, .. }))) {
                let tail = self.s(place_end, hs).to_owned() + head;
                let whole = self.s(start, hs).to_owned() + head;
                let he = hs + head.chars().count();
                for c in self.out.iter_mut().filter(|c| c.start == place_end && c.end == he && matches!(c.reference, Reference::Named { class: Class::Project, .. })) {
                    c.start = start;
                    c.reference = Reference::Named { class: Class::Project, name: whole.clone(), prefix: None };
                }
                self.push(first_start, joint, Reference::Named { class: Class::Project, name: format!("{first}{tail}"), prefix: None }, "project-list");
                joint_end = first_start;
                continue;
            }
            let cut = match second.iter().position(|&c| c == last).filter(|&p| ends_token(p)) {
                Some(p) => p + 1,
                None if first.chars().count() <= 3 && first.chars().count() < second.len() => first.chars().count(),
                // items that are whole names: 人民广场、文化坊项目
                None if head == "项目" && self.has_proper_word(first_start, joint) => second.len(),
                None => return,
            };
            // but a village, a company or a scenic area listed among visited
            // projects (到某村、某公司、某项目调研) is what it is, no project
            if cut == second.len() && head == "项目" && self.names_a_site_of_its_own(first_start, joint) {
                joint_end = first_start;
                continue;
            }
            // (an item ending in a head of another kind that shares nothing but
            // 项目, 某镇青稞种植基地和某镇某场项目, is a name of that head, read
            // with its own list: no item of this one, nor are those before it)
            if cut == second.len()
                && head == "项目"
                && self.lex.project_heads.iter().any(|h| !["项目", "工程"].contains(&h.as_str()) && h.chars().count() >= 2 && first.ends_with(h.as_str()) && first.chars().count() >= h.chars().count() + 2)
            {
                return;
            }
            let tail: String = second[cut..].iter().collect::<String>() + head;
            // (a region written in full before the item is its place, not its
            // name, as before any project: 某市某度假区、某项目)
            let place_end = self.out.iter().filter(|c| c.start == first_start && c.rule == "gazetteer" && c.end + 2 <= joint).map(|c| c.end).max();
            let (item_start, first) = match place_end {
                Some(e) => (e, self.s(e, joint).to_owned()),
                None => (first_start, first),
            };
            let name = format!("{first}{tail}");
            self.push(item_start, joint, Reference::Named { class: Class::Project, name, prefix: None }, "project-list");
            joint_end = first_start;
        }
    }

    /// Whether the listed item `start..end` is a place, a company or a site
    /// with its own head (甲村, 乙有限公司, 丙景区), which a shared 项目 does not
    /// make a project.
    fn names_a_site_of_its_own(&self, start: usize, end: usize) -> bool {
        let item = self.s(start, end);
        ["村", "社区", "嘎查", "景区", "景点"].iter().any(|h| item.ends_with(h))
            || self.out.iter().any(|c| {
                c.end == end
                    && c.start >= start
                    && (matches!(c.reference, Reference::Region(_)) || matches!(&c.reference, Reference::Named { class: Class::Enterprise, .. }))
            })
    }

    /// Whether `start..end` says what kind of thing it is and names none:
    /// every word generic ([`Lexicons::generic_names`]: 产业, 基础设施) or a
    /// verb or verbal noun (发展, 改造): 产业发展, 基础设施, but not 人民广场.
    fn names_a_kind(&self, start: usize, end: usize) -> bool {
        let mut pos = start;
        while pos < end {
            let Some(t) = self.seg.token_at(pos) else { return false };
            let word = self.seg.word(t);
            if t.end > end || !(self.lex.generic_names.contains(word) || matches!(t.tag.as_str(), "v" | "vn")) {
                return false;
            }
            pos = t.end;
        }
        true
    }

    /// 全国、全省和全市组织部长会议 → three meetings (rule 35).
    fn split_meeting_scopes(&mut self, start: usize, he: usize) {
        const SCOPES: [&str; 5] = ["全国", "全省", "全市", "全县", "全区"];
        let name = self.s(start, he);
        let Some(scope) = SCOPES.iter().find(|s| name.starts_with(*s)) else { return };
        let rest = &name[scope.len()..];
        let mut pos = start;
        while pos >= 3 && matches!(self.chars[pos - 1], '和' | '、' | '及') {
            let other = self.s(pos - 3, pos - 1);
            if !SCOPES.contains(&other) {
                break;
            }
            let meeting = format!("{other}{rest}");
            self.push(pos - 3, pos - 1, Reference::Named { class: Class::Meeting, name: meeting, prefix: None }, "meeting-list");
            pos -= 3;
        }
    }

    /// 县委书记范华到青禾食品有限公司调研: the company's name was read
    /// leftwards through the verb and the official's name, which are
    /// recognised only later; it starts after them.
    fn names_after_persons(&mut self) {
        let persons: Vec<(usize, usize)> = self.out.iter().filter(|c| matches!(c.reference, Reference::Person { .. })).map(|c| (c.start, c.end)).collect();
        for i in 0..self.out.len() {
            let (start, end) = (self.out[i].start, self.out[i].end);
            let Reference::Named { class: Class::Enterprise | Class::Project, .. } = self.out[i].reference else { continue };
            let Some(after) = persons.iter().filter(|&&(ps, pe)| ps >= start && pe < end).map(|&(_, pe)| pe).max() else { continue };
            let verb = ["先后到", "一行到", "到", "赴", "在", "来到", "深入"].iter().find(|v| self.spells(after, v)).map_or(0, |v| v.chars().count());
            let new_start = after + verb;
            if verb == 0 || end - new_start < 4 {
                continue;
            }
            let name = self.s(new_start, end);
            let c = &mut self.out[i];
            c.start = new_start;
            if let Reference::Named { name: n, prefix, .. } = &mut c.reference {
                *n = name.to_owned();
                *prefix = None;
            }
        }
    }

    /// Candidates of one class inside a longer one of the same class, and
    /// bodies named only inside a meeting's name, are dropped.
    /// Whether a phase of works is written at `pos` (二期, 3期).
    fn phase_at(&self, pos: usize) -> bool {
        let number = self.chars[pos..].iter().take_while(|&&c| c.is_ascii_digit() || is_one_of(c, "一二三四五六七八九十")).count();
        number > 0 && self.chars.get(pos + number) == Some(&'期')
    }

    fn drop_nested(&mut self) {
        let named = |c: &Candidate| match &c.reference {
            Reference::Named { class, .. } => Some(*class),
            _ => None,
        };
        let spans: Vec<(usize, usize, Option<Class>, bool)> = self
            .out
            .iter()
            .map(|c| (c.start, c.end, named(c), matches!(c.reference, Reference::Body(_))))
            .collect();
        let short_region: Vec<bool> = self.out.iter().map(|c| c.rule == "gazetteer-short").collect();
        let person_or_village: Vec<bool> = self.out.iter().map(|c| matches!(c.reference, Reference::Person { .. } | Reference::Village { .. })).collect();
        let is_person: Vec<bool> = self.out.iter().map(|c| matches!(c.reference, Reference::Person { .. })).collect();
        let village: Vec<bool> = self.out.iter().map(|c| matches!(c.reference, Reference::Village { .. })).collect();
        let national: Vec<bool> = self.out.iter().map(|c| c.rule == "national-body").collect();
        let mut keep = vec![true; self.out.len()];
        // a span holding another starts at most the longest span's length
        // before the other's end: look only there, not at every span
        let mut by_start: Vec<usize> = (0..spans.len()).collect();
        by_start.sort_by_key(|&j| spans[j].0);
        let longest = spans.iter().map(|&(s, e, ..)| e.saturating_sub(s)).max().unwrap_or(0);
        for (i, &(s, e, class, body)) in spans.iter().enumerate() {
            let first = by_start.partition_point(|&j| spans[j].0 + longest < e);
            let last = by_start.partition_point(|&j| spans[j].0 <= s);
            for &j in &by_start[first..last.max(first)] {
                let (s2, e2, class2, body2) = spans[j];
                if i == j || !(s2 <= s && e <= e2) || (s2, e2) == (s, e) {
                    continue;
                }
                // a body never holds a person's name: 区长韩远达作政府 is a
                // title, a name and a verb before 政府
                if body2 && is_person[i] {
                    keep[j] = false;
                }
                if class.is_some() && class == class2 {
                    keep[i] = false;
                }
                // a central organ inside another's name (the Central Committee in
                // its general office's or politburo's) is part of it, as 某县委 is
                // of 某县委组织部
                if national[i] && national[j] {
                    keep[i] = false;
                }
                // a short region name inside a person's (符|秀英, 白|玉林) or a
                // village's name (安溪|村, of another province's 安溪县) names no region
                if short_region[i] && person_or_village[j] {
                    keep[i] = false;
                }
                if body && class2 == Some(Class::Meeting) && s >= s2 {
                    keep[i] = false;
                }
                // 某区|农产品冷链物流中心 built, with no post in it: the centre
                // is a project after its place, no body of that place
                if body2 && class == Some(Class::Project) && e == e2 && s > s2 && self.opens_with_places(s2, s) && self.title_len(e2) == 0 {
                    keep[j] = false;
                }
                // a centre whose phase of works is the project (某某处理中心|二期项目)
                // is a facility built, no body
                if body && class2 == Some(Class::Project) && e < e2 && self.phase_at(e) {
                    keep[i] = false;
                }
                // a body read off the places before a village and its branch
                // written with 村 (某县某镇余村|村党支部) is that branch, the post's
                if body2 && village[i] && s2 < s && self.s(e, e2).strip_prefix('村').is_some_and(|b| VILLAGE_BRANCHES.contains(&b)) {
                    keep[j] = false;
                }
                // a park whose administrative committee the body is (某航空产业园区|管委会)
                // is the area it administers, no project built
                if body2 && class == Some(Class::Project) && e < e2 && ["管委会", "管理委员会"].iter().any(|w| self.s(e, e2) == *w) {
                    keep[i] = false;
                }
                // nor inside a company's (宁夏某某研究院|有限公司: the institute is the company)
                if body && class2 == Some(Class::Enterprise) && e < e2 {
                    keep[i] = false;
                }
                // a base whose works a project's name goes on with (某地锂电池生产基地|二期项目),
                // or a plant whose phase is the project (某县城污水处理厂|二期工程), is the
                // facility built, no company
                if class == Some(Class::Enterprise) && class2 == Some(Class::Project) && e < e2 {
                    let name = self.s(s, e);
                    if name.ends_with("基地") || name.ends_with('厂') && self.phase_at(e) {
                        keep[i] = false;
                    }
                }
                // nor a programme by its head (中国化学|工程|集团有限公司: the company's words)
                if class == Some(Class::Policy) && class2 == Some(Class::Enterprise) && self.chars[s] != '《' && self.chars[s] != '“' {
                    keep[i] = false;
                }
                // nor by a head the project's name goes on after (环某湖截污治污工程|提质增效项目:
                // the works are the project's words)
                if class == Some(Class::Policy) && class2 == Some(Class::Project) && e < e2 && self.chars[s] != '《' && self.chars[s] != '“' {
                    keep[i] = false;
                }
                // a meeting or project named inside a document's title is part of the title
                if matches!(class, Some(Class::Meeting | Class::Project | Class::Enterprise)) && class2 == Some(Class::Policy) && self.chars[s2] == '《' {
                    keep[i] = false;
                }
                // and a project opening a programme's name is the programme's
                // words (县级领导包联重点项目|制度: leaders assigned to projects),
                // as is one inside a quoted programme (“美丽乡村建设工程”)
                if class == Some(Class::Project) && class2 == Some(Class::Policy) && (s == s2 || (s == s2 + 1 && self.chars[s2] == '“')) {
                    keep[i] = false;
                }
            }
        }
        // 王某某仔细询问项目建设进度: an official (found after the projects) at
        // the start of a project's span is the sentence's subject; the words
        // up to the head are what he does, no project's name
        let officials: Vec<(usize, usize)> = self.out.iter().filter(|c| matches!(c.reference, Reference::Person { official: true, .. })).map(|c| (c.start, c.end)).collect();
        for (i, c) in self.out.iter().enumerate() {
            if matches!(c.reference, Reference::Named { class: Class::Project, .. }) && officials.iter().any(|&(s, e)| s == c.start && e < c.end) {
                keep[i] = false;
            }
        }
        // 推进某某保护展示工程、…等重大项目建设: works read both as a programme and,
        // from the list they are in, as a project are the project
        // 李某某, 王某 (a discipline notice's anonymised names) name no one: all
        // of them would be one person across a corpus
        let projects: Vec<(usize, usize)> = self.out.iter().filter(|c| matches!(c.reference, Reference::Named { class: Class::Project, .. })).map(|c| (c.start, c.end)).collect();
        for (i, c) in self.out.iter().enumerate() {
            let project_too = matches!(c.reference, Reference::Named { class: Class::Policy, .. }) && projects.contains(&(c.start, c.end));
            let anonymised = matches!(&c.reference, Reference::Person { name, .. } if name.contains('某'));
            if project_too || anonymised {
                keep[i] = false;
            }
        }
        // posts point at candidates by index: remap them
        let mut new_index = vec![usize::MAX; self.out.len()];
        let mut out = Vec::new();
        for (i, c) in std::mem::take(&mut self.out).into_iter().enumerate() {
            if keep[i] {
                new_index[i] = out.len();
                out.push(c);
            }
        }
        for c in &mut out {
            if let Reference::Person { employer: Some(e), .. } = &mut c.reference {
                *e = new_index[*e];
            }
        }
        self.out = out;
        self.posts.retain_mut(|p| {
            p.person = new_index[p.person];
            p.person != usize::MAX
        });
        for c in &mut self.out {
            if let Reference::Person { employer, .. } = &mut c.reference
                && *employer == Some(usize::MAX)
            {
                *employer = None;
            }
        }
    }

    /// 党的十九大: a party congress named by its number.
    fn special_meetings(&mut self) {
        let c = self.chars;
        for i in 0..c.len().saturating_sub(4) {
            if c[i] == '党' && c[i + 1] == '的' {
                let mut j = i + 2;
                while j < c.len() && is_one_of(c[j], "一二三四五六七八九十") {
                    j += 1;
                }
                if j > i + 2 && j < c.len() && c[j] == '大' {
                    let name = self.s(i, j + 1);
                    self.push(i, j + 1, Reference::Named { class: Class::Meeting, name: name.to_owned(), prefix: None }, "party-congress");
                }
            }
        }
    }

    /// Does `start..end` hold a proper name: a word jieba tags as a person,
    /// place, organisation or other proper noun, an unknown word, a region
    /// candidate, Latin letters or digits?
    fn has_proper_word(&self, start: usize, end: usize) -> bool {
        if self.chars[start..end].iter().any(|c| c.is_ascii_alphanumeric()) {
            return true;
        }
        // (a village too: 果园村葡萄产业园, where jieba reads 果园|村 as common words)
        if self.out.iter().any(|c| matches!(c.reference, Reference::Region(_) | Reference::Village { .. }) && c.start >= start && c.end <= end) {
            return true;
        }
        let mut pos = start;
        while pos < end {
            let Some(t) = self.seg.token_at(pos) else { return false };
            // jieba's dictionary tags some ordinary words as names (高水平/nr);
            // a word from inside the name running on into the head (木耳|加工厂/nt
            // of 木耳加工|厂) is the head's, not a name; a dictionary word for the
            // whole name (红河谷森林公园/ns) still is one
            let into_head = t.start > start && t.end > end;
            if matches!(t.tag.as_str(), "nr" | "nrt" | "nrfg" | "ns" | "nz" | "nt" | "x" | "eng" | "j" | "nrt1") && !into_head && !self.lex.common_words_tagged_nr.contains(self.seg.word(t)) {
                return true;
            }
            pos = t.end;
        }
        false
    }

    fn head_ends_word(&self, he: usize) -> bool {
        let next = self.chars[he];
        !is_han(next) || self.seg.token_at(he).is_some_and(|t| t.start == he)
            || is_one_of(next, "建的和与及在是了,、。")
            // 五次全会|精神: jieba's 全会精神 is one word
            || self.spells(he, "精神")
    }

    /// The start of a run of adjacent quotes (“栾川人才港”“人才公寓”) ending at `i`.
    fn quote_run_start(&self, i: usize) -> usize {
        let mut start = i;
        while start > 0 && self.chars[start - 1] == '”' {
            match (0..start - 1).rev().take(20).find(|&k| self.chars[k] == '“') {
                Some(open) => start = open,
                None => break,
            }
        }
        start
    }

    /// A region, relative organ or body written at the start of a name.
    fn leading_org(&self, start: usize, end: usize) -> Option<(OrgRef, usize)> {
        let c = self.out.iter().find(|c| c.start == start && c.end < end)?;
        match &c.reference {
            Reference::Region(r) => Some((OrgRef { region: Some(r.clone()), body: String::new() }, c.end)),
            Reference::Body(org) => Some((org.clone(), c.end)),
            _ => None,
        }
    }

    /// Whether a region recognised from the gazetteer ends at `pos`.
    fn region_ends_at(&self, pos: usize) -> bool {
        self.out.iter().any(|c| c.end == pos && matches!(c.reference, Reference::Region(_)))
    }

    /// Walk left over the words of a name: stop at punctuation, function
    /// words and the stop list (verbs of building, meeting, investing…).
    /// Meetings take longer names with verbs inside (推进工作会议), so only
    /// the meeting verbs stop them.
    fn extend_left(&self, head_start: usize, max: usize, meeting: bool) -> usize {
        // 经 (through): 经县政府常务会议审议通过
        // 向 (to): 常务委员会向大会作报告
        // 由 (by): 全会由区委常委会主持
        // 提交 (submit): 同意某措施提交市政府常务会议审议
        const MEETING_STOPS: [&str; 34] = [
            "召开", "主持", "出席", "参加", "收看", "收听", "组织", "举行", "学习", "传达", "贯彻", "落实", "精神", "在", "了", "的", "和",
            "及", "与", "把握", "准确", "深入", "研究", "调研", "日", "列席", "经", "向", "领会", "举办", "由", "提交", "提请", "报请",
        ];
        const FUNCTION_CHARS: &str = "的在和与及暨是为对把将从由被等了并也又还都已该这此其各";
        let mut pos = head_start;
        let mut open_quote = false;
        while pos > 0 && head_start - pos < max {
            let prev = self.chars[pos - 1];
            if meeting && (prev == '”' || (prev == '“' && open_quote)) {
                open_quote = prev == '”';
                pos -= 1;
                continue;
            }
            // 粮食生产和秋冬季农业生产工作会议: two kinds of work joined by 和
            // name one meeting (but not a speech, a session or a person's
            // post before 和: 全会精神和…, 书记讲话和…)
            if meeting && prev == '和' && pos >= 3 && head_start - pos < max {
                let left = self.extend_left(pos - 1, max - (head_start - pos) - 1, true);
                let conjunct = self.s(left, pos - 1);
                let work = self.seg.token_ending_at(pos - 1).is_some_and(|t| matches!(t.tag.as_str(), "n" | "vn") && t.end - t.start >= 2);
                let not_work = ["会", "讲话", "指示", "批示", "报告", "文件", "精神", "部署"].iter().any(|w| conjunct.contains(w)) || (left..pos - 1).any(|k| self.title_len(k) > 0);
                // (全国和全市…会议: two scopes, each its own meeting)
                let scope = conjunct.starts_with('全') && conjunct.chars().count() == 2 || self.place_ending_at(pos - 1) == Some(left);
                if work && pos - 1 - left >= 2 && !not_work && !scope {
                    pos = left;
                    continue;
                }
            }
            // 省、市污染防治…会议: joined scopes belong to the name
            if meeting && prev == '、' && pos >= 2 && is_one_of(self.chars[pos - 2], "省市县区") && is_one_of(self.chars[pos], "省市县区") {
                pos -= 2;
                continue;
            }
            if prev == ')' {
                // keep a parenthesis that belongs to the name: 示范区党工委(扩大)会议
                if let Some(open) = (pos.saturating_sub(6)..pos - 1).rev().find(|&i| self.chars[i] == '(') {
                    pos = open;
                    continue;
                }
            }
            // 湖北天和农业科技有限公司: 和 right after a region and one
            // character is inside a company's name (as a conjunction it
            // would leave 湖北天 for a conjunct)
            if prev == '和' && self.enterprise_extension && pos >= 2 && is_han(self.chars[pos - 2]) && self.region_ends_at(pos - 2) {
                pos -= 1;
                continue;
            }
            // 120万吨/年乙烯项目: a capacity a year, written with a slash, is part of the name
            if prev == '/' && !meeting && pos >= 2 && self.chars.get(pos) == Some(&'年') && is_one_of(self.chars[pos - 2], "吨瓦方套台辆件") {
                pos -= 1;
                continue;
            }
            // 临沂至徐州高速公路项目: 至 between two places joins the ends of a route
            if prev == '至' && !meeting && !self.enterprise_extension && !self.policy_extension && pos >= 2 && self.region_ends_at(pos - 1) && self.out.iter().any(|c| c.start == pos && matches!(c.reference, Reference::Region(_))) {
                pos -= 1;
                continue;
            }
            // 何家/r|岩村: a place named across `pos` is read whole, whatever
            // jieba made of its first characters, and one ending in a function
            // word's character is no function word (甘肃武都|花椒…有限公司)
            if !meeting && let Some(region_start) = self.place_ending_at(pos).filter(|&s| s < pos - 1) {
                if head_start - region_start > max {
                    break;
                }
                pos = region_start;
                continue;
            }
            // (but one ending a word jieba tags an adverb, its tag unreliable on
            // names, is not one: 客都/d of 梅州市客都农业发展有限公司; 目的/n is)
            let inside_an_adverb = self.seg.token_at(pos - 1).is_some_and(|t| t.end == pos && t.end - t.start >= 2 && t.tag == "d" && !FUNCTION_CHARS.contains(self.chars[t.start]));
            let function_char = FUNCTION_CHARS.contains(prev) && !inside_an_adverb;
            if !(is_han(prev) || prev.is_ascii_alphanumeric()) || (function_char && !meeting) {
                break;
            }
            let Some(tok) = self.seg.token_at(pos - 1) else { break };
            // the part of the word left of `pos` (a word may straddle the edge: 出席|会议)
            let start = tok.start;
            let word: String = self.s(start, pos).to_owned();
            let straddles = tok.end > pos;
            if meeting {
                // a person's name is never inside a meeting's name; but a word
                // jieba tags as one right after 召开 or a scope (召开|林果业|提质
                // 增效工作推进会, 地区|林果业…: 林果业/nr in its dictionary) is
                // what the meeting is about
                // (or right after a place: 阿克苏地区|林果业/nr|提质增效…推进会)
                // (both read only for such a word: each scans the candidates)
                let guessed_after_opening = || {
                    self.seg.token_ending_at(start).is_some_and(|t| ["召开", "举行", "地区", "全市", "全县", "全区", "全州", "全省", "全盟", "全旗"].contains(&self.seg.word(t)))
                        || self.out.iter().any(|c| c.end == start && matches!(c.reference, Reference::Region(RegionRef::Named(_))))
                };
                // (吕梁/nr|市委…全会: a place jieba tags as a name opens the organ's meeting)
                let opens_a_place = || self.out.iter().any(|c| c.start == start && matches!(c.reference, Reference::Region(_)));
                if tok.tag.starts_with("nr") && !straddles && pos - start >= 2 && !guessed_after_opening() && !opens_a_place() {
                    break;
                }
                // (组织工作: the party's organisational work, 全市组织工作会议)
                let organisational_work = word.ends_with("组织") && self.spells(pos, "工作");
                // (理论学习中心组: the party committee's study group, whose sitting it is)
                let study_group = word.ends_with("学习") && self.spells(pos, "中心组");
                if MEETING_STOPS.iter().any(|w| word.ends_with(w)) && !organisational_work && !study_group {
                    break;
                }
            } else {
                // jieba's `d` (adverb) is unreliable on names (互连/d, 时特/d): not a stop
                let stop_tag = matches!(tok.tag.as_str(), "p" | "c" | "u" | "uj" | "ul" | "r" | "y" | "e" | "ud" | "ug" | "uz" | "uv");
                // 建设|项目: part of a word glued to the head is no stop
                let stop_word = self.lex.name_stops.contains(&word) && !self.lex.name_verbs.contains(&word) && !straddles;
                if stop_word || (stop_tag && word == self.seg.word(tok)) {
                    break;
                }
                if pos > start && self.title_len(start) == pos - start {
                    break; // a title ends the name before it
                }
                // another name's head ends this name: 项目|有佳时特…, 重点工程|格力…基地
                if word == "项目" && !self.policy_extension || word == "工程" && self.s(start.saturating_sub(2), start) == "重点" {
                    break;
                }
                // a sum is no part of a name: …公司投资12亿元|建设…项目
                if word.ends_with('元') && start > 0 && (self.chars[start - 1].is_ascii_digit() || is_one_of(self.chars[start - 1], "亿万千百十")) {
                    break;
                }
                // 某有限公司|建设|某项目: a verb after a company's legal form makes
                // the company the project's builder, not part of its name
                let company_before = || self.seg.token_ending_at(start).is_some_and(|t| ["有限公司", "公司", "集团"].contains(&self.seg.word(t)));
                if !self.enterprise_extension && !straddles && ["建设", "新建", "兴建", "投资建设", "实施", "承建"].contains(&word.as_str()) && company_before() {
                    break;
                }
                if !straddles && LEGAL_FORMS.contains(&word.as_str()) && head_start - pos > 0 && self.enterprise_extension && !self.branch_extension {
                    break; // 某某有限公司茶叶加工厂: the factory is not part of the company's name
                }
            }
            if head_start - start > max {
                break;
            }
            pos = start;
        }
        pos
    }

    /// Leading words that say what kind of project a name is about rather
    /// than name it (重点, 一季度, 新开工, verbs, numbers) are cut off.
    /// Whether the word before `pos` is a verb (jieba's `v` tags).
    fn after_a_verb(&self, pos: usize) -> bool {
        self.seg.token_ending_at(pos).is_some_and(|t| t.tag.starts_with('v'))
    }

    /// 国网|黑龙江省电力有限公司, 华润|…: a brand or abbreviation (jieba's
    /// `nz`, `j`) that alone fills the span before a region opens the name.
    fn brand_opens(&self, start: usize, region_start: usize) -> bool {
        self.seg.token_at(start).is_some_and(|t| t.start == start && t.end == region_start && region_start - start >= 2 && matches!(t.tag.as_str(), "nz" | "j"))
    }

    fn strip_generic_lead(&self, start: usize, head_start: usize) -> usize {
        let mut pos = start;
        while pos < head_start {
            // 200兆瓦|风电项目: a capacity opening the name is part of it, and
            // so is a village or other place (何家/r|岩村: no pronoun)
            // (one ending where a word does: 建设乡|村振兴 is none)
            let place_opens = self.place_ends_from(pos).any(|e| e < head_start && self.seg.is_word_start(e));
            if self.capacity_at(pos, head_start) || place_opens {
                break;
            }
            // 国家|电投|集团: 国家 before an abbreviation opens a state company's name
            // (and before a trade and 集团/有限公司: 国家能源集团, 国家电网有限公司, 国家电力投资集团)
            let state_company = || (pos + 4..=pos + 6).any(|k| k <= head_start && (self.spells(k, "集团") || self.spells(k, "有限公司")));
            if self.spells(pos, "国家") && (self.seg.token_at(pos + 2).is_some_and(|t| t.start == pos + 2 && t.tag == "j") || state_company()) {
                break;
            }
            // a generic phrase written at the start (乡村振兴重点…)
            let rest = self.s(pos, head_start);
            if let Some(g) = MATCHERS.generic_names.find(Input::new(&rest).anchored(Anchored::Yes)) {
                pos += rest[..g.end()].chars().count();
                continue;
            }
            let Some(tok) = self.seg.token_at(pos) else { break };
            let end = tok.end.min(head_start);
            let word = self.s(pos, end);
            // 抓好|故县…: the complement 好 of a verb before the name
            // 介绍了|鑫矿…: the aspect 了 of a verb, glued to an unknown word
            if pos == start && (self.chars[pos] == '好' || self.chars[pos] == '了' && self.after_a_verb(pos)) && (tok.end - pos > 1 || self.seg.word(tok) == "好") {
                pos += 1;
                continue;
            }
            // 由 (by) glued by jieba to a company's first characters (，由|弗迪…:
            // 由弗迪/nr; 该项目由立/v|讯…) is no part of the name wherever it
            // stands, as no company's name begins with it; 被 where it opens a clause
            let opens_clause = pos == 0 || !is_han(self.chars[pos - 1]);
            if pos == start && tok.end - pos > 1 && (self.chars[pos] == '由' || self.chars[pos] == '被' && opens_clause) {
                pos += 1;
                continue;
            }
            // 2024年第四季度重大项目: a period (第四季度, 年度) says when, not which
            let period = ["季度", "年度", "月份", "半年", "春季", "夏季", "秋季", "冬季"].iter().any(|p| word.ends_with(p));
            // 三/m|塘湖/ns…项目: a numeral glued to a place jieba knows opens
            // the place's name (the gazetteer's full name may end in 乡 or 镇)
            let opens_a_place = tok.end - tok.start == 1
                && tok.tag == "m"
                && is_han(self.chars[pos])
                && self.seg.token_at(end).is_some_and(|t| t.start == end && t.end < head_start && t.end - t.start >= 2 && t.tag == "ns");
            if opens_a_place {
                break;
            }
            // 万头|奶牛牧场项目, 千亩|茶园: a round size opening the name is its
            // extent as named; and a word jieba tags a numeral holding no numeral
            // (月/m of 月柿, a persimmon) is a word of the name, unless a date's
            // digits stand before it (11|月)
            if tok.tag == "m" && word.chars().count() == tok.end - tok.start && (Self::round_size(word) || self.numeral_free_word(pos, word)) {
                break;
            }
            let generic = (self.lex.generic_names.contains(word) && word.chars().count() >= 2)
                || period
                || self.lex.name_stops.contains(word)
                || matches!(tok.tag.as_str(), "m" | "q" | "mq" | "r")
                || word.starts_with('全') && word.chars().count() == 2;
            if !generic {
                break;
            }
            pos = end;
        }
        pos
    }

    /// Where the places (regions, villages) starting at `start` end.
    fn place_ends_from(&self, start: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.places_by_start.partition_point(|&(s, _)| s < start);
        self.places_by_start[from..].iter().take_while(move |&&(s, _)| s == start).map(|&(_, e)| e)
    }

    /// The start of the longest place (region or village) ending at `end`.
    fn place_ending_at(&self, end: usize) -> Option<usize> {
        let from = self.places_by_end.partition_point(|&(_, e)| e < end);
        self.places_by_end.get(from).filter(|&&(_, e)| e == end).map(|&(s, _)| s)
    }

    /// Whether `word` is a round size (万头, 千亩, 百万千瓦): numerals of
    /// magnitude and a unit of size or capacity.
    fn round_size(word: &str) -> bool {
        let magnitude = word.chars().take_while(|&c| is_one_of(c, "十百千万")).count();
        (1..=magnitude).any(|k| crate::amount::is_size_unit(&word.chars().skip(k).collect::<String>()))
    }

    /// Whether the one character at `pos`, a word jieba tags a numeral
    /// holding none (月/m|柿/n), is the first of a word it broke into single
    /// characters: no date's digits before it, one character of a noun after.
    fn numeral_free_word(&self, pos: usize, word: &str) -> bool {
        let numeral = |c: char| c.is_ascii_digit() || is_one_of(c, "〇零一二三四五六七八九十百千万亿两几半数多余第首每");
        word.chars().count() == 1
            && !word.chars().any(numeral)
            && (pos == 0 || !numeral(self.chars[pos - 1]))
            && self.seg.token_at(pos + 1).is_some_and(|t| t.start == pos + 1 && t.end == pos + 2 && t.tag.starts_with('n'))
    }

    /// Whether a number and a unit of capacity (200兆瓦, 1.5GW) start at
    /// `pos`, with more of the name after them before `head_start`.
    fn capacity_at(&self, pos: usize, head_start: usize) -> bool {
        let digits = (pos..head_start).take_while(|&i| self.chars[i].is_ascii_digit() || self.chars[i] == '.').count();
        if digits == 0 || !self.chars[pos].is_ascii_digit() {
            return false;
        }
        let rest = self.s(pos + digits, head_start);
        crate::amount::PLANT_CAPACITY_UNITS.iter().any(|u| rest.len() > u.len() && rest.starts_with(u))
    }

    /// 《…》 documents and “…” programmes (CONVENTIONS rules 31–32).
    fn quoted_policies(&mut self) {
        let c = self.chars;
        let n = c.len();
        let mut i = 0;
        while i < n {
            let (open, close) = match c[i] {
                '《' => ('《', '》'),
                '“' => ('“', '”'),
                _ => {
                    i += 1;
                    continue;
                }
            };
            let Some(j) = (i + 1..(i + 60).min(n)).find(|&j| c[j] == close || c[j] == '\n') else {
                i += 1;
                continue;
            };
            if c[j] != close || j == i + 1 {
                i = j + 1;
                continue;
            }
            let inner = self.s(i + 1, j);
            if open == '《' {
                // 《意见》, 《方案》: the document named in full before, referred to by its kind
                let back_reference = DOCUMENT_KINDS.contains(&inner);
                if !self.lex.is_media(&inner) && !back_reference {
                    self.push(i, j + 1, Reference::Named { class: Class::Policy, name: inner.to_owned(), prefix: None }, "book-title");
                }
                i = j + 1;
                continue;
            }
            // “…” followed by a policy head within a short phrase: “61713”强农工程
            let after = self.s(j + 1, (j + 8).min(n));
            let lex = self.lex;
            let mut end = j + 1;
            let mut name = inner.to_owned();
            let mut is_policy = false;
            for k in 1..=after.chars().count() {
                let phrase: String = after.chars().take(k).collect();
                if phrase.chars().any(|ch| !is_han(ch)) {
                    break;
                }
                // (“三包”责任制: a system named in quotes, as 河长制 is unquoted)
                if lex.policy_heads.iter().any(|h| phrase.ends_with(h.as_str())) || phrase == "责任制" {
                    name = format!("{inner}{phrase}");
                    end = j + 1 + k;
                    is_policy = true;
                }
            }
            if !is_policy {
                if let Some(cut) = last_policy_head(&inner) {
                    name = cut;
                    is_policy = true;
                }
                // a programme is carried out (实施“…”, 深化“…”) or named as one (“…”活动,
                // “…”措施, “…”工作法); a run of adjacent quotes shares the verb before it
                let run_start = self.quote_run_start(i);
                let before = self.s(run_start.saturating_sub(4), run_start);
                // 政策落实“最后一公里”: after a noun the verb is a noun too (the
                // carrying out of policy), and what follows is a slogan
                let carried_out = PROGRAMME_VERBS.iter().any(|v| {
                    let verb_start = run_start.saturating_sub(v.chars().count());
                    before.ends_with(v) && !NOMINALISING_NOUNS.contains(&self.s(verb_start.saturating_sub(2), verb_start))
                });
                let named_as_programme = PROGRAMME_WORDS.iter().any(|w| after.starts_with(w));
                let short_word = inner.chars().count() <= 2 && !inner.chars().any(|c| is_one_of(c, "一二三四五六七八九十两双"));
                if (carried_out || named_as_programme) && !short_word {
                    is_policy = true;
                }
                // “生态村”, “卫生村”: a grade a village is awarded, not a programme
                let village_grade = inner.chars().count() <= 3 && inner.ends_with('村');
                let way_of_working = WAYS_OF_WORKING.iter().any(|w| inner.ends_with(w)) && last_policy_head(&inner).is_none();
                // 坚持“项目为王”理念, 深化“某某、某某”模式: a concept, model or goal, not a programme
                let concept = CONCEPT_WORDS.iter().any(|w| after.starts_with(w)) && last_policy_head(&inner).is_none();
                // 打造“霍邱龙虾”区域公用品牌: a brand (rule 5), not a programme
                let brand = ["品牌", "商标", "地理标志"].iter().any(|w| after.contains(w)) && last_policy_head(&inner).is_none();
                // 打造“中国乐器之乡”, “中部家居产业基地”: an honorific or a goal a
                // place strives for, not a programme
                let honorific = ["之乡", "之城", "之都", "基地", "高地", "名城"].iter().any(|w| inner.ends_with(w));
                if self.lex.generic_names.contains(inner) || village_grade || way_of_working || concept || brand || honorific {
                    is_policy = false;
                }
            }
            let looks_like_slogan = inner.chars().any(|ch| is_one_of(ch, "，,。!?")) || inner.chars().count() > 16 || inner.chars().count() < 2;
            if is_policy && !looks_like_slogan {
                self.push(i, end, Reference::Named { class: Class::Policy, name, prefix: None }, "quoted-programme");
            }
            i = j + 1;
        }
        // 河长制, 林长制: the chief systems; 领导分包项目责任制: a named responsibility system
        for i in 2..n {
            if c[i] != '制' {
                continue;
            }
            // X长 a title (县长制定…) or 制 beginning a verb (校长制作) is no
            // system; one is, also glued to the word before (层层抓细河长制各项任务)
            let system = c[i - 1] == '长'
                && is_han(c[i - 2])
                && self.title_len(i - 2) != 2
                && !c.get(i + 1).is_some_and(|&n| is_one_of(n, "定作造度约止订衡服式品"));
            if system {
                let name = self.s(i - 2, i + 1);
                self.push(i - 2, i + 1, Reference::Named { class: Class::Policy, name: name.to_owned(), prefix: None }, "chief-system");
            }
            if i >= 6 && self.s(i - 2, i + 1) == "责任制" {
                self.policy_extension = true;
                let mut start = self.extend_left(i - 2, 10, false);
                self.policy_extension = false;
                // (建立|项目责任制: the verb that sets it up is no part of it)
                while let Some(t) = self.seg.token_at(start).filter(|t| t.start == start && t.end < i - 2 && t.tag == "v") {
                    start = t.end;
                }
                if i - 2 - start >= 4 {
                    let name = self.s(start, i + 1);
                    self.push(start, i + 1, Reference::Named { class: Class::Policy, name: name.to_owned(), prefix: None }, "responsibility-system");
                }
            }
        }
    }

    /// 在比亚迪，某某一行参观了…: a company named once in full (比亚迪股份有限公司,
    /// 深圳市汇川技术股份有限公司) and again by its name without its legal form
    /// and leading places (比亚迪, 汇川技术) is that company where the short
    /// name stands as words of its own. Only the article's own full names
    /// are shortened: no list of companies is consulted.
    fn companies_named_short_again(&mut self) {
        const LEGAL_ENDINGS: [&str; 8] = ["集团股份有限公司", "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "股份公司", "公司"];
        let companies: Vec<(usize, usize, Reference)> = self
            .out
            .iter()
            .filter(|c| matches!(c.reference, Reference::Named { class: Class::Enterprise, .. }))
            .map(|c| (c.start, c.end, c.reference.clone()))
            .collect();
        let mut shortened: Vec<&str> = Vec::new();
        for (start, end, reference) in companies {
            let written = self.s(start, end);
            let Some(ending) = LEGAL_ENDINGS.iter().find(|e| written.ends_with(**e)) else { continue };
            let mut stem_end = end - ending.chars().count();
            // 格力电器(洛阳)有限公司: the name before the place in brackets
            if let Some(open) = (start..stem_end).find(|&k| self.chars[k] == '(') {
                stem_end = open;
            }
            // 深圳市|汇川技术, 湖南|宜章|中晟新材料: the places that open it
            let (mut stem_start, last_place) = self.after_leading_regions(start, stem_end);
            // a stem of ordinary words (蔬菜产业, 农业开发) names no one company,
            // but with the place before it it may (上海电气 of 上海电气集团股份有限公司)
            let ordinary = |s: usize| {
                let stem = self.s(s, stem_end);
                !self.has_proper_word(s, stem_end) || self.lex.generic_names.contains(stem) || self.holds_a_stop_word(stem)
            };
            let mut with_place = false;
            if let Some(place) = last_place
                && stem_end - stem_start <= 3
                && ordinary(stem_start)
                && stem_start - place == 2
            {
                stem_start = place;
                with_place = true;
            }
            let len = stem_end.saturating_sub(stem_start);
            if !(2..=6).contains(&len) || !self.chars[stem_start..stem_end].iter().all(|&c| is_han(c)) {
                continue;
            }
            let stem = self.s(stem_start, stem_end);
            // 四川通江银耳集团 in an article on 银耳产业: a stem the text also
            // writes as a crop or product (its 产业, its 种植) is that product,
            // not the company's short name
            // (or one that is an industry itself: 龙虾产业 of 盱眙龙虾产业集团有限公司)
            let a_product = || stem.ends_with("产业") || self.occurrences(stem).any(|at| ["产业", "种植", "产量", "产值"].iter().any(|w| self.spells(at + len, w)));
            if ordinary(stem_start) || shortened.contains(&stem) || a_product() {
                continue;
            }
            shortened.push(stem);
            // 华银铝业公司 after 广西华银铝业有限公司: the same stem with a
            // shorter legal form (and no other place) is the company again
            // (only a short legal form: 某某股份有限公司 and 某某(昆山)有限公司
            // are a parent and its subsidiary)
            let bracketed = self.s(start, end).contains('(');
            let written_len = end - start;
            let again: Vec<usize> = (0..self.out.len())
                .filter(|&k| {
                    let other = &self.out[k];
                    let Reference::Named { class: Class::Enterprise, name, .. } = &other.reference else { return false };
                    let e = other.end;
                    let (s, _) = self.after_leading_regions(other.start, e);
                    let same_stem = e >= s + len
                        && self.chars[s..s + len] == self.chars[stem_start..stem_end]
                        // (or none: 重庆三峡银行 of 重庆三峡银行股份有限公司, read by its 银行;
                        // or the group alone: 某某集团 of 某某集团有限公司)
                        && (["", "公司", "集团公司", "股份公司"].contains(&self.s(s + len, e)) || self.s(s + len, e) == "集团" && ending.starts_with("集团"))
                        && e - s - len < ending.chars().count();
                    // 恒昌集团 after 香港恒昌实业集团有限公司: the group by its brand, the
                    // trade words after the brand (实业, 控股) left out
                    // (after a place jieba knows that the gazetteer lacks: 香港/ns)
                    let group_by_brand = || {
                        let brand = self.s(s, e).strip_suffix("集团").map_or(0, |b| b.chars().count());
                        let place = self.seg.token_at(stem_start).filter(|t| t.start == stem_start && t.tag == "ns").map_or(0, |t| t.end - t.start);
                        [stem_start, stem_start + place].into_iter().any(|from| {
                            brand >= 2
                                && from + brand < stem_end
                                && self.chars[s..s + brand] == self.chars[from..from + brand]
                                && written.contains("集团")
                                && !self.has_proper_word(from + brand, stem_end)
                        })
                    };
                    (other.start, e) != (start, end)
                        && e - other.start < written_len
                        && !bracketed
                        && (same_stem || group_by_brand())
                        && !written.ends_with(name.as_str())
                })
                .collect();
            for k in again {
                self.out[k].reference = reference.clone();
                self.out[k].rule = "company-short-again";
            }
            let found: Vec<usize> = self.occurrences(&stem).collect();
            for at in found {
                let stop = at + len;
                let whole_words = self.seg.is_word_start(at) && (stop >= self.chars.len() || !is_han(self.chars[stop]) || self.seg.is_word_start(stop));
                // (a place inside a short name that opens with it: 上海|电气)
                let overlaps = |c: &Candidate| c.start < stop && at < c.end && !(with_place && matches!(c.reference, Reference::Region(_)) && at <= c.start && c.end <= stop);
                // (a name in quotes is a brand or mark: “安溪铁观音”标准化示范茶企)
                let quoted = at > 0 && self.chars[at - 1] == '“' && self.chars.get(stop) == Some(&'”');
                if whole_words && !quoted && !self.out.iter().any(overlaps) {
                    self.push(at, stop, reference.clone(), "company-short-again");
                }
            }
        }
    }

    /// 德江至务川高速公路: a road or railway named by the places at its ends
    /// is works even without 项目 (with 项目 or 工程 after it, the headed
    /// name has it already).
    fn routes_between_places(&mut self) {
        const ROUTE_HEADS: [&str; 8] = ["高速公路", "高速铁路", "快速通道", "一级公路", "二级公路", "快速路", "铁路", "公路"];
        let is_region = |x: &Candidate| matches!(x.reference, Reference::Region(_));
        let at_to: Vec<usize> = self.occurrences("至").collect();
        let mut routes = Vec::new();
        for at in at_to {
            let Some(start) = self.out.iter().filter(|x| x.end == at && is_region(x)).map(|x| x.start).min() else { continue };
            let Some(after) = self.out.iter().filter(|x| x.start == at + 1 && is_region(x)).map(|x| x.end).max() else { continue };
            let Some(head) = ROUTE_HEADS.iter().find(|h| self.spells(after, h)) else { continue };
            let end = after + head.chars().count();
            let named_already = self.out.iter().any(|x| x.start <= start && end <= x.end && matches!(x.reference, Reference::Named { class: Class::Project, .. }));
            if !named_already && !["项目", "工程"].iter().any(|w| self.spells(end, w)) {
                routes.push((start, end));
            }
        }
        for (start, end) in routes {
            let name = self.s(start, end).to_owned();
            self.push(start, end, Reference::Named { class: Class::Project, name, prefix: None }, "route-between-places");
        }
    }

    /// Where the regions written one after another from `start` end, before
    /// `end` (深圳市|汇川技术, 湖南|宜章|中晟新材料), and where the last of them starts.
    fn after_leading_regions(&self, start: usize, end: usize) -> (usize, Option<usize>) {
        let (mut pos, mut last) = (start, None);
        while let Some(r) = self.out.iter().find(|r| r.start == pos && r.end < end && matches!(r.reference, Reference::Region(_))) {
            last = Some(r.start);
            pos = r.end;
        }
        (pos, last)
    }

    /// 引进了A、B、C等企业: the items of a list that ends in 等…企业.
    fn listed_enterprises(&mut self) {
        let c = self.chars;
        let chars_len = c.len();
        let mut i = 0;
        while i + 1 < chars_len {
            if c[i] != '等' {
                i += 1;
                continue;
            }
            let tail = self.s(i + 1, (i + 9).min(chars_len));
            let rest: String = tail.chars().skip_while(|ch| ch.is_ascii_digit() || is_one_of(*ch, "一二三四五六七八九十多余家个批")).collect();
            let list_of = |words: &[&str]| words.iter().any(|w| tail.starts_with(w) || rest.starts_with(w));
            let class = if list_of(&["企业", "公司", "龙头企业", "重点企业", "一批企业", "知名企业", "家企业"]) {
                Class::Enterprise
            } else if list_of(&["项目", "重点项目", "重大项目"]) {
                Class::Project
            } else {
                i += 1;
                continue;
            };
            // items separated by 、 before 等
            let mut end = i;
            let mut items = Vec::new();
            loop {
                let mut s = end;
                while s > 0 && end - s < 8 && (is_han(c[s - 1]) || c[s - 1].is_ascii_alphanumeric()) {
                    s -= 1;
                }
                if end - s < 2 {
                    break;
                }
                items.push((s, end));
                if s > 0 && c[s - 1] == '、' {
                    end = s - 1;
                } else {
                    break;
                }
            }
            if items.len() >= 2 {
                // the first item may carry the verb before it (引进了华兴): cut at the last stop word
                let last = items.len() - 1;
                let (s, e) = items[last];
                // …or where it is (区内华星光电: 区内, 县内 are no part of a name)
                let leads = |t: &crate::segment::Token| {
                    let word = self.seg.word(t);
                    self.lex.name_stops.contains(word) || NOT_PREFIX_WORDS.contains(&word) || t.tag.starts_with('v') || t.tag == "u" || t.tag == "ul"
                };
                let word_start = (s..e).find(|&k| self.seg.is_word_start(k) && self.seg.token_at(k).is_some_and(|t| !leads(t))).unwrap_or(s);
                items[last].0 = word_start;
                for (s, e) in items {
                    // (works a programme's head closes, 某江综合整治工程, are
                    // read as a project too, and [`Ctx::drop_nested`] keeps the project)
                    let programme_here = |x: &Candidate| class == Class::Project && (x.start, x.end) == (s, e) && matches!(x.reference, Reference::Named { class: Class::Policy, .. });
                    if e - s < 2 || self.out.iter().any(|x| x.start == s && x.end == e && !programme_here(x)) {
                        continue;
                    }
                    let name = self.s(s, e);
                    if class == Class::Project && self.out.iter().any(|x| x.start < e && s < x.end && matches!(x.reference, Reference::Named { .. }) && !programme_here(x)) {
                        continue; // already a named project or company there
                    }
                    // 实施产业发展、基础设施等项目186个: kinds of project, no names
                    // (nor one word of the dictionary: 抽水蓄能|电站、城市更新等项目)
                    let one_common_word = self.seg.token_at(s).is_some_and(|t| t.start == s && t.end == e && self.seg.in_dictionary(t)) && !self.has_proper_word(s, e);
                    if class == Class::Project && (self.names_a_kind(s, e) || one_common_word) {
                        continue;
                    }
                    // 支持快递企业与供销、电商等企业合作: trades (one common word each,
                    // or joined to what comes before by 与), no companies
                    if class == Class::Enterprise && (one_common_word || self.chars[s..e].iter().any(|&ch| is_one_of(ch, "与及"))) {
                        continue;
                    }
                    self.push(s, e, Reference::Named { class, name: name.to_owned(), prefix: None }, if class == Class::Project { "project-list-etc" } else { "enterprise-list" });
                }
            }
            i += 1;
        }
    }
}

impl Ctx<'_> {
    /// 某某相关负责人介绍: a company speaks through its spokesperson. The name
    /// standing alone before 相关负责人 (after punctuation or a quote, not a
    /// place, a body or a demonstrative like 该公司) is an enterprise, the
    /// way local papers name a company they have already introduced.
    fn spokesperson_organisations(&mut self) {
        let c = self.chars;
        let marker: Vec<char> = "相关负责人".chars().collect();
        let mut i = 0;
        while i + marker.len() <= c.len() {
            if c[i..i + marker.len()] != marker[..] {
                i += 1;
                continue;
            }
            let end = i;
            let mut start = end;
            while start > 0 && end - start < 8 && is_han(c[start - 1]) {
                start -= 1;
            }
            let opens_clause = start == 0 || is_one_of(c[start - 1], "”“\"\n,。;:!?、(《 ");
            i += marker.len();
            if !opens_clause || end - start < 3 || end - start > 7 {
                continue;
            }
            let name = self.s(start, end);
            let generic = ["该", "本", "此", "各", "有", "据", "其", "项目", "企业", "公司", "单位", "部门", "园区"].iter().any(|w| name.starts_with(w))
                || ["市", "县", "区", "镇", "乡", "村", "局", "委", "办", "部", "厅", "中心", "所", "站", "院", "会", "组", "处", "科"].iter().any(|w| name.ends_with(w))
                || self.lex.generic_names.contains(name);
            if generic || self.out.iter().any(|x| x.start < end && start < x.end) {
                continue;
            }
            self.push(start, end, Reference::Named { class: Class::Enterprise, name: name.to_owned(), prefix: None }, "spokesperson-organisation");
        }
    }
}

/// 某某产业园二期 → 某某产业园: a phase of works (一期, 二期, 3期) is built
/// as the works it is a phase of.
fn without_phase(name: &str) -> &str {
    let Some(rest) = name.strip_suffix('期') else { return name };
    let number = rest.chars().rev().take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c)).count();
    if number == 0 {
        return name;
    }
    let cut = rest.char_indices().rev().nth(number - 1).map_or(0, |(i, _)| i);
    &rest[..cut]
}

fn is_construction(name: &str) -> bool {
    ["改造", "提升", "建设", "提标", "新建", "扩建", "修建", "迁建", "续建", "改建", "学校", "小学", "中学", "幼儿园", "医院", "卫生院", "电站", "治理", "调水", "水厂", "道路", "大道", "公园", "管网", "供水", "污水", "安置", "棚户", "道", "路", "桥", "水库", "厂房", "基础", "接入", "投入", "施工", "安装", "主体",
        // transport, energy and water works, and a phase of works (二期工程)
        "码头", "港区", "机场", "铁路", "高速", "隧道", "枢纽", "管廊", "堤防", "电网", "光伏", "风电", "期工程",
        "加固", "河堤", "堤坝", "防洪", "排涝", "泵站", "灌区", "排水", "防涝", "供热", "燃气", "航运", "航道", "配套",
        // (the repair of old buildings: 某古城某片区保护修缮工程)
        "修缮"]
        .iter()
        .any(|w| name.contains(w))
}

/// “人人持证、技能洛阳建设行动方案” → cut after the last policy head.
fn last_policy_head(inner: &str) -> Option<String> {
    let lex = lexicons();
    let mut best: Option<usize> = None;
    for h in &lex.policy_heads {
        if let Some(pos) = inner.rfind(h.as_str()) {
            let end = pos + h.len();
            best = Some(best.map_or(end, |b: usize| b.max(end)));
        }
    }
    best.map(|end| inner[..end].to_owned())
}

/// The committees a title can start with (党委书记, 党工委书记, 纪委书记,
/// 党组书记): the post is in that committee of the region written before.
const COMMITTEE_HEADS: [&str; 5] = ["党委", "党工委", "工委", "纪委", "党组"];

/// Verbs of building a base or plant that make it a project (建设|某生产基地).
const PLANT_BUILDING_VERBS: [&str; 3] = ["建设", "新建", "兴建"];

/// The levels a relative prefix names (县委, 我市, 盟长: the county's, the
/// city's, the league's).
pub const REGION_LEVELS: &str = "省市县区州旗盟";

/// The levels a committee title starts with (省委书记, 旗委书记, 地委书记).
const COMMITTEE_LEVELS: &str = "省市县区州旗盟地";

/// The characters of a committee a title starts with: 区委书记 → 2 (区委),
/// 党工委书记 → 3, 党组书记 → 2; none for a title that names no committee.
fn committee_in_title(title: &str) -> Option<usize> {
    if let Some(head) = COMMITTEE_HEADS.iter().find(|h| title.starts_with(*h)) {
        return Some(head.chars().count());
    }
    let mut chars = title.chars();
    (chars.next().is_some_and(|c| is_one_of(c, COMMITTEE_LEVELS)) && chars.next() == Some('委')).then_some(2)
}

/// A region prefix at the start of `s`: gazetteer name, zone type or relative character.
/// Returns the reference and its length in characters.
/// A place word of two to four characters (no level in it) and a zone type
/// opening `s`: 临港|经济技术开发区. The word, the type's long and short forms.
fn zone_word_and_type(s: &str) -> Option<(&str, &str, &str)> {
    let lex = lexicons();
    let mut chars = s.chars();
    let mut word_end = 0;
    for n in 1..=4 {
        let c = chars.next()?;
        if !is_han(c) || is_one_of(c, "省市县区州镇乡") {
            return None;
        }
        word_end += c.len_utf8();
        if n < 2 {
            continue;
        }
        let after = &s[word_end..];
        if let Some((long, short)) = lex.zone_types.iter().find(|(long, _)| after.starts_with(long.as_str())) {
            // (a verb is no zone's name: 潍坊市|召开|高新区党工委…会议)
            let word = &s[..word_end];
            let stop_inside = word.char_indices().any(|(b, _)| lex.name_stops.iter().any(|w| word[b..].starts_with(w.as_str())));
            return (!stop_inside).then_some((word, long, short));
        }
    }
    None
}

pub fn parse_region_prefix(s: &str) -> Option<(RegionRef, usize)> {
    let chars: Vec<char> = s.chars().collect();
    // byte offset after each of the first code points, so the heads below are slices
    let ends: Vec<usize> = s.char_indices().skip(1).map(|(b, _)| b).chain([s.len()]).take(12).collect();
    let g = gazetteer();
    let lex = lexicons();
    // the longest gazetteer name or zone type at the start
    for len in (2..=ends.len()).rev() {
        let head = &s[..ends[len - 1]];
        if let Some((_, short)) = lex.zone_types.iter().find(|(long, _)| long == head) {
            // 示范区(高新区): the bracketed alias belongs to the prefix
            let mut l = len;
            if chars.get(l) == Some(&'(')
                && let Some(close) = chars[l..].iter().position(|&c| c == ')')
            {
                l += close + 1;
            }
            return Some((RegionRef::Zone(short.clone()), l));
        }
        let found = g.lookup(head);
        // 崖州|湾科技城管理局: a short name glued to a word of water or
        // land (a bay, a lake, an island) names that feature, no region
        let names_a_feature = || found.iter().all(|&(_, kind)| kind == NameKind::Short) && chars.get(len).is_some_and(|&c| is_one_of(c, "湾湖岛峡"));
        if !found.is_empty() && !names_a_feature() {
            // a zone the gazetteer does not list, written after its city
            // (湘潭经开区党工委): the zone's organ, the city resolved as its owner
            let rest = &s[ends[len - 1]..];
            let city_or_county = found.iter().all(|&(i, _)| matches!(g.region(i).class, Class::City | Class::County));
            if city_or_county && let Some((long, short)) = lex.zone_types.iter().find(|(long, _)| rest.starts_with(long.as_str())) {
                return Some((RegionRef::Zone(short.clone()), len + long.chars().count()));
            }
            // 沧州临港经济技术开发区党工委: a place word between the city and the
            // type is the zone's name, as [`Ctx::zone_word_after_region`] reads it
            if city_or_county && let Some((word, long, short)) = zone_word_and_type(rest) {
                return Some((RegionRef::Zone(format!("{word}{short}")), len + word.chars().count() + long.chars().count()));
            }
            // 南平市建阳区委: a region written after its parent is the region the
            // body is of (rule 14: the resolved region and the body as written)
            if let Some((RegionRef::Named(inner), inner_len)) = parse_region_prefix(rest)
                && inner.iter().any(|&i| found.iter().any(|&(p, _)| g.is_ancestor(p, i)))
            {
                return Some((RegionRef::Named(inner), len + inner_len));
            }
            // a zone named with its city (遵义高新区) keeps its gazetteer entry
            return Some((RegionRef::Named(found.iter().map(|&(i, _)| i).collect()), len));
        }
    }
    if s.starts_with("中央") {
        return Some((RegionRef::National, 2));
    }
    // 自治区党委, 自治区政府: the autonomous region's own organs, as 省委 is a
    // province's (the 区 alone would be read as a district or zone)
    if s.starts_with("自治区") {
        return Some((RegionRef::Relative('省'), 3));
    }
    // 地区林业局: the prefecture's (resolved only in a 地区's article)
    if s.starts_with("地区") && chars.len() > 2 {
        return Some((RegionRef::Relative('地'), 2));
    }
    let first = *chars.first()?;
    if is_one_of(first, REGION_LEVELS) {
        return Some((RegionRef::Relative(first), 1));
    }
    // 镇党委, 乡长: the town's, but not in 乡村, 乡镇, 镇村, 镇街
    if matches!(first, '镇' | '乡') && !chars.get(1).is_some_and(|&c| is_one_of(c, "村镇街乡")) {
        return Some((RegionRef::Relative(first), 1));
    }
    // 街道党工委, 街道办事处: the subdistrict's (a town's level, its name
    // ending in 街道, hence 道), not 街道社区
    if s.starts_with("街道") && !chars.get(2).is_some_and(|&c| is_one_of(c, "村镇街乡社")) {
        return Some((RegionRef::Relative('道'), 2));
    }
    None
}

/// Whether a region reference can be of the level a title names (市 for
/// 市委书记): a relative one of that level, or a name one of whose regions is.
fn of_level(region: &RegionRef, level: char) -> bool {
    match region {
        RegionRef::Relative(c) => *c == level,
        RegionRef::Named(candidates) => {
            let g = gazetteer();
            candidates.iter().any(|&i| level_fit(g.region(i), level).unwrap_or_else(|| g.region(i).name.ends_with(level)))
        }
        _ => true,
    }
}

/// Whether a region is of the level a title's first character names (省:
/// a province; 市: a city or county-level city; 州, 县, 区, 旗: a name with
/// that ending); `None` for the other characters, which name no level
/// here.
fn level_fit(r: &crate::gazetteer::Region, level: char) -> Option<bool> {
    match level {
        '省' => Some(r.class == Class::Province),
        '市' => Some(r.class == Class::City || r.name.ends_with('市')),
        '州' | '县' | '区' | '旗' | '盟' => Some(r.name.ends_with(level)),
        _ => None,
    }
}

/// Of the regions a name can mean, those of the level a title names (克拉玛依
/// before 市委书记 is the city, not the district of the same name); all of
/// them when none or all fit.
fn at_level(region: RegionRef, level: char) -> RegionRef {
    let RegionRef::Named(candidates) = &region else { return region };
    let g = gazetteer();
    let fitting: Vec<usize> = candidates.iter().copied().filter(|&i| level_fit(g.region(i), level).unwrap_or(true)).collect();
    if fitting.is_empty() || fitting.len() == candidates.len() { region } else { RegionRef::Named(fitting) }
}

/// An organisation as a whole: optional region prefix + body ending in a body suffix.
pub fn parse_org(s: &str) -> Option<OrgRef> {
    let lex = lexicons();
    let (mut region, mut len) = match parse_region_prefix(s) {
        Some((r, l)) => (Some(r), l),
        None => (None, 0),
    };
    // 汉台区河东店镇党委: a town written after its county is the body's region
    // (a short or bare name there, 安徽省蒙城…, 灵石县城区…, is not taken)
    if matches!(region, Some(RegionRef::Named(_))) {
        let rest = &s[s.char_indices().nth(len).map_or(s.len(), |(b, _)| b)..];
        if let Some((inner @ RegionRef::Named(_), l)) = parse_region_prefix(rest)
            && l > 0
            && rest.chars().nth(l - 1).is_some_and(|c| matches!(c, '镇' | '乡'))
        {
            region = Some(inner);
            len += l;
        }
    }
    let body: String = s.chars().skip(len).collect();
    if body.is_empty() {
        return region.map(|r| OrgRef { region: Some(r), body: String::new() });
    }
    Lexicons::longest_suffix(&lex.body_suffixes, &body)?;
    // 县人民医院, 镇卫生院, 某学院: a public hospital or school ends in 院 as a
    // court does, but is no government body (the gold: "fits no entity class")
    if INSTITUTIONS_NOT_BODIES.iter().any(|w| body.ends_with(w)) {
        return None;
    }
    // the body must not itself start with a relative char that is really a title word
    Some(OrgRef { region, body })
}

/// Every code-point position where `text` spells `word`, overlapping ones
/// included, in order (`byte_to_char` maps each byte offset of `text` to its
/// code point). A byte search (memchr's SIMD `memmem`): a role or name
/// compared at every code point was a tenth of the extraction's time on
/// real articles.
fn occurrences<'w>(text: &'w str, byte_to_char: &'w [usize], word: &'w str) -> impl Iterator<Item = usize> + 'w {
    let finder = memchr::memmem::Finder::new(word.as_bytes());
    let bytes = text.as_bytes();
    // step past the match's first character only, so overlapping matches count
    let step = word.chars().next().map_or(1, char::len_utf8);
    let mut from = 0;
    std::iter::from_fn(move || {
        if word.is_empty() || from > bytes.len() {
            return None;
        }
        let at = from + finder.find(&bytes[from..])?;
        from = at + step;
        Some(byte_to_char[at])
    })
}

/// The leftmost-longest occurrences among all of them (what a
/// leftmost-longest automaton would find): from the left, the longest one
/// starting first, then the next that starts at or after its end.
fn leftmost_longest(mut hits: Vec<(usize, usize, u32)>) -> Vec<(usize, usize, u32)> {
    hits.sort_unstable_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut chosen = Vec::new();
    let mut next = 0;
    for hit in hits {
        if hit.0 >= next {
            next = hit.1;
            chosen.push(hit);
        }
    }
    chosen
}

fn byte_to_char_map(text: &str) -> Vec<usize> {
    let mut map = vec![0; text.len() + 1];
    let mut n = 0;
    for (b, ch) in text.char_indices() {
        for k in 0..ch.len_utf8() {
            map[b + k] = n;
        }
        n += 1;
    }
    map[text.len()] = n;
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_parse_into_region_and_body() {
        let org = parse_org("中央应对洪涝灾害工作领导小组").expect("a central task force");
        assert_eq!(org.region, Some(RegionRef::National));
        assert_eq!(org.body, "应对洪涝灾害工作领导小组");
        let org = parse_org("市扶贫办").unwrap();
        assert_eq!((org.region, org.body.as_str()), (Some(RegionRef::Relative('市')), "扶贫办"));
        assert!(parse_org("扶贫车间").is_none());
    }

    #[test]
    fn a_company_speaking_through_its_spokesperson() {
        // invented company, real county
        let text = "去年开工的岭南光电智能终端产业园项目进展顺利。“项目建成后年产值可达10亿元。”岭南光电相关负责人介绍。该公司相关负责人表示，苍溪县商务局相关负责人也到场。";
        let x = crate::extract::extract_text(text);
        let enterprises: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Enterprise).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(enterprises, ["岭南光电"], "{:?}", x.mentions);
        // the project it names first is the company's
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::Involves, object }
            if subject.name == "岭南光电智能终端产业园项目" && object.name == "岭南光电")), "{:?}", x.relations);
    }

    #[test]
    fn a_short_company_name_before_its_posts_employs_the_person_named() {
        // 股份 alone is an ordinary word, but before the company's posts it ends the company's name
        let x = crate::extract::extract_text("远华股份总裁助理、行政中心主任李明辉表示，今年订单充足。");
        assert_eq!(x.mentions.iter().map(|m| (m.entity.class, m.entity.name.as_str())).collect::<Vec<_>>(), [(Class::Enterprise, "远华股份"), (Class::Person, "李明辉")]);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::WorksFor, object }
            if subject.name == "李明辉" && object.name == "远华股份")), "{:?}", x.relations);
        // and not where the word goes on as an ordinary one
        assert!(names_of(Class::Enterprise, "远华股份制改革稳步推进。").is_empty());
    }

    #[test]
    fn an_unknown_name_opening_a_sentence_is_a_person_once_named() {
        let persons = |text: &str| names_of(Class::Person, text);
        // jieba's HMM puts the unknown name together and guesses nr
        assert_eq!(persons("产业兴旺。柏润生在合作社务工已有三年。"), ["柏润生"]);
        // its dictionary tags 古建筑 nr too: a dictionary word is no such name
        assert!(persons("产业兴旺。古建筑保护工作稳步开展。").is_empty());
        // and a name inside a sentence still needs a second mention or a verb of saying
        assert!(persons("产业兴旺，柏润生在合作社务工已有三年。").is_empty());
        // 覃|建华 (a surname and a word jieba knows): a name when it comes twice
        // before a verb or idiom; once, or before a noun, it is not one
        assert_eq!(persons("在外务工多年的覃建华回到家乡。覃建华挨家挨户做工作。"), ["覃建华", "覃建华"]);
        assert!(persons("在外务工多年的覃建华回到家乡。").is_empty());
        // 干部包抓|重点项目: the verb and a word's first character are no name
        assert!(persons("建立县级领导干部包抓重点项目工作机制。").is_empty());
    }

    /// The names of the `class` entities the whole extraction finds in `text`, in order.
    #[test]
    fn a_village_opening_a_project_stays_in_its_name() {
        // invented village; jieba reads its first characters as a pronoun (何家/r)
        let text = "花田乡何家坪村。乡里实施了何家坪村梯田保护项目。";
        assert_eq!(names_of(Class::Project, text), ["何家坪村梯田保护项目"]);
        // (a town jieba does not end as a word is no such place: 建设乡|村振兴)
        assert!(names_of(Class::Project, "宜川县召开会议。要加快建设乡村振兴实训基地。").is_empty());
        // and a county's short form opening a company's name, whatever jieba
        // made of it (大/a of 大名, invented company)
        let text = "大名县召开会议。位于张铁集乡的大名鑫康纺织有限公司标准化厂房项目进展顺利。";
        assert_eq!(names_of(Class::Enterprise, text), ["大名鑫康纺织有限公司"]);
    }

    #[test]
    fn works_of_a_kind_joined_to_others_a_village_opens_are_one_project() {
        // invented village: 梯田保护与旅游开发 are two works of one project of the village
        let text = "花田乡何家坪村。乡里投资800万元实施了何家坪村梯田保护与旅游开发项目。";
        assert_eq!(names_of(Class::Project, text), ["何家坪村梯田保护与旅游开发项目"]);
        // (with no place opening them, they name no project)
        assert!(names_of(Class::Project, "花田乡召开会议。乡里实施了梯田保护与旅游开发项目。").is_empty());
    }

    #[test]
    fn a_plants_capacity_opens_its_projects_name() {
        // invented company: the capacity tells two wind farms of one kind apart
        let text = "珲春市召开会议。远华新能源有限公司投资25亿元建设的200兆瓦风电项目落户珲春。";
        assert_eq!(names_of(Class::Project, text), ["200兆瓦风电项目"]);
        let text = "珲春市召开会议。远华集团新建1.5GW光伏组件项目。";
        assert_eq!(names_of(Class::Project, text), ["1.5GW光伏组件项目"]);
        // (a count is no capacity)
        assert_eq!(names_of(Class::Project, "珲春市召开会议。远华集团建设2个光伏发电项目。"), ["光伏发电项目"]);
    }

    #[test]
    fn a_rare_adverb_after_a_title_and_before_speaking_is_a_name() {
        // invented secretary: 高新/d is an adverb to jieba, and a surname and a given name here
        let text = "睢宁县姚集镇高党村。高党村党总支书记高新介绍，村里建起了扶贫车间。";
        assert_eq!(names_of(Class::Official, text), ["高新"]);
        // (common adverbs there are adverbs: 相继/d, 尤其/d)
        assert!(names_of(Class::Official, "睢宁县召开会议。县委书记相继表示。局长尤其强调。").is_empty());
    }

    #[test]
    fn a_name_in_a_list_ends_at_the_lists_punctuation() {
        // invented leaders: 来 ends 刘春来, not a verb after 刘春
        let text = "蓟州区召开会议。区领导王宏伟、刘春来，各乡镇主要负责同志参加会议。";
        assert_eq!(names_of(Class::Official, text), ["王宏伟", "刘春来"]);
        let text = "蓟州区召开会议。区领导刘春来、王宏伟出席会议。";
        assert_eq!(names_of(Class::Official, text), ["刘春来", "王宏伟"]);
    }

    #[test]
    fn a_logistics_centre_built_after_its_place_is_a_project() {
        // invented centre: built, listed with a base, it is a project, not a body of the district
        let text = "哈密市伊州区。建设伊州区二堡镇远华种植基地、伊州区农产品冷链物流中心等项目。";
        assert!(names_of(Class::Project, text).contains(&"农产品冷链物流中心".to_string()), "{:?}", names_of(Class::Project, text));
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
        // (with a post in it, it is the body its director heads)
        let text = "哈密市伊州区。伊州区物流中心主任王刚介绍。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["伊州区物流中心"]);
    }

    #[test]
    fn a_dai_family_name_after_a_title_opens_a_name() {
        // invented secretary in a real county of Xishuangbanna: 刀, the Dai chieftains' name
        let text = "勐腊县召开会议。县委书记刀林主持会议并讲话。";
        assert_eq!(names_of(Class::Official, text), ["刀林"]);
    }

    #[test]
    fn a_study_groups_sitting_is_named_with_the_group() {
        // the party committee's theoretical study group (理论学习中心组) holds the sitting
        let text = "勐腊县召开县委理论学习中心组2026年第十次集体学习会\n\n11月20日，县委书记刀林主持会议。";
        assert_eq!(names_of(Class::Meeting, text)[0], "勐腊县委理论学习中心组2026年第十次集体学习会");
    }

    #[test]
    fn works_with_a_sum_of_their_own_are_a_project() {
        // invented scenic area in a real town: 整治工程 alone may be a programme,
        // with its own sum it is built
        let text = "瑞金市召开会议。沙洲坝镇远华景区周边环境整治工程投资1.2亿元。";
        assert_eq!(names_of(Class::Project, text), ["远华景区周边环境整治工程"]);
        assert!(names_of(Class::Policy, text).is_empty());
        let text = "瑞金市召开会议。全市实施农村人居环境整治工程。";
        assert!(names_of(Class::Project, text).is_empty());
    }

    #[test]
    fn departments_joining_two_fields_with_he_are_one_body() {
        let text = "新乡市召开会议。市政务服务和大数据管理局、市文化广电和旅游局负责同志参加会议。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["新乡市政务服务和大数据管理局", "新乡市文化广电和旅游局"]);
        let text = "腾冲市召开会议。腾冲市林业和草原局、市粮食和物资储备局、市城市管理和综合执法局负责人参加。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["腾冲市林业和草原局", "腾冲市粮食和物资储备局", "腾冲市城市管理和综合执法局"]);
    }

    #[test]
    fn a_documents_subject_is_no_body() {
        // 关于 opens what a document is about: 中心 there ends no body's name
        let text = "恩施州召开会议。会议研究了《恩施州关于加快建设鄂西南区域性中心城市的实施意见》。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn what_an_agreement_is_signed_for_is_a_project() {
        // invented company in a real district: 签订某项目投资协议 names the project,
        // however generic its words
        let text = "碧江区召开会议。碧江区与远华茶业集团有限公司签订茶叶精深加工项目投资协议，项目总投资6亿元。";
        assert_eq!(names_of(Class::Project, text), ["茶叶精深加工项目"]);
        // (the same words with no agreement name no project)
        assert!(names_of(Class::Project, "碧江区召开会议。全区推进茶叶精深加工项目建设。").is_empty());
        let text = "共青城市召开会议。远华新能源有限公司与共青城市人民政府签订了储能电池生产基地项目合作协议。";
        assert_eq!(names_of(Class::Project, text), ["储能电池生产基地项目"]);
        // and a project with a figure of its own (real districts, invented company)
        let text = "天水市召开会议。麦积区与远华果业集团有限公司签订苹果冷链物流中心项目，总投资3.5亿元。";
        assert_eq!(names_of(Class::Project, text), ["苹果冷链物流中心项目"]);
        let text = "内乡县召开会议。县农业农村局局长马建伟说，肉食产业综合体项目计划总投资50亿元。全市产业发展项目总投资120亿元。今年重大项目总投资300亿元。";
        assert_eq!(names_of(Class::Project, text), ["肉食产业综合体项目"]);
    }

    #[test]
    fn shipping_and_supporting_works_are_built() {
        // a river section's shipping works are a project, not a programme
        let text = "阆中市召开会议。加快推进嘉陵江阆中段航运配套工程建设。";
        assert_eq!(names_of(Class::Project, text), ["嘉陵江阆中段航运配套工程"]);
        assert!(names_of(Class::Policy, text).is_empty());
    }

    #[test]
    fn a_programme_of_helping_towns_and_villages_is_no_village() {
        // 驻镇帮镇扶村 (Guangdong's teams stationed in towns to help towns and
        // villages): after a town, 帮镇扶村 is no village of it
        let text = "翁源县召开会议。远华集团驻官渡镇帮镇扶村工作队负责人作了发言。官渡镇青云村人居环境整治项目投资800万元。";
        assert_eq!(names_of(Class::Village, text), ["青云村"]);
    }

    #[test]
    fn a_place_ending_in_a_function_words_character_opens_a_companys_name() {
        // 武都 ends in 都 (all), a function word's character alone: the company
        // keeps its province and county (invented company)
        let text = "武都区召开会议。在安化镇，甘肃武都远华花椒开发有限公司建成了生产线。";
        assert_eq!(names_of(Class::Enterprise, text), ["甘肃武都远华花椒开发有限公司"]);
    }

    #[test]
    fn he_opening_a_given_name_jieba_reads_as_a_word_is_the_names() {
        // invented secretary: 陈|和平/nz，
        let text = "共青城市召开会议。九江市委常委、共青城市委书记陈和平，市委副书记、市长蔡建华出席活动。";
        assert_eq!(names_of(Class::Official, text), ["陈和平", "蔡建华"]);
    }

    fn names_of(class: Class, text: &str) -> Vec<String> {
        crate::extract::extract_text(text).mentions.into_iter().filter(|m| m.entity.class == class).map(|m| m.entity.name).collect()
    }

    /// (official, title, organisation) of every post in `text`.
    fn posts_of(text: &str) -> Vec<(String, String, String)> {
        let mut posts: Vec<_> = crate::extract::extract_text(text)
            .relations
            .into_iter()
            .filter_map(|r| match r {
                crate::model::Relation::HoldsPost { official, title, organisation } => Some((official.name, title, organisation.name)),
                _ => None,
            })
            .collect();
        posts.sort();
        posts
    }

    #[test]
    fn a_village_named_before_its_branch_written_with_cun_is_the_name_alone() {
        // invented villages and people in a real town: 张村|村党支部, not 张村村
        let text = "安吉县召开会议\n\n安吉县天荒坪镇张村村党支部书记汪远成发言。安吉县天荒坪镇李村村党支部组织开展活动。";
        assert_eq!(names_of(Class::Village, text), ["张村", "李村"]);
        let posts = posts_of(text);
        assert_eq!(posts, [("汪远成".into(), "党支部书记".into(), "张村党支部".into())]);
        // (the branch with no post is the village's too, not a body read off the places before)
        let bodies = names_of(Class::GovernmentBody, text);
        assert!(bodies.contains(&"李村党支部".to_owned()) && bodies.iter().all(|b| b == "张村党支部" || b == "李村党支部"), "{bodies:?}");
    }

    #[test]
    fn a_subdistricts_organs_are_of_the_subdistrict_named_before() {
        // invented people in a real subdistrict: 街道党工委 and 街道办事处 of 迎新街街道
        let text = "太原市尖草坪区召开会议\n\n在迎新街街道，新建的社区综合服务中心投用。街道党工委书记李远燕介绍了情况。街道办事处主任王远红参加。";
        let posts = posts_of(text);
        assert!(posts.contains(&("李远燕".into(), "党工委书记".into(), "迎新街街道党工委".into())), "{posts:?}");
        assert!(posts.contains(&("王远红".into(), "主任".into(), "迎新街街道办事处".into())), "{posts:?}");
    }

    #[test]
    fn a_post_taken_up_is_held() {
        // invented people in real places: the villager named before 担任, and a name opening the clause
        let text = "于都县梓山镇潭头村变了样\n\n2021年，县水利局干部钟远强被选派到潭头村担任驻村第一书记。";
        let posts = posts_of(text);
        assert!(posts.contains(&("钟远强".into(), "第一书记".into(), "潭头村".into())), "{posts:?}");
        let text = "苍溪县召开会议\n\n2021年，王远明担任县委副书记、县长。李远东曾担任县委书记。";
        let posts = posts_of(text);
        assert!(posts.contains(&("王远明".into(), "县委副书记".into(), "苍溪县委".into())), "{posts:?}");
        assert!(posts.contains(&("王远明".into(), "县长".into(), "苍溪县".into())), "{posts:?}");
        assert!(!posts.iter().any(|(n, _, _)| n == "李远东"), "{posts:?}");
    }

    #[test]
    fn a_profile_gives_the_posts_held_now() {
        // an invented candidate in real places (任前公示): the posts after 现任, not the one after 拟任
        let text = "任职前公示\n\n赵远伟，男，汉族，1978年6月出生，大学学历，现任崇州市委常委、组织部部长，拟任崇州市委副书记。\n\n公示时间：12月1日至12月7日。";
        let posts = posts_of(text);
        assert!(posts.contains(&("赵远伟".into(), "市委常委".into(), "崇州市委".into())), "{posts:?}");
        assert!(posts.contains(&("赵远伟".into(), "部长".into(), "崇州市委组织部".into())), "{posts:?}");
        assert!(!posts.iter().any(|(_, t, _)| t.contains("副书记")), "{posts:?}");
        // (a name opening a paragraph without sex is no profile)
        let text = "任职前公示\n\n赵远伟现任崇州市委常委。";
        assert!(posts_of(text).is_empty());
    }

    #[test]
    fn a_body_runs_over_no_chair_and_no_main_task() {
        // an invented chair in a real county: 县政协主席某某代表政协… is the 政协
        // and a post, not one body running over both; the 中心 of
        // 县政府中心工作 (the main task) is no 县政府中心, nor 县行政中心 being rebuilt
        let text = "岳池县召开会议。县政协主席邓丽华代表政协岳池县委员会常务委员会作报告。会议要求围绕县委、县政府中心工作贡献力量，推进县行政中心改造工程。";
        let bodies = names_of(Class::GovernmentBody, text);
        assert!(!bodies.iter().any(|b| b.contains("主席") || b.ends_with("中心")), "{bodies:?}");
        assert!(bodies.iter().any(|b| b == "岳池县政协") && bodies.iter().any(|b| b == "岳池县政府"), "{bodies:?}");
        assert_eq!(posts_of(text), [("邓丽华".to_string(), "主席".to_string(), "岳池县政协".to_string())]);
        // 政协某县委员会 is the county's 政协, its standing committee the 政协's,
        // with the session's ordinal between or not
        assert!(bodies.iter().any(|b| b == "岳池县政协常务委员会") && !bodies.iter().any(|b| b.contains("县委员会")), "{bodies:?}");
        let bodies = names_of(Class::GovernmentBody, "政协岳池县委员会召开会议。刘明代表政协第十届岳池县委员会常务委员会作报告。");
        assert_eq!(bodies, ["岳池县政协", "岳池县政协常务委员会"]);
    }

    #[test]
    fn a_cadre_is_a_person_and_a_common_word_after_a_role_is_none() {
        // invented people: 干部 introduces a person as 村民 does, but 干部任用
        // and 领导干部带头 are words (任 and 干 are surnames), not names
        let text = "驻村第一书记、县财政局干部柳青山介绍说，全县党员干部任用工作会议召开，领导干部带头学习，机关干部韩秀梅说。";
        assert_eq!(names_of(Class::Person, text), ["柳青山", "韩秀梅"]);
        assert!(names_of(Class::Official, text).is_empty());
    }

    #[test]
    fn a_common_word_after_an_enterprise_is_no_staff() {
        // invented companies: 方面 and 项目 (方 and 项 are surnames) right after
        // a company's name are no person; a name there is still one
        let text = "贵州凯宏食品有限公司潘德明表示，公司将扩大规模。华睿新材料股份有限公司方面表示，凯宏食品有限公司项目进展顺利。";
        assert_eq!(names_of(Class::Person, text), ["潘德明"]);
    }

    #[test]
    fn a_committee_written_half_in_the_title_is_mentioned_whole() {
        // invented people: in 汉台区委书记 the committee is 汉台|区委, and the
        // region alone (汉台) is no name of the committee; in 汉台区河东店镇党委书记
        // the committee is the town's, written after its district
        let text = "汉中市召开经济工作会议。汉台区委书记王建华主持会议，汉台区河东店镇党委书记李明德发言。";
        let x = crate::extract::extract_text(text);
        let texts_of = |name: &str| x.mentions.iter().filter(|m| m.entity.name == name).map(|m| m.text.as_str()).collect::<Vec<_>>();
        assert_eq!(texts_of("汉台区委"), ["汉台区委"]);
        assert_eq!(texts_of("河东店镇党委"), ["汉台区河东店镇党委"]);
        assert!(!x.aliases.iter().any(|(_, a)| a == "汉台" || a == "河东店镇"), "{:?}", x.aliases);
        let posts = posts_of(text);
        assert!(posts.contains(&("李明德".into(), "党委书记".into(), "河东店镇党委".into())), "{posts:?}");
        assert!(posts.contains(&("王建华".into(), "区委书记".into(), "汉台区委".into())), "{posts:?}");
    }

    #[test]
    fn village_posts_are_in_the_organs_of_the_village_named_last() {
        // invented village and people in a real district and town: 村党支部书记
        // and 村委会主任 are posts in that village's branch and committee, as
        // a town's 党委书记 is in the town's committee
        let text = "在汉台区河东店镇柳林村，村党支部书记、村委会主任王德顺介绍了合作社的情况。村监委会主任赵秀珍说，全村已化解纠纷36件。";
        let posts = posts_of(text);
        assert_eq!(
            posts,
            [
                ("王德顺".into(), "主任".into(), "柳林村委会".into()),
                ("王德顺".into(), "党支部书记".into(), "柳林村党支部".into()),
                ("赵秀珍".into(), "主任".into(), "柳林村监委会".into()),
            ]
        );
        // the village written before the branch, and no village named at all
        assert_eq!(posts_of("汉台区河东店镇柳林村党支部书记王德顺说。"), [("王德顺".into(), "党支部书记".into(), "柳林村党支部".into())]);
        // the branch is the village's wherever the town is written before it
        assert_eq!(names_of(Class::GovernmentBody, "汉台区召开会议。河东店镇柳林村党支部组织党员学习。"), ["柳林村党支部"]);
        // and where the village is written alone
        assert_eq!(names_of(Class::GovernmentBody, "汉台区召开会议。柳林村党支部组织党员学习。"), ["柳林村党支部"]);
        // a first secretary sent to a village holds the post in the village
        let text = "丹寨县召开会议。省交通运输厅驻丹寨县龙泉镇高要村第一书记杨振华作了发言。";
        assert_eq!(posts_of(text), [("杨振华".into(), "第一书记".into(), "高要村".into())]);
        // 驻村第一书记 after the village its sentence names (invented village and people)
        let text = "安化县召开会议。在安化县清塘铺镇柳溪村，驻村第一书记刘远华介绍了情况。";
        assert_eq!(posts_of(text), [("刘远华".into(), "第一书记".into(), "柳溪村".into())]);
        // none in the sentence: no post
        let text = "安化县召开会议。在安化县清塘铺镇柳溪村调研。驻村第一书记刘远华介绍了情况。";
        assert_eq!(posts_of(text), []);
        // and a 嘎查's (Inner Mongolia's village; a real town, an invented 嘎查)
        let text = "鄂托克旗召开会议。木凯淖尔镇巴音布拉格嘎查党支部书记苏和作交流发言。";
        assert_eq!(posts_of(text), [("苏和".into(), "党支部书记".into(), "巴音布拉格嘎查党支部".into())]);
        assert!(names_of(Class::GovernmentBody, text).iter().all(|b| b == "巴音布拉格嘎查党支部"), "{:?}", names_of(Class::GovernmentBody, text));
        // a 嘎查 written with no sumu or town before it is still a village,
        // and its committee is named after it once
        let text = "苏尼特右旗召开会议。在乌日根塔拉嘎查，嘎查党支部书记、嘎查委员会主任吉日嘎拉带领牧民发展肉羊产业。";
        assert_eq!(names_of(Class::Village, text), ["乌日根塔拉嘎查"]);
        assert_eq!(
            posts_of(text),
            [("吉日嘎拉".into(), "主任".into(), "乌日根塔拉嘎查委员会".into()), ("吉日嘎拉".into(), "党支部书记".into(), "乌日根塔拉嘎查党支部".into())]
        );
        assert!(posts_of("会上，村党支部书记王德顺发言。").is_empty());
    }

    #[test]
    fn a_county_level_citys_paper_means_itself_by_its_city_organs() {
        // invented people in a real county-level city of 成都市: where the
        // article names it more often than its prefecture, 市 is its own
        let paper = "都江堰市召开会议。都江堰市各乡镇负责人参加。市农业农村局局长孙立文发言。成都市委常委、都江堰市委书记冯永康讲话。";
        assert!(names_of(Class::GovernmentBody, paper).contains(&"都江堰市农业农村局".to_string()));
        // and 我市 is the county-level city, as 市委 is
        let paper = "12月2日，都江堰市委常委会召开会议。会议强调，我市要抓好都江堰市灌区建设。市委书记冯永康主持会议。";
        assert_eq!(names_of(Class::County, paper), ["都江堰市", "都江堰市", "都江堰市"]);
        assert!(names_of(Class::City, paper).is_empty(), "{:?}", names_of(Class::City, paper));
        // its standing committee's sitting is a meeting, named with the city
        assert_eq!(names_of(Class::Meeting, paper), ["都江堰市委常委会"]);
        assert_eq!(posts_of(paper), [("冯永康".into(), "市委书记".into(), "都江堰市委".into())]);
        // a prefecture's paper that names the county-level city once keeps 市 for itself
        let prefecture = "成都市召开会议。成都市各区县负责人参加，都江堰市作交流发言。市农业农村局局长孙立文发言。";
        assert!(names_of(Class::GovernmentBody, prefecture).contains(&"成都市农业农村局".to_string()));
    }

    #[test]
    fn a_paper_of_a_municipality_or_of_a_county_its_province_governs_has_a_home() {
        // invented people in real districts of 重庆市 (a province-level
        // municipality) and a real county of 海南省 that no city stands over:
        // a district's paper means 重庆市 by 市委, and the county is its
        // paper's home without its province named
        let district = "万州区召开会议。区委书记孙立文讲话，要求全区贯彻落实市委、市政府决策部署。";
        let bodies = names_of(Class::GovernmentBody, district);
        assert!(bodies.contains(&"重庆市委".to_string()) && bodies.contains(&"万州区委".to_string()), "{bodies:?}");
        let county = "定安县召开会议。县委书记孙立文主持会议，县人大常委会主任冯永康出席。";
        assert_eq!(names_of(Class::County, county), ["定安县"]);
        assert!(posts_of(county).contains(&("冯永康".into(), "主任".into(), "定安县人大常委会".into())), "{:?}", posts_of(county));
        // its paper's 市 is no county: 市场监管局 aside, a bare 市委 names nothing
        assert!(!names_of(Class::GovernmentBody, "定安县召开会议。县委书记孙立文传达市委会议精神。").iter().any(|b| b.starts_with("定安县市")));
    }

    #[test]
    fn a_short_region_name_inside_a_persons_or_a_villages_name_is_no_region() {
        // invented people and village in a real district and town of 泉州市:
        // 王|惠安 (惠安县 of the same city), 白|玉林 (玉林市), 安溪|村 (安溪县,
        // also of 泉州市)
        let text = "泉州市召开会议。市委常委王惠安、市发展和改革委员会主任白玉林出席。会后，一行到洛江区马甲镇安溪村调研。";
        assert_eq!(names_of(Class::County, text), ["洛江区"]);
        assert_eq!(names_of(Class::City, text), ["泉州市"]);
        assert_eq!(names_of(Class::Village, text), ["安溪村"]);
        assert_eq!(names_of(Class::Official, text), ["王惠安", "白玉林"]);
    }

    #[test]
    fn a_name_before_a_speech_of_welcome_keeps_its_third_character() {
        // invented people in a real county-level city: 王明 is a word of
        // jieba's, 元 a numeral to it; 宣布 is what the secretary does, not
        // the start of a project's name
        let text = "晋江市举行项目集中开工活动。晋江市委书记孙立文宣布项目开工，晋江市委副书记、市长王明元致辞。";
        assert_eq!(names_of(Class::Official, text), ["孙立文", "王明元"]);
        // jieba's 马生|福笑: the given name's last character glued to a smile
        assert_eq!(names_of(Class::Person, "永宁县闽宁镇。“现在住上了砖瓦房。”村民马生福笑着说。"), ["马生福"]);
        // 向 is a surname and "towards": 向|玉兰/nr is a villager, 向|记者 no one
        assert_eq!(names_of(Class::Person, "永顺县石堤镇。村民向记者介绍了情况。村民向玉兰笑着说。"), ["向玉兰"]);
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
    }

    #[test]
    fn a_plenary_session_is_named_before_its_spirit() {
        // jieba writes 全会精神 as one word: the head 全会 still ends there
        assert_eq!(names_of(Class::Meeting, "海口市召开会议。会议传达学习省委八届五次全会精神。"), ["海南省委八届五次全会"]);
    }

    #[test]
    fn a_place_and_a_verb_of_building_open_no_projects_name() {
        // invented company and village in a real county
        let project = |text: &str| names_of(Class::Project, &format!("永宁县召开会议。远华酒庄有限公司{text}"));
        assert!(project("在沙湾村建设葡萄种植基地3000亩，带动就业。").is_empty());
        assert_eq!(project("在沙湾村建设远华葡萄种植基地，带动就业。"), ["远华葡萄种植基地"]);
        // the village's own project keeps its name
        assert_eq!(project("参与的沙湾村建设项目进展顺利。"), ["沙湾村建设项目"]);
    }

    #[test]
    fn a_report_by_the_head_of_government_names_the_head_and_no_body() {
        // invented people in a real district: jieba's 韩远|达作 and 刘海|波作
        // (the name cut short had left 区长韩远达作政府 to be read as a body)
        let text = "滨海新区召开会议。区委书记孙立文出席，区长韩远达作政府工作报告。副区长刘海波作补充说明。";
        assert_eq!(names_of(Class::Official, text), ["孙立文", "韩远达", "刘海波"]);
        let bodies = names_of(Class::GovernmentBody, text);
        assert!(bodies.iter().all(|b| !b.contains("政府")), "{bodies:?}");
    }

    #[test]
    fn a_rally_is_a_meeting() {
        // 大会 names a meeting as 会议 does; 人民大会堂 is a hall
        let text = "恭城瑶族自治县召开全县警示教育大会。县长孙立文主持会议。此前他在人民大会堂参观。";
        assert_eq!(names_of(Class::Meeting, text), ["全县警示教育大会"]);
    }

    #[test]
    fn a_city_and_its_district_before_a_quarters_major_projects_name_none() {
        // real city and district, no project named: the quarter's projects as a whole
        let text = "9月26日上午，百色市右江区2023年第三季度重大项目集中开工仪式在龙景街道举行。";
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
    }

    #[test]
    fn a_modal_before_a_joining_verb_ends_the_body() {
        let text = "汉中市召开会议。市财政局、市发展改革委要会同市工信局制定配套支持政策。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["汉中市财政局", "汉中市发展改革委", "汉中市工信局"]);
    }

    #[test]
    fn a_four_character_name_in_a_byline() {
        // invented reporters
        let text = "本报讯（记者 乌兰其娅 通讯员 欧阳明辉）3月15日，某县召开会议。";
        assert_eq!(names_of(Class::Person, text), ["乌兰其娅", "欧阳明辉"]);
    }

    #[test]
    fn a_prefectures_meeting_named_after_its_trade() {
        // invented people in a real prefecture; jieba's dictionary tags 林果业 nr
        let text = "阿克苏地区召开林果业提质增效工作推进会\n3月16日，地区林果业提质增效工作推进会在阿克苏市召开。";
        let x = crate::extract::extract_text(text);
        let meetings: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(meetings, ["阿克苏地区林果业提质增效工作推进会", "阿克苏地区林果业提质增效工作推进会"]);
    }

    #[test]
    fn verbs_after_a_name_are_not_part_of_it() {
        // invented people; jieba glues 看 or 来 to the given name (吴鹏看|到, 赵衡|华来)
        let text = "县委书记吴鹏看到合作社的发展成效后表示，要把经验在全县推广。";
        assert_eq!(names_of(Class::Official, text), ["吴鹏"]);
        assert!(names_of(Class::Enterprise, text).is_empty());
        assert_eq!(names_of(Class::Official, "省委书记赵衡华来我市调研。"), ["赵衡华"]);
        // a headline's slogan names no cooperative
        assert!(names_of(Class::Enterprise, "马家村：党建引领合作社走出致富路").is_empty());
        // a member of a government's leading party group holds a post in it
        let posts = posts_of("永登县召开会议。县政府党组成员王志强出席会议。");
        assert!(posts.contains(&("王志强".into(), "党组成员".into(), "永登县政府".into())), "{posts:?}");
    }

    #[test]
    fn an_office_or_commission_after_a_standing_committee_member_is_the_committees() {
        // invented people in a real county: 县委常委、办公室主任 heads the county
        // committee's office, not a county office; so for 政法委
        let posts = posts_of("永春县召开会议。县委常委、办公室主任林文辉，县委常委、政法委书记陈志明出席。");
        assert!(posts.contains(&("林文辉".into(), "主任".into(), "永春县委办公室".into())), "{posts:?}");
        assert!(posts.contains(&("陈志明".into(), "书记".into(), "永春县委政法委".into())), "{posts:?}");
    }

    #[test]
    fn a_bare_city_committee_after_another_citys_in_the_sentence_is_that_citys() {
        // invented people; a county paper of 银川 on its visit to 晋江: the
        // mayor listed after 晋江市委书记 is 晋江's
        let posts = posts_of("永宁县召开会议。永宁县委书记马立军率永宁县代表团赴晋江市考察。晋江市委书记陈立华主持会议，市委副书记、市长林志远出席会议。");
        assert!(posts.contains(&("林志远".into(), "市长".into(), "晋江市".into())), "{posts:?}");
        assert!(posts.contains(&("林志远".into(), "市委副书记".into(), "晋江市委".into())), "{posts:?}");
        // but where the paper's own city is named so too, 市委 stays its own
        let posts = posts_of("永宁县召开会议。永宁县委书记马立军率永宁县代表团赴晋江市考察。银川市委书记张国华、晋江市委书记陈立华出席，市委常委王建新参加。");
        assert!(posts.contains(&("王建新".into(), "市委常委".into(), "银川市委".into())), "{posts:?}");
    }

    #[test]
    fn courts_assistants_and_executive_deputies_hold_posts() {
        // invented people in a real city; 市中 (of 市中区) is no region before 级
        let posts = posts_of("南阳市召开会议。市中级人民法院院长张志华、市长助理周立强、市委统战部常务副部长钱晓丽出席。");
        assert!(posts.contains(&("张志华".into(), "院长".into(), "南阳市中级人民法院".into())), "{posts:?}");
        assert!(posts.contains(&("周立强".into(), "市长助理".into(), "南阳市".into())), "{posts:?}");
        assert!(posts.contains(&("钱晓丽".into(), "常务副部长".into(), "南阳市委统战部".into())), "{posts:?}");
    }

    #[test]
    fn a_name_said_again_before_an_adverb_is_the_same_person() {
        // invented people in a real city and district
        let text = "南阳市召开会议。副市长李国强出席会议并讲话。会后李国强还到宛城区红旗村察看。";
        let x = crate::extract::extract_text(text);
        let mentions = x.mentions.iter().filter(|m| m.entity.name == "李国强").count();
        assert_eq!(mentions, 2, "{:?}", x.mentions);
    }

    #[test]
    fn joining_after_a_modal_is_the_verb_not_the_county() {
        // invented people; 会同 is also 会同县's short form
        let text = "南阳市召开会议。市工业和信息化局相关负责人表示，将会同市财政局尽快制定实施细则。";
        assert!(names_of(Class::County, text).is_empty(), "{:?}", names_of(Class::County, text));
        assert_eq!(names_of(Class::GovernmentBody, text), ["南阳市工业和信息化局", "南阳市财政局"]);
    }

    #[test]
    fn a_party_committees_theory_study_group_is_a_body() {
        // invented people in a real city
        let text = "齐齐哈尔市召开会议。市委书记、市委理论学习中心组组长王志林主持并讲话。";
        assert!(posts_of(text).contains(&("王志林".into(), "组长".into(), "齐齐哈尔市委理论学习中心组".into())), "{:?}", posts_of(text));
    }

    #[test]
    fn a_periods_major_projects_are_no_project() {
        // a real city; 宜宾 is its short form
        let text = "12月6日，宜宾三江新区2023年第四季度重大项目集中签约活动举行。";
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
        assert_eq!(names_of(Class::City, text), ["宜宾市"]);
        // a project with a year in its name is still one
        assert_eq!(names_of(Class::Project, "宜宾市召开会议。远华2023年产业园项目开工建设。"), ["远华2023年产业园项目"]);
    }

    #[test]
    fn what_a_company_invests_in_is_a_project() {
        // invented company
        let text = "签约项目中，远华新能源科技股份有限公司投资的动力电池四期项目总投资50亿元。";
        assert_eq!(names_of(Class::Project, text), ["动力电池四期项目"]);
        // without the company, a generic phrase stays no name
        assert!(names_of(Class::Project, "签约项目中，今年投资的动力电池项目总投资50亿元。").is_empty());
    }

    #[test]
    fn a_county_newsroom_is_no_body() {
        let text = "于都县召开会议。（县融媒体中心 记者 余小琳）";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn a_family_farm_is_an_enterprise() {
        // invented farm in a real county
        let text = "近日，临泉县鑫远家庭农场签订贷款协议。";
        assert_eq!(names_of(Class::Enterprise, text), ["临泉县鑫远家庭农场"]);
    }

    #[test]
    fn a_discipline_secretary_in_a_chain_is_in_the_commission() {
        // invented people in a real county
        let posts = posts_of("4月3日，安化县委巡察工作动员部署会召开。县委常委、纪委书记、监委主任李晓明出席会议并讲话。");
        assert!(posts.contains(&("李晓明".into(), "纪委书记".into(), "安化县纪委".into())), "{posts:?}");
        assert!(posts.contains(&("李晓明".into(), "县委常委".into(), "安化县委".into())), "{posts:?}");
        assert!(posts.contains(&("李晓明".into(), "主任".into(), "安化县监委".into())), "{posts:?}");
    }

    #[test]
    fn a_phase_of_a_park_to_be_built_is_a_project() {
        // invented park: the phase (二期) after the park's head does not hide it
        let text = "公司总经理介绍了鑫矿铝产业园二期项目建设情况，该项目计划总投资15.2亿元。";
        assert_eq!(names_of(Class::Project, text), ["鑫矿铝产业园二期项目"]);
        assert_eq!(without_phase("某某产业园二期"), "某某产业园");
        assert_eq!(without_phase("某某产业园12期"), "某某产业园");
        assert_eq!(without_phase("学期"), "学期");
    }

    #[test]
    fn port_airport_and_phased_works_are_projects_not_programmes() {
        // invented works in a real district: 工程 names a programme unless
        // the name says what is built
        let text = "滨海新区召开会议。今年将加快推进远华港区集装箱码头二期工程、蜀丰枢纽互通立交工程等重大项目建设。";
        assert_eq!(names_of(Class::Project, text), ["远华港区集装箱码头二期工程", "蜀丰枢纽互通立交工程"]);
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
    }

    #[test]
    fn a_township_written_with_its_former_suffix_is_the_gazetteers_town() {
        // the gazetteer lists 叶坪镇 of 瑞金市; a paper writes the former 叶坪乡
        let text = "在瑞金市叶坪乡，产业兴旺。乡党委书记孙立文说，叶坪乡今年种了脐橙。";
        let x = crate::extract::extract_text(text);
        let towns: Vec<(&str, &str)> = x.mentions.iter().filter(|m| m.entity.class == Class::Town).map(|m| (m.text.as_str(), m.entity.name.as_str())).collect();
        assert_eq!(towns, [("叶坪乡", "叶坪镇"), ("叶坪乡", "叶坪镇")]);
        // and its party committee, named with the township's written name
        let posts = posts_of("在瑞金市叶坪乡，产业兴旺。叶坪乡党委书记孙立文说，今年种了脐橙。");
        assert_eq!(posts, [("孙立文".into(), "党委书记".into(), "叶坪镇党委".into())]);
        // a county's name followed by a township the gazetteer does not list
        // is a town of that county with no code of its own (town-after-county)
        let x = crate::extract::extract_text("在瑞金市远华乡，产业兴旺。");
        let towns: Vec<_> = x.mentions.iter().filter(|m| m.entity.class == Class::Town).map(|m| (m.entity.name.as_str(), m.entity.code.as_deref())).collect();
        assert_eq!(towns, [("远华乡", Some("360781/远华乡"))]);
    }

    #[test]
    fn a_village_named_after_its_town_is_that_village_again_later() {
        // invented village and people in a real county and town
        let text = "在瑞金市叶坪镇沙湾村，产业兴旺。沙湾村党支部书记孙立文说，今年种了脐橙。近日，市委书记冯永康到沙湾村调研。沙湾村民都来了。";
        let x = crate::extract::extract_text(text);
        let villages: Vec<usize> = x.mentions.iter().filter(|m| m.entity.class == Class::Village && m.entity.name == "沙湾村").map(|m| m.start).collect();
        assert_eq!(villages.len(), 3, "{:?}", x.mentions);
        assert!(posts_of(text).contains(&("孙立文".into(), "党支部书记".into(), "沙湾村党支部".into())), "{:?}", posts_of(text));
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::Inspected, object }
            if subject.name == "冯永康" && object.name == "沙湾村")), "{:?}", x.relations);
    }

    #[test]
    fn a_company_head_telling_the_reporter_works_for_the_company() {
        // invented company and person in a real county
        let x = crate::extract::extract_text("阜平县远华农业科技有限公司负责人张立新告诉记者，公司建有大棚120栋。");
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::WorksFor, object }
            if subject.name == "张立新" && object.name == "阜平县远华农业科技有限公司")), "{:?}", x.relations);
    }

    #[test]
    fn a_centre_to_be_built_is_no_body() {
        // invented centre in a real county-level city
        let text = "寿光市人民政府与远华农业大学签订协议，双方将共建寿光蔬菜种业创新中心。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["寿光市政府"]);
    }

    #[test]
    fn an_official_on_secondment_holds_the_post_of_the_place_he_serves() {
        // invented person: from 厦门市 to 临夏州, on secondment (挂职)
        let text = "临夏州召开会议。厦门市挂职临夏州委常委、副州长孙立文介绍了协作情况。";
        assert_eq!(posts_of(text), [("孙立文".into(), "副州长".into(), "临夏回族自治州".into()), ("孙立文".into(), "州委常委".into(), "临夏回族自治州委".into())]);
    }

    #[test]
    fn our_city_is_the_papers_city() {
        // invented person in a real city: 我市 is the home city, visited,
        // and no name of it for other articles
        let text = "11月12日，省委书记孙立文到我市调研。他指出，韶关市要筑牢北部生态屏障。";
        let x = crate::extract::extract_text(text);
        let ours: Vec<&str> = x.mentions.iter().filter(|m| m.text == "我市").map(|m| m.entity.name.as_str()).collect();
        assert_eq!(ours, ["韶关市"]);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::Inspected, object }
            if subject.name == "孙立文" && object.name == "韶关市")), "{:?}", x.relations);
        assert!(!x.aliases.iter().any(|(_, a)| a == "我市"), "{:?}", x.aliases);
        // 我市场 is the market
        assert!(crate::extract::extract_text("韶关市召开会议。规范我市场秩序。").mentions.iter().all(|m| m.text != "我市"));
    }

    #[test]
    fn a_cppcc_session_report_names_no_false_meeting_or_venue() {
        // invented people in a real prefecture: 向大会作报告 and 审议某常委会工作报告
        // open no meeting's name, 政协常委会 is a body, and the 中心 where
        // the session opens is its venue
        let text = "1月10日，恩施州政协十三届四次会议在州民族文化中心开幕。州政协主席孙立文代表常务委员会向大会作工作报告。委员们将审议州政协常委会工作报告。";
        let meetings = names_of(Class::Meeting, text);
        assert!(meetings.len() == 1 && meetings[0].ends_with("政协十三届四次会议"), "{meetings:?}");
        assert!(!names_of(Class::GovernmentBody, text).iter().any(|b| b.contains("中心")), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn a_county_named_once_with_its_organ_is_its_papers_county() {
        // invented people in a real county, whose paper writes of its trip to
        // 深圳市 and names itself once, in a title
        let text = "我县党政代表团赴深圳考察。县委书记孙立文率我县党政代表团赴深圳市开展招商考察，走访了深圳市远华电池股份有限公司。来凤县委副书记、县长冯永康在县内主持工作。";
        let posts = posts_of(text);
        for post in [("孙立文", "县委书记", "来凤县委"), ("冯永康", "县委副书记", "来凤县委"), ("冯永康", "县长", "来凤县")] {
            assert!(posts.contains(&(post.0.into(), post.1.into(), post.2.into())), "{post:?} not in {posts:?}");
        }
    }

    #[test]
    fn a_gacha_after_a_sumu_is_a_village_of_it() {
        // a real banner and sumu of Chifeng (gazetteer), invented villages: 嘎查
        // is Inner Mongolia's village, 嘎查村 the same village, and in 嘎查村民
        // the 村 begins the villagers
        let text = "阿鲁科尔沁旗赛罕塔拉苏木乌兰哈达嘎查建起了冷库，赛罕塔拉苏木巴音宝力格嘎查村有牛羊三万头。赛罕塔拉苏木乌兰哈达嘎查村民都来了。";
        assert_eq!(names_of(Class::Village, text), ["乌兰哈达嘎查", "巴音宝力格嘎查", "乌兰哈达嘎查"]);
        let x = crate::extract::extract_text(text);
        let part_of = x.relations.iter().any(|r| {
            matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::PartOf, object }
                if subject.name == "巴音宝力格嘎查" && object.name == "赛罕塔拉苏木")
        });
        assert!(part_of, "{:?}", x.relations);
    }

    #[test]
    fn an_autonomous_regions_own_organs_are_its_bodies() {
        // invented people, a real city of Guangxi: 自治区 is the region's province, not a district
        let text = "自治区党委书记王志成到南宁市调研。自治区发展改革委主任李华平汇报。自治区人民政府召开常务会议。";
        assert_eq!(
            posts_of(text),
            [
                ("李华平".into(), "主任".into(), "广西壮族自治区发展改革委".into()),
                ("王志成".into(), "党委书记".into(), "广西壮族自治区党委".into()),
            ]
        );
        let bodies = names_of(Class::GovernmentBody, text);
        assert!(bodies.contains(&"广西壮族自治区政府".to_owned()), "{bodies:?}");
        assert!(!bodies.iter().any(|b| b.starts_with("南宁")), "{bodies:?}");
    }

    #[test]
    fn a_name_of_both_a_city_and_its_district_takes_the_level_of_the_title() {
        // 克拉玛依 is a city and one of its districts; 市委 and 市长 are the city's, and
        // a 市长 with no region written is the one of the post before it, not the home city's
        let text = "南宁市召开会议。克拉玛依市委副书记、市长赵立群出席会议。";
        assert_eq!(
            posts_of(text),
            [("赵立群".into(), "市委副书记".into(), "克拉玛依市委".into()), ("赵立群".into(), "市长".into(), "克拉玛依市".into())]
        );
    }

    #[test]
    fn a_transliterated_name_with_a_middle_dot_is_one_person() {
        let officials = |text: &str| names_of(Class::Official, text);
        assert_eq!(officials("乌鲁木齐市委副书记、市长阿依古丽·吐尔逊出席会议并讲话。"), ["阿依古丽·吐尔逊"]);
        // other input methods write other dots; the name is kept as written
        assert_eq!(officials("副市长艾力•买买提陪同调研。"), ["艾力•买买提"]);
        // a dot inside a date or a title is no name
        assert!(officials("纪念“一二·九”运动座谈会召开。").is_empty());
        // the name ends before the possessive
        assert_eq!(names_of(Class::Person, "疏勒县巴合齐乡。在村民阿不都热合曼·买买提的庭院里，蔬菜长势喜人。"), ["阿不都热合曼·买买提"]);
    }

    #[test]
    fn a_name_may_end_in_a_character_that_begins_a_word_after_names() {
        let officials = |text: &str| names_of(Class::Official, text);
        // 强 begins 强调, 主 主持: but not here
        assert_eq!(officials("县委书记窦志强主持召开会议。"), ["窦志强"]);
        assert_eq!(officials("副县长俞强要求各乡镇落实。"), ["俞强"]);
        assert_eq!(officials("常务副县长吴志强，县长林强建出席会议。"), ["吴志强", "林强建"]);
        // here they do
        assert_eq!(officials("县长王志强调，要抓好落实。"), ["王志"]);
        assert_eq!(officials("县长李强率队调研。"), ["李强"]);
        assert_eq!(names_of(Class::Person, "本报讯（记者 申华强）11月3日，全县召开会议。"), ["申华强"]);
    }

    #[test]
    fn a_name_in_jiebas_dictionary_may_be_one_character_short() {
        let officials = |text: &str| names_of(Class::Official, text);
        // jieba knows 王明 and leaves 芬 alone
        assert_eq!(officials("县农业农村局局长王明芬参加调研。"), ["王明芬"]);
        // a verb after the name is not its third character
        assert_eq!(officials("县长王明去调研。"), ["王明"]);
        assert_eq!(officials("县长王明在会上讲话。"), ["王明"]);
    }

    #[test]
    fn an_autonomous_prefectures_committee_is_the_home_prefectures() {
        let text = "黔东南州召开会议。州委书记罗文华、州委常委、秘书长刘德平出席。";
        assert_eq!(
            posts_of(text),
            [
                ("刘德平".into(), "州委常委".into(), "黔东南苗族侗族自治州委".into()),
                ("刘德平".into(), "秘书长".into(), "黔东南苗族侗族自治州委".into()),
                ("罗文华".into(), "州委书记".into(), "黔东南苗族侗族自治州委".into()),
            ]
        );
        // a 州委 with no prefecture at home is left unresolved rather than guessed
        assert!(!names_of(Class::GovernmentBody, "南宁市召开会议。州委书记罗文华出席。").iter().any(|b| b.contains("州委")));
    }

    #[test]
    fn a_deputy_head_of_government_holds_the_region_itself() {
        assert_eq!(
            posts_of("雷山县召开会议。县委常委、常务副县长吴志强出席。"),
            [("吴志强".into(), "县委常委".into(), "雷山县委".into()), ("吴志强".into(), "常务副县长".into(), "雷山县".into())]
        );
    }

    #[test]
    fn a_banners_committee_and_head_are_the_banners() {
        // Inner Mongolia's banners (旗) are counties: 旗委, 旗长, 旗发改委; X旗旗委 is X旗委
        let text = "达拉特旗召开会议。旗委书记王海涛、旗委副书记、旗长刘文斌出席。达拉特旗旗委研究部署。";
        assert_eq!(
            posts_of(text),
            [
                ("刘文斌".into(), "旗委副书记".into(), "达拉特旗委".into()),
                ("刘文斌".into(), "旗长".into(), "达拉特旗".into()),
                ("王海涛".into(), "旗委书记".into(), "达拉特旗委".into()),
            ]
        );
        assert!(names_of(Class::GovernmentBody, text).iter().all(|b| b == "达拉特旗委"));
    }

    #[test]
    fn tibetan_and_mongolian_names_need_no_surname() {
        let officials = |text: &str| names_of(Class::Official, text);
        assert_eq!(officials("副市长格桑卓玛出席会议。"), ["格桑卓玛"]);
        assert_eq!(officials("市委副书记、市长次仁多吉主持会议。"), ["次仁多吉"]);
        assert_eq!(officials("旗委书记乌力吉，副旗长巴特尔陪同。"), ["乌力吉", "巴特尔"]);
        // the parts make a name only where a name ends
        assert!(officials("副市长格桑花开调研。").iter().all(|n| n != "格桑"));
        // two parts end a name where jieba starts a word (扎西|才|让|多次)
        assert_eq!(officials("镇党委书记扎西才让多次到村里调研。"), ["扎西才让"]);
    }

    #[test]
    fn a_name_jieba_read_as_a_pronoun_is_closed_by_punctuation() {
        // invented people: jieba reads 何国|平 and 何国|栋 as a pronoun and a
        // character; three name characters before a comma are still a name
        let officials = |text: &str| names_of(Class::Official, text);
        assert_eq!(officials("县委书记何国平，县长罗志刚出席会议。"), ["何国平", "罗志刚"]);
        assert_eq!(officials("主任何国栋、副主任罗志刚出席会议。"), ["何国栋", "罗志刚"]);
    }

    #[test]
    fn a_district_congress_session_with_its_bodies_and_street_offices() {
        let text = "鼓楼区召开人代会。区人大常委会主任黄志明出席。林晓东代表区人民政府作政府工作报告。\
                    鼓东街道党工委书记陈琳琳、温泉街道办事处主任张斌列席会议。";
        // the standing committee is a body, and 列席 no part of a meeting's name
        assert!(names_of(Class::Meeting, text).iter().all(|m| !m.contains("常委会") && !m.contains("列席")), "{:?}", names_of(Class::Meeting, text));
        let bodies = names_of(Class::GovernmentBody, text);
        // a body's name ends before 作 (a verb), and 街道办事处 is a body
        assert!(bodies.contains(&"鼓楼区政府".to_owned()) && !bodies.iter().any(|b| b.contains('作')), "{bodies:?}");
        assert!(bodies.contains(&"温泉街道办事处".to_owned()), "{bodies:?}");
        // a place after 、 begins the next post, not a name sharing the title
        assert_eq!(names_of(Class::Official, text), ["黄志明", "陈琳琳", "张斌"]);
        assert!(posts_of(text).contains(&("张斌".into(), "主任".into(), "温泉街道办事处".into())), "{:?}", posts_of(text));
    }

    #[test]
    fn a_post_of_another_level_lends_no_region_to_the_next() {
        // 省委常委、市委书记: the city's committee (吉安, home of 永丰县), not the province's
        assert_eq!(
            posts_of("省委常委、市委书记何立新到永丰县调研。"),
            [("何立新".into(), "市委书记".into(), "吉安市委".into()), ("何立新".into(), "省委常委".into(), "江西省委".into())]
        );
    }

    #[test]
    fn villagers_listed_after_their_role_and_other_roles_of_rural_people() {
        let persons = |text: &str| names_of(Class::Person, text);
        assert_eq!(persons("村民张秋英、刘福生正在采摘木耳。"), ["张秋英", "刘福生"]);
        assert_eq!(persons("种植大户李春生今年收入超过10万元。"), ["李春生"]);
        assert_eq!(persons("返乡创业青年王晓辉创办了公司。"), ["王晓辉"]);
        // a place after 、 ends the list
        assert_eq!(persons("村民张秋英、柞水县的亲戚都来了。"), ["张秋英"]);
    }

    #[test]
    fn the_district_party_committee_of_an_autonomous_regions_paper_is_the_regions() {
        let text = "区党委书记刘宁主持召开区党委常委会会议。南宁市委书记农生文参加会议。";
        assert!(posts_of(text).contains(&("刘宁".into(), "党委书记".into(), "广西壮族自治区党委".into())), "{:?}", posts_of(text));
        assert_eq!(names_of(Class::Meeting, text), ["广西壮族自治区党委常委会会议"]);
        // where a district is named, 区委 and 区党委 stay the district's
        assert!(!posts_of("西乡塘区召开会议。区党委书记刘宁出席。").iter().any(|p| p.2.contains("自治区")));
    }

    #[test]
    fn departments_joined_by_and_school_works_and_agenda_items() {
        let text = "桃江县召开县长办公会议，研究部署2024年重点项目建设工作。会议听取了县发展和改革局、县住房和城乡建设局、县经济和信息化局的汇报。\
                    中心小学迁建工程总投资5600万元。";
        let bodies = names_of(Class::GovernmentBody, text);
        for body in ["桃江县发展和改革局", "桃江县住房和城乡建设局", "桃江县经济和信息化局"] {
            assert!(bodies.contains(&body.to_owned()), "{body}: {bodies:?}");
        }
        // a school being rebuilt is a project, not a programme
        assert_eq!(names_of(Class::Project, text), ["中心小学迁建工程"]);
        assert!(names_of(Class::Policy, text).is_empty());
        // and 和 still ends a body's name elsewhere: two bureaus
        assert!(!names_of(Class::GovernmentBody, "桃江县农业农村局和市水利局分别汇报。").iter().any(|b| b.contains('和')));
    }

    #[test]
    fn a_prefectures_committee_and_administrative_office() {
        // a 地区 has a 地委 and an office (行署) headed by a 专员
        let text = "阿克苏地区召开会议。地委书记王建新出席，地委副书记、行署专员艾海提·吐尔逊主持。温宿县县长买买提江·阿布都拉作交流发言。";
        assert_eq!(
            posts_of(text),
            [
                ("买买提江·阿布都拉".into(), "县长".into(), "温宿县".into()),
                ("王建新".into(), "地委书记".into(), "阿克苏地委".into()),
                ("艾海提·吐尔逊".into(), "地委副书记".into(), "阿克苏地委".into()),
                ("艾海提·吐尔逊".into(), "行署专员".into(), "阿克苏地区".into()),
            ]
        );
    }

    #[test]
    fn study_sessions_and_mobilisation_meetings_are_meetings() {
        assert_eq!(names_of(Class::Meeting, "桃江县召开全县安全生产工作动员会，县长杨振华出席。"), ["全县安全生产工作动员会"]);
        assert_eq!(names_of(Class::Meeting, "县委理论学习中心组举行2024年第三次专题学习会。"), ["2024年第三次专题学习会"]);
    }

    #[test]
    fn a_towns_party_committee_and_head() {
        let text = "横店镇召开会议。镇党委书记厉冬青主持，镇长金晓东部署工作。村党委书记徐文光、夏溪村股份经济合作社社长吴建明发言。\
                    他们返乡创业。";
        assert_eq!(
            posts_of(text),
            [("厉冬青".into(), "党委书记".into(), "横店镇党委".into()), ("金晓东".into(), "镇长".into(), "横店镇".into())]
        );
        // the cooperative after 、 is no official sharing the title; 返乡 names no township
        assert_eq!(names_of(Class::Official, text), ["厉冬青", "金晓东", "徐文光"]);
        assert_eq!(names_of(Class::Town, text), ["横店镇"]);
    }

    #[test]
    fn a_document_referred_to_by_its_kind_is_no_new_policy() {
        let text = "省政府办公厅印发《关于加快推进县域经济发展的若干意见》。《意见》提出，到2025年县域经济总量翻番。";
        assert_eq!(names_of(Class::Policy, text), ["关于加快推进县域经济发展的若干意见"]);
    }

    #[test]
    fn a_county_short_name_the_segmenter_reads_as_an_adverb_still_owns_its_zone() {
        // jieba reads 正定 as an adverb (正定|高新技术产业开发区): before a zone
        // type it is the county, whose zone this is, not its city's
        let text = "正定县召开会议。开工仪式在正定高新技术产业开发区举行。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["正定高新区"]);
        assert_eq!(names_of(Class::County, text), ["正定县", "正定县"]);
    }

    #[test]
    fn banks_and_their_branches_are_enterprises_and_their_presidents_staff() {
        // invented people in a real county; banks are companies (EXTRACTION: Enterprise)
        let text = "丹凤县召开金融座谈会。中国农业银行丹凤县支行行长刘海峰、丹凤县农村商业银行负责人王立新参加。各商业银行要加大信贷投放。";
        assert_eq!(names_of(Class::Enterprise, text), ["中国农业银行丹凤县支行", "丹凤县农村商业银行"]);
        let x = crate::extract::extract_text(text);
        let works_for = |person: &str, employer: &str| {
            x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::WorksFor, object }
                if subject.name == person && object.name == employer))
        };
        assert!(works_for("刘海峰", "中国农业银行丹凤县支行"), "{:?}", x.relations);
        assert!(works_for("王立新", "丹凤县农村商业银行"), "{:?}", x.relations);
    }

    #[test]
    fn a_sum_in_another_currency_still_makes_a_project() {
        // an invented company: 投资5亿美元的…项目 is invested in, though at no figure in yuan
        let x = crate::extract::extract_text("昆山市召开会议。远华集团投资5亿美元的新能源汽车零部件项目落户昆山。");
        let projects: Vec<_> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(projects, ["新能源汽车零部件项目"]);
        assert!(!x.relations.iter().any(|r| matches!(r, crate::model::Relation::TotalInvestment { .. })), "{:?}", x.relations);
    }

    #[test]
    fn the_organs_of_a_zone_written_after_its_city_are_the_zones() {
        // invented people; the gazetteer lists no 湘潭经开区: its 党工委 and
        // 管委会 are the zone's (湘潭经开区党工委), not the city's
        let text = "湘潭经开区举行开工仪式。市委常委、湘潭经开区党工委书记易立华宣布开工。湘潭经开区管委会主任欧阳立出席。";
        let posts = posts_of(text);
        assert!(posts.contains(&("易立华".into(), "党工委书记".into(), "湘潭经开区党工委".into())), "{posts:?}");
        assert!(posts.contains(&("欧阳立".into(), "主任".into(), "湘潭经开区管委会".into())), "{posts:?}");
        assert!(names_of(Class::GovernmentBody, text).iter().all(|b| !b.starts_with("湘潭市经开区") && b != "湘潭市党工委"), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn a_headquarters_is_no_department() {
        // 部 ends bodies (组织部), but a 总部 is a company's or a park's seat
        let text = "南康区召开会议。区委书记刘立平先后来到南康家具产业智联总部、区委组织部。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["南康区委", "南康区委组织部"]);
    }

    #[test]
    fn a_company_or_government_planning_is_no_plan() {
        // an invented company in a real county: 计划 right after who plans is the verb
        let text = "澄迈县与远华农业集团有限公司签约。远华农业集团有限公司计划在澄迈县投资30亿元建设加工产业园项目，县政府计划年内开工。";
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
        // a named plan keeps its name
        assert_eq!(names_of(Class::Policy, "澄迈县实施海南省百万人才进海南行动计划。"), ["海南省百万人才进海南行动计划"]);
    }

    #[test]
    fn a_verb_of_visiting_ends_a_company_name_on_the_left() {
        for verb in ["详细了解", "走进", "来到", "实地走访", "已集聚"] {
            let text = format!("他{verb}湖南星辰智能装备有限公司的生产情况。");
            assert_eq!(names_of(Class::Enterprise, &text), ["湖南星辰智能装备有限公司"], "{text}");
        }
    }

    #[test]
    fn chief_systems_and_quoted_programmes_but_not_titles_or_slogans() {
        let policies = |text: &str| names_of(Class::Policy, text);
        // 细河 is a place in the gazetteer, so the segmenter cuts 抓|细河|长制
        assert_eq!(policies("各乡镇要层层抓细河长制、湖长制各项任务，全面推行林长制。"), ["河长制", "湖长制", "林长制"]);
        assert!(policies("会上，县长制定了三项措施，校长制作了课件。").is_empty());
        // a quote after a verb that carries it out is a programme; after
        // 政策落实, the carrying out of policy, it is a slogan (CONVENTIONS 31)
        assert_eq!(policies("各地要深入实施“三清一改”，打通政策落实“最后一公里”。"), ["三清一改"]);
        // a grade a village is awarded is no programme, though it is “created”
        assert!(policies("各乡镇积极开展“生态村”“卫生村”创建，年内评出十个。").is_empty());
        assert_eq!(policies("各乡镇积极开展“清洁家园”创建活动。"), ["清洁家园"]);
        // a way of working is no programme, though a body puts it in place
        assert!(policies("县政务服务中心全面推行“掌上办公”，群众少跑腿。").is_empty());
        // nor a concept, model or goal named in quotes, though one holds to it
        assert!(policies("全县坚持“项目为王”理念，深化“党建引领、多元共治”模式。").is_empty());
        assert!(policies("合作社实施“订单模式”，带动农户增收。").is_empty());
        assert!(policies("全镇要用好“两个有力抓手”，推动产业发展。").is_empty());
    }

    #[test]
    fn mistagged_words_and_verbs_before_the_head_make_no_project() {
        let projects = |text: &str| names_of(Class::Project, text);
        // jieba-rs's dictionary tags 高水平 nr, so the clause looked like a named park
        assert!(projects("高水平建设数字经济产业园，是县委推动发展的重大举措。").is_empty());
        // 投入, to put in, is a verb before the project, not part of its name
        assert!(projects("施工现场日均投入工程车辆五十台。").is_empty());
        // a park with a name of its own still is one
        assert_eq!(projects("县委书记到远华数字经济产业园调研。"), ["远华数字经济产业园"]);
    }

    #[test]
    fn a_square_or_park_is_a_project_only_where_it_is_built_or_renewed() {
        let projects = |text: &str| names_of(Class::Project, text);
        // a venue or a landmark, as it stands
        assert!(projects("志愿服务活动在远华广场举行，吸引了不少市民。").is_empty());
        assert!(projects("远华广场北门外新开了一家书店，市民排队购书。").is_empty());
        // the same names in a clause of works
        assert_eq!(projects("全力推进远华广场改造，年底完工。"), ["远华广场"]);
        assert_eq!(projects("加快建设远华森林公园、远华植物园。"), ["远华森林公园", "远华植物园"]);
    }

    #[test]
    fn a_zone_of_the_gazetteer_named_as_it_is_and_its_committee() {
        // invented people in a real zone (NBS 321171), which the gazetteer
        // names 镇江新区, not by a zone type
        let text = "镇江新区召开工作会议。镇江市委常委、镇江新区党工委书记吴志远主持会议。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["镇江新区", "镇江新区"]);
        let posts = posts_of(text);
        assert!(posts.contains(&("吴志远".into(), "党工委书记".into(), "镇江新区党工委".into())), "{posts:?}");
    }

    #[test]
    fn a_park_named_by_what_it_is_is_a_project_where_it_is_built() {
        let projects = |text: &str| names_of(Class::Project, text);
        // invented company: an industrial park or a park with no proper name
        // before 项目, in a clause of building or investing
        assert_eq!(projects("鑫远醋业股份有限公司投资15亿元建设的醋文化产业园项目已开工。"), ["醋文化产业园项目"]);
        assert_eq!(projects("加快推进生态休闲公园项目，年底完工。"), ["生态休闲公园项目"]);
        // the same words where nothing is built name nothing
        assert!(projects("生态休闲公园项目的设计方案获好评。").is_empty());
        // and the items listed before such a park keep heads of their own
        assert_eq!(projects("加快推进远华湖公园改造提升工程及生态休闲公园项目。"), ["远华湖公园改造提升工程", "生态休闲公园项目"]);
    }

    #[test]
    fn a_period_or_a_verb_before_a_meeting_or_project_is_no_part_of_its_name() {
        // a real county and city: 经 (through) before the standing meeting, a quarter
        // before a generic 重大项目
        let meetings = names_of(Class::Meeting, "岳池县召开会议。《实施意见》经县政府第12次常务会议审议通过。");
        assert_eq!(meetings, ["岳池县政府第12次常务会议"]);
        assert!(names_of(Class::Project, "12月1日，清远市2024年第四季度重大项目集中签约仪式举行。").is_empty());
        assert!(names_of(Class::Project, "今年以来，临澧县紧盯重点项目建设不放松。").is_empty());
        // 举办 (holding) is what the zones do, no part of the event's name
        let meetings = names_of(Class::Meeting, "据悉，宜春经开区、宜春高新区将联合举办锂电新能源产业招商推介会。");
        assert_eq!(meetings, ["锂电新能源产业招商推介会"]);
    }

    #[test]
    fn deputies_named_after_their_head_are_of_the_heads_body() {
        // invented people in a real district: the deputies' bare 副主任 is of
        // the congress committee whose 主任 the sentence named; in another
        // sentence it is of nothing named
        let text = "汉台区召开会议。区人大常委会主任王建华主持会议，副主任李明德、赵秀珍出席会议。会后，副主任柳青山讲话。";
        let posts = posts_of(text);
        assert_eq!(
            posts,
            [
                ("李明德".into(), "副主任".into(), "汉台区人大常委会".into()),
                ("王建华".into(), "主任".into(), "汉台区人大常委会".into()),
                ("赵秀珍".into(), "副主任".into(), "汉台区人大常委会".into()),
            ]
        );
        // a post joined to the last of them by 及 is of the same body, and
        // the names before it (卫东 is also a district's) name no body
        let text = "景德镇市召开会议。市人大常委会副主任王丽华、张卫东及秘书长赵小平出席会议。";
        assert_eq!(
            posts_of(text),
            [
                ("张卫东".into(), "副主任".into(), "景德镇市人大常委会".into()),
                ("王丽华".into(), "副主任".into(), "景德镇市人大常委会".into()),
                ("赵小平".into(), "秘书长".into(), "景德镇市人大常委会".into()),
            ]
        );
        let x = crate::extract::extract_text(text);
        assert!(x.aliases.iter().all(|(_, a)| !a.contains('及')), "{:?}", x.aliases);
    }

    #[test]
    fn of_two_cities_named_as_often_the_headlines_is_home() {
        // a real city whose zone the gazetteer lacks, an invented company of
        // 武汉: both cities are named once, by short forms; 鄂州 comes first,
        // in the headline, and owns the zone written by its type (named 葛店
        // there: the type alone later is that zone)
        let text = "鄂州葛店经济技术开发区：签约项目总投资超300亿元\n\n今年以来，经开区新签约亿元以上项目26个。武汉远华光电显示技术有限公司投资150亿元建设的显示面板项目已投产。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["鄂州葛店经开区", "鄂州葛店经开区"]);
    }

    #[test]
    fn where_listed_companies_are_is_no_part_of_the_first_name() {
        // invented companies: 区内 (in the zone) before a list of short names
        let text = "区内远华光电、蜀丰光纤等龙头企业带动效应明显。";
        assert_eq!(names_of(Class::Enterprise, text), ["远华光电", "蜀丰光纤"]);
        // trades listed before 等企业 are no companies
        let text = "支持邮政快递企业与供销、电商等企业合作，引导远华光电、蜀丰光纤等企业入驻。";
        assert_eq!(names_of(Class::Enterprise, text), ["远华光电", "蜀丰光纤"]);
    }

    #[test]
    fn a_name_shared_by_a_prefecture_and_its_seat_is_the_prefecture_where_supported() {
        // invented people in real places: 喀什 is both 喀什地区 and its seat
        // 喀什市; in a paper of 疏附县 (in the prefecture) it is the
        // prefecture, whose committee is 喀什地委
        let text = "疏附县召开会议。喀什地委委员、疏附县委第一书记刘建华主持会议。";
        assert!(posts_of(text).contains(&("刘建华".into(), "地委委员".into(), "喀什地委".into())), "{:?}", posts_of(text));
        assert_eq!(names_of(Class::City, text), ["喀什地区"]);
        assert_eq!(names_of(Class::GovernmentBody, text), ["喀什地委", "疏附县委"]);
        // 长沙 (长沙市 and 长沙县) inside 县长沙某某, in a paper of another city of the province, is no place
        assert!(names_of(Class::City, "桃江县召开会议。县委副书记、县长沙鹏出席会议并讲话。").is_empty());
    }

    #[test]
    fn a_verb_of_meeting_guests_is_no_part_of_their_companys_name() {
        // invented company: 市领导会见某集团客人 (a headline)
        assert_eq!(names_of(Class::Enterprise, "衢州市领导会见远华集团客人。"), ["远华集团"]);
    }

    #[test]
    fn a_verb_joining_two_bodies_ends_the_first() {
        // real counties and city, bodies of the kind every county has: 会同
        // after a body is the verb, not 会同县 (a county of 怀化市)
        let text = "沅陵县召开食品安全工作会议。会后，县市场监管局会同县农业农村局开展联合检查。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["沅陵县市场监管局", "沅陵县农业农村局"]);
        assert!(names_of(Class::County, text) == ["沅陵县"], "{:?}", names_of(Class::County, text));
        let text = "岳阳市发展改革委联合市财政局印发《岳阳市项目资金管理办法》。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["岳阳市发展改革委", "岳阳市财政局"]);
        // the county itself, written with its organ
        assert_eq!(names_of(Class::GovernmentBody, "12月1日，会同县委书记李建国到若水镇调研。"), ["会同县委"]);
    }

    #[test]
    fn the_elected_and_the_appointed_hold_their_posts() {
        // invented people in a real county: the name comes before its post
        let text = "于都县第十八届人民代表大会第五次会议闭幕。会议选举王建军为于都县人民政府县长。\n\n县人大常委会会议决定任命李小红为县财政局局长，任命张明为县教育体育局局长。选举甲某为县长、乙某为副县长的议案另行表决。";
        let posts = posts_of(text);
        for post in [("王建军", "县长", "于都县政府"), ("李小红", "局长", "于都县财政局"), ("张明", "局长", "于都县教育体育局")] {
            assert!(posts.contains(&(post.0.to_owned(), post.1.to_owned(), post.2.to_owned())), "{post:?}: {posts:?}");
        }
        // 当选为, and a second name in the list of the same election
        let posts = posts_of("于都县召开人代会。经投票，王建军当选为县长，选举孙立文为县长、韩远达为副县长。");
        for post in [("王建军", "县长", "于都县"), ("孙立文", "县长", "于都县"), ("韩远达", "副县长", "于都县")] {
            assert!(posts.contains(&(post.0.to_owned(), post.1.to_owned(), post.2.to_owned())), "{post:?}: {posts:?}");
        }
        // a title followed by more of a word is no post of that title: 县长助理 is a post of its own
        assert_eq!(posts_of("于都县召开人代会。会议任命王建军为县长助理。"), [("王建军".into(), "县长助理".into(), "于都县".into())]);
    }

    #[test]
    fn what_a_sum_is_invested_to_build_is_a_project() {
        // invented company; the project's name holds no proper name
        let text = "蜀丰农业发展有限公司投资5.2亿元建设脐橙精深加工项目。";
        assert_eq!(names_of(Class::Project, text), ["脐橙精深加工项目"]);
        // without the investment it is a kind of project, not one
        assert!(names_of(Class::Project, "该县正在加快推进脐橙精深加工项目。").is_empty());
        // jieba tags 大力发展 nz, a proper noun: it is the verb before a name
        assert!(names_of(Class::Project, "要大力发展茶叶加工项目。").is_empty());
        assert_eq!(names_of(Class::Project, "会议要求，要大力发展远华茶叶加工项目。"), ["远华茶叶加工项目"]);
    }

    #[test]
    fn a_county_paper_naming_only_its_towns_is_its_countys() {
        // real towns: each name is borne by two towns of two provinces, both
        // by towns of 会同县 only; the paper never names its county
        let text = "县委书记李建国在若水镇调研时指出，要抓好产业。随后，李建国来到林城镇。";
        assert_eq!(posts_of(text), [("李建国".to_owned(), "县委书记".to_owned(), "会同县委".to_owned())]);
        assert_eq!(names_of(Class::Town, text), ["若水镇", "林城镇"]);
        // one of the two names alone could be either town: a town with no code
        // (no partOf, no IRI of one of them), and its 镇党委 that town's
        let x = crate::extract::extract_text("县委书记李建国在若水镇调研。镇党委书记王立华陪同。");
        let towns: Vec<_> = x.mentions.iter().filter(|m| m.entity.class == Class::Town).map(|m| (m.entity.name.as_str(), m.entity.code.as_deref())).collect();
        assert_eq!(towns, [("若水镇", None)]);
        assert!(posts_of("县委书记李建国在若水镇调研。镇党委书记王立华陪同。").contains(&("王立华".to_owned(), "党委书记".to_owned(), "若水镇党委".to_owned())));
        // a facility a project builds is no body (站 ends bodies: 农技站)
        assert!(names_of(Class::GovernmentBody, "会同县召开会议。若水镇红旗村光伏电站项目总投资320万元。").is_empty());
        // nor a word of running text several towns are named (重点镇、中心镇)
        assert!(names_of(Class::Town, "要加快重点镇、中心镇建设。").is_empty());
        // nor a name running on into a word (建设乡|村: the gazetteer's 建设乡s)
        assert!(names_of(Class::Town, "要大力建设乡村，发展乡村产业。").is_empty());
    }

    #[test]
    fn organisational_work_is_part_of_a_meetings_name() {
        // 组织 is a verb before a meeting (组织召开), but 组织工作 is the party's organisational work
        let text = "12月4日，全市组织工作会议在赣州召开。会议传达学习了全省组织工作会议精神。";
        assert_eq!(names_of(Class::Meeting, text), ["全市组织工作会议", "全省组织工作会议"]);
    }

    #[test]
    fn a_countys_zone_written_with_a_bare_county_is_the_countys() {
        // real county; the NBS lists town-level units named 县经济开发区 in
        // two other counties, which are not what this paper means
        let text = "宁都县召开招商引资推进会。该项目选址于县经济开发区，建成后年产值可达40亿元。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["宁都经开区"]);
        assert!(names_of(Class::Town, text).is_empty(), "{:?}", names_of(Class::Town, text));
    }

    #[test]
    fn a_dai_name_has_no_family_name() {
        // a real county, town and village of Xishuangbanna; the names are the
        // commonest Dai names, no particular people
        let text = "在勐海县勐混镇贺开村，村党总支书记岩温说，今年茶叶收购价高。村委会主任玉罕介绍，全村有初制所23个。";
        let posts = posts_of(text);
        assert!(posts.contains(&("岩温".to_owned(), "党总支书记".to_owned(), "贺开村党总支".to_owned())), "{posts:?}");
        // an adverb between the name and its verb
        let text = "景洪市嘎洒镇：特色产业助农增收\n景洪市委副书记、市长岩温正带领市农业农村局负责人到嘎洒镇调研。";
        let posts = posts_of(text);
        assert!(posts.contains(&("岩温".to_owned(), "市长".to_owned(), "景洪市".to_owned())), "{posts:?}");
        assert_eq!(names_of(Class::GovernmentBody, text), ["景洪市委", "景洪市农业农村局"]);
        // 扶持发展 is what is done for the cooperatives, which name none
        assert!(names_of(Class::Enterprise, "勐海县扶持发展茶叶专业合作社186个。").is_empty());
    }

    #[test]
    fn the_standing_committees_report_is_no_meeting() {
        // invented people in a real county
        let text = "1月10日，政协凤台县第十一届委员会第三次会议开幕。县政协主席孙明远作常委会工作报告。";
        assert_eq!(names_of(Class::Meeting, text), ["政协凤台县第十一届委员会第三次会议"]);
        assert!(posts_of(text).contains(&("孙明远".to_owned(), "主席".to_owned(), "凤台县政协".to_owned())));
    }

    #[test]
    fn a_post_after_a_preposition_is_in_the_body_named() {
        // invented people in a real county; jieba reads 据县 as one word
        let text = "左权县召开会议。据县乡村振兴局局长郝建平介绍，收益用于公益岗位。由县农业农村局局长韩远达介绍情况。";
        let posts = posts_of(text);
        for post in [("郝建平", "局长", "左权县乡村振兴局"), ("韩远达", "局长", "左权县农业农村局")] {
            assert!(posts.contains(&(post.0.to_owned(), post.1.to_owned(), post.2.to_owned())), "{post:?}: {posts:?}");
        }
        // 据 (according to) before a relative 县: the body named, with no post
        assert_eq!(names_of(Class::GovernmentBody, "左权县召开会议。据县乡村振兴局统计，全县光伏电站收益8600万元。"), ["左权县乡村振兴局"]);
    }

    #[test]
    fn a_verb_before_a_place_opening_a_company_is_no_part_of_its_name() {
        // an invented company named by a real province
        let text = "潍坊市委书记会见客人。他表示，希望山东蜀丰能源集团在新能源等领域加大投资力度。";
        assert_eq!(names_of(Class::Enterprise, text), ["山东蜀丰能源集团"]);
        // a county jieba tags as a verb (久治/v) opens the name it is part of
        let text = "果洛州召开会议。久治永兴纺织有限公司负责人介绍了生产情况。";
        assert_eq!(names_of(Class::Enterprise, text), ["久治永兴纺织有限公司"]);
    }

    #[test]
    fn a_short_place_name_glued_to_a_bay_is_no_region_of_the_body() {
        // a real city and its bay's science city; 崖州 alone is short for the city's 崖州区
        let text = "三亚崖州湾科技城管理局召开项目建设推进会。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["三亚市崖州湾科技城管理局"]);
        // the short name before a body's own words is still the district
        assert_eq!(names_of(Class::GovernmentBody, "三亚市召开会议。崖州区农业农村局局长周远明出席。"), ["崖州区农业农村局"]);
    }

    #[test]
    fn a_name_after_a_title_with_a_surname_outside_the_table_is_found() {
        // invented people with real Hui and Naxi surnames (妥, 和), real places
        let text = "临夏州召开会议。东乡县委书记马远明、县长妥学文陪同调研。古登乡乡长和建新介绍了情况。";
        let officials = names_of(Class::Official, text);
        assert!(officials.contains(&"妥学文".to_owned()) && officials.contains(&"和建新".to_owned()), "{officials:?}");
        // words after a title are no such name: an adverb, a count, another title
        for text in ["县委召开会议。县长亲自陪同调研。", "县委召开会议。县长一行陪同调研。", "县委召开会议。县长和副县长陪同调研。", "县委召开会议。县长和大家一起调研。"] {
            assert!(names_of(Class::Official, text).is_empty(), "{text}: {:?}", names_of(Class::Official, text));
        }
    }

    #[test]
    fn xiang_opening_a_given_name_jieba_knows_is_no_preposition() {
        // invented people in a real district: 程|向东/nr, 向 is the given name's
        let text = "松江区召开推进会。区委书记程向东出席会议并讲话，区长李远明主持会议。";
        assert_eq!(names_of(Class::Official, text), ["程向东", "李远明"]);
        // a preposition still ends a name: 向 before a body
        assert!(!names_of(Class::Official, "区委书记李远明向区委汇报工作。").iter().any(|n| n.contains('向')));
    }

    #[test]
    fn a_fire_and_rescue_detachment_is_a_body_and_its_head_holds_a_post() {
        // invented people in a real county-level city and its prefecture
        let text = "深州市召开安全生产工作会议。深州市应急管理局、市消防救援大队作表态发言。衡水市消防救援支队支队长王远明出席会议。";
        let bodies = names_of(Class::GovernmentBody, text);
        assert!(bodies.contains(&"深州市消防救援大队".to_owned()) && bodies.contains(&"衡水市消防救援支队".to_owned()), "{bodies:?}");
        assert_eq!(posts_of(text), [("王远明".to_owned(), "支队长".to_owned(), "衡水市消防救援支队".to_owned())]);
    }

    #[test]
    fn a_universitys_institute_in_a_city_is_no_body() {
        // real universities' institutes in a real city (rule 5: universities are no entities)
        let text = "三亚市召开会议。会议通报了项目进度。中国海洋大学三亚海洋研究院、中国农业大学三亚研究院等项目已完工。市科技局局长周远明主持会议。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["三亚市科技局"]);
    }

    #[test]
    fn a_programmes_head_inside_a_projects_name_is_no_programme() {
        // a real city and lake; the works and the project invented
        let text = "昆明市召开会议。会议要求，加快推进滇池截污治污工程提质增效项目建设。";
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
        assert_eq!(names_of(Class::Project, text), ["滇池截污治污工程提质增效项目"]);
        // the works named on their own are still a programme (rule 31)
        let text = "昆明市召开会议。会议要求，加快推进滇池截污治污工程。";
        assert_eq!(names_of(Class::Policy, text), ["滇池截污治污工程"]);
    }

    #[test]
    fn a_programmes_designation_before_a_zone_type_is_no_zone() {
        // a real district and city: 共同富裕示范区 is a designation, while 高新区
        // alone is still the home city's zone
        let text = "余杭区召开会议。会议强调，要聚焦共同富裕示范区建设，杭州高新区要发挥引领作用。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["杭州高新区"]);
    }

    #[test]
    fn a_township_named_like_a_body_is_the_body_after_a_prefix() {
        // the gazetteer has a township-level 林业局 (of 鸡东县); 县林业局 is a
        // county's forestry bureau, also where the paper names no county
        // (and the township would have made its own city the home city)
        assert!(names_of(Class::Town, "县委常委带队督导森林防火工作。县林业局局长黄志勇陪同。").is_empty());
        let text = "岳池县召开森林防火工作会议。县林业局局长黄志勇发言。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["岳池县林业局"]);
    }

    #[test]
    fn a_yi_clan_name_and_a_cadre_on_secondment() {
        // invented people in real counties: 吉克 is a Yi clan name, the family
        // part of a four-character name; 挂职 (on secondment) joins two
        // places, not one body's name
        let text = "布拖县召开会议。海宁市挂职布拖县委常委、副县长的张志明介绍情况。布拖县委书记吉克曲布表示，将做好服务保障。";
        assert_eq!(names_of(Class::Official, text), ["吉克曲布"]);
        assert_eq!(names_of(Class::GovernmentBody, text), ["布拖县委", "布拖县委"]);
    }

    #[test]
    fn a_hospital_is_no_government_body() {
        // invented people in a real county: the hospital ends in 院 as a
        // court does, but is no body; the health bureau is one
        let text = "勐海县召开会议。县人民医院院长李明德介绍情况，县卫生健康局局长王建华、县法院院长赵秀珍出席。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["勐海县卫生健康局", "勐海县法院"]);
    }

    #[test]
    fn a_plant_built_with_no_name_is_no_enterprise() {
        // invented company: 建成 (built) is no part of a name, and 木耳加工厂
        // (jieba tags 木耳 as a name) names no factory
        let text = "镇里引进远华农业科技有限公司，建成木耳加工厂1座。";
        assert_eq!(names_of(Class::Enterprise, text), ["远华农业科技有限公司"]);
        // a named one is, from after the verb
        assert_eq!(names_of(Class::Enterprise, "镇里今年建成蜀源食品加工厂，年产值过亿元。"), ["蜀源食品加工厂"]);
    }

    #[test]
    fn occurrences_are_code_points_and_overlap() {
        let text = "a王王王b，王王";
        let map = byte_to_char_map(text);
        assert_eq!(occurrences(text, &map, "王王").collect::<Vec<_>>(), [1, 2, 6]);
        assert_eq!(occurrences(text, &map, "b，").collect::<Vec<_>>(), [4]);
        assert_eq!(occurrences(text, &map, "王b").collect::<Vec<_>>(), [3]);
        assert_eq!(occurrences(text, &map, "王王王王").count(), 0);
        assert_eq!(occurrences(text, &map, "").count(), 0);
    }

    /// The regions rule reads leftmost-longest occurrences off the one
    /// overlapping scan; they must be what a leftmost-longest automaton finds.
    #[test]
    fn leftmost_longest_from_all_occurrences_equals_the_automaton() {
        let patterns = ["南山", "南山县", "山县", "县城", "城关镇", "关镇", "镇", "南山县城关镇", "山"];
        let texts = ["南山县城关镇", "去南山县城关镇和南山", "山县城山县城关镇镇", "南南山山县县城城", ""];
        let overlapping = AhoCorasick::new(patterns).unwrap();
        let leftmost = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(patterns).unwrap();
        for text in texts {
            let all = overlapping.find_overlapping_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_u32())).collect();
            let expected: Vec<_> = leftmost.find_iter(text).map(|m| (m.start(), m.end(), m.pattern().as_u32())).collect();
            assert_eq!(leftmost_longest(all), expected, "{text}");
        }
        // and by hand: the whole name first, then what follows it
        let all = overlapping.find_overlapping_iter("南山县城关镇镇").map(|m| (m.start(), m.end(), m.pattern().as_u32())).collect();
        assert_eq!(leftmost_longest(all), [(0, 18, 7), (18, 21, 6)]);
    }

    #[test]
    fn a_company_named_with_he_after_its_province_keeps_it() {
        // an invented company of a real province: 天|和 cut by jieba, 和 as a conjunction
        let text = "会上，县发改局、上津镇、湖北天和农业科技有限公司作交流发言。";
        assert_eq!(names_of(Class::Enterprise, text), ["湖北天和农业科技有限公司"]);
    }

    #[test]
    fn and_before_the_county_government_is_no_county() {
        // 县委和县政府 in a real county's paper: not 和县 (a county of Anhui)
        let text = "郧西县召开县委常委会议。会议指出，县委和县政府高度重视营商环境建设。";
        assert!(names_of(Class::County, text).iter().all(|n| n == "郧西县"), "{:?}", names_of(Class::County, text));
        assert!(names_of(Class::GovernmentBody, text).contains(&"郧西县政府".to_owned()));
        // the county itself is still found
        assert!(names_of(Class::County, "安徽省和县召开会议。").contains(&"和县".to_owned()));
    }

    #[test]
    fn an_industrial_park_of_a_place_is_a_zone() {
        // an invented company in a real county-level city: 工业园区 after its place
        // is a zone (the development-zone catalogue lists 工业园区 of counties)
        let text = "弥勒市召开会议。远华新材料有限公司落户弥勒工业园区。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["弥勒工业园区"]);
        // and after a bare 县, the county's
        let text = "郧西县召开会议。远华新材料有限公司落户县工业园区。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["郧西工业园区"]);
        // alone, the word for such parks in general
        assert!(names_of(Class::DevelopmentZone, "郧西县召开会议。会议要求，推动工业园区提质增效。").is_empty());
    }

    #[test]
    fn a_village_named_by_a_common_word_after_its_town_is_a_village() {
        // invented people in a real town: 新建 is a verb, but jieba reads
        // 新建村 as one place word right after the town
        let text = "海伦市召开会议。赵永刚先后深入海北镇新建村、东风镇。在新建村，赵永刚详细了解情况。";
        assert_eq!(names_of(Class::Village, text), ["新建村", "新建村"]);
        // building village-level sites: the verb, no village
        assert!(names_of(Class::Village, "海伦市召开会议。今年海北镇新建村级活动场所3个。").is_empty());
    }

    #[test]
    fn a_counted_meeting_is_no_name() {
        // invented people in a real district: 一次重要会议 refers to the plenum, names nothing
        let text = "西固区召开会议。区委书记马建军主持会议。会议指出，省委十二届六次全会是在关键时期召开的一次重要会议，此次会议意义重大。";
        assert_eq!(names_of(Class::Meeting, text), ["甘肃省委十二届六次全会"]);
        // nor does the plenum whose spirit is to be grasped (学习领会全会精神)
        let text = "西固区召开会议，传达学习省委十二届六次全会精神。会议强调，要深入学习领会全会精神。";
        assert_eq!(names_of(Class::Meeting, text), ["甘肃省委十二届六次全会"]);
    }

    #[test]
    fn a_park_project_keeps_its_name_and_sheds_building_together() {
        // real counties, an invented company: 现代农业产业园 is also a unit of
        // the list elsewhere, and 共建 is what is done to the park
        assert_eq!(names_of(Class::Project, "郧西县现代农业产业园项目开工建设，总投资5亿元。"), ["现代农业产业园项目"]);
        let text = "昭平县与远华集团有限公司就共建新能源产业园项目进行了深入洽谈。";
        assert_eq!(names_of(Class::Project, text), ["新能源产业园项目"]);
    }

    #[test]
    fn the_body_an_official_speaks_for_is_a_body() {
        // invented people in a real city: 代表 ends what came before, and the
        // body after it is found (before, 市长…代表市人民政府 was read as one body)
        let text = "永州市召开会议。市长朱立平代表市人民政府向大会作政府工作报告。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["永州市政府"]);
        // the mass organisations the party leads are bodies with posts too
        let text = "岳西县召开会议。县工商联主席汪立林、县妇联主席何秀兰出席。";
        assert_eq!(posts_of(text), [("何秀兰".into(), "主席".into(), "岳西县妇联".into()), ("汪立林".into(), "主席".into(), "岳西县工商联".into())]);
    }

    #[test]
    fn a_village_a_company_or_a_scenic_area_listed_with_a_project_is_no_project() {
        let text = "11月3日，市委书记邓立群到丰顺县汤坑镇调研，先后来到汤坑镇新楼村、丰顺县金源茶业有限公司、韩江源景区、汤坑镇茶旅融合示范园项目，察看产业发展情况。";
        let projects = names_of(Class::Project, text);
        assert!(projects.iter().all(|p| !p.ends_with("村项目") && !p.ends_with("公司项目") && !p.ends_with("景区项目")), "{projects:?}");
        assert!(projects.iter().any(|p| p == "茶旅融合示范园项目"), "{projects:?}");
        // items sharing more than the word 项目 are still one project each
        let projects = names_of(Class::Project, "11月5日，市长邓立群察看了张庄、李庄城中村改造项目。");
        assert!(projects.iter().any(|p| p == "张庄城中村改造项目"), "{projects:?}");
        // counties listed before one head: each county's works, named with it
        let text = "鄂尔多斯市召开会议。支持民营企业参与准格尔旗、达拉特旗新能源基地建设。";
        assert_eq!(names_of(Class::Project, text), ["准格尔旗新能源基地", "达拉特旗新能源基地"]);
        // towns too; and an item with a head of another kind (基地) before
        // 和 is no item of the 项目 after it (real county and towns)
        let text = "互助县召开会议。加快推进威远镇、丹麻镇青稞种植基地和五十镇八眉猪保种场项目建设。";
        assert_eq!(names_of(Class::Project, text), ["威远镇青稞种植基地", "丹麻镇青稞种植基地", "八眉猪保种场项目"]);
    }

    #[test]
    fn a_city_jieba_tags_as_a_name_opens_its_committees_meeting() {
        // 吕梁/nr|市委|五届|八次|全会精神
        let text = "11月19日，临县召开县委常委会会议，传达学习吕梁市委五届八次全会精神。";
        assert!(names_of(Class::Meeting, text).contains(&"吕梁市委五届八次全会".to_string()), "{:?}", names_of(Class::Meeting, text));
    }

    #[test]
    fn a_province_and_county_written_together_both_open_a_companys_name() {
        let text = "同心县下马关镇肉牛养殖示范基地项目投资1200万元，由宁夏同心县农投公司承建。";
        assert_eq!(names_of(Class::Enterprise, text), ["宁夏同心县农投公司"]);
    }

    #[test]
    fn a_verb_before_a_company_and_a_seasons_batch_of_projects_name_nothing() {
        // 确保|湖南…有限公司: the verb is no part of the company's name
        let text = "会议要求，确保湖南澧水果业开发有限公司年产5万吨柑橘深加工项目明年投产。";
        assert_eq!(names_of(Class::Enterprise, text), ["湖南澧水果业开发有限公司"]);
        // a season's projects of investment are a batch, no one project
        let text = "我区举办2024年秋季招商引资项目集中签约仪式\n\n11月26日，我区2024年秋季招商引资项目集中签约仪式在区行政中心举行。";
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
    }

    #[test]
    fn an_appointed_name_whose_given_name_opens_with_a_surname_is_whole() {
        // 王海涛为: 海涛 alone would be a name too (海 is a surname)
        let text = "会议表决通过了人事任免事项：任命王海涛为文成县财政局局长，任命郑海涛为文成县教育局局长。";
        let posts = posts_of(text);
        assert!(posts.contains(&("王海涛".into(), "局长".into(), "文成县财政局".into())), "{posts:?}");
        assert!(posts.contains(&("郑海涛".into(), "局长".into(), "文成县教育局".into())), "{posts:?}");
    }

    #[test]
    fn a_village_listed_before_its_branch_and_a_community_committee() {
        // invented people; 秀洲区 is a real district, the villages' names common ones
        let text = "秀洲区召开会议。\n\n会上，东关社区党委书记张红梅、西街村党支部书记李志勇、南湖村党总支书记王立新依次述职。";
        assert_eq!(names_of(Class::Village, text), ["西街村", "南湖村"]);
        let posts = posts_of(text);
        assert!(posts.contains(&("李志勇".into(), "党支部书记".into(), "西街村党支部".into())), "{posts:?}");
        assert!(posts.contains(&("王立新".into(), "党总支书记".into(), "南湖村党总支".into())), "{posts:?}");
        // the 区 of 社区 is no district
        assert!(!posts.iter().any(|p| p.0 == "张红梅" && p.2.contains("秀洲")), "{posts:?}");
        // kinds of village are none
        let text = "秀洲区召开会议。\n\n会上，行政村党支部书记、重点村党支部书记、脱贫村党委书记代表发言。";
        assert!(names_of(Class::Village, text).is_empty(), "{:?}", names_of(Class::Village, text));
    }

    #[test]
    fn a_centre_where_an_agreement_is_signed_is_a_venue() {
        let text = "11月16日，我县与远华建设集团有限公司在县行政中心签订战略合作协议。";
        let bodies = names_of(Class::GovernmentBody, &format!("庆元县召开会议。{text}"));
        assert!(!bodies.iter().any(|b| b.contains("中心")), "{bodies:?}");
    }

    #[test]
    fn a_conjunction_a_pointer_and_a_phrase_tagged_as_a_name_are_no_names() {
        // 报告和|县检察院: jieba's 和县 (a county of Anhui) is the conjunction
        let text = "兴国县召开会议。委员们将讨论县法院工作报告和县检察院工作报告。";
        assert!(names_of(Class::County, text).iter().all(|c| c == "兴国县"), "{:?}", names_of(Class::County, text));
        // but 和县 after its city is the county
        assert!(names_of(Class::County, "马鞍山市和县人民政府召开会议。").contains(&"和县".to_string()));
        // 察看了企业年产…项目: 企业 points to the company named before
        let text = "永修县召开会议。在江西远华有机硅有限公司，王立军察看了企业年产40万吨有机硅单体项目建设现场。";
        assert!(names_of(Class::Project, text).contains(&"年产40万吨有机硅单体项目".to_string()), "{:?}", names_of(Class::Project, text));
        // 县领导应邀出席: 应邀出席/nr is no leader named 应邀
        let text = "兴国县召开会议。县委书记王立军，县委副书记、县长曾立涛等县领导应邀出席开幕会。";
        assert!(!names_of(Class::Official, text).contains(&"应邀".to_string()), "{:?}", names_of(Class::Official, text));
        // a Mongolian name listed after another opens with a word (乌云, clouds): still a leader
        let text = "鄂托克旗召开会议。旗领导张海军、乌云其木格、李志强参加会议。";
        assert_eq!(names_of(Class::Official, text), ["张海军", "乌云其木格", "李志强"]);
    }

    #[test]
    fn a_joined_event_an_institute_company_and_an_enlarged_sitting() {
        // 开工暨招商引资项目签约活动: 暨 joins two events, no name opens with it
        let text = "我市召开一季度重点项目集中开工暨招商引资项目签约活动。";
        assert!(names_of(Class::Project, &format!("石嘴山市召开会议。{text}")).is_empty(), "{:?}", names_of(Class::Project, text));
        // an institute named inside a company's name is the company, no body
        let text = "石嘴山市召开会议。宁夏远华锰材料研究院有限公司年产10万吨电解锰项目总投资25亿元。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
        // 县委常委会召开扩大会议 (headline) and 县委常委会（扩大）会议: one meeting
        let text = "县委常委会召开扩大会议\n\n12月8日，宁陕县委书记王立海主持召开县委常委会（扩大）会议。";
        let meetings = names_of(Class::Meeting, text);
        assert!(!meetings.is_empty() && meetings.iter().all(|m| m == "宁陕县委常委会(扩大)会议"), "{meetings:?}");
    }

    #[test]
    fn each_townships_projects_are_no_project() {
        // 各乡镇/ns: one place word for every township, no place
        let text = "在观摩点评会上，县委书记朱立军充分肯定了各乡镇项目建设取得的成效。";
        assert!(names_of(Class::Project, &format!("旺苍县召开会议。{text}")).is_empty(), "{:?}", names_of(Class::Project, text));
    }

    #[test]
    fn kinds_of_project_listed_before_etc_are_no_projects() {
        let text = "今年以来，西吉县累计落实衔接资金5.2亿元，实施产业发展、基础设施等项目186个。";
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
        // nor is a dictionary word left of a kind (抽水蓄能|电站)
        let text = "遵义市召开会议。双方将重点推进抽水蓄能电站、乡村振兴等项目建设。";
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
        // named ones still are
        let text = "今年以来，西吉县开工建设华兴光伏、宏达纺织等项目12个。";
        assert_eq!(names_of(Class::Project, text), ["华兴光伏", "宏达纺织"]);
    }

    #[test]
    fn a_verb_of_carrying_out_opens_no_programme_name() {
        // 要|深入开展|…行动: jieba's one word for 深入开展 and the modal 要 are not the name
        let text = "会议强调，要深入开展安全生产治本攻坚三年行动，确保全县安全稳定。";
        assert_eq!(names_of(Class::Policy, text), ["安全生产治本攻坚三年行动"]);
    }

    #[test]
    fn villages_listed_after_their_town_are_its_villages() {
        // invented people in real towns: each village of the list is the town's
        let text = "海伦市召开会议。赵永刚先后深入海北镇东兴村、东升村、永和村调研。";
        assert_eq!(names_of(Class::Village, text), ["东兴村", "东升村", "永和村"]);
        let text = "科尔沁左翼后旗召开会议。乌力吉深入巴彦塔拉苏木查干嘎查、宝力格嘎查调研。";
        assert_eq!(names_of(Class::Village, text), ["查干嘎查", "宝力格嘎查"]);
        // the list ends where something else is listed
        assert_eq!(names_of(Class::Village, "海伦市召开会议。海北镇东兴村、县农业农村局负责人参加。"), ["东兴村"]);
    }

    #[test]
    fn the_city_a_paper_is_named_after_is_its_place() {
        // invented people in a real city, named only in the masthead: jieba
        // reads 遵义|日报 as a verb and a noun
        let text = "全市安全生产工作会议召开。市长周立新出席会议并讲话，市应急管理局主要负责人发言。\n（遵义日报）";
        assert_eq!(names_of(Class::City, text), ["遵义市"]);
        assert!(names_of(Class::GovernmentBody, text).contains(&"遵义市应急管理局".to_owned()));
    }

    #[test]
    fn water_works_are_projects_not_programmes() {
        // invented people in a real county: reinforcing a river bank is works
        let text = "安远县召开会议。副县长王明华先后察看了城关镇河堤加固工程等重点部位。";
        assert_eq!(names_of(Class::Project, text), ["河堤加固工程"]);
        assert!(names_of(Class::Policy, text).is_empty());
    }

    #[test]
    fn a_village_after_a_town_jieba_cut_across_is_still_named() {
        // invented people in a real town: 锦江镇江渔村 is read 锦江|镇江|渔村
        let text = "眉山市彭山区锦江镇江渔村党总支书记周桂英正带领村民整理鱼塘。";
        assert_eq!(names_of(Class::Village, text), ["江渔村"]);
        // a fishing village in general, where the town's word ends cleanly, is none
        assert!(names_of(Class::Village, "彭山区召开会议。锦江镇渔村面貌焕然一新。").is_empty());
    }

    #[test]
    fn a_project_named_after_its_village_is_a_project() {
        // invented people in a real district: 果园|村|葡萄|产业园 holds no word jieba calls a name
        let text = "彭山区观音街道果园村建起产业园。吴思远实地察看了果园村葡萄产业园。";
        assert_eq!(names_of(Class::Project, text), ["果园村葡萄产业园"]);
    }

    #[test]
    fn leaders_listed_with_a_word_inside_their_names_are_officials() {
        // invented people in a real county: 范志|强 (a noun and an adjective), 欧阳|丽 (a place)
        let text = "宜章县召开会议。县领导范志强、欧阳丽主持开工仪式。";
        assert_eq!(names_of(Class::Official, text), ["范志强", "欧阳丽"]);
        // a common word after 领导 is still none
        assert!(names_of(Class::Official, "宜章县召开会议。县领导干部带头参加。").is_empty());
    }

    #[test]
    fn a_body_ends_before_the_etc_jieba_glued_to_it() {
        // 县自然资源|局等|部门
        let text = "宜章县召开会议。县发展和改革局、县自然资源局等部门负责人参加活动。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["宜章县发展和改革局", "宜章县自然资源局"]);
    }

    #[test]
    fn the_leadership_after_a_level_is_no_list_of_leaders() {
        // 县|领导班子|成员: 领导 is inside jieba's word, and 班子成 no name
        let text = "阜平县召开会议。县领导班子成员，县法院院长、县检察院检察长参加会议。";
        assert!(names_of(Class::Official, text).is_empty(), "{:?}", names_of(Class::Official, text));
    }

    #[test]
    fn an_inspection_team_is_a_body_its_leader_holds_a_post_in() {
        // invented people in a real county and province
        let text = "河北省委第三巡视组巡视阜平县工作动员会召开。省委第三巡视组组长郑国华作动员讲话，副组长高玉兰出席会议。";
        assert!(posts_of(text).contains(&("郑国华".into(), "组长".into(), "河北省委第三巡视组".into())), "{:?}", posts_of(text));
        assert!(posts_of(text).contains(&("高玉兰".into(), "副组长".into(), "河北省委第三巡视组".into())), "{:?}", posts_of(text));
    }

    #[test]
    fn a_plant_still_to_be_built_is_a_project() {
        // invented company in a real city: 建设|青花椒加工厂
        let text = "平昌县召开会议。该村与巴中市康达农业开发有限公司签订协议，由公司投资800万元建设青花椒加工厂。";
        assert_eq!(names_of(Class::Project, text), ["青花椒加工厂"]);
        assert_eq!(names_of(Class::Enterprise, text), ["巴中市康达农业开发有限公司"]);
    }

    #[test]
    fn a_river_chief_written_last_in_a_chain_leaves_the_posts_before_to_the_name() {
        // invented people in a real county: 县级河长 is a duty, no post
        let text = "莲花县召开会议。11月8日，县委副书记、县级河长韩志刚带队巡查石门河。韩志刚要求深入落实河长制。";
        assert_eq!(posts_of(text), [("韩志刚".into(), "县委副书记".into(), "莲花县委".into())]);
        assert_eq!(names_of(Class::Policy, text), ["河长制"]);
    }

    #[test]
    fn a_station_being_built_is_no_body() {
        // invented people in a real township
        let text = "莲花县召开会议。韩志刚来到石门乡横江村污水处理站建设现场。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
        // a station's staff still work for it
        let text = "莲花县召开会议。县农业技术推广站工作人员深入田间指导。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["莲花县农业技术推广站"]);
    }

    #[test]
    fn a_builders_role_and_a_verb_of_laying_out_open_no_names() {
        // 施工单位 before a company, 布局 (to lay out) after a place
        let text = "莲花县召开会议。他要求施工单位江西建工第三建筑有限责任公司加快施工进度。";
        assert_eq!(names_of(Class::Enterprise, text), ["江西建工第三建筑有限责任公司"]);
        let text = "赣州市召开会议。希望企业在赣州布局更多项目。";
        assert!(names_of(Class::GovernmentBody, text).is_empty() && names_of(Class::Project, text).is_empty());
    }

    #[test]
    fn a_company_named_in_full_is_the_same_company_by_its_short_name() {
        // invented people in a real city: 比亚迪 again after 比亚迪股份有限公司
        let text = "赣州市召开会议。市委书记李国平率团拜访比亚迪股份有限公司等企业。在比亚迪，李国平一行参观了企业展厅。";
        let x = crate::extract::extract_text(text);
        let short: Vec<_> = x.mentions.iter().filter(|m| m.text == "比亚迪").map(|m| m.entity.name.as_str()).collect();
        assert_eq!(short, ["比亚迪股份有限公司"]);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::Inspected, object }
            if subject.name == "李国平" && object.name == "比亚迪股份有限公司")), "{:?}", x.relations);
        // a short name of ordinary words (蔬菜产业) is no company where it stands alone
        let text = "寿光市召开会议。走访了山东寿光蔬菜产业集团有限公司，了解蔬菜产业发展情况。";
        assert_eq!(names_of(Class::Enterprise, text), ["山东寿光蔬菜产业集团有限公司"]);
        // invented company and people: its stem with a shorter legal form
        // (公司 for 有限公司, without the province) is the company again
        let text = "百色市召开会议。田阳区人民政府与广西金桂铝材有限公司签约。金桂铝材公司总经理韦志明出席。";
        assert_eq!(names_of(Class::Enterprise, text), ["广西金桂铝材有限公司", "广西金桂铝材有限公司"]);
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::WorksFor, object }
            if subject.name == "韦志明" && object.name == "广西金桂铝材有限公司")), "{:?}", x.relations);
        // a stem of ordinary words keeps its place (上海|电气, a real company; invented people)
        let text = "三明市召开会议。在上海电气集团股份有限公司，林志强与公司副总裁何建平进行了座谈。上海电气将在三明高新技术产业开发区投资20亿元建设海上风电装备产业园项目。";
        let x = crate::extract::extract_text(text);
        let short: Vec<_> = x.mentions.iter().filter(|m| m.text == "上海电气").map(|m| m.entity.name.as_str()).collect();
        assert_eq!(short, ["上海电气集团股份有限公司"]);
        for (subject, predicate, object) in [("何建平", crate::model::Predicate::WorksFor, "上海电气集团股份有限公司"), ("海上风电装备产业园项目", crate::model::Predicate::Involves, "上海电气集团股份有限公司")] {
            assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject: s, predicate: p, object: o } if s.name == subject && *p == predicate && o.name == object)), "{subject}: {:?}", x.relations);
        }
        // but not where it is quoted, a brand or mark (real county and company)
        let text = "安溪县召开会议。为首批15家“安溪铁观音”标准化示范茶企授牌。安溪铁观音集团股份有限公司代表作了发言。";
        assert_eq!(names_of(Class::Enterprise, text), ["安溪铁观音集团股份有限公司"]);
        // or none, a bank read by its 银行 (real bank and district, invented people)
        let text = "万州区与重庆三峡银行签署协议\n\n万州区人民政府与重庆三峡银行股份有限公司签署战略合作协议。三峡银行董事长赵志明出席。";
        assert_eq!(names_of(Class::Enterprise, text), ["重庆三峡银行股份有限公司"; 3]);
        // a branch (分公司) is another company
        let text = "百色市召开会议。广西金桂铝材有限公司与金桂铝材田阳分公司签约。";
        assert_eq!(names_of(Class::Enterprise, text), ["广西金桂铝材有限公司", "金桂铝材田阳分公司"]);
    }

    #[test]
    fn a_branch_is_named_by_its_parent_company_in_full() {
        // real companies' branches in a real prefecture and its county-level
        // city (invented people): the parent's legal form is inside the name,
        // the place inside it is no person (海伦/nr), and the province and
        // city inside are not visited (a county's full name locates the site,
        // as in any company's name)
        let text = "绥化市召开会议。副市长张文海来到中国石化销售股份有限公司黑龙江绥化石油分公司、国网黑龙江省电力有限公司绥化供电公司、黑龙江北大荒粮食物流有限公司海伦分公司和中国邮政储蓄银行股份有限公司海伦市支行调研。";
        assert_eq!(
            names_of(Class::Enterprise, text),
            ["中国石化销售股份有限公司黑龙江绥化石油分公司", "国网黑龙江省电力有限公司绥化供电公司", "黑龙江北大荒粮食物流有限公司海伦分公司", "中国邮政储蓄银行股份有限公司海伦市支行"]
        );
        assert!(names_of(Class::Person, text).is_empty(), "{:?}", names_of(Class::Person, text));
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { predicate: crate::model::Predicate::Inspected, object, .. } if matches!(object.class, Class::Province | Class::City))), "{:?}", x.relations);
        // a unit of a company just named is still no company of its own
        assert_eq!(names_of(Class::Enterprise, "绥化市召开会议。走访了北大荒粮食物流有限公司粮食烘干厂。"), ["北大荒粮食物流有限公司"]);
    }

    #[test]
    fn a_county_level_city_visited_and_named_with_its_own_committee_is_not_the_papers() {
        // invented people in a real prefecture and its county-level city: the
        // prefecture's paper goes to 海伦市 and names 海伦市委 in full, so
        // its bare 市委 is 绥化市委 though 海伦市 is named more often
        let text = "绥化市委书记到海伦市督导秋粮收储工作\n\n10月25日，市委书记李国平到海伦市督导秋粮收储工作。李国平一行深入海伦市东风镇。市委常委、秘书长孙立伟，海伦市委书记赵明远参加督导。";
        let posts = posts_of(text);
        assert!(posts.contains(&("李国平".into(), "市委书记".into(), "绥化市委".into())), "{posts:?}");
        assert!(posts.contains(&("孙立伟".into(), "市委常委".into(), "绥化市委".into())), "{posts:?}");
        assert!(posts.contains(&("赵明远".into(), "市委书记".into(), "海伦市委".into())), "{posts:?}");
        // its own paper: a visitor comes to it, and its 市委 is its own
        let text = "海伦市召开秋粮收储工作会议\n\n10月25日，海伦市召开秋粮收储工作会议。市委书记赵明远出席。会后，绥化市委常委孙立伟到海伦市东风镇督导。";
        let posts = posts_of(text);
        assert!(posts.contains(&("赵明远".into(), "市委书记".into(), "海伦市委".into())), "{posts:?}");
    }

    #[test]
    fn a_transliterated_village_after_its_town_and_a_new_town_named_after_a_city() {
        // invented people in a real county and township of 喀什地区: a
        // village of five characters jieba reads as names and places
        // (阿亚/ns 格曼/nr 干村), and 广州新城 of 疏附县, which is no 广州市
        let text = "喀什地区召开会议。李建军先后来到疏附县托克扎克镇阿亚格曼干村、疏附县广州新城，实地察看产业发展情况。";
        assert_eq!(names_of(Class::Village, text), ["阿亚格曼干村"]);
        assert!(names_of(Class::City, text).iter().all(|c| c == "喀什地区"), "{:?}", names_of(Class::City, text));
        // a four-character stem of ordinary words after a town is no village
        let text = "疏附县召开会议。托克扎克镇推进示范村建设，托克扎克镇民族团结村创建、托克扎克镇生态文明村创建成效明显。";
        assert!(names_of(Class::Village, text).is_empty(), "{:?}", names_of(Class::Village, text));
    }

    #[test]
    fn a_township_unit_named_without_its_level_must_end_a_word() {
        // 平果铝 is a township-level unit of 平果市; in 平果铝业 it opens a company
        let text = "平果市召开会议。全力推进广西平果铝业有限公司扩能升级。";
        assert!(names_of(Class::Town, text).is_empty(), "{:?}", names_of(Class::Town, text));
        assert_eq!(names_of(Class::Enterprise, text), ["广西平果铝业有限公司"]);
    }

    #[test]
    fn a_demonstration_area_named_by_what_it_shows_is_no_zone() {
        // invented people in a real county: a farmland demonstration area is
        // no 示范区 of the city, while the bare 示范区 after a verb still is
        let text = "井研县召开会议。刘小明来到迎春镇万亩高标准农田示范区，了解农田建设情况。";
        assert!(names_of(Class::DevelopmentZone, text).is_empty(), "{:?}", names_of(Class::DevelopmentZone, text));
        let text = "焦作市召开会议。王立军主持召开示范区党工委会议。";
        assert_eq!(names_of(Class::DevelopmentZone, text).len(), 1, "{:?}", names_of(Class::DevelopmentZone, text));
    }

    #[test]
    fn a_state_company_opens_with_the_word_for_the_state() {
        // 国家|电投 (an abbreviation): the name of a central state company
        let text = "德令哈市召开会议。德令哈市与国家电投集团青海黄河电力有限公司签订项目合作协议。";
        assert_eq!(names_of(Class::Enterprise, text), ["国家电投集团青海黄河电力有限公司"]);
        // and before a trade and 集团/有限公司 (real state companies)
        let text = "榆林市召开会议。加快实施国家能源集团榆林化工有限公司煤炭综合利用项目。国家电网有限公司参加。";
        assert_eq!(names_of(Class::Enterprise, text), ["国家能源集团榆林化工有限公司", "国家电网有限公司"]);
        let x = crate::extract::extract_text(text);
        assert!(!x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::LocatedIn, .. } if subject.name == "国家电网有限公司")), "{:?}", x.relations);
    }

    #[test]
    fn a_body_written_after_its_county_and_city_is_the_countys() {
        // invented people in a real district: 南平市建阳区委 is 建阳区委 (rule
        // 14: the resolved region and the body), and its 区委书记 holds it
        let text = "南平市召开会议。南平市建阳区委书记林国平主持会议。南平市建阳区人民政府发布通知。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["建阳区委", "建阳区政府"]);
        assert_eq!(posts_of(text), [("林国平".to_owned(), "区委书记".to_owned(), "建阳区委".to_owned())]);
    }

    #[test]
    fn a_word_between_a_city_and_a_zone_type_names_the_zone() {
        // invented people in real cities: 沧州|临港|经济技术开发区 is not the
        // city's 沧州经济开发区, and the type alone later is the named zone;
        // 珲春|国际合作|示范区 is 珲春市's, not 延边州's
        let text = "沧州市召开会议。沧州临港经济技术开发区党工委书记赵杰参加座谈。会后，经开区负责人介绍了情况。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["沧州临港经开区", "沧州临港经开区"]);
        let text = "延边州召开会议。黄明来到珲春国际合作示范区调研。";
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::LocatedIn, object }
            if subject.name == "珲春国际合作示范区" && object.name == "珲春市")), "{:?}", x.relations);
        // a verb of building between them is no part of a name
        let text = "沧州市召开会议。支持沧州发展高新区建设。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["沧州高新区"]);
        // a place word alone before the type (准东, no region) names the zone too
        let text = "昌吉州召开会议\n\n11月28日，昌吉州重点项目建设推进会在准东经济技术开发区召开。会后，经开区负责人介绍了情况。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["昌吉准东经开区", "昌吉准东经开区"]);
    }

    #[test]
    fn a_standing_committee_presiding_and_a_programme_inside_a_company_name_no_entities() {
        // 全会由区委常委会主持: the organ presides, no meeting named 全会由区委常委会
        let text = "建阳区召开会议。全会由区委常委会主持，区委书记林国平作讲话。";
        assert!(names_of(Class::Meeting, text).is_empty(), "{:?}", names_of(Class::Meeting, text));
        // 市委常委会传达学习省委…: the verb of relaying is no part of a body's name
        let text = "湘潭市委常委会传达学习省委全会精神\n\n12月4日，市委常委会召开会议。";
        assert!(names_of(Class::GovernmentBody, text).iter().all(|b| !b.contains("传达")), "{:?}", names_of(Class::GovernmentBody, text));
        // 中国化学|工程|集团有限公司: 工程 inside a company's name heads no programme
        let text = "沧州市召开会议。沧州市委书记刘成军会见中国化学工程集团有限公司董事长一行。";
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
        assert_eq!(names_of(Class::Enterprise, text), ["中国化学工程集团有限公司"]);
    }

    #[test]
    fn a_quoted_brand_is_no_programme() {
        // invented people in a real county: a regional brand in quotes
        let text = "霍邱县召开会议。县委书记汪明表示，将打造“霍邱龙虾”区域公用品牌。";
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
        // while a programme built still is one
        let text = "霍邱县召开会议。县委书记汪明表示，将深入实施“稻渔共生”行动。";
        assert_eq!(names_of(Class::Policy, text), ["稻渔共生行动"]);
    }

    #[test]
    fn a_short_name_of_the_city_named_in_full_is_the_city_not_its_namesake_county() {
        // invented people in a real city: 湘潭 (湘潭市 and 湘潭县) where the
        // article names 湘潭市 and not 湘潭县
        let text = "湘潭市召开会议。会议研究了湘潭经开区体制机制改革等事项。";
        assert!(names_of(Class::County, text).is_empty(), "{:?}", names_of(Class::County, text));
        // where it names 湘潭县 too, the short name is left to the article's other evidence
        let text = "湘潭县召开会议。湘潭县委书记刘明主持。落实湘潭市委部署，支持湘潭众远食品有限公司发展。";
        let x = crate::extract::extract_text(text);
        let short: Vec<&str> = x.mentions.iter().filter(|m| m.text == "湘潭").map(|m| m.entity.name.as_str()).collect();
        assert_eq!(short, ["湘潭县"]);
    }

    #[test]
    fn a_bracket_closed_before_a_body_is_no_part_of_it() {
        // a real city's notice to 各市（区）人民政府: no body named 区)人民政府
        let text = "泰州市人民政府关于印发《泰州市推动大规模设备更新实施方案》的通知\n\n各市（区）人民政府，泰州医药高新区（高港区）管委会，市各委办局：现将方案印发给你们。";
        assert!(names_of(Class::GovernmentBody, text).iter().all(|b| !b.contains(')')), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn a_bay_named_after_a_place_is_not_the_place() {
        // 崖州湾 (a bay, and the science city named after it) is not 崖州区
        let text = "三亚市召开会议。要加快推进崖州湾科技城建设。";
        assert!(names_of(Class::County, text).is_empty(), "{:?}", names_of(Class::County, text));
    }

    #[test]
    fn a_place_word_jieba_reads_whole_wins_over_one_ending_inside_it() {
        // 加快建设|镇雄县: not 建设镇 (a town elsewhere) and 雄县 (a county of Hebei)
        let text = "镇雄县召开会议。要加快建设镇雄县竹产业园。";
        assert_eq!(names_of(Class::County, text), ["镇雄县", "镇雄县"]);
        assert!(names_of(Class::Town, text).is_empty(), "{:?}", names_of(Class::Town, text));
    }

    #[test]
    fn a_regions_company_of_ordinary_words_with_a_legal_form_is_a_company() {
        // a county's investment company: 云南镇雄 and the ordinary words 农业发展投资
        let text = "镇雄县召开会议。依托云南镇雄农业发展投资有限公司等龙头企业带动群众增收。";
        assert_eq!(names_of(Class::Enterprise, text), ["云南镇雄农业发展投资有限公司"]);
        // but a region's kind of company, without a legal form, is none
        assert!(names_of(Class::Enterprise, "镇雄县召开会议。支持镇雄农业企业发展。").is_empty());
    }

    #[test]
    fn a_town_the_gazetteer_lacks_after_its_county_is_a_town_of_it() {
        // invented people; 赤岩镇 of 旬阳市 is not in the 2023 gazetteer
        let text = "走进旬阳市赤岩镇万福村，合作社的车间里机器轰鸣。万福村党支部书记王建军介绍了情况。赤岩镇党委书记张伟表示，将扩大种植规模。";
        let x = crate::extract::extract_text(text);
        let places: Vec<_> = x.mentions.iter().filter(|m| matches!(m.entity.class, Class::Town | Class::Village)).map(|m| (m.text.as_str(), m.entity.code.as_deref())).collect();
        assert_eq!(places[..2], [("赤岩镇", Some("610981/赤岩镇")), ("万福村", Some("610981/赤岩镇/万福村"))]);
        let part_of = |child: &str, parent: &str| {
            x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::PartOf, object } if subject.name == child && object.name == parent))
        };
        assert!(part_of("赤岩镇", "旬阳市") && part_of("万福村", "赤岩镇") && !part_of("万福村", "旬阳市"), "{:?}", x.relations);
        assert!(posts_of(text).contains(&("张伟".into(), "党委书记".into(), "赤岩镇党委".into())), "{:?}", posts_of(text));
        // written again without its county, it is that town, not a town of
        // another county named by its tail (an invented town of a real
        // county; 柳树镇 is a town of four other counties)
        let text = "大柳树镇：产业兴旺\n\n近年来，中宁县大柳树镇坚持党建引领。在大柳树镇北沙窝村，合作社车间很忙。镇党委书记李远燕表示，将扩大规模。";
        assert_eq!(names_of(Class::Town, text), ["大柳树镇"; 3]);
        assert!(posts_of(text).contains(&("李远燕".into(), "党委书记".into(), "大柳树镇党委".into())), "{:?}", posts_of(text));
        // words for towns in general are none: 城乡, 乡镇
        assert!(names_of(Class::Town, "旬阳市城乡一体化加快推进。旬阳市乡镇干部参加培训。").is_empty());
        // nor kinds of township: 贫困乡/n, 民族乡/n, 山区/ns|乡, 旅游|名镇, 产业|强镇
        let kinds = "宜章县贫困乡、宜章县民族乡、宜章县山区乡、宜章县旅游名镇、宜章县产业强镇建设。";
        assert!(names_of(Class::Town, kinds).is_empty(), "{:?}", names_of(Class::Town, kinds));
    }

    #[test]
    fn staff_of_a_company_written_again_by_its_kind_work_for_it() {
        // invented people and cooperative in a real county-level city
        let text = "走进旬阳市万福魔芋种植专业合作社，机器轰鸣。合作社理事长陈家宝告诉记者，今年增收。";
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::WorksFor, object }
            if subject.name == "陈家宝" && object.name == "旬阳市万福魔芋种植专业合作社")), "{:?}", x.relations);
        // a company's post with no company named before employs no one
        let x = crate::extract::extract_text("走进旬阳市万福魔芋种植专业合作社，机器轰鸣。公司总经理王小明说，今年增收。");
        assert!(!x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { predicate: crate::model::Predicate::WorksFor, .. })), "{:?}", x.relations);
    }

    #[test]
    fn a_chain_of_posts_stops_at_another_persons_name() {
        // invented people in a real city: 市长李明华 is not part of the next post's organisation
        let text = "东兴市召开会议。市委副书记、市长李明华与县政协主席阮文雄举行会谈。";
        let posts = posts_of(text);
        assert!(posts.iter().all(|(_, _, org)| !org.contains("李明华")), "{posts:?}");
        assert!(!posts.iter().any(|(who, title, _)| who == "阮文雄" && title == "市委副书记"), "{posts:?}");
    }

    #[test]
    fn an_ethnic_township_written_without_its_groups_after_its_county_is_the_gazetteers() {
        // the gazetteer lists 新仁苗族乡 of 黔西市; papers write 新仁乡
        let text = "黔西市召开会议。黔西市新仁乡风电项目预计明年并网发电。";
        let x = crate::extract::extract_text(text);
        let towns: Vec<_> = x.mentions.iter().filter(|m| m.entity.class == Class::Town).map(|m| (m.text.as_str(), m.entity.name.as_str(), m.entity.code.as_deref())).collect();
        assert_eq!(towns, [("新仁乡", "新仁苗族乡", Some("520581202"))]);
        // not a name of its own anywhere else (形成文明乡风: no 文明乡, no 文明村)
        assert!(names_of(Class::Town, "栾川县召开会议。形成文明乡风，创建文明村镇。").is_empty());
        // (also where a town of another province bears the short name: 民乐乡 of
        // 永登县, and 民乐朝鲜族乡 of 五常市)
        let text = "五常市召开会议。五常市民乐乡远华水稻种植专业合作社作了发言。";
        let x = crate::extract::extract_text(text);
        let towns: Vec<_> = x.mentions.iter().filter(|m| m.entity.class == Class::Town).map(|m| (m.entity.name.as_str(), m.entity.code.as_deref())).collect();
        assert_eq!(towns, [("民乐朝鲜族乡", Some("230184211"))]);
    }

    #[test]
    fn a_county_zone_written_with_a_bare_county_is_that_countys() {
        // invented people in a real county of 安庆市, which has a 经开区 of its own
        let text = "岳西县召开会议\n\n副县长储国平，县经开区管委会负责同志参加。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["岳西经开区"]);
    }

    #[test]
    fn a_body_ends_before_a_modal_glued_to_its_suffix() {
        // jieba reads 局要/v; invented county business in a real county of 晋中市
        let text = "平遥县召开会议。县发展和改革局要加强统筹调度，县自然资源局要做好用地保障。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["平遥县发展和改革局", "平遥县自然资源局"]);
        // or a verb: 局作/n (invented text, real county and towns)
        let text = "剑阁县召开会议。普安镇、开封镇、县农业农村局作交流发言。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["剑阁县农业农村局"]);
    }

    #[test]
    fn a_name_after_a_title_whose_last_character_jieba_joined_to_a_place_is_a_name_when_written_again() {
        // 县|长武/ns|立新: an invented county head in a real county
        let text = "平遥县召开会议。县委副书记、县长武志平通报全县重点项目进展情况。会后，武志平深入洪善镇调研。";
        let posts = posts_of(text);
        assert!(posts.contains(&("武志平".to_string(), "县长".to_string(), "平遥县".to_string())), "{posts:?}");
        // 通报 (reporting) is no part of a project's name
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
        // once only, it may be 长江 read after 市长: no official
        assert!(names_of(Class::Official, "宜昌市召开会议。全市长江大保护工作稳步推进。").is_empty());
    }

    #[test]
    fn a_project_is_no_part_of_a_programmes_name() {
        // leaders assigned to key projects is a system, not a project; nor is
        // a quoted programme ending in 工程 a project (invented text, real county)
        let text = "蓟州区召开会议。落实县级领导包联重点项目制度，依托“美丽乡村建设工程”发展民宿。";
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
        assert_eq!(names_of(Class::Policy, text), ["县级领导包联重点项目制度", "美丽乡村建设工程"]);
    }

    #[test]
    fn a_zone_named_by_a_word_jieba_reads_as_a_name_is_that_zone_when_written_twice() {
        // 杨凌/nr 示范区: invented officials in the real 杨凌 zone
        // (its towns make 咸阳市 the home city)
        let text = "杨凌示范区党工委召开专题会议\n\n7月3日，杨凌示范区党工委书记吴建华主持召开专题会议。会后，吴建华深入五泉镇调研。";
        let zones = names_of(Class::DevelopmentZone, text);
        assert!(!zones.is_empty() && zones.iter().all(|z| z == "咸阳杨凌示范区"), "{zones:?}");
        // once only, no zone of that name
        let once = "咸阳市召开会议。杨凌示范区党工委书记吴建华主持会议。会后，吴建华深入五泉镇调研。";
        assert!(names_of(Class::DevelopmentZone, once).iter().all(|z| !z.contains("杨凌")), "{:?}", names_of(Class::DevelopmentZone, once));
    }

    #[test]
    fn an_adverb_jieba_found_inside_a_companys_name_does_not_end_it() {
        // 客都/d: an invented company in a real city
        let text = "梅县区召开会议。梅州市客都农业发展有限公司投资2.6亿元，在雁洋镇建设金柚深加工产业园项目。";
        assert_eq!(names_of(Class::Enterprise, text), ["梅州市客都农业发展有限公司"]);
        // but 目的 is a word of its own (为了达到目的|某公司…)
        let purpose = "焦作市召开会议。为达到这一目的远华建设有限公司加快施工。";
        assert!(names_of(Class::Enterprise, purpose).iter().all(|e| !e.starts_with("目的")), "{:?}", names_of(Class::Enterprise, purpose));
    }

    #[test]
    fn a_park_named_by_its_place_and_what_it_is_is_a_project_unless_the_gazetteer_names_it_a_zone() {
        // invented visit to a park named by its place and kind
        let text = "蓟州区召开会议。杨兴华察看了天津蓟州国家农业科技园区建设进展。";
        assert_eq!(names_of(Class::Project, text), ["天津蓟州国家农业科技园区"]);
        // 吉安高新技术产业园区 is a zone of the gazetteer (360821400), not a project too
        let zone = "泰和县召开会议。位于吉安高新技术产业园区的远华纺织有限公司投产。";
        assert!(names_of(Class::Project, zone).is_empty(), "{:?}", names_of(Class::Project, zone));
    }

    #[test]
    fn a_county_at_the_tail_of_a_dictionary_word_is_part_of_it() {
        // 示范县 (a model county) holds 范县 of 濮阳市: no county there
        let text = "安吉县召开会议。加快建设全国生态文明建设示范县，创建省级示范县。";
        assert_eq!(names_of(Class::County, text), ["安吉县"]);
        // the county written as a word of its own is one
        assert_eq!(names_of(Class::County, "濮阳市召开会议。市长到范县调研。"), ["范县"]);
    }

    #[test]
    fn a_county_a_title_runs_over_is_part_of_the_title() {
        // 代县长 (acting county head) holds 代县 of 忻州市: invented acting head, real county
        let text = "安溪县召开会议。县委副书记、代县长陈丽萍主持会议。";
        assert_eq!(names_of(Class::County, text), ["安溪县"]);
        assert!(posts_of(text).contains(&("陈丽萍".to_string(), "代县长".to_string(), "安溪县".to_string())), "{:?}", posts_of(text));
    }

    #[test]
    fn unquoted_works_that_build_nothing_are_a_programme() {
        // CONVENTIONS rule 31, in a real county: 工程 named by what it does
        let text = "安溪县召开会议。今年，全县将实施茶产业提质增效工程，推进城区供水管网改造工程。";
        assert_eq!(names_of(Class::Policy, text), ["茶产业提质增效工程"]);
        assert_eq!(names_of(Class::Project, text), ["供水管网改造工程"]);
    }

    #[test]
    fn common_words_are_not_short_forms_of_counties() {
        // 中方县 and 会同县 are counties of 怀化市, 南部县 of 南充市, 惠民县 of
        // 滨州市; in these papers each is here a common word
        let text = "怀化市召开会议。会议要求会同有关部门推进重点项目建设，与中方企业加强合作。";
        assert!(names_of(Class::County, text).is_empty(), "{:?}", names_of(Class::County, text));
        let text = "南充市召开会议。会议要求加快城区南部片区改造。";
        assert!(names_of(Class::County, text).is_empty(), "{:?}", names_of(Class::County, text));
        let text = "滨州市召开会议。会议要求落实文化惠民工程。";
        assert!(names_of(Class::County, text).is_empty(), "{:?}", names_of(Class::County, text));
    }

    #[test]
    fn a_zone_named_by_its_type_before_a_project_is_its_place() {
        // a real county; the project is invented
        for text in ["蒙城县召开会议。其中，县经济开发区新能源电池材料项目总投资20亿元。", "蒙城县召开会议。其中，蒙城经济开发区新能源电池材料项目总投资20亿元。"] {
            let x = crate::extract::extract_text(text);
            assert_eq!(names_of(Class::Project, text), ["新能源电池材料项目"]);
            assert!(
                x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::LocatedIn, object } if subject.name == "新能源电池材料项目" && object.name == "蒙城经开区")),
                "{:?}",
                x.relations
            );
        }
    }

    #[test]
    fn a_company_named_in_full_names_its_project() {
        // invented company in a real township (李坊乡 of 光泽县)
        let text = "光泽县召开会议。位于李坊乡的世禾建材有限公司标准化厂房项目计划总投资2.3亿元，目前进展顺利。";
        assert_eq!(names_of(Class::Project, text), ["世禾建材有限公司标准化厂房项目"]);
    }

    #[test]
    fn a_name_may_end_in_he_before_a_verb() {
        // invented people in a real county-level city (桦甸市): 和 before 主持
        // is the name's, 和 before a name joins two people
        let text = "桦甸市召开会议。市人大常委会主任刘永和主持会议。县长张国和在会上讲话。副市长王永和李东海出席会议。";
        let officials = names_of(Class::Official, text);
        assert!(officials.contains(&"刘永和".to_string()) && officials.contains(&"张国和".to_string()), "{officials:?}");
        assert!(officials.contains(&"王永".to_string()) && officials.contains(&"李东海".to_string()), "{officials:?}");
        // the last of a list after 和 shares the title
        let posts = posts_of("临泉县召开会议。副县长李红梅、陈志强和赵文斌出席会议。");
        assert!(posts.contains(&("赵文斌".to_string(), "副县长".to_string(), "临泉县".to_string())), "{posts:?}");
    }

    #[test]
    fn appointments_listed_after_commas_each_give_a_post() {
        // invented people, real city
        let text = "桦甸市召开会议。会议决定任命张宏伟为桦甸市发展和改革局局长，王玉梅为桦甸市教育局局长；孙建军为桦甸市财政局局长。";
        let posts = posts_of(text);
        for (name, body) in [("张宏伟", "桦甸市发展和改革局"), ("王玉梅", "桦甸市教育局"), ("孙建军", "桦甸市财政局")] {
            assert!(posts.contains(&(name.to_string(), "局长".to_string(), body.to_string())), "{posts:?}");
        }
    }

    #[test]
    fn a_zones_working_committee_keeps_its_word() {
        // invented person; 工委 is a zone's party working committee (rule 19)
        let text = "儋州市召开会议。洋浦经济开发区工委书记、管委会主任王志军出席会议。";
        let posts = posts_of(text);
        assert!(posts.iter().any(|(n, t, o)| n == "王志军" && t == "工委书记" && o.ends_with("工委")), "{posts:?}");
        assert!(posts.iter().any(|(n, t, o)| n == "王志军" && t == "主任" && o.ends_with("管委会")), "{posts:?}");
    }

    #[test]
    fn a_famous_place_ending_in_cun_after_a_noun_is_a_figure_of_speech() {
        // 农业中关村: a hub of farming, no village; a village word alone still is one
        let text = "平谷区召开会议。会议要求打造农业中关村，建设农业科技创新示范区。镇干部走进三家村。";
        assert_eq!(names_of(Class::Village, text), ["三家村"]);
        assert!(names_of(Class::DevelopmentZone, text).is_empty(), "{:?}", names_of(Class::DevelopmentZone, text));
        // (nor is one right after a province: 北京中关村顺义园, a park's name)
        let text = "顺义区召开会议。要做好北京中关村顺义园招商引资工作。镇干部走进三家村。";
        assert_eq!(names_of(Class::Village, text), ["三家村"]);
    }

    #[test]
    fn a_body_ends_before_a_former_post() {
        // 局原/n: jieba glued the body's suffix to 原 (former); invented person, real county
        let text = "宜章县纪委监委通报典型问题。一、县交通运输局原党组成员、副局长李某某违规收受礼金问题。";
        assert!(names_of(Class::GovernmentBody, text).contains(&"宜章县交通运输局".to_string()), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn a_given_name_character_before_a_verb_of_two_characters() {
        // 林海/nr|平/n|进行: invented chairman of an invented company
        let text = "兴文县召开会议。浙江远华家居股份有限公司董事长林海平进行了座谈。";
        assert!(names_of(Class::Person, text).contains(&"林海平".to_string()), "{:?}", names_of(Class::Person, text));
        // 杨立|刚/d|，: an adverb before punctuation modifies nothing, it ends the name
        let text = "临泉县召开会议。常务副县长杨立刚，县委常委陈丽参加。";
        assert!(names_of(Class::Official, text).contains(&"杨立刚".to_string()), "{:?}", names_of(Class::Official, text));
        // 郑立强/nr|调研: the 强 of the name is not that of 强调 where jieba reads
        // a word of its own after the name (invented people, a real county)
        let text = "正定县召开会议。县委书记郑立强调研文旅项目建设情况。";
        assert_eq!(names_of(Class::Official, text), ["郑立强"]);
        let text = "正定县召开会议。县委书记郑立强调，要抓好项目建设。";
        assert_eq!(names_of(Class::Official, text), ["郑立"]);
    }

    #[test]
    fn a_surnames_village_after_its_county() {
        // 余村 and 鲁家村 of 安吉县 are real; 驻村 is the work of a cadre sent to villages
        let text = "安吉县召开会议。代表团先后深入安吉县余村、鲁家村考察。安吉县驻村干部座谈，安吉县农村人居环境整治。";
        assert_eq!(names_of(Class::Village, text), ["余村", "鲁家村"]);
    }

    #[test]
    fn a_name_listed_after_a_title_ends_before_a_word_goes_on() {
        // 武汉东 is no name: the place's name goes on (湖新技术开发区); invented people
        // (nor 黄河水: 黄河水利委员会 goes on)
        let text = "仙桃市委书记李向东、武汉东湖新技术开发区党工委书记陈文华分别致辞。副市长王立华、张小兵和李明出席。区长刘明、黄河水利委员会主任陈立新讲话。";
        let x = crate::extract::extract_text(text);
        let officials: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Official).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(officials, ["李向东", "陈文华", "王立华", "张小兵", "李明", "刘明", "陈立新"]);
    }

    #[test]
    fn a_zone_jieba_reads_as_one_word_is_named_by_its_place_word() {
        // 武汉东湖新技术开发区/nt: 武汉's zone 东湖 (and 东湖高新区 later is the same
        // zone, not the home city's; jieba's dictionary has this zone, not the
        // seeds); 洪泽经开区/ns in a 淮安 paper: 洪泽区's zone, not 淮安经开区. Invented people
        let text = "仙桃市委书记李向东、武汉东湖新技术开发区党工委书记陈文华分别致辞。仙桃市长胡海峰与东湖高新区管委会主任张华签约。某某公司与仙桃高新区签订协议。\n淮安市召开推进会。位于洪泽经开区的某某项目开工。";
        let x = crate::extract::extract_text(text);
        let zones: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::DevelopmentZone).map(|m| m.entity.name.as_str()).collect();
        // (仙桃高新区, a bare type after its city, is 仙桃's zone, not the one named before)
        assert_eq!(zones, ["武汉东湖高新区", "武汉东湖高新区", "仙桃高新区", "洪泽经开区"]);
        let posts: Vec<(&str, &str)> = x.relations.iter().filter_map(|r| match r {
            crate::model::Relation::HoldsPost { official, organisation, .. } => Some((official.name.as_str(), organisation.name.as_str())),
            _ => None,
        }).collect();
        assert!(posts.contains(&("陈文华", "武汉东湖高新区党工委")), "{posts:?}");
        assert!(posts.contains(&("张华", "武汉东湖高新区管委会")), "{posts:?}");
        let located: Vec<&str> = x.relations.iter().filter_map(|r| match r {
            crate::model::Relation::Link { subject, predicate: crate::model::Predicate::LocatedIn, object } if subject.name == "武汉东湖高新区" => Some(object.name.as_str()),
            _ => None,
        }).collect();
        assert_eq!(located, ["武汉市"]);
    }

    #[test]
    fn a_zone_named_between_its_city_and_its_type_holds_the_posts_of_its_organs() {
        // 沧州|临港|经济技术开发区党工委: the zone's committee, not 沧州市's (invented person)
        let text = "会上，沧州临港经济技术开发区党工委书记王立民介绍了情况。";
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::HoldsPost { official, organisation, .. } if official.name == "王立民" && organisation.name == "沧州临港经开区党工委")), "{:?}", x.relations);
    }

    #[test]
    fn a_village_is_not_read_right_after_a_province() {
        // a brand after its province names a company; a village follows its county (invented names)
        let text = "山东荷花村酒业有限公司投资3亿元建设白酒酿造项目。曹县庄寨镇桃园村的群众前来观摩。";
        assert_eq!(names_of(Class::Village, text), ["桃园村"]);
    }

    #[test]
    fn looking_at_a_site_is_no_part_of_its_name() {
        // 查看 before what is looked at (a real town, an invented base)
        let text = "泽州县召开会议。在大东沟镇，村党支部书记张立平正在查看远华连翘种植基地的长势。";
        assert!(names_of(Class::Project, text).iter().all(|p| !p.starts_with("查看")), "{:?}", names_of(Class::Project, text));
    }

    #[test]
    fn a_plant_named_by_its_trade_alone_is_no_company() {
        // real county-level city, invented company: the plant to be laid out
        // or built is named by its trade (光伏/j), not by a company
        let text = "天长市召开会议。书记希望企业在天长布局光伏组件生产基地。远华公司在金寨建设光伏组件生产基地。";
        assert_eq!(names_of(Class::Enterprise, text), ["远华公司"]);
        // (a company's plant in a named place is one, though jieba tags 重工/vn 烟台/n)
        assert_eq!(names_of(Class::Enterprise, "烟台市召开会议。重工烟台生产基地抓住机械销售旺季。"), ["重工烟台生产基地"]);
    }

    #[test]
    fn a_county_level_city_gone_into_through_a_company_is_still_the_papers_own() {
        // real county-level city and prefecture, invented people and companies:
        // 深入 before a company named after the city is no visit to the city
        let text = "海城市领导调研镁产业发展。9月12日，海城市委副书记、市长孙立伟带队深入海城远华镁业有限公司、鞍山蜀丰耐火材料股份有限公司等企业调研。副市长刘立波，市工信局主要负责同志陪同调研。";
        let x = crate::extract::extract_text(text);
        assert!(x.mentions.iter().any(|m| m.entity.name == "海城市工信局"), "{:?}", x.mentions);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::HoldsPost { official, organisation, .. } if official.name == "刘立波" && organisation.name == "海城市")), "{:?}", x.relations);
    }

    #[test]
    fn a_vice_president_or_a_director_of_a_company_is_its_staff() {
        // real county-level city, invented company and people
        let text = "浏阳市人民政府与远华重工股份有限公司签署协议。浏阳市长曹立新与远华重工副总裁王立明分别代表双方签约。远华重工技术总监李华出席。";
        let x = crate::extract::extract_text(text);
        let staff: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Person).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(staff, ["王立明", "李华"]);
        // a chain of staff, each with a role; a body's post after it is no company's
        let text = "浏阳市人民政府与远华重工股份有限公司签署协议。远华重工技术总监李华、执行董事张强出席。远华重工董事长刘海、县委办公室主任王明出席。远华重工总经理赵林、县政协主任陈东出席。";
        let x = crate::extract::extract_text(text);
        let of_class = |class: Class| x.mentions.iter().filter(|m| m.entity.class == class).map(|m| m.entity.name.as_str()).collect::<Vec<_>>();
        assert_eq!(of_class(Class::Person), ["李华", "张强", "刘海", "赵林"]);
        assert_eq!(of_class(Class::Official), ["王明", "陈东"]);
    }

    #[test]
    fn a_village_after_zai_opening_a_clause_is_of_the_town_named_before() {
        // a real town, an invented village; 在农村 and 在新农村 name none
        let text = "巴东县野三关镇坚持发展产业。\n在农村,在新农村,干部积极作为。在青石岭村,驻村第一书记王立峰介绍了情况。";
        assert_eq!(names_of(Class::Village, text), ["青石岭村"]);
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::PartOf, object } if subject.name == "青石岭村" && object.name == "野三关镇")), "{:?}", x.relations);
    }

    #[test]
    fn a_village_named_after_its_town_is_not_filed_under_the_town_named_last() {
        // real district and towns, invented villages: 在甲村， later is the
        // first town's village again, not one of the town named just before
        let text = "汇川区委书记王巍深入高坪街道海龙坝村、团泽镇三村村调研。\n在海龙坝村，王巍了解了园区建设情况。";
        let x = crate::extract::extract_text(text);
        let parents: Vec<&str> = x
            .relations
            .iter()
            .filter_map(|r| match r {
                crate::model::Relation::Link { subject, predicate: crate::model::Predicate::PartOf, object } if subject.name == "海龙坝村" => Some(object.name.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(parents, ["高坪街道"], "{:?}", x.relations);
    }

    #[test]
    fn a_given_names_last_character_read_as_a_year_or_glued_to_etc() {
        // invented people: 吴松|年/m|， and 韦显|航等/u
        let text = "桃源县召开会议。县人大常委会主任吴松年，县政协主席杨立新参加学习。";
        assert_eq!(names_of(Class::Official, text), ["吴松年", "杨立新"]);
        let text = "玉林市召开会议。市委常委朱珊、黄达林、韦显航等出席会议。";
        assert_eq!(names_of(Class::Official, text), ["朱珊", "黄达林", "韦显航"]);
        // (and 日: 朴光|日/m|、 in a list of leaders)
        let text = "延吉市召开会议。市领导朴光日、李红梅、郑成浩参加会议。";
        assert_eq!(names_of(Class::Official, text), ["朴光日", "李红梅", "郑成浩"]);
    }

    #[test]
    fn provincial_zone_types_and_a_projects_signing_ceremony() {
        // real county: 高新技术产业园区 is a high-tech zone's provincial name,
        // 工业集中区 a zone after its place (alone, a generic word)
        let text = "信丰县举行动力电池生产基地项目签约仪式。该项目选址信丰高新技术产业园区。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["信丰高新区"]);
        // (what a ceremony signs is a project, however common its words; not a kind of project)
        assert_eq!(names_of(Class::Project, text), ["动力电池生产基地项目"]);
        assert!(names_of(Class::Project, "信丰县举行重大项目签约仪式。").is_empty());
        assert_eq!(names_of(Class::DevelopmentZone, "桃源县召开会议。加快推进桃源工业集中区建设。"), ["桃源工业集中区"]);
        assert!(names_of(Class::DevelopmentZone, "桃源县召开会议。推动工业集中区提质增效。").is_empty());
    }

    #[test]
    fn projects_a_list_names_as_projects_and_kinds_of_aid_that_are_none() {
        // real county, invented projects: after 主要包括 the items named 项目 are
        // projects, not the parts of one
        let text = "霞浦县召开会议。其中，开工项目15个，主要包括霞浦核电配套产业园基础设施项目、福建霞浦海上风电运维基地项目等。";
        assert_eq!(names_of(Class::Project, text), ["霞浦核电配套产业园基础设施项目", "福建霞浦海上风电运维基地项目"]);
        // 援疆项目 after a city is a kind of project, not one
        assert!(names_of(Class::Project, "疏附县召开会议。会议通报了广州援疆项目推进情况。").is_empty());
        // a city written in full before a listed item is its place, not its name
        let text = "万宁市召开会议。要加快推进万宁市神州半岛旅游度假区、兴隆热带植物园提升改造项目等重点项目建设。";
        assert_eq!(names_of(Class::Project, text), ["神州半岛旅游度假区项目", "兴隆热带植物园提升改造项目"]);
        // a demonstration park is a park to be built, as an industrial park is
        let text = "都安瑶族自治县召开会议。将加快建设都安县山羊产业示范园。";
        assert_eq!(names_of(Class::Project, text), ["山羊产业示范园"]);
    }

    #[test]
    fn a_verb_of_approval_opens_no_companys_name() {
        // real county, invented company: 会议同意|青海…
        let text = "互助土族自治县召开会议。会议同意青海远华青稞酒股份有限公司实施青稞酒酿造技改扩能项目。";
        assert_eq!(names_of(Class::Enterprise, text), ["青海远华青稞酒股份有限公司"]);
    }

    #[test]
    fn surnames_of_the_south_open_names() {
        // invented people: 赖 and 洪, common in Guangdong, Jiangxi and Fujian
        let text = "大埔县召开会议。县监察委员会主任赖东辉列席会议。副县长洪小明出席。";
        assert_eq!(names_of(Class::Official, text), ["赖东辉", "洪小明"]);
        // (and 傅, 阎, 萧 and 丘, missing too)
        let text = "大埔县召开会议。县委书记傅国强、副县长阎立新、萧文华、丘志明出席会议。";
        assert_eq!(names_of(Class::Official, text), ["傅国强", "阎立新", "萧文华", "丘志明"]);
    }

    #[test]
    fn a_company_building_a_project_is_no_part_of_its_name() {
        // real county, invented company: 支持某有限公司|建设|某县某产业园项目
        let text = "武强县召开会议。支持河北远华乐器集团有限公司建设武强县乐器产业园项目。";
        assert_eq!(names_of(Class::Project, text), ["乐器产业园项目"]);
        // 山海协作项目库: a pool of projects is none
        assert!(names_of(Class::Project, "衢州市召开会议。将加快建立山海协作项目库。").is_empty());
    }

    #[test]
    fn an_honorific_in_quotes_is_no_programme() {
        // real county: 打造“中国某某之乡” is a title the county earns
        assert!(names_of(Class::Policy, "武强县召开会议。打造“中国乐器之乡”。").is_empty());
        assert!(names_of(Class::Policy, "兰考县召开会议。打造“中部家居产业基地”。").is_empty());
        // (an action in quotes still is one)
        assert_eq!(names_of(Class::Policy, "武强县召开会议。实施“乐器强县”行动。"), ["乐器强县行动"]);
    }

    #[test]
    fn a_companys_stem_the_text_writes_as_a_crop_is_no_short_name() {
        // real county, invented group: 银耳 is the crop of 银耳产业, not the group
        let text = "通江县召开会议。全县银耳产业加快发展。将依托四川通江银耳集团有限公司，推动银耳精深加工。";
        assert_eq!(names_of(Class::Enterprise, text), ["四川通江银耳集团有限公司"]);
        // (a stem the text writes alone is still the company: 岭南光电 of 四川岭南光电有限公司)
        let text = "通江县召开会议。四川岭南光电有限公司投产。岭南光电今年产值增长。";
        assert_eq!(names_of(Class::Enterprise, text), ["四川岭南光电有限公司", "四川岭南光电有限公司"]);
        // (a stem that is an industry, 龙虾产业 of 盱眙龙虾产业集团有限公司, neither;
        // a union of cooperatives, 合作联社, is a company: both invented)
        let text = "盱眙县召开会议。盱眙小龙虾产业集团有限公司、江苏盱眙远稻专业合作联社作交流发言。要坚持小龙虾产业地位不动摇。";
        assert_eq!(names_of(Class::Enterprise, text), ["盱眙小龙虾产业集团有限公司", "江苏盱眙远稻专业合作联社"]);
    }

    #[test]
    fn a_committee_and_a_government_written_together_are_two_bodies() {
        // real city: 衢州市委市政府 is 衢州市委 and 衢州市政府
        let text = "衢州市委市政府印发《关于推进山海协作的实施意见》。";
        assert_eq!(names_of(Class::GovernmentBody, text), ["衢州市委", "衢州市政府"]);
    }

    #[test]
    fn a_listed_item_opening_a_companys_name_is_no_person_and_yi_clans() {
        // real county, invented companies and people: 董事长某某、仲景|宛西…
        let text = "西峡县召开会议。河南远华水泵股份有限公司董事长孙耀忠、仲景远华制药股份有限公司总经理孙锋先后发言。";
        assert_eq!(names_of(Class::Person, text), ["孙耀忠", "孙锋"]);
        // Yi clan names (阿西, 阿库) open four-character names
        let text = "昭觉县召开会议。县委副书记、县长阿西拉哈出席并讲话。副县长阿库木呷参加。";
        assert_eq!(names_of(Class::Official, text), ["阿西拉哈", "阿库木呷"]);
    }

    #[test]
    fn a_prefectures_own_bureau_and_its_meeting_named_after_it() {
        // a real prefecture, invented people: 地区林业和草原局 is the 地区's
        let text = "阿克苏地区召开会议。地区林业和草原局局长王建新主持会议。";
        let posts = posts_of(text);
        assert!(posts.contains(&("王建新".into(), "局长".into(), "阿克苏地区林业和草原局".into())), "{posts:?}");
        assert_eq!(names_of(Class::GovernmentBody, "阿克苏地区召开会议。地区农业农村局负责人参加。"), ["阿克苏地区农业农村局"]);
        // (and no such body where 地区 is a word of the sentence: 各地区)
        assert!(names_of(Class::GovernmentBody, "腾冲市召开会议。各地区农业局负责人参加。").is_empty());
        // the place before a topic jieba tags as a name opens the meeting's name
        let text = "11月29日，阿克苏地区林果业提质增效工作推进会在温宿县召开。";
        assert_eq!(names_of(Class::Meeting, text), ["阿克苏地区林果业提质增效工作推进会"]);
    }

    #[test]
    fn the_head_of_a_supervisory_commission_holds_the_post_in_it() {
        // rule 18: the post word without its organisation (invented people, real city)
        let posts = posts_of("简阳市召开会议。大会选举陈晓燕为简阳市监察委员会主任。市监察委员会主任刘立新出席。");
        assert!(posts.contains(&("陈晓燕".into(), "主任".into(), "简阳市监察委员会".into())), "{posts:?}");
        assert!(posts.contains(&("刘立新".into(), "主任".into(), "简阳市监察委员会".into())), "{posts:?}");
    }

    #[test]
    fn a_headlines_meeting_and_the_bodys_with_its_year_are_one() {
        // a real county, an invented official: the headline goes to the body's
        // name, and the year rule must not send the body's back to the headline's
        let text = "贵定县召开防汛抗旱工作会议\n\n5月8日，贵定县召开2024年防汛抗旱工作会议。副县长吴立强主持会议。";
        let x = crate::extract::extract_text(text);
        let meetings: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Meeting).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(meetings, ["2024年防汛抗旱工作会议", "2024年防汛抗旱工作会议"]);
    }

    #[test]
    fn cadres_assigned_to_villages_and_a_quoted_system() {
        // 干部包村: a verb and its unit, no one named 包村; “三包”责任制 is a system
        let text = "贵定县召开会议。严格落实县级领导包乡镇、乡镇干部包村、村干部包组包户的“三包”责任制。村民张立新说。";
        let x = crate::extract::extract_text(text);
        let persons: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Person).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(persons, ["张立新"]);
        assert_eq!(names_of(Class::Policy, text), ["三包责任制"]);
    }

    #[test]
    fn a_consultation_is_a_meeting() {
        // invented people in a real city
        let text = "11月21日，邢台市政协召开“推进县域产业集群发展”专题协商会。市政协主席刘立江主持会议，副市长高立红到会听取意见建议并讲话。";
        let x = crate::extract::extract_text(text);
        let meeting = "“推进县域产业集群发展”专题协商会";
        assert!(x.mentions.iter().any(|m| m.entity.class == Class::Meeting && m.entity.name == meeting), "{:?}", x.mentions);
        let linked = |p: crate::model::Predicate, o: &str| x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate, object } if subject.name == meeting && *predicate == p && object.name == o));
        assert!(linked(crate::model::Predicate::ChairedBy, "刘立江"), "{:?}", x.relations);
        assert!(linked(crate::model::Predicate::AttendedBy, "高立红"), "{:?}", x.relations);
    }

    #[test]
    fn unquoted_campaigns_carried_out_are_programmes() {
        // rule 31: 行动 and 制度 names after a verb of carrying out or a scope;
        // a real county, invented programmes
        let text = "澧县召开会议。今年全县深入实施农村道路安全提升行动，持续开展全城美化行动，全县推进人居环境整治三年行动。";
        let policies = names_of(Class::Policy, text);
        for p in ["农村道路安全提升行动", "全城美化行动", "人居环境整治三年行动"] {
            assert!(policies.contains(&p.to_string()), "{p}: {policies:?}");
        }
        // a named responsibility system may hold 项目; the verb that sets it up is no part of it
        let text = "澧县召开会议。继续实施县级领导联系项目责任制，建立项目责任制。";
        assert_eq!(names_of(Class::Policy, text), ["县级领导联系项目责任制"]);
        // 统一行动 names nothing
        assert!(names_of(Class::Policy, "澧县召开会议。会议要求全县统一思想、统一行动。").is_empty());
    }

    #[test]
    fn a_county_named_after_its_people_is_written_with_their_name() {
        // 东乡族自治县 (临夏州) is written 东乡县, 鄂温克族自治旗 鄂温克旗
        let text = "临夏州召开会议。要扎实推进东乡县、积石山县灾后恢复重建工作。";
        assert!(names_of(Class::County, text).contains(&"东乡族自治县".to_string()), "{:?}", names_of(Class::County, text));
        let text = "呼伦贝尔市召开会议。鄂温克旗委书记王立平出席。";
        assert!(names_of(Class::County, text).contains(&"鄂温克族自治旗".to_string()), "{:?}", names_of(Class::County, text));
    }

    #[test]
    fn a_place_opening_a_companys_name_opens_its_projects_name_too() {
        // like seed 003's 焦作市…有限公司…项目 (gold keeps the city); invented company, real city
        let text = "南海区举行签约仪式。佛山市远华科技股份有限公司半导体设备研发制造基地项目计划总投资12亿元。";
        assert_eq!(names_of(Class::Project, text), ["佛山市远华科技股份有限公司半导体设备研发制造基地项目"]);
    }

    #[test]
    fn a_checkpoint_is_a_facility_not_a_body() {
        // rule 5; a real town
        let text = "开原市召开会议。在八棵树镇森林防火检查站，市委书记刘立国详细询问了值班值守情况。";
        assert!(names_of(Class::GovernmentBody, text).iter().all(|b| !b.ends_with("站")), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn an_official_asking_about_a_project_is_no_part_of_its_name() {
        // invented official and project in a real county-level city
        let text = "南充市委常委、阆中市委书记王立勇深入阆中古城调研。在阆中古城保护利用二期项目现场，王立勇仔细询问项目建设进度。";
        assert_eq!(names_of(Class::Project, text), ["阆中古城保护利用二期项目"]);
    }

    #[test]
    fn a_place_after_zai_and_a_verb_of_building_open_no_project() {
        // invented company; 金寨县 is real, its park's name here is not in the gazetteer
        let text = "金寨县举行签约仪式。远华新能源科技有限公司将投资15亿元在金寨现代产业园区建设异质结光伏组件项目。";
        assert!(names_of(Class::Project, text).contains(&"异质结光伏组件项目".to_string()), "{:?}", names_of(Class::Project, text));
        assert!(names_of(Class::Project, text).iter().all(|p| !p.contains("建设")), "{:?}", names_of(Class::Project, text));
        // 共建, building it together with another party (invented park in a real city's zone)
        let text = "仙桃市召开会议。双方将在仙桃高新技术产业开发区共建远华仙桃产业园，规划面积5平方公里。";
        assert_eq!(names_of(Class::Project, text), ["远华仙桃产业园"]);
    }

    #[test]
    fn a_list_elected_to_one_post_each_holds_it() {
        // invented people in a real county (汝城县, 郴州市)
        let text = "中共汝城县第十四届委员会第一次全体会议召开。全会选举李明辉、陈立华、黄立丽为县委常委，选举李明辉为县委书记，陈立华、黄立丽为县委副书记。全会批准邓立成为县纪委书记。";
        let posts = posts_of(text);
        for (name, title) in [("李明辉", "县委常委"), ("陈立华", "县委常委"), ("黄立丽", "县委常委"), ("陈立华", "县委副书记"), ("黄立丽", "县委副书记")] {
            assert!(posts.contains(&(name.to_string(), title.to_string(), "汝城县委".to_string())), "{name} {title}: {posts:?}");
        }
        assert!(posts.iter().any(|(n, t, _)| n == "邓立成" && t == "纪委书记"), "{posts:?}");
    }

    #[test]
    fn a_village_of_four_plain_words_after_its_town_but_no_honour() {
        // invented people, real towns: 四方|顶子|村 and 大|王庄村/nr are
        // names; 民族|团结村 and 生态|文明村 are honours given to villages
        let text = "梅河口市召开会议。随后，刘立宇来到山城镇四方顶子村，察看项目。海龙镇大王庄村也在其中。";
        assert_eq!(names_of(Class::Village, text), ["四方顶子村", "大王庄村"]);
        let text = "梅河口市召开会议。山城镇民族团结村创建、山城镇生态文明村创建成效明显。";
        assert!(names_of(Class::Village, text).is_empty(), "{:?}", names_of(Class::Village, text));
    }

    #[test]
    fn a_count_of_projects_names_none_and_a_listed_item_with_its_head_is_whole() {
        // a real county, invented numbers: 项目48个 counts projects; each item
        // of the list has its own 项目 and is read as one project (the county
        // before it is its place, as for any project)
        let text = "莎车县召开会议。今年，上海援建莎车县项目48个，实施了莎车县人民医院综合楼建设项目、莎车县第二中学教学楼项目等一批民生工程。";
        let mut projects = names_of(Class::Project, text);
        projects.sort();
        assert_eq!(projects, ["人民医院综合楼建设项目", "第二中学教学楼项目"]);
        // (or another head of works: 工程 before a 项目)
        let text = "绩溪县召开会议。会议要求，要加快推进徽杭高速绩溪段改扩建工程、绩溪县第二人民医院新院区建设项目。";
        assert_eq!(names_of(Class::Project, text), ["徽杭高速绩溪段改扩建工程", "第二人民医院新院区建设项目"]);
    }

    #[test]
    fn a_given_names_last_character_glued_to_a_follower_word() {
        // invented people: 孙立|民主|持 — jieba read 民主, 主持 follows the name
        let text = "莒县召开会议。县人大常委会主任孙立民主持闭幕会。";
        assert_eq!(names_of(Class::Official, text), ["孙立民"]);
        // 赵立|刚/d|指出: 刚 read as an adverb
        let text = "永州市召开会议。副市长赵立刚指出，要加快进度。市委书记钱立刚宣布开工。";
        assert_eq!(names_of(Class::Official, text), ["赵立刚", "钱立刚"]);
    }

    #[test]
    fn a_preposition_opening_the_clause_is_no_part_of_a_companys_name() {
        // invented company: ，由|远迪电池有限公司投资建设 (由远迪/nr for jieba)
        let text = "永州市召开会议。冷水滩区开工的电池产业园二期项目，由远迪电池有限公司投资建设，总投资45亿元。";
        assert!(names_of(Class::Enterprise, text).iter().all(|n| n == "远迪电池有限公司"), "{:?}", names_of(Class::Enterprise, text));
        assert!(!names_of(Class::Enterprise, text).is_empty());
        // (该项目由立/v|讯…: glued after a word too)
        let text = "昆山市召开会议。该项目由立讯精密工业股份有限公司投资建设，总投资50亿元。";
        assert_eq!(names_of(Class::Enterprise, text), ["立讯精密工业股份有限公司"]);
    }

    #[test]
    fn a_role_word_inside_a_projects_name_introduces_no_one() {
        // a real town: 长教村民宿集群项目 is 长教村's guesthouse project (宿 is a surname)
        let text = "梅县区召开会议。其中，雁洋镇长教村民宿集群项目总投资1200万元。";
        assert!(names_of(Class::Person, text).is_empty(), "{:?}", names_of(Class::Person, text));
        assert_eq!(names_of(Class::Project, text), ["长教村民宿集群项目"]);
    }

    #[test]
    fn a_route_between_two_places_names_the_project() {
        // real cities, invented figure: 临沂至徐州 is the road's name, not 徐州 alone
        let text = "临沂市召开会议。共同推进临沂至徐州高速公路项目建设。其中，临沂至徐州高速公路项目总投资156亿元。";
        assert!(names_of(Class::Project, text).iter().all(|p| p == "临沂至徐州高速公路项目"), "{:?}", names_of(Class::Project, text));
        assert!(!names_of(Class::Project, text).is_empty());
    }

    #[test]
    fn works_named_by_drainage_a_park_in_a_companys_name_and_a_meeting_to_submit_to() {
        // real city, invented companies: 排水防涝工程 builds (a project, not a
        // programme); 某家居产业园有限公司 is a company only; 提交 is no part of
        // the meeting's name
        let text = "常德市召开会议。加快推进常德市城区排水防涝工程建设。孟立宇来到河南远华家居产业园有限公司。会议同意某措施提交市政府常务会议审议。";
        assert_eq!(names_of(Class::Project, text), ["城区排水防涝工程"]);
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
        assert_eq!(names_of(Class::Enterprise, text), ["河南远华家居产业园有限公司"]);
        assert_eq!(names_of(Class::Meeting, text), ["常德市政府常务会议"]);
    }

    #[test]
    fn the_general_offices_of_the_centre_issue_together() {
        // the general offices of the Central Committee and of the State
        // Council, written short, issue a document: each is one body (not the
        // Central Committee and a 中央办公厅, nor the State Council inside its office)
        let full = ["中国共产党中央委员会办公厅", "中华人民共和国国务院办公厅"];
        let short: Vec<&str> = full.iter().map(|f| crate::lexicon::lexicons().national_bodies[*f].as_str()).collect();
        let text = format!("盐湖区召开会议。区委组织部认真落实{}、{}印发的《关于加强和改进乡村治理的指导意见》。", short[0], short[1]);
        assert_eq!(names_of(Class::GovernmentBody, &text), ["盐湖区委组织部", short[0], short[1]]);
    }

    #[test]
    fn the_site_of_a_project_named_before_is_no_item_of_a_list() {
        // invented company in a real county: 某项目现场、某县花木产业园
        let text = "宿迁市召开会议。陈立伟先后来到远华化纤股份有限公司沭阳项目现场、沭阳县花木产业园。";
        let mut projects = names_of(Class::Project, text);
        projects.sort();
        assert_eq!(projects, ["花木产业园", "远华化纤股份有限公司沭阳项目"]);
    }

    #[test]
    fn a_company_named_with_a_resort_is_a_company() {
        // invented company: 旅游度假区 is a unit the list files among a
        // county's towns, no town the company's name could start at
        let text = "张家口市召开会议。会上，河北远华旅游度假区有限公司作表态发言。";
        assert_eq!(names_of(Class::Enterprise, text), ["河北远华旅游度假区有限公司"]);
        assert!(names_of(Class::Town, text).is_empty(), "{:?}", names_of(Class::Town, text));
    }

    #[test]
    fn a_company_listed_before_a_companys_project_is_no_project() {
        // invented companies in a real city
        let text = "宜宾市召开会议。邓立春先后来到远华时代(四川)新能源科技有限公司、四川蜀丰新能源科技有限公司六期项目建设现场。";
        assert_eq!(names_of(Class::Project, text), ["四川蜀丰新能源科技有限公司六期项目"]);
    }

    #[test]
    fn a_zones_phase_of_works_keeps_the_zone_in_its_name() {
        // a real city's bonded zone: 遵义综合保税区二期工程 is the zone's works, not a 二期工程
        let text = "遵义市召开会议。会议强调，要抓好遵义综合保税区二期工程等重点项目。";
        assert_eq!(names_of(Class::Project, text), ["遵义综合保税区二期工程"]);
    }

    #[test]
    fn a_commander_in_chief_holds_a_post_in_a_headquarters_but_not_in_a_company() {
        // invented people and company in a real prefecture: 总指挥 of a
        // government headquarters is a post; a company's 项目总指挥 is staff,
        // and 某公司项目 before it names no project
        let text = "喀什地区召开会议。上海市援疆前方指挥部总指挥张海涛出席会议。远华建设集团有限公司项目总指挥李明军介绍了进度。";
        assert!(posts_of(text).contains(&("张海涛".into(), "总指挥".into(), "上海市援疆前方指挥部".into())), "{:?}", posts_of(text));
        assert_eq!(names_of(Class::Person, text), ["李明军"]);
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
    }

    #[test]
    fn a_zone_opening_a_companys_name_is_where_it_is() {
        // real zones' places, invented companies: the zone before a proper name
        // is the company's place; the zone's own company keeps it
        let text = "朝阳市召开会议。刘峰一行先后到北票经济开发区辽宁远华化工有限公司检查。抚顺高新区建设投资有限公司参加。";
        assert_eq!(names_of(Class::Enterprise, text), ["辽宁远华化工有限公司", "抚顺高新区建设投资有限公司"]);
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::LocatedIn, object }
            if subject.name == "辽宁远华化工有限公司" && object.name == "北票经开区")), "{:?}", x.relations);
    }

    #[test]
    fn a_village_whose_mark_jieba_glued_to_the_next_character_is_found() {
        // real county and town, invented village: 桂坑/ns|村瑶/nr|绣
        let text = "乳源瑶族自治县召开会议。在乳源瑶族自治县必背镇桂坑村瑶绣工坊，妇女正在飞针走线。";
        assert_eq!(names_of(Class::Village, text), ["桂坑村"]);
    }

    #[test]
    fn works_listed_among_projects_are_a_project_not_a_programme() {
        // real city and site: alone, 保护展示工程 builds nothing and is a
        // programme; listed before 等重大项目 it is one of the projects
        let text = "大同市召开会议。要全力推进云冈石窟保护展示工程、大同经济技术开发区氢能产业园等重大项目建设。";
        assert!(names_of(Class::Project, text).contains(&"云冈石窟保护展示工程".to_string()), "{:?}", names_of(Class::Project, text));
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
        // and so is the item right before 等 (a real city and river, invented works)
        let text = "汉中市召开会议。要加快汉中航空智慧新城、汉江综合整治工程等重点项目建设进度。";
        assert!(names_of(Class::Project, text).contains(&"汉江综合整治工程".to_string()), "{:?}", names_of(Class::Project, text));
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
    }

    #[test]
    fn a_park_read_to_its_head_before_xiangmu_is_the_projects_part() {
        // a real county-level city and its zone, an invented park: the zone
        // opening the name is the project's place, and the park's name is no
        // project of its own
        let text = "恩施州召开会议。与会人员观摩了湖北利川经济开发区远华食品产业园项目。";
        assert_eq!(names_of(Class::Project, text), ["远华食品产业园项目"]);
    }

    #[test]
    fn a_base_whose_phase_is_the_project_is_no_company() {
        // a real city, invented companies and base: the base a project's name
        // goes on with is what the project builds
        let text = "孝感市举行签约活动。湖北远华新能源股份有限公司投资120亿元建设的孝感锂电池生产基地二期项目落户孝感高新区。";
        assert_eq!(names_of(Class::Enterprise, text), ["湖北远华新能源股份有限公司"]);
        assert_eq!(names_of(Class::Project, text), ["孝感锂电池生产基地二期项目"]);
        // nor is a plant whose phase is the project (a real county, invented works)
        let text = "彭水县召开会议。加快推进彭水县城第二污水处理厂二期工程建设。";
        assert!(names_of(Class::Enterprise, text).is_empty(), "{:?}", names_of(Class::Enterprise, text));
        assert_eq!(names_of(Class::Project, text), ["彭水县城第二污水处理厂二期工程"]);
    }

    #[test]
    fn anonymised_names_are_no_one() {
        // a discipline notice's 李某某 and 王某 (real county and town)
        let text = "梅州市纪委监委通报。大埔县交通运输局原党组书记、局长李某某违规收受礼品。经查，李某某多次收受礼金。五华县华城镇党委副书记王某违规公款吃喝。";
        assert!(names_of(Class::Official, text).is_empty() && names_of(Class::Person, text).is_empty(), "{:?}", names_of(Class::Official, text));
        assert!(posts_of(text).is_empty(), "{:?}", posts_of(text));
        // the bodies named are still found
        assert_eq!(names_of(Class::GovernmentBody, text), ["梅州市纪委监委", "大埔县交通运输局", "华城镇党委"]);
    }

    #[test]
    fn the_bodies_of_places_listed_and_others_are_no_body() {
        // real county-level cities: 某市等县市区政府 names no one body
        let text = "宜昌市召开会议。宜都市、枝江市、当阳市等县市区政府负责同志在分会场参加会议。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
        // nor the bodies of two or three levels (市县两级人大, 省市县三级党委)
        let text = "毕节市召开会议。会议强调，要加强市县两级人大工作，推动县乡两级政府履职。省市县三级党委要负总责。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn an_autonomous_regions_standing_committee_member_keeps_the_committee_word() {
        // invented people: 自治区党委常委 as 自治区党委书记, and as 省委常委
        let text = "南宁市召开会议。自治区党委常委、组织部部长刘立明出席。";
        let posts = posts_of(text);
        assert!(posts.contains(&("刘立明".into(), "党委常委".into(), "广西壮族自治区党委".into())), "{posts:?}");
        assert!(posts.contains(&("刘立明".into(), "部长".into(), "广西壮族自治区党委组织部".into())), "{posts:?}");
    }

    #[test]
    fn a_person_removed_from_a_post_is_an_official_without_it() {
        // invented people in a real county
        let text = "宽甸满族自治县召开会议。会议任命孙立勇为县农业农村局局长；免去刘明的宽甸满族自治县财政局局长职务，免去王立新同志的县教育局副局长职务。";
        let mut officials = names_of(Class::Official, text);
        officials.sort();
        assert_eq!(officials, ["刘明", "孙立勇", "王立新"]);
        assert!(posts_of(text).iter().all(|(n, _, _)| n == "孙立勇"), "{:?}", posts_of(text));
    }

    #[test]
    fn a_company_brought_in_or_a_project_newly_launched_leaves_the_verb_out() {
        // invented company and project in a real town: 引入 and 新上 are no part of the names
        let text = "延庆区召开会议。八达岭镇引入远华文旅发展有限公司，公司今年新上冰雪运动装备生产线项目，总投资2亿元。";
        assert_eq!(names_of(Class::Enterprise, text), ["远华文旅发展有限公司"]);
        assert_eq!(names_of(Class::Project, text), ["冰雪运动装备生产线项目"]);
    }

    #[test]
    fn a_numeral_opening_a_place_opens_the_projects_name() {
        // a real place (三塘湖, 巴里坤县) jieba splits as 三/m|塘湖/ns; invented figures
        let text = "哈密市召开会议。三塘湖100万千瓦风电项目完成投资20亿元。";
        assert_eq!(names_of(Class::Project, text), ["三塘湖100万千瓦风电项目"]);
    }

    #[test]
    fn a_dotted_name_listed_after_a_title_shares_it() {
        // invented deputy mayors of a real city
        let text = "哈密市召开会议。副市长王立强、古丽娜·买买提出席会议。";
        let posts = posts_of(text);
        assert!(posts.contains(&("古丽娜·买买提".into(), "副市长".into(), "哈密市".into())), "{posts:?}");
        assert!(posts.contains(&("王立强".into(), "副市长".into(), "哈密市".into())), "{posts:?}");
    }

    #[test]
    fn the_regions_written_before_a_project_are_its_place_not_its_name() {
        // a real city, county and town; invented works
        let text = "海东市召开会议。会议观摩了海东市乐都区高原蔬菜冷链物流项目。互助土族自治县威远镇青稞酒文化街区项目进展顺利。";
        let x = crate::extract::extract_text(text);
        let mut projects: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Project).map(|m| m.entity.name.as_str()).collect();
        projects.sort();
        projects.dedup();
        assert_eq!(projects, ["青稞酒文化街区项目", "高原蔬菜冷链物流项目"]);
        let located = |p: &str, place: &str| x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::LocatedIn, object } if subject.name == p && object.name == place));
        assert!(located("高原蔬菜冷链物流项目", "乐都区"), "{:?}", x.relations);
        assert!(located("青稞酒文化街区项目", "威远镇"), "{:?}", x.relations);
        // (a region that is not inside the one before stays in the name: 城区, a
        // district of other cities, after 常德市)
        let text = "常德市召开会议。加快推进常德市城区排水管网改造工程建设。";
        assert_eq!(names_of(Class::Project, text), ["城区排水管网改造工程"]);
    }

    #[test]
    fn a_centre_whose_phase_is_the_project_is_no_body() {
        // a real district, invented works: 某处理中心二期项目 is works, its centre no body
        let text = "潮阳区召开会议。据介绍，潮阳污水集中处理中心二期项目总投资6亿元。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
        assert_eq!(names_of(Class::Project, text), ["潮阳污水集中处理中心二期项目"]);
    }

    #[test]
    fn two_kinds_of_work_joined_by_and_name_one_meeting() {
        // a real city: 粮食生产和…工作会议 is one meeting
        let text = "11月20日，绥化市粮食生产和农村改革工作会议召开。";
        assert_eq!(names_of(Class::Meeting, text), ["绥化市粮食生产和农村改革工作会议"]);
        // but two scopes, a plenum before 和 or a speech are not joined
        let text = "11月20日，绥化市召开会议，传达学习省委全会和全市经济工作会议精神，传达全国和全省统战部长会议精神。";
        let meetings = names_of(Class::Meeting, text);
        assert!(meetings.iter().all(|m| !m.contains('和')), "{meetings:?}");
    }

    #[test]
    fn a_places_key_projects_are_no_project() {
        // real places: 某区重点项目, 某新区重大项目 are many projects, not one
        let text = "琼海市召开会议。市委书记督导博鳌乐城先行区重点项目建设，副市长调研城南新区重大项目。";
        assert!(names_of(Class::Project, text).is_empty(), "{:?}", names_of(Class::Project, text));
    }

    #[test]
    fn the_park_chosen_as_a_projects_site_is_no_project() {
        // a real county-level city and zone, invented works and figure
        let text = "界首市召开会议。双方就年产10万吨再生铜项目达成投资意向，项目拟选址界首高新区光武产业园，计划总投资8亿元。";
        assert_eq!(names_of(Class::Project, text), ["年产10万吨再生铜项目"]);
    }

    #[test]
    fn yi_and_mongolian_names_are_read_whole_after_a_title_and_in_its_list() {
        // invented officials of real places: a Yi clan name (吉克, 沙马) opens a
        // name no Han surname rule reads whole; 那仁 is a Mongolian part
        let text = "西昌市召开会议。市委副书记、市长吉克阿呷主持会议，副市长马立军、沙马尔古出席会议。";
        let mut officials = names_of(Class::Official, text);
        officials.sort();
        officials.dedup();
        assert_eq!(officials, ["吉克阿呷", "沙马尔古", "马立军"]);
        let text = "乌审旗召开会议。旗委书记那仁巴图主持会议。";
        assert_eq!(names_of(Class::Official, text), ["那仁巴图"]);
    }

    #[test]
    fn a_group_named_by_its_brand_is_the_company_named_in_full() {
        // invented company: 某某集团 after 香港某某实业集团有限公司 (the trade word
        // 实业 left out, the place jieba knows before the brand too)
        let text = "高要区召开会议。区政府与香港远昌实业集团有限公司签订投资协议，远昌集团将投资10亿元建设新材料产业园项目。";
        let x = crate::extract::extract_text(text);
        let companies: Vec<&str> = x.mentions.iter().filter(|m| m.entity.class == Class::Enterprise).map(|m| m.entity.name.as_str()).collect();
        assert_eq!(companies, ["香港远昌实业集团有限公司", "香港远昌实业集团有限公司"]);
        // (the group written without its legal form: 某某集团 of 某某集团有限公司)
        let text = "富锦市与远丰农垦集团签署协议\n11月24日，富锦市人民政府与远丰农垦集团有限公司签署战略合作协议。";
        let x = crate::extract::extract_text(text);
        assert!(x.mentions.iter().filter(|m| m.entity.class == Class::Enterprise).all(|m| m.entity.name == "远丰农垦集团有限公司"), "{:?}", x.mentions);
        // (but not a brand followed by a proper word: 远昌华盛 is no trade word)
        let text = "高要区召开会议。区政府与远昌华盛集团有限公司签订协议。远昌集团负责人参加签约。";
        assert!(names_of(Class::Enterprise, text).contains(&"远昌集团".to_owned()), "{:?}", names_of(Class::Enterprise, text));
    }

    #[test]
    fn an_adverb_ends_a_bodys_name() {
        // a real district: 区委坚决支持配合省委巡视组 is two bodies and what one does
        let text = "万柏林区召开会议。万柏林区委坚决支持配合省委巡视组工作。";
        let mut bodies = names_of(Class::GovernmentBody, text);
        bodies.sort();
        assert_eq!(bodies, ["万柏林区委", "山西省委巡视组"]);
    }
    #[test]
    fn a_central_village_is_no_centre() {
        // real towns: 美丽乡村中心村 is a kind of village, no body named 某镇…中心
        let text = "颍上县召开会议。加快八里河镇、迪沟镇省级美丽乡村中心村建设。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
    }
    #[test]
    fn a_government_services_and_data_bureau_is_one_body() {
        // a real county-level city: the 和 of 政务服务和数字化建设管理局 is inside the name
        let text = "延吉市召开会议。市政务服务和数字化建设管理局、市市场监督管理局作了交流发言。";
        let mut bodies = names_of(Class::GovernmentBody, text);
        bodies.sort();
        assert_eq!(bodies, ["延吉市市场监督管理局", "延吉市政务服务和数字化建设管理局"]);
    }
    #[test]
    fn a_place_word_after_a_county_names_its_industrial_park() {
        // a real district and town: 金积 between 利通区 and 工业园区 names the
        // zone (工业园区 alone stays a generic word)
        let text = "吴忠市召开会议。记者走进利通区金积工业园区，企业正加紧生产。全市推动工业园区提质增效。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["利通金积工业园区"]);
    }
    #[test]
    fn a_phrase_before_renda_is_no_body() {
        // a real city: 为某市高质量发展贡献人大力量 is what the congress gives, no body
        let text = "阜阳市人大常委会召开会议。要依法履职，为阜阳高质量发展贡献人大力量。市人大、市政协负责同志出席。";
        let mut bodies = names_of(Class::GovernmentBody, text);
        bodies.sort();
        assert_eq!(bodies, ["阜阳市人大", "阜阳市人大常委会", "阜阳市政协"]);
    }
    #[test]
    fn a_name_s_last_character_read_as_a_day_before_a_verb_of_speech() {
        // a real prefecture, an invented person: 朴光|日|介绍 is 朴光日 speaking
        let text = "延边州召开会议。州文化广播电视和旅游局局长朴光日介绍，措施已经明确。";
        assert_eq!(names_of(Class::Official, text), ["朴光日"]);
    }
    #[test]
    fn what_a_demonstration_area_shows_makes_it_a_kind() {
        // a real city: 生态农业示范区 and 乡村振兴示范区 are kinds; 示范区 doing
        // something, or pushed forward itself, is the city's zone
        let text = "丽水市召开会议。遂昌县将率先开展生态农业示范区建设，推进乡村振兴示范区建设。";
        assert!(names_of(Class::DevelopmentZone, text).is_empty(), "{:?}", names_of(Class::DevelopmentZone, text));
        let text = "丽水市召开会议。全面推动示范区建设。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["丽水示范区"]);
        // (after a headline run into it: 共建生态家园|示范区举行…)
        let text = "丽水市召开会议。共建生态家园示范区举行志愿服务活动。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["丽水示范区"]);
    }
    #[test]
    fn a_company_named_by_the_province_of_the_county_before_it_is_in_that_county() {
        // a real county-level city, an invented company: 廉江市|广东远丰食品有限公司
        let text = "湛江市召开会议。在廉江市广东远丰食品有限公司，市领导详细了解企业生产经营情况。";
        assert_eq!(names_of(Class::Enterprise, text), ["广东远丰食品有限公司"]);
        let x = crate::extract::extract_text(text);
        assert!(x.relations.iter().any(|r| matches!(r, crate::model::Relation::Link { subject, predicate: crate::model::Predicate::LocatedIn, object } if subject.name == "广东远丰食品有限公司" && object.name == "廉江市")), "{:?}", x.relations);
    }
    #[test]
    fn a_leagues_committee_head_and_deputies_hold_posts_in_the_league() {
        // a real league and its city, invented people: 盟委, 盟长 and 副盟长 are
        // the league's, as 旗委 and 旗长 are a banner's
        let text = "全盟畜牧业发展推进会在锡林浩特市召开。盟委副书记、盟长何志明出席会议并讲话，副盟长罗立新主持会议，盟发改委主任杨立华出席。";
        assert_eq!(
            posts_of(text),
            [
                ("何志明".into(), "盟委副书记".into(), "锡林郭勒盟委".into()),
                ("何志明".into(), "盟长".into(), "锡林郭勒盟".into()),
                ("杨立华".into(), "主任".into(), "锡林郭勒盟发改委".into()),
                ("罗立新".into(), "副盟长".into(), "锡林郭勒盟".into()),
            ]
        );
    }
    #[test]
    fn a_verb_between_a_city_and_a_zone_type_is_no_zones_name() {
        // a real city: 潍坊市|召开|高新区党工委（扩大）会议 names no body 潍坊召开高新区党工委
        let text = "潍坊市召开高新区党工委（扩大）会议\n\n本报讯 12月4日，潍坊高新区党工委书记何志明主持召开党工委（扩大）会议。";
        let bodies = names_of(Class::GovernmentBody, text);
        assert!(bodies.iter().all(|b| b == "潍坊高新区党工委"), "{bodies:?}");
    }
    #[test]
    fn a_department_named_after_what_it_plans_is_no_programme() {
        // an invented company: 战略规划部 is a department, 规划 no programme
        let text = "牡丹江市召开会议。远华汽车战略规划部部长陈东代表公司签约。";
        assert!(names_of(Class::Policy, text).is_empty(), "{:?}", names_of(Class::Policy, text));
    }
    #[test]
    fn zheng_before_seated_on_the_rostrum_ends_the_name() {
        // a real city, an invented person: 曹存|正在主席台就座 is 曹存正 seated
        let text = "漯河市召开会议。市委书记何志明，市人大常委会主任罗存正在主席台就座。县长王海正在调研。";
        assert_eq!(names_of(Class::Official, text), ["何志明", "罗存正", "王海"]);
    }
    #[test]
    fn a_batch_of_projects_started_together_is_no_project() {
        // a real county and zone: the park's fourth batch, started together, names
        // no project (the park itself is one: rule 26's industrial parks)
        let text = "永修县有机硅产业园项目集中开工\n\n本报讯 12月2日，永修县有机硅新材料产业园2026年第四批项目集中开工仪式在云山经济开发区举行。其中远华新材料有限公司年产10万吨有机硅单体项目总投资25亿元。";
        assert_eq!(names_of(Class::Project, text), ["有机硅产业园", "有机硅新材料产业园", "远华新材料有限公司年产10万吨有机硅单体项目"]);
        let text = "九江市召开会议。12月2日，永修县有机硅新材料产业园2026年第四批项目开工仪式在云山经济开发区举行。";
        assert_eq!(names_of(Class::Project, text), ["有机硅新材料产业园"]);
    }
    #[test]
    fn approving_in_principle_ends_a_projects_name() {
        // a real city and district, an invented renewal: 原则同意/l is one word to jieba
        let text = "长治市召开会议。会议原则同意长治市潞州区远华东街片区城市更新项目实施方案。";
        assert_eq!(names_of(Class::Project, text), ["远华东街片区城市更新项目"]);
    }

    #[test]
    fn a_round_size_or_a_word_jieba_broke_opens_a_projects_name() {
        // real counties, invented companies: 万头/m is a size, 月/m|柿/n a persimmon
        let text = "科尔沁右翼前旗召开会议。远华牧业有限公司投资5.2亿元建设的万头奶牛牧场项目要在年底前投产。";
        assert_eq!(names_of(Class::Project, text), ["万头奶牛牧场项目"]);
        let text = "恭城瑶族自治县举行开工仪式。远丰果业有限公司投资3.8亿元建设的月柿深加工项目开工。";
        assert_eq!(names_of(Class::Project, text), ["月柿深加工项目"]);
    }

    #[test]
    fn a_towns_gacha_unnamed_is_no_village() {
        // real sumu and towns of a real banner, an invented village: 察尔森镇嘎查
        // are the town's villages, the word for all of them
        let text = "科尔沁右翼前旗召开会议。会议要求，抓好巴日嘎斯台乡满族屯村、察尔森镇嘎查集体经济发展，推进乌兰毛都苏木远华嘎查建设。";
        assert_eq!(names_of(Class::Village, text), ["满族屯村", "远华嘎查"]);
    }

    #[test]
    fn a_proper_noun_before_a_full_zone_type_names_the_zone() {
        // a real zone of a real district: 万盛/nz, after the verb 推进, is the
        // zone's own name, not the home city's 经开区
        let text = "綦江区召开会议。会议要求，加快推进万盛经济技术开发区建设。";
        assert_eq!(names_of(Class::DevelopmentZone, text), ["重庆万盛经开区"]);
    }

    #[test]
    fn a_state_farms_company_is_named_by_the_farm() {
        // a real state farm the NBS list files as a town of a real city
        let text = "虎林市召开会议。八五八农场有限公司负责人参加。";
        assert_eq!(names_of(Class::Enterprise, text), ["八五八农场有限公司"]);
    }

    #[test]
    fn a_town_named_in_two_characters_is_one_where_its_county_is_named() {
        // real towns of a real county: jieba reads 彭镇 as a person's name
        let text = "宜君县召开会议。哭泉镇、彭镇、太安镇作交流发言。";
        assert_eq!(names_of(Class::Town, text), ["哭泉镇", "彭镇", "太安镇"]);
        assert!(names_of(Class::Person, text).is_empty());
        // and where it is not, the two characters are nobody's town
        assert!(names_of(Class::Town, "会议召开。彭镇作交流发言。").is_empty());
    }

    #[test]
    fn an_elected_name_jieba_cut_before_its_last_character_is_whole() {
        // invented people in a real county: 陈立/nr|刚/d|为
        let posts = posts_of("正安县召开人代会。大会选举陈立刚为县人民政府县长，王红梅为县人民政府副县长。");
        assert!(posts.contains(&("陈立刚".to_owned(), "县长".to_owned(), "正安县政府".to_owned())), "{posts:?}");
        assert!(posts.contains(&("王红梅".to_owned(), "副县长".to_owned(), "正安县政府".to_owned())), "{posts:?}");
    }

    #[test]
    fn a_modal_after_a_county_ends_what_could_be_a_body() {
        // real counties and a real power station: the county is to look after it
        let text = "海南藏族自治州召开会议。会议要求，共和县、贵德县要做好龙羊峡水电站库区安全管理。";
        assert!(names_of(Class::GovernmentBody, text).is_empty(), "{:?}", names_of(Class::GovernmentBody, text));
    }

    #[test]
    fn an_amdo_name_closes_with_one_more_syllable() {
        // invented people in a real prefecture: 仁青 + 太, 才旦 + 加
        let posts = posts_of("海南藏族自治州召开会议。州委副书记、州长仁青太，州政协主席才旦加参加会议。");
        assert!(posts.contains(&("仁青太".to_owned(), "州长".to_owned(), "海南藏族自治州".to_owned())), "{posts:?}");
        assert!(posts.contains(&("才旦加".to_owned(), "主席".to_owned(), "海南藏族自治州政协".to_owned())), "{posts:?}");
    }

    #[test]
    fn a_name_jieba_reads_as_a_rare_adverb_and_a_name_character_is_whole() {
        // an invented person in a real county: 高远/d|辉/nr|出席
        let posts = posts_of("安溪县召开大会。安溪县委书记高远辉出席并讲话。");
        assert_eq!(posts, [("高远辉".to_owned(), "县委书记".to_owned(), "安溪县委".to_owned())]);
    }

    #[test]
    fn repairing_old_buildings_is_works_not_a_programme() {
        // a real county and town: 保护修缮工程 repairs a gate's quarter
        let text = "平遥县召开会议。会议指出，要加快推进平遥古城东城门片区保护修缮工程。";
        assert_eq!(names_of(Class::Project, text), ["平遥古城东城门片区保护修缮工程"]);
        assert!(names_of(Class::Policy, text).is_empty());
    }

    #[test]
    fn an_area_named_after_a_place_keeps_its_name_before_its_committee() {
        // an invented person in a real free-trade area: 钦州|港片区党工委 is the
        // area's committee, not 钦州市's 党工委
        let posts = posts_of("钦州市召开会议。钦州港片区党工委书记黄远涛主持会议。");
        assert_eq!(posts, [("黄远涛".to_owned(), "党工委书记".to_owned(), "钦州市港片区党工委".to_owned())]);
    }

    #[test]
    fn a_capacity_a_year_written_with_a_slash_is_in_the_projects_name() {
        // an invented company in a real city
        let text = "钦州市召开会议。会议听取了广西远华石化有限公司120万吨/年乙烯项目进展情况汇报。";
        assert_eq!(names_of(Class::Project, text), ["广西远华石化有限公司120万吨/年乙烯项目"]);
    }
}

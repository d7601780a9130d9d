//! Synthetic articles in the genre of county papers, for speed and scale
//! tests (not for quality): real places drawn from the gazetteer, invented
//! officials, companies and their chairmen, projects (some in the city's
//! development zone), policies and meetings, deterministic for a seed. Each
//! kind of relation the example queries ask about occurs, so that a query
//! benchmark on a generated store measures answers, not empty results.
//! `cargo run --release --example gen_corpus -- 100000 7 > c.jsonl`.

use crate::gazetteer::{gazetteer, short_form};
use crate::lexicon::lexicons;
use crate::model::{Article, Class};

const GIVEN: &str = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红海燕文斌晓东鹏飞宇辉慧鑫波宁俊峰春梅";
const BRANDS: &str = "华兴宏达瑞丰金泰鑫源恒通众诚天润嘉禾永盛新锐博远康达盛世";
const INDUSTRIES: [&str; 8] = ["新材料", "食品", "农业科技", "智能装备", "中药材", "电子科技", "纺织", "建材"];
const PRODUCTS: [&str; 8] = ["年产5万吨精深加工", "智能制造产业园", "冷链物流中心", "标准化厂房", "研发生产基地", "绿色食品加工", "光伏发电", "仓储物流园"];
const TOPICS: [&str; 6] = ["乡村振兴", "重点项目建设", "巩固拓展脱贫攻坚成果", "营商环境优化", "农村人居环境整治", "招商引资"];

/// One generated corpus: `count` articles from `seed`.
pub struct Generator {
    rng: fastrand::Rng,
    counties: Vec<usize>,
    towns: std::collections::HashMap<usize, Vec<usize>>,
    /// City → the development zones the gazetteer places in it.
    zones: std::collections::HashMap<usize, Vec<usize>>,
}

impl Generator {
    pub fn new(seed: u64) -> Generator {
        let g = gazetteer();
        let counties: Vec<usize> = (0..g.regions.len())
            .filter(|&i| g.region(i).class == Class::County && g.region(i).name.ends_with('县'))
            .filter(|&i| g.city_of(i).is_some())
            .collect();
        let mut towns: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
        for i in 0..g.regions.len() {
            if let Some(p) = g.region(i).parent.filter(|_| g.region(i).class == Class::Town) {
                towns.entry(p).or_default().push(i);
            }
        }
        let mut zones: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
        for &z in g.zones() {
            if let Some(city) = g.city_of(z) {
                zones.entry(city).or_default().push(z);
            }
        }
        Generator { rng: fastrand::Rng::with_seed(seed), counties, towns, zones }
    }

    fn pick<'a>(&mut self, chars: &'a str) -> &'a str {
        let n = chars.chars().count();
        let k = self.rng.usize(..n);
        let start = chars.char_indices().nth(k).map(|(b, _)| b).unwrap_or(0);
        let len = chars[start..].chars().next().map_or(0, char::len_utf8);
        &chars[start..start + len]
    }

    fn person(&mut self) -> String {
        let surnames: Vec<&String> = {
            let mut v: Vec<&String> = lexicons().surnames.iter().filter(|s| s.chars().count() == 1).collect();
            v.sort();
            v
        };
        let s = surnames[self.rng.usize(..surnames.len())].clone();
        let g1 = self.pick(GIVEN).to_owned();
        if self.rng.bool() { format!("{s}{g1}") } else { format!("{s}{g1}{}", self.pick(GIVEN)) }
    }

    /// The `n`-th article of the corpus.
    pub fn article(&mut self, n: usize) -> Article {
        self.article_with_people(n).0
    }

    /// The `n`-th article and the people it names (officials, the reporter,
    /// a chairman), each as written: the truth a name recogniser is measured
    /// against.
    pub fn article_with_people(&mut self, n: usize) -> (Article, Vec<String>) {
        let g = gazetteer();
        let county = self.counties[self.rng.usize(..self.counties.len())];
        let county_name = g.region(county).name.clone();
        let city = g.city_of(county).expect("county in a city");
        let city_name = g.region(city).name.clone();
        let towns = self.towns.get(&county).map_or(&[][..], Vec::as_slice);
        let town = match towns.len() {
            0 => "城关镇",
            n => g.region(towns[self.rng.usize(..n)]).name.as_str(),
        };
        let short = short_form(&county_name, Class::County).unwrap_or_else(|| county_name.clone());
        let (secretary, head, deputy, director, reporter) = (self.person(), self.person(), self.person(), self.person(), self.person());
        let company = format!("{short}{}{}{}有限公司", self.pick(BRANDS), self.pick(BRANDS), INDUSTRIES[self.rng.usize(..INDUSTRIES.len())]);
        let project = format!("{company}{}项目", PRODUCTS[self.rng.usize(..PRODUCTS.len())]);
        let yi = self.rng.u32(1..300);
        let topic = TOPICS[self.rng.usize(..TOPICS.len())];
        let month = self.rng.u32(1..13);
        let day = self.rng.u32(1..29);
        // A third of the projects lie in a development zone of the city, half
        // the meetings have a city leader, half the companies a chairman who
        // speaks: officials of the city's bodies, zones and company staff.
        let zones = self.zones.get(&city).map_or(&[][..], Vec::as_slice);
        let site = match zones.len() {
            n if n > 0 && self.rng.u32(..3) == 0 => g.canonical(zones[self.rng.usize(..n)]),
            _ => town,
        };
        // 州 has a 副州长; a 地区 has no 市委 or 市长 and gets no city leader.
        let deputy_mayor = ["市", "州"].into_iter().find(|s| city_name.ends_with(s)).map(|s| format!("副{s}长"));
        let mut people = vec![secretary.clone(), head.clone(), deputy.clone(), director.clone(), reporter.clone()];
        let city_leader = match (self.rng.bool(), deputy_mayor) {
            (true, Some(title)) => {
                let leader = self.person();
                let sentence = format!("{city_name}委常委、{title}{leader}出席会议。");
                people.push(leader);
                sentence
            }
            _ => String::new(),
        };
        let chairman = match self.rng.bool() {
            true => {
                let person = self.person();
                let sentence = format!("{company}董事长{person}介绍，项目投产后年产值可达{}亿元。", self.rng.u32(1..50));
                people.push(person);
                sentence
            }
            false => String::new(),
        };
        let text = format!(
            "{county_name}召开{topic}工作推进会\n\n本报讯（记者 {reporter}）{month}月{day}日，县委书记{secretary}主持召开全县{topic}工作推进会。\
             县委副书记、县长{head}出席会议并讲话。{city_leader}\n\n会议指出，{county_name}要深入实施“{topic}”行动，加快推进重点项目建设。\
             位于{site}的{project}计划总投资{yi}亿元，目前进展顺利。{chairman}\n\n会后，{secretary}先后到{town}、{company}调研。\
             县发展改革委主任{director}陪同。副县长{deputy}要求各乡镇落实{city_name}委、市政府《关于加快{topic}的实施意见》。\n"
        );
        people.sort();
        people.dedup();
        (Article { id: format!("synth-{n}"), source: "synthetic".into(), title: None, date: Some(format!("2024-{month:02}-{day:02}")), text }, people)
    }
}

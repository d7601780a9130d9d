//! Stage 2: segmentation with jieba-rs, its dictionary extended once at
//! start-up with the domain lexicons and the gazetteer's names, so that
//! titles (区委书记) and places (瀍河回族区) come out as single words.

use std::collections::HashSet;
use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::gazetteer::gazetteer;
use crate::lexicon::lexicons;

/// One word of the normalised text, in code points.
#[derive(Clone, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: String,
    /// jieba's part-of-speech tag (`nr` person name, `ns` place, `v` verb…).
    pub tag: String,
}

/// Word boundaries of one text, for the recognisers' edge checks.
pub struct Segmentation {
    pub tokens: Vec<Token>,
    starts: HashSet<usize>,
    /// token index covering each character
    token_at: Vec<usize>,
}

impl Segmentation {
    pub fn is_word_start(&self, pos: usize) -> bool {
        self.starts.contains(&pos)
    }
    pub fn token_at(&self, pos: usize) -> Option<&Token> {
        self.token_at.get(pos).map(|&i| &self.tokens[i])
    }
    /// The token ending exactly at `pos`, if a word boundary is there.
    pub fn token_ending_at(&self, pos: usize) -> Option<&Token> {
        let t = self.token_at(pos.checked_sub(1)?)?;
        (t.end == pos).then_some(t)
    }
}

static JIEBA: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    let lex = lexicons();
    for title in &lex.titles {
        jieba.add_word(title, Some(50_000), Some("nnt"));
    }
    // towns get a low frequency: 建设乡 must not split 建设乡村振兴 wrongly
    let g = gazetteer();
    for name in g.names() {
        if name.chars().count() >= 2 {
            let town = g.lookup(name).iter().all(|&(i, _)| g.region(i).class == crate::model::Class::Town);
            jieba.add_word(name, Some(if town { 3 } else { 20_000 }), Some("ns"));
        }
    }
    for suffix in lex.body_suffixes.iter().chain(&lex.enterprise_suffixes).chain(&lex.meeting_heads) {
        if suffix.chars().count() >= 2 {
            jieba.add_word(suffix, Some(20_000), Some("n"));
        }
    }
    jieba
});

/// Load the dictionary now rather than on the first article (for benchmarks).
pub fn warm_up() {
    LazyLock::force(&JIEBA);
}

pub fn segment(text: &str) -> Segmentation {
    let n = text.chars().count();
    let mut tokens = Vec::new();
    let mut token_at = vec![0; n];
    for tag in JIEBA.tag(text, true) {
        for slot in &mut token_at[tag.start..tag.end] {
            *slot = tokens.len();
        }
        tokens.push(Token { start: tag.start, end: tag.end, word: tag.word.to_owned(), tag: tag.tag.to_owned() });
    }
    let starts = tokens.iter().map(|t| t.start).collect();
    Segmentation { tokens, starts, token_at }
}

/// Raw jieba-rs `cut`, the throughput reference for benchmarks.
pub fn raw_cut_count(text: &str) -> usize {
    JIEBA.cut(text, true).len()
}

//! Stage 2: segmentation with jieba-rs, its dictionary extended once at
//! start-up with the domain lexicons and the gazetteer's names, so that
//! titles (区委书记) and places (瀍河回族区) come out as single words.

use std::sync::LazyLock;

use jieba_rs::Jieba;

use crate::gazetteer::gazetteer;
use crate::lexicon::lexicons;

/// One word of the normalised text, in code points (its text is
/// [`Segmentation::word`]: a string per token was a tenth of the stage's time).
#[derive(Clone, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// the word's bytes in [`Segmentation::text`]
    byte_start: usize,
    byte_end: usize,
    /// jieba's part-of-speech tag (`nr` person name, `ns` place, `v` verb…).
    pub tag: PosTag,
}

/// A part-of-speech tag kept inline: jieba's tags are a few ASCII letters,
/// and one heap string per token was a tenth of the segmentation's time.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PosTag {
    bytes: [u8; 7],
    len: u8,
}

impl PosTag {
    /// The tag, cut to seven bytes at a character boundary (jieba's are two or three).
    pub fn new(tag: &str) -> PosTag {
        let mut len = tag.len().min(7);
        while !tag.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; 7];
        bytes[..len].copy_from_slice(&tag.as_bytes()[..len]);
        PosTag { bytes, len: len as u8 }
    }
    pub fn as_str(&self) -> &str {
        // built from a &str cut at a character boundary
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or("")
    }
}

impl std::ops::Deref for PosTag {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for PosTag {
    // by bytes: the recognisers compare every token's tag, and checking
    // the UTF-8 of each was a fiftieth of extraction
    fn eq(&self, other: &&str) -> bool {
        &self.bytes[..usize::from(self.len)] == other.as_bytes()
    }
}

impl std::fmt::Display for PosTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for PosTag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// Word boundaries of one text, for the recognisers' edge checks.
pub struct Segmentation {
    /// the text segmented
    text: String,
    pub tokens: Vec<Token>,
    /// whether a token starts at each position (one more than the text, for its end)
    starts: Vec<bool>,
    /// token index covering each character
    token_at: Vec<usize>,
}

impl Segmentation {
    /// The text that was segmented.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// A token's word.
    pub fn word(&self, t: &Token) -> &str {
        &self.text[t.byte_start..t.byte_end]
    }
    pub fn is_word_start(&self, pos: usize) -> bool {
        self.starts.get(pos).copied().unwrap_or(false)
    }
    pub fn token_at(&self, pos: usize) -> Option<&Token> {
        self.token_at.get(pos).map(|&i| &self.tokens[i])
    }
    /// Whether a token's word is in the dictionary, rather than a word jieba's
    /// HMM put together (an unknown name: 柏润生, whose `nr` is a guess).
    pub fn in_dictionary(&self, t: &Token) -> bool {
        JIEBA.has_word(self.word(t))
    }
    /// How often jieba's dictionary has seen `word` (1 for a word it lacks):
    /// 高新/d (563) is a rare adverb, 相继/d (2 443) a common one.
    pub fn word_frequency(&self, word: &str) -> usize {
        JIEBA.suggest_freq(word)
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

pub fn segment(text: String) -> Segmentation {
    let n = text.chars().count();
    // (a word is about two characters: one allocation, not a dozen regrowths)
    let mut tokens = Vec::with_capacity(n / 2 + 1);
    let mut token_at = vec![0; n];
    for tag in JIEBA.tag(&text, true) {
        for slot in &mut token_at[tag.start..tag.end] {
            *slot = tokens.len();
        }
        tokens.push(Token { start: tag.start, end: tag.end, byte_start: tag.byte_start, byte_end: tag.byte_end, tag: PosTag::new(tag.tag) });
    }
    let mut starts = vec![false; n + 1];
    for t in &tokens {
        starts[t.start] = true;
    }
    Segmentation { text, tokens, starts, token_at }
}

/// Raw jieba-rs `cut`, the throughput reference for benchmarks.
pub fn raw_cut_count(text: &str) -> usize {
    JIEBA.cut(text, true).len()
}

//! Stage 1: undo what PDF/OCR did to the text, keeping a map back to the
//! original code-point offsets so that mentions point into the text as read.
//!
//! - full-width ASCII forms become half-width (`，` → `,`, `（` → `(`), the
//!   ideographic space a space; Chinese punctuation (`、。《》“”`) stays;
//! - a single line break inside a sentence is removed (`王\n小军` → `王小军`);
//!   a blank line, or a break after sentence-final punctuation, stays as `\n`;
//! - spaces around an isolated Han character or between Han characters and
//!   digits are removed (`王 小 明` → `王小明`, `4 月 20 日` → `4月20日`).

/// Normalised text with the original offset of every character.
#[derive(Clone, Debug)]
pub struct NormText {
    pub chars: Vec<char>,
    /// the same text as a string, for slices without a copy: the relations
    /// read some seven hundred windows an article, and building each was
    /// a thirtieth of extraction
    text: String,
    /// `byte_at[i]` is where `chars[i]` starts in `text` (one more, for the end)
    byte_at: Vec<u32>,
    /// `origin[i]` is the code-point offset in the original text of `chars[i]`.
    origin: Vec<usize>,
    original_len: usize,
}

impl NormText {
    pub fn len(&self) -> usize {
        self.chars.len()
    }
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }
    /// The text of `start..end`, clamped to the text; empty when the window is empty
    /// (callers read windows around mentions that may overlap or run past the end).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.chars.len());
        if start >= end {
            return "";
        }
        &self.text[self.byte_at[start] as usize..self.byte_at[end] as usize]
    }
    /// Original code-point span of the normalised span `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin.get(start).copied().unwrap_or(self.original_len);
        let e = if end == 0 { s } else { self.origin.get(end - 1).map_or(self.original_len, |o| o + 1) };
        (s, e)
    }
    /// Where the paragraph holding `pos` starts (just after the last line break before it).
    pub fn paragraph_start(&self, pos: usize) -> usize {
        (0..pos.min(self.chars.len())).rev().find(|&i| self.chars[i] == '\n').map_or(0, |i| i + 1)
    }

    /// Where the sentence holding `pos` starts: after the last 。!?; or line break before it.
    pub fn sentence_start(&self, pos: usize) -> usize {
        (0..pos.min(self.chars.len())).rev().find(|&i| is_sentence_end(self.chars[i])).map_or(0, |i| i + 1)
    }

    /// The code point starting at byte `byte` of [`Self::as_str`] (for positions
    /// a byte search found).
    pub fn char_index(&self, byte: usize) -> usize {
        self.byte_at.partition_point(|&b| (b as usize) < byte)
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

/// The string of `chars`, allocated once for the Chinese text it nearly
/// always is (three bytes a char): collecting chars reserves one byte a
/// char, and the string grew three times over.
pub fn chars_to_string(chars: &[char]) -> String {
    let mut s = String::with_capacity(3 * chars.len());
    s.extend(chars);
    s
}

/// Whether `c` ends a sentence (or a clause standing as one: ；, a line break).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | '\n')
}

/// Is `c` one of the characters of `set`? (`str::contains(char)` runs a
/// substring search; the recognisers ask this at every position.)
pub fn is_one_of(c: char, set: &str) -> bool {
    set.chars().any(|x| x == c)
}

/// Do `chars` spell `word` at `i`? (no allocation: the scanners ask this at every position)
pub fn spells_at(chars: &[char], i: usize, word: &str) -> bool {
    word.chars().enumerate().all(|(k, w)| chars.get(i + k) == Some(&w))
}

pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '〇')
}

fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        '\r' => '\n',
        _ => c,
    }
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | ';' | '…')
}

/// The most common length of a non-empty line: the width of a full line
/// of the page the text was extracted from.
fn typical_line_length(src: &[char]) -> usize {
    let mut counts = std::collections::BTreeMap::new();
    for line in src.split(|&c| c == '\n') {
        let n = line.iter().filter(|c| !c.is_whitespace()).count();
        if n > 0 {
            *counts.entry(n).or_insert(0usize) += 1;
        }
    }
    counts.into_iter().max_by_key(|&(n, k)| (k, n)).map_or(usize::MAX, |(n, _)| n)
}

pub fn normalise(text: &str) -> NormText {
    let src: Vec<char> = text.chars().map(fold_width).collect();
    let full_line = typical_line_length(&src);
    let mut line_len = 0;
    // the length of the line before, when it was wrapped into this one: a
    // page may set columns of different widths, and a line as long as the
    // one above it is full whatever the page's most common width
    let mut wrapped_line_len = 0;
    // a line as long as the one wrapped above it is a full line of a narrow
    // column only if the column goes on at that width after the break; a
    // subheading of two lines is followed by a full-width paragraph. And the
    // first paragraph is the headline, set in a width of its own
    let mut in_headline = true;
    let mut chars = Vec::with_capacity(src.len());
    let mut origin = Vec::with_capacity(src.len());
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        if matches!(c, ' ' | '\t' | '\n' | '\x0c') {
            // A whitespace run: decide what it becomes.
            let start = i;
            while i < src.len() && matches!(src[i], ' ' | '\t' | '\n' | '\x0c') {
                i += 1;
            }
            let newlines = src[start..i].iter().filter(|&&c| c == '\n').count();
            // a page break (form feed) of a PDF dump cuts wherever the page ended
            let page_break = src[start..i].contains(&'\x0c');
            let prev = chars.last().copied();
            let next = src.get(i).copied();
            let (Some(p), Some(n)) = (prev, next) else {
                continue; // leading or trailing whitespace
            };
            // a column break: one blank line after a full line that ends mid-sentence
            // (asked only at a blank line: it reads the next line)
            let full = || (line_len + 1 >= full_line && full_line >= 8) || (!in_headline && wrapped_line_len >= 8 && line_len + 1 >= wrapped_line_len && line_length_from(&src, i) <= line_len.max(wrapped_line_len) + 1);
            let column_break = (newlines == 2 || page_break) && !ends_sentence(p) && (is_han(p) || p == '、' || p == ',') && is_han(n) && full();
            if newlines > 0 {
                wrapped_line_len = if newlines == 1 && !ends_sentence(p) { line_len } else { 0 };
                line_len = 0;
            }
            if page_break && !ends_sentence(p) && is_han(p) && is_han(n) {
                // join: the sentence goes on on the next page
            } else if column_break {
                // join: the sentence goes on in the next column
            } else if newlines >= 2 || (newlines == 1 && ends_sentence(p)) {
                chars.push('\n');
                origin.push(start);
                in_headline = false;
            } else if newlines == 1 {
                // a hard wrap inside a sentence: join
            } else if joins_across_space(p, start.checked_sub(2).map(|k| src[k]), n, src.get(i + 1).copied()) {
                // spaces inside a name or number: drop
            } else {
                chars.push(' ');
                origin.push(start);
            }
            continue;
        }
        chars.push(c);
        origin.push(i);
        line_len += 1;
        i += 1;
    }
    let text = chars_to_string(&chars);
    let mut byte_at = Vec::with_capacity(chars.len() + 1);
    byte_at.extend(text.char_indices().map(|(b, _)| b as u32));
    byte_at.push(text.len() as u32);
    NormText { chars, text, byte_at, original_len: src.len(), origin }
}

/// The printed width of the line starting at `start`, in Chinese characters:
/// an ASCII digit or letter takes half of one (年产 1500 台套 is six wide).
fn line_length_from(src: &[char], start: usize) -> usize {
    let half_widths: usize = src[start.min(src.len())..].iter().take_while(|&&c| c != '\n').filter(|c| !c.is_whitespace()).map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    half_widths.div_ceil(2)
}

/// Spaces are dropped between a Han character and a digit, and around a Han
/// character that stands alone between spaces (`习 近 平`).
fn joins_across_space(prev: char, before_prev: Option<char>, next: char, after_next: Option<char>) -> bool {
    let digit_han = (prev.is_ascii_digit() && is_han(next)) || (is_han(prev) && next.is_ascii_digit());
    if digit_han {
        return true;
    }
    if !(is_han(prev) && is_han(next)) {
        return false;
    }
    let prev_isolated = before_prev.is_none_or(|c| !is_han(c));
    let next_isolated = after_next.is_none_or(|c| !is_han(c));
    prev_isolated || next_isolated
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_names_broken_by_hard_wraps() {
        let n = normalise("区领导王小\n军、李\n红梅出席会议。\n\n会议指出");
        assert_eq!(n.as_str(), "区领导王小军、李红梅出席会议。\n会议指出");
        // 王小军 starts at offset 3 and ends after the original 峰 at offset 7
        assert_eq!(n.original_span(3, 6), (3, 7));
    }

    #[test]
    fn joins_a_name_across_a_page_break() {
        let t = normalise("县长郑\n\x0c\n华到首阳镇调研。\n\x0c\n会议指出");
        assert_eq!(t.as_str(), "县长郑华到首阳镇调研。\n会议指出");
    }

    #[test]
    fn joins_across_a_column_break() {
        let page = "今年以来示范区积极推进远华项目和市永达机械\n\n制造有限公司年产装备项目建设进展顺利。\n";
        let n = normalise(page);
        assert!(n.as_str().contains("市永达机械制造有限公司"), "{}", n.as_str());
        // a short headline followed by a blank line stays apart
        let text = "示范区召开党工委会议\n\n本报讯今年以来示范区积极推进远华项目和市永达机械\n制造有限公司年产装备项目建设进展顺利。\n";
        assert!(normalise(text).as_str().starts_with("示范区召开党工委会议\n"));
    }

    #[test]
    fn joins_across_a_column_break_in_a_narrower_column() {
        // a page of 18-character lines with a box set in 12-character lines:
        // the box's full line is as long as the line above it, not the page's
        let wide = "本报讯今年以来全县上下认真贯彻落实省委\n决策部署扎实推进各项重点工作取得明显成\n效经济社会发展态势良好人民群众获得感强\n";
        let headline = "全县经济运行情况通报\n\n";
        let page = format!("{headline}{wide}{wide}考察团先后参观了远华\n产业园项目、市永达机械\n\n制造有限公司年产装备项\n目建设现场。\n");
        let n = normalise(&page);
        assert!(n.as_str().contains("市永达机械制造有限公司"), "{}", n.as_str());
        // the column goes on at its width after the break (a digit is half as wide)
        let page = format!("{headline}{wide}{wide}考察团先后参观了远华\n产业园项目、市永达机械\n\n制造有限公司年产 1500 台套\n装备项目建设现场。\n");
        assert!(normalise(&page).as_str().contains("市永达机械制造有限公司年产1500台套"), "{}", normalise(&page).as_str());
        // a line shorter than the one above it ends its paragraph
        let page = format!("{headline}{wide}{wide}考察团先后参观了远华\n产业园项目现场\n\n县委书记王红出席会议。\n");
        assert!(normalise(&page).as_str().contains("产业园项目现场\n县委书记"), "{}", normalise(&page).as_str());
        // a subheading of two lines, the second as long as the first, followed by a
        // full-width paragraph, is no narrow column either
        let page = format!("{headline}{wide}{wide}。\n持续推进城乡融合发展\n全面补齐基础设施短板\n\n会议强调各乡镇要认真贯彻落实省委\n{wide}");
        assert!(normalise(&page).as_str().contains("持续推进城乡融合发展全面补齐基础设施短板\n会议强调"), "{}", normalise(&page).as_str());
        // a headline of two lines, the second as long as the first, is no narrow column
        let page = format!("扎实推进乡村全面振兴\n全力打好春耕生产攻坚战\n\n会议要求各乡镇要认真贯彻落实省委\n{wide}{wide}");
        assert!(normalise(&page).as_str().starts_with("扎实推进乡村全面振兴全力打好春耕生产攻坚战\n会议要求"), "{}", normalise(&page).as_str());
    }

    #[test]
    fn folds_width_and_spaced_names() {
        let n = normalise("王 小 明总书记（扩大）4 月 20 日，记者 李红梅");
        assert_eq!(n.as_str(), "王小明总书记(扩大)4月20日,记者 李红梅");
    }
}

//! Stage 0: read the corpus. Files and folders (recursive); plain text and
//! Markdown are one article a file, `.jsonl` files one article a line.
//! UTF-8 or GB18030/GBK, detected; undecodable or empty input is an error
//! naming the file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::Article;

/// The input files under `paths`, sorted, so a build does not depend on
/// directory order.
pub fn input_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        collect(p, &mut out)?;
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|e| Error::io(path, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(path, e))?;
            let p = entry.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.starts_with('.') {
                continue;
            }
            if p.is_dir() {
                collect(&p, out)?;
            } else if is_article_file(&p) {
                out.push(p);
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

fn is_article_file(p: &Path) -> bool {
    matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md" | "markdown" | "jsonl" | "text" | "html" | "htm"))
}

/// The largest article hetu reads (bytes of text): a bigger one is almost
/// always a dump that lost its line or article breaks.
pub const MAX_ARTICLE_BYTES: usize = 4_000_000;

/// Decode bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else the
/// encoding chardetng guesses (GB18030 for Chinese news dumps), refusing
/// binary files and text that only decodes with replacement characters.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(Error::Undecodable { path: path.to_path_buf(), encoding: encoding.name() });
        }
        return Ok(text.into_owned());
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(Error::Binary { path: path.to_path_buf() });
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(s.to_owned());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    let (text, actual, had_errors) = encoding.decode(bytes);
    if had_errors {
        return Err(Error::Undecodable { path: path.to_path_buf(), encoding: actual.name() });
    }
    // a guess that is not a Chinese encoding on non-UTF-8 input is not trusted
    if !matches!(actual.name(), "GBK" | "gb18030" | "Big5") {
        return Err(Error::Undecodable { path: path.to_path_buf(), encoding: actual.name() });
    }
    Ok(text.into_owned())
}

/// Text of an HTML page: scripts and styles dropped, block elements as
/// line breaks, other tags removed, the common entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    while i < html.len() {
        let rest = &html[i..];
        if rest.starts_with('<') {
            let tag_end = rest.find('>').map_or(html.len(), |e| i + e + 1);
            let tag = &lower[i..tag_end];
            let name: String = tag.trim_start_matches(['<', '/']).chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
            if matches!(name.as_str(), "script" | "style") && !tag.starts_with("</") {
                // skip to the closing tag
                let close = format!("</{name}");
                i = lower[tag_end..].find(&close).map_or(html.len(), |e| tag_end + e);
                continue;
            }
            if matches!(name.as_str(), "p" | "div" | "br" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "title" | "section" | "article") {
                out.push('\n');
            }
            i = tag_end;
        } else if rest.starts_with('&') {
            let end = rest.find(';').filter(|&e| e <= 10);
            let decoded = end.and_then(|e| match &rest[1..e] {
                "nbsp" | "#160" => Some(' '),
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                num if num.starts_with("#x") => u32::from_str_radix(&num[2..], 16).ok().and_then(char::from_u32),
                num if num.starts_with('#') => num[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            });
            match (decoded, end) {
                (Some(c), Some(e)) => {
                    out.push(c);
                    i += e + 1;
                }
                _ => {
                    out.push('&');
                    i += 1;
                }
            }
        } else {
            let next = rest.find(['<', '&']).unwrap_or(rest.len());
            out.push_str(&rest[..next]);
            i += next;
        }
    }
    out
}

fn looks_like_html(path: &Path, text: &str) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "htm")) || {
        let head = text.trim_start().get(..200).unwrap_or(text.trim_start()).to_ascii_lowercase();
        head.starts_with("<!doctype html") || head.starts_with("<html") || (head.starts_with('<') && text.contains("</p>"))
    }
}

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    text: String,
}

/// What reading one file gave: its good articles, and what was wrong with
/// the rest (the whole file, or single JSON lines), each naming the file.
#[derive(Default)]
pub struct FileRead {
    pub articles: Vec<Article>,
    pub problems: Vec<Error>,
}

/// Read every article of one file; the first problem is an error.
pub fn read_file(path: &Path) -> Result<Vec<Article>> {
    let read = read_file_lenient(path);
    match read.problems.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(read.articles),
    }
}

/// Read one file, keeping the good articles when some are bad.
pub fn read_file_lenient(path: &Path) -> FileRead {
    let source = path.to_string_lossy().into_owned();
    let stem = path.file_name().and_then(|n| n.to_str()).unwrap_or("article").to_owned();
    if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
        return match std::fs::File::open(path) {
            Ok(f) => read_jsonl(path, std::io::BufReader::new(f), &source, &stem),
            Err(e) => FileRead { articles: Vec::new(), problems: vec![Error::io(path, e)] },
        };
    }
    let problem = |e| FileRead { articles: Vec::new(), problems: vec![e] };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return problem(Error::io(path, e)),
    };
    let text = match decode(path, &bytes) {
        Ok(t) => t,
        Err(e) => return problem(e),
    };
    let text = if looks_like_html(path, &text) { html_to_text(&text) } else { text };
    if text.trim().is_empty() {
        return problem(Error::Empty { path: path.to_path_buf() });
    }
    if text.len() > MAX_ARTICLE_BYTES {
        return problem(Error::TooLarge { path: path.to_path_buf(), line: None, bytes: text.len() });
    }
    if !has_han(&text) {
        return problem(Error::NoChinese { path: path.to_path_buf(), line: None });
    }
    FileRead { articles: vec![Article { id: stem, source, title: None, date: None, text }], problems: Vec::new() }
}

/// JSON Lines, one article a line; a bad line is reported with its number and skipped.
pub fn read_jsonl(path: &Path, input: impl std::io::BufRead, source: &str, stem: &str) -> FileRead {
    let mut read = FileRead::default();
    for item in JsonlArticles::new(path, input, source, stem) {
        match item {
            Ok(a) => read.articles.push(a),
            Err(e) => read.problems.push(e),
        }
    }
    if read.articles.is_empty() && read.problems.is_empty() {
        read.problems.push(Error::Empty { path: path.to_path_buf() });
    }
    read
}

/// The articles of a JSON Lines input, read a line at a time (a file may
/// be larger than memory): each item an article or what is wrong with its line.
pub struct JsonlArticles<R> {
    path: PathBuf,
    input: R,
    source: String,
    stem: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: std::io::BufRead> JsonlArticles<R> {
    pub fn new(path: &Path, input: R, source: &str, stem: &str) -> Self {
        JsonlArticles { path: path.to_path_buf(), input, source: source.to_owned(), stem: stem.to_owned(), line: 0, buf: Vec::new(), done: false }
    }

    fn parse_line(&self) -> Option<Result<Article>> {
        let (path, n) = (&self.path, self.line);
        let bad = |message: String| Error::BadLine { path: path.clone(), line: n, message };
        let line = match std::str::from_utf8(&self.buf) {
            Ok(l) => std::borrow::Cow::Borrowed(l),
            Err(_) => match decode(path, &self.buf) {
                Ok(l) => std::borrow::Cow::Owned(l),
                Err(_) => return Some(Err(bad("not UTF-8 (nor GBK) text".into()))),
            },
        };
        if line.trim().is_empty() {
            return None;
        }
        if line.len() > MAX_ARTICLE_BYTES {
            return Some(Err(Error::TooLarge { path: path.clone(), line: Some(n), bytes: line.len() }));
        }
        let a: JsonArticle = match serde_json::from_str(&line) {
            Ok(a) => a,
            Err(e) => return Some(Err(bad(e.to_string()))),
        };
        if a.text.trim().is_empty() {
            return Some(Err(bad("empty \"text\"".into())));
        }
        if !has_han(&a.text) {
            return Some(Err(Error::NoChinese { path: path.clone(), line: Some(n) }));
        }
        let id = match a.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) => v.to_string(),
            None => format!("{}#{n}", self.stem),
        };
        Some(Ok(Article { id, source: a.source.unwrap_or_else(|| self.source.clone()), title: a.title, date: a.date, text: a.text }))
    }
}

impl<R: std::io::BufRead> Iterator for JsonlArticles<R> {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        while !self.done {
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    if let Some(item) = self.parse_line() {
                        return Some(item);
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(Error::io(&self.path, e)));
                }
            }
        }
        None
    }
}

/// A corpus read in batches: whole files for text, a line at a time for
/// JSON Lines, so memory holds one batch whatever the corpus size. Problems
/// (a file that cannot be read, a bad line, an id seen before) are
/// collected, and the reading goes on.
pub struct CorpusReader {
    pending: std::vec::IntoIter<PathBuf>,
    jsonl: Option<JsonlArticles<Box<dyn std::io::BufRead + Send>>>,
    /// Input files listed (stdin counts as one).
    pub files: usize,
    /// Article ids met so far, with their source, to refuse a repeated id.
    seen: std::collections::HashMap<String, String>,
}

impl CorpusReader {
    /// The article files under `paths` (an error when there are none).
    pub fn open(paths: &[PathBuf]) -> Result<CorpusReader> {
        let files = input_files(paths)?;
        if files.is_empty() {
            let listed = paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
            return Err(Error::Other(format!("no .txt, .md, .html or .jsonl files under {listed}")));
        }
        Ok(CorpusReader { files: files.len(), pending: files.into_iter(), jsonl: None, seen: Default::default() })
    }

    /// JSON Lines on standard input.
    pub fn stdin() -> CorpusReader {
        let input: Box<dyn std::io::BufRead + Send> = Box::new(std::io::BufReader::new(std::io::stdin()));
        CorpusReader { files: 1, pending: Vec::new().into_iter(), jsonl: Some(JsonlArticles::new(Path::new("<stdin>"), input, "<stdin>", "stdin")), seen: Default::default() }
    }

    /// Up to `max` articles, adding what was wrong on the way to
    /// `problems`; `None` when the corpus is exhausted.
    pub fn next_batch(&mut self, max: usize, problems: &mut Vec<Error>) -> Option<Vec<Article>> {
        let mut batch = Vec::new();
        while batch.len() < max.max(1) {
            if let Some(lines) = &mut self.jsonl {
                match lines.next() {
                    Some(Ok(a)) => self.accept(a, &mut batch, problems),
                    Some(Err(e)) => problems.push(e),
                    None => self.jsonl = None,
                }
                continue;
            }
            let Some(path) = self.pending.next() else { break };
            if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
                match std::fs::File::open(&path) {
                    Ok(f) => {
                        let source = path.to_string_lossy().into_owned();
                        let stem = path.file_name().and_then(|n| n.to_str()).unwrap_or("article").to_owned();
                        let input: Box<dyn std::io::BufRead + Send> = Box::new(std::io::BufReader::with_capacity(1 << 20, f));
                        self.jsonl = Some(JsonlArticles::new(&path, input, &source, &stem));
                    }
                    Err(e) => problems.push(Error::io(&path, e)),
                }
                continue;
            }
            let read = read_file_lenient(&path);
            problems.extend(read.problems);
            for a in read.articles {
                self.accept(a, &mut batch, problems);
            }
        }
        (!batch.is_empty()).then_some(batch)
    }

    fn accept(&mut self, a: Article, batch: &mut Vec<Article>, problems: &mut Vec<Error>) {
        // the same id twice would make two articles share one graph
        match self.seen.get(&a.id) {
            Some(first) => problems.push(Error::Other(format!("{}: article id {:?} was already read from {first}; skipped", a.source, a.id))),
            None => {
                self.seen.insert(a.id.clone(), a.source.clone());
                batch.push(a);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_text_keeps_paragraphs_and_entities() {
        let html = "<html><head><style>p{color:red}</style><script>var a='<p>';</script></head><body><p>县委书记&nbsp;张明</p><div>调研&amp;座谈&#x4e00;</div></body></html>";
        let text = html_to_text(html);
        assert_eq!(text.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>(), ["县委书记 张明", "调研&座谈一"]);
    }

    #[test]
    fn utf16_with_bom_and_binary() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "县长".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        assert_eq!(decode(Path::new("a.txt"), &utf16).unwrap(), "县长");
        assert!(matches!(decode(Path::new("b.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Err(Error::Binary { .. })));
    }

    #[test]
    fn a_file_that_disappears_before_it_is_read_is_reported_and_the_rest_read() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.txt", "b.txt", "c.txt"] {
            std::fs::write(dir.path().join(name), "县长到村调研").unwrap();
        }
        // the files are listed when the build starts and read batch by batch
        let mut reader = CorpusReader::open(&[dir.path().to_path_buf()]).unwrap();
        std::fs::remove_file(dir.path().join("b.txt")).unwrap();
        let mut problems = Vec::new();
        let mut ids = Vec::new();
        while let Some(batch) = reader.next_batch(1, &mut problems) {
            ids.extend(batch.into_iter().map(|a| a.id));
        }
        assert_eq!(ids, ["a.txt", "c.txt"]);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().contains("b.txt"), "{}", problems[0]);
    }

    #[test]
    fn a_bad_json_line_is_skipped_and_named() {
        let input = "{\"id\":\"a\",\"text\":\"县长到村调研\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"no chinese\"}\n{\"id\":\"d\",\"text\":\"镇党委书记\"}\n";
        let read = read_jsonl(Path::new("x.jsonl"), input.as_bytes(), "x.jsonl", "x.jsonl");
        assert_eq!(read.articles.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["a", "d"]);
        let messages: Vec<String> = read.problems.iter().map(|e| e.to_string()).collect();
        assert!(messages[0].starts_with("x.jsonl:2: not a JSON article"), "{messages:?}");
        assert!(messages[1].starts_with("x.jsonl:3: no Chinese text"), "{messages:?}");
    }
}

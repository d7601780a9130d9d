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
    matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md" | "markdown" | "jsonl" | "text"))
}

/// Decode bytes as UTF-8 (with or without BOM), else the encoding chardetng
/// guesses (GB18030 for Chinese news dumps), refusing text that only decodes
/// with replacement characters.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
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
    if !matches!(actual.name(), "GBK" | "gb18030" | "Big5" | "UTF-16LE" | "UTF-16BE") {
        return Err(Error::Undecodable { path: path.to_path_buf(), encoding: actual.name() });
    }
    Ok(text.into_owned())
}

#[derive(Deserialize)]
struct JsonArticle {
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    text: String,
}

/// Read every article of one file.
pub fn read_file(path: &Path) -> Result<Vec<Article>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let text = decode(path, &bytes)?;
    if text.trim().is_empty() {
        return Err(Error::Empty { path: path.to_path_buf() });
    }
    let source = path.to_string_lossy().into_owned();
    let stem = path.file_name().and_then(|n| n.to_str()).unwrap_or("article").to_owned();
    if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
        return parse_jsonl(path, &text, &source, &stem);
    }
    Ok(vec![Article { id: stem, source, title: None, date: None, text }])
}

pub fn parse_jsonl(path: &Path, text: &str, source: &str, stem: &str) -> Result<Vec<Article>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let a: JsonArticle = serde_json::from_str(line).map_err(|e| Error::BadLine {
            path: path.to_path_buf(),
            line: n + 1,
            message: e.to_string(),
        })?;
        if a.text.trim().is_empty() {
            return Err(Error::BadLine { path: path.to_path_buf(), line: n + 1, message: "empty \"text\"".into() });
        }
        let id = match a.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) => v.to_string(),
            None => format!("{stem}#{}", n + 1),
        };
        out.push(Article { id, source: a.source.unwrap_or_else(|| source.to_owned()), title: a.title, date: a.date, text: a.text });
    }
    if out.is_empty() {
        return Err(Error::Empty { path: path.to_path_buf() });
    }
    Ok(out)
}

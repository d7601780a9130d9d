//! Library errors. Every error about input names the file.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: cannot decode the text (not UTF-8; best guess {encoding} fails too)")]
    Undecodable { path: PathBuf, encoding: &'static str },
    #[error("{path}: the file holds no text")]
    Empty { path: PathBuf },
    #[error("{path}: a binary file, not text (NUL bytes)")]
    Binary { path: PathBuf },
    #[error("{}: the article is {:.1} MB, over the {} MB limit for one article; split it", where_(path, *line), *bytes as f64 / 1e6, crate::corpus::MAX_ARTICLE_BYTES / 1_000_000)]
    TooLarge { path: PathBuf, line: Option<usize>, bytes: usize },
    #[error("{}: no Chinese text in the article; skipped", where_(path, *line))]
    NoChinese { path: PathBuf, line: Option<usize> },
    #[error("{path}:{line}: not a JSON article ({message})")]
    BadLine { path: PathBuf, line: usize, message: String },
    #[error("store {path}: {message}")]
    Store { path: PathBuf, message: String },
    #[error("SPARQL: {0}")]
    Query(String),
    #[error("{0}")]
    Other(String),
}

fn where_(path: &Path, line: Option<usize>) -> String {
    match line {
        Some(n) => format!("{}:{n}", path.display()),
        None => path.display().to_string(),
    }
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io { path: path.to_path_buf(), source }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

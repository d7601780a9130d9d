//! Sorting more lines than memory holds, for exports of any size: lines are
//! gathered up to a byte budget, sorted, and spilled as a run to an
//! anonymous temporary file (removed when closed); the runs are then merged.
//! A store of 10^6 articles exports some 15 GB of N-Quads, which sorted in
//! memory took more than this machine's 24 GB.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};

/// Collects lines (without their line break), then yields them sorted
/// bytewise, each once if `dedup`.
pub struct LineSorter {
    budget: usize,
    dedup: bool,
    held: Vec<String>,
    held_bytes: usize,
    runs: Vec<File>,
}

impl LineSorter {
    /// `budget`: bytes of lines held in memory before a run is spilled.
    pub fn new(budget: usize, dedup: bool) -> Self {
        LineSorter { budget: budget.max(1), dedup, held: Vec::new(), held_bytes: 0, runs: Vec::new() }
    }

    pub fn push(&mut self, line: String) -> io::Result<()> {
        debug_assert!(!line.contains('\n'), "a line holds no line break");
        // a String's own size counts too: short lines are mostly overhead
        self.held_bytes += line.len() + std::mem::size_of::<String>();
        self.held.push(line);
        if self.held_bytes >= self.budget {
            self.spill()?;
        }
        Ok(())
    }

    /// Runs spilled to disk so far (0 while everything fits the budget).
    pub fn runs(&self) -> usize {
        self.runs.len()
    }

    fn sort_held(&mut self) {
        self.held.sort_unstable();
        if self.dedup {
            self.held.dedup();
        }
    }

    fn spill(&mut self) -> io::Result<()> {
        self.sort_held();
        let mut file = BufWriter::with_capacity(1 << 20, tempfile::tempfile()?);
        for line in self.held.drain(..) {
            file.write_all(line.as_bytes())?;
            file.write_all(b"\n")?;
        }
        let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.seek(SeekFrom::Start(0))?;
        self.runs.push(file);
        self.held_bytes = 0;
        Ok(())
    }

    /// The lines in order. Held in memory when they fit the budget,
    /// otherwise merged from the runs.
    pub fn finish(mut self) -> io::Result<SortedLines> {
        if self.runs.is_empty() {
            self.sort_held();
            return Ok(SortedLines { source: Source::Memory(self.held.into_iter()), dedup: false, last: None });
        }
        if !self.held.is_empty() {
            self.spill()?;
        }
        let mut readers: Vec<BufReader<File>> = self.runs.into_iter().map(|f| BufReader::with_capacity(1 << 20, f)).collect();
        let mut heap = BinaryHeap::new();
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some(line) = read_line(r)? {
                heap.push(Reverse((line, i)));
            }
        }
        Ok(SortedLines { source: Source::Runs { readers, heap }, dedup: self.dedup, last: None })
    }
}

fn read_line(r: &mut BufReader<File>) -> io::Result<Option<String>> {
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Some(line))
}

enum Source {
    Memory(std::vec::IntoIter<String>),
    Runs { readers: Vec<BufReader<File>>, heap: BinaryHeap<Reverse<(String, usize)>> },
}

/// Sorted lines, from memory or merged from spilled runs.
pub struct SortedLines {
    source: Source,
    /// Runs are deduplicated each on its own; equal lines of two runs are
    /// dropped here.
    dedup: bool,
    last: Option<String>,
}

impl Iterator for SortedLines {
    type Item = io::Result<String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let line = match &mut self.source {
                Source::Memory(lines) => return lines.next().map(Ok),
                Source::Runs { readers, heap } => {
                    let Reverse((line, i)) = heap.pop()?;
                    match read_line(&mut readers[i]) {
                        Ok(Some(next)) => heap.push(Reverse((next, i))),
                        Ok(None) => {}
                        Err(e) => return Some(Err(e)),
                    }
                    line
                }
            };
            if self.dedup {
                if self.last.as_ref() == Some(&line) {
                    continue;
                }
                self.last = Some(line.clone());
            }
            return Some(Ok(line));
        }
    }
}

/// Sorted lines as a byte stream, each line followed by `suffix` (a parser
/// reads them back without holding them all).
pub struct LinesReader {
    lines: SortedLines,
    suffix: &'static [u8],
    buf: Vec<u8>,
    pos: usize,
}

impl LinesReader {
    pub fn new(lines: SortedLines, suffix: &'static [u8]) -> Self {
        LinesReader { lines, suffix, buf: Vec::new(), pos: 0 }
    }
}

impl Read for LinesReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.buf.len() {
            match self.lines.next() {
                None => return Ok(0),
                Some(line) => {
                    let line = line?;
                    self.buf.clear();
                    self.buf.extend_from_slice(line.as_bytes());
                    self.buf.extend_from_slice(self.suffix);
                    self.pos = 0;
                }
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lines: &[&str], budget: usize, dedup: bool) -> (Vec<String>, usize) {
        let mut s = LineSorter::new(budget, dedup);
        for l in lines {
            s.push((*l).to_owned()).unwrap();
        }
        let runs = s.runs();
        (s.finish().unwrap().collect::<io::Result<_>>().unwrap(), runs)
    }

    #[test]
    fn runs_on_disk_merge_to_the_order_held_in_memory() {
        // pseudo-random lines with repeats, some prefixes of others, non-ASCII
        let mut lines = Vec::new();
        let mut x: u64 = 7;
        for _ in 0..2000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let n = (x >> 33) % 300;
            lines.push(format!("<{}> \"{}县\"", n, "a".repeat((n % 4) as usize)));
        }
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let mut expected = lines.clone();
        expected.sort();
        for dedup in [false, true] {
            let (in_memory, runs) = sorted(&refs, usize::MAX, dedup);
            assert_eq!(runs, 0);
            let (merged, runs) = sorted(&refs, 4096, dedup);
            assert!(runs > 10, "{runs} runs");
            assert_eq!(merged, in_memory);
            let mut want = expected.clone();
            if dedup {
                want.dedup();
            }
            assert_eq!(merged, want);
        }
    }

    #[test]
    fn reader_gives_each_line_with_its_suffix() {
        let (_, _) = sorted(&[], 10, false);
        let mut s = LineSorter::new(40, false);
        for l in ["<b> <p> <o>", "<a> <p> <o>", "<c> <p> \"多\""] {
            s.push(l.to_owned()).unwrap();
        }
        let mut text = String::new();
        LinesReader::new(s.finish().unwrap(), b" .\n").read_to_string(&mut text).unwrap();
        assert_eq!(text, "<a> <p> <o> .\n<b> <p> <o> .\n<c> <p> \"多\" .\n");
    }
}

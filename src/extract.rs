//! One article through stages 1–5: normalise → segment → recognise →
//! resolve → relate. Pure and deterministic: the same article gives the same
//! [`Extraction`] on every run and thread.

use crate::model::{Article, EntityKey, Extraction, Mention, Relation};
use crate::normalise::normalise;
use crate::recognise::recognise;
use crate::relate::relate;
use crate::resolve::resolve;
use crate::segment::segment;

pub fn extract(article: Article) -> Extraction {
    let text = normalise(&article.text);
    let seg = segment(text.as_str().to_owned());
    let rec = recognise(&text, &seg);
    let res = resolve(&text, &rec);
    let rels = relate(&text, &rec, &res);

    let mut mentions: Vec<Mention> = Vec::new();
    let resolved = res.mentions.iter().flatten().chain(res.posts.iter().map(|p| &p.organisation));
    for m in resolved {
        if m.start >= m.end {
            continue; // an organisation implied by a title, with no text of its own
        }
        let (start, end) = text.original_span(m.start, m.end);
        mentions.push(Mention { start, end, text: m.text.clone(), entity: m.entity.clone(), rule: m.rule });
    }
    mentions.sort_by(|a, b| (a.start, a.end, &a.entity).cmp(&(b.start, b.end, &b.entity)));
    mentions.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.entity == b.entity);

    // a set: sorted and without repeats already
    let relations: Vec<Relation> = rels.stated.into_iter().collect();
    let mut aliases: Vec<(EntityKey, String)> = res.aliases;
    for m in &mentions {
        // 我市 names the paper's city in this article only: no name of it
        if m.text != m.entity.name && !m.text.trim().is_empty() && m.rule != "own-region" {
            aliases.push((m.entity.clone(), m.text.clone()));
        }
    }
    aliases.sort();
    aliases.dedup();
    let headline = article.title.clone().unwrap_or_else(|| headline_of(&article.text));
    Extraction { article, headline, mentions, relations, inferred: rels.inferred.into_iter().collect(), aliases }
}

/// The first non-empty line, without Markdown heading marks; hard-wrapped
/// headlines are joined up to the first blank line.
pub fn headline_of(text: &str) -> String {
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    let mut head = String::new();
    for l in lines.by_ref() {
        if l.is_empty() || head.chars().count() > 40 {
            break;
        }
        head.push_str(l.trim_start_matches('#').trim());
        if l.starts_with('#') {
            break;
        }
    }
    let head = normalise(&head);
    head.as_str().chars().take(80).collect()
}

/// One text as an article of its own, for the stages' unit tests.
#[cfg(test)]
pub(crate) fn extract_text(text: &str) -> Extraction {
    extract(Article { id: "t".into(), source: "t.txt".into(), title: None, date: None, text: text.into() })
}

//! One article through stages 1–5: normalise → segment → recognise →
//! resolve → relate. Pure and deterministic: the same article gives the same
//! [`Extraction`] on every run and thread.

use crate::model::{Article, EntityKey, Extraction, Mention, Relation};
use crate::normalise::{NormText, normalise};
use crate::recognise::{Recognised, recognise};
use crate::relate::{Relations, relate};
use crate::resolve::{Resolution, resolve};
use crate::segment::{Segmentation, segment};

pub fn extract(article: Article) -> Extraction {
    extract_chunk(vec![article]).pop().expect("one extraction per article")
}

/// Articles a thread takes through the stages together (see [`extract_chunk`]).
pub const CHUNK: usize = 16;

/// Several articles through the stages one stage at a time: each stage's
/// tables (jieba's dictionary trie, the gazetteer automaton, the lexicons)
/// stay in the processor's caches for the whole chunk instead of evicting
/// one another at every article. Same output as [`extract`] on each.
pub fn extract_chunk(articles: Vec<Article>) -> Vec<Extraction> {
    let texts: Vec<NormText> = articles.iter().map(|a| normalise(&a.text)).collect();
    let segs: Vec<Segmentation> = texts.iter().map(|t| segment(t.as_string())).collect();
    let recs: Vec<Recognised> = texts.iter().zip(&segs).map(|(t, s)| recognise(t, s)).collect();
    drop(segs);
    let ress: Vec<Resolution> = texts.iter().zip(&recs).map(|(t, r)| resolve(t, r)).collect();
    let rels: Vec<Relations> = texts.iter().zip(&recs).zip(&ress).map(|((t, r), s)| relate(t, r, s)).collect();
    articles.into_iter().zip(texts).zip(ress).zip(rels).map(|(((article, text), res), rels)| assemble(article, &text, res, rels)).collect()
}

/// One article's extraction from its resolved mentions and relations.
fn assemble(article: Article, text: &NormText, res: Resolution, rels: Relations) -> Extraction {
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
        if m.text != m.entity.name && !m.text.trim().is_empty() {
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
    let head: String = normalise(&head).as_string();
    head.chars().take(80).collect()
}

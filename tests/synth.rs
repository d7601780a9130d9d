//! The generated corpus holds every kind of relation the example queries
//! ask about, so that the query benchmark on a generated store measures
//! answers: company staff (`staff_and_employers`), officials of a city
//! (`officials_by_region`), projects in a development zone
//! (`zone_contents`, `articles_mentioning_both`).

use hetu::extract::extract;
use hetu::model::{Class, Predicate, Relation};
use hetu::synth::Generator;

#[test]
fn generated_articles_hold_staff_city_officials_and_zone_projects() {
    let mut generator = Generator::new(7);
    let (mut staff, mut city_posts, mut zone_projects) = (0, 0, 0);
    for n in 0..300 {
        for relation in extract(generator.article(n)).relations {
            match relation {
                Relation::Link { subject, predicate: Predicate::WorksFor, object }
                    if subject.class == Class::Person && object.class == Class::Enterprise =>
                {
                    staff += 1
                }
                Relation::Link { subject, predicate: Predicate::LocatedIn, object }
                    if subject.class == Class::Project && object.class == Class::DevelopmentZone =>
                {
                    zone_projects += 1
                }
                Relation::HoldsPost { title, organisation, .. }
                    if organisation.class == Class::City && (title == "副市长" || title == "副州长") =>
                {
                    city_posts += 1
                }
                _ => {}
            }
        }
    }
    // Half the articles have a chairman and (outside 地区) a city leader; a
    // third of those whose city has a zone place the project in it.
    assert!(staff > 100, "{staff} staff relations in 300 articles");
    assert!(city_posts > 100, "{city_posts} city posts in 300 articles");
    assert!(zone_projects > 5, "{zone_projects} projects in zones in 300 articles");
}

#[test]
fn the_same_seed_gives_the_same_corpus() {
    let (mut a, mut b, mut c) = (Generator::new(3), Generator::new(3), Generator::new(4));
    let texts = |g: &mut Generator| (0..20).map(|n| g.article(n).text).collect::<Vec<_>>();
    let (ta, tb, tc) = (texts(&mut a), texts(&mut b), texts(&mut c));
    assert_eq!(ta, tb);
    assert_ne!(ta, tc);
}

/// The generator knows every person it writes, so the people found can be
/// counted against them: random surnames and given names, in the places
/// county papers put them (after titles, in the byline, after a company's
/// post). `cargo test --release --test synth -- --nocapture` prints the figures.
#[test]
fn people_in_generated_articles_are_found_whole() {
    let mut generator = Generator::new(5);
    let (mut found, mut missed, mut spurious) = (0usize, 0usize, 0usize);
    for n in 0..3000 {
        let (article, people) = generator.article_with_people(n);
        let mut named: Vec<String> = extract(article)
            .mentions
            .into_iter()
            .filter(|m| m.entity.class.is_person())
            .map(|m| m.text)
            .collect();
        named.sort();
        named.dedup();
        found += people.iter().filter(|p| named.contains(p)).count();
        missed += people.iter().filter(|p| !named.contains(p)).count();
        spurious += named.iter().filter(|n| !people.contains(n)).count();
    }
    let recall = found as f64 / (found + missed) as f64;
    let precision = found as f64 / (found + spurious) as f64;
    println!("people in 3 000 generated articles: recall {recall:.4}, precision {precision:.4} ({missed} missed, {spurious} spurious of {})", found + missed);
    assert!(recall > RECALL_AT_LEAST && precision > PRECISION_AT_LEAST, "recall {recall:.4}, precision {precision:.4}");
}

const RECALL_AT_LEAST: f64 = 0.98;
const PRECISION_AT_LEAST: f64 = 0.99;


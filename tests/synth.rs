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

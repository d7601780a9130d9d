//! The types every stage shares: entity classes, relations, mentions and an
//! article's extraction result. Nothing here knows about RDF or the store.

use serde::{Deserialize, Serialize};

/// The entity classes of `EXTRACTION.md`, in its order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Class {
    Official,
    Person,
    Province,
    City,
    County,
    Town,
    Village,
    DevelopmentZone,
    GovernmentBody,
    Enterprise,
    Project,
    Policy,
    Meeting,
}

impl Class {
    pub const ALL: [Class; 13] = [
        Class::Official,
        Class::Person,
        Class::Province,
        Class::City,
        Class::County,
        Class::Town,
        Class::Village,
        Class::DevelopmentZone,
        Class::GovernmentBody,
        Class::Enterprise,
        Class::Project,
        Class::Policy,
        Class::Meeting,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Class::Official => "Official",
            Class::Person => "Person",
            Class::Province => "Province",
            Class::City => "City",
            Class::County => "County",
            Class::Town => "Town",
            Class::Village => "Village",
            Class::DevelopmentZone => "DevelopmentZone",
            Class::GovernmentBody => "GovernmentBody",
            Class::Enterprise => "Enterprise",
            Class::Project => "Project",
            Class::Policy => "Policy",
            Class::Meeting => "Meeting",
        }
    }

    pub fn from_name(name: &str) -> Option<Class> {
        Class::ALL.into_iter().find(|c| c.name() == name)
    }

    pub fn is_region(self) -> bool {
        matches!(
            self,
            Class::Province | Class::City | Class::County | Class::Town | Class::Village
        )
    }

    /// Officials and persons share one IRI space: the same name is one person.
    pub fn is_person(self) -> bool {
        matches!(self, Class::Official | Class::Person)
    }

    /// Chinese label used in diagrams and `stats`.
    pub fn label_zh(self) -> &'static str {
        match self {
            Class::Official => "官员",
            Class::Person => "人物",
            Class::Province => "省",
            Class::City => "市",
            Class::County => "县区",
            Class::Town => "乡镇街道",
            Class::Village => "村",
            Class::DevelopmentZone => "开发区",
            Class::GovernmentBody => "机构",
            Class::Enterprise => "企业",
            Class::Project => "项目",
            Class::Policy => "政策",
            Class::Meeting => "会议",
        }
    }
}

/// The relations of `EXTRACTION.md` between two entities (`holdsPost` and
/// `totalInvestment` have their own shapes in [`Relation`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Predicate {
    LocatedIn,
    PartOf,
    Involves,
    IssuedBy,
    ChairedBy,
    AttendedBy,
    Inspected,
    WorksFor,
}

impl Predicate {
    pub const ALL: [Predicate; 8] = [
        Predicate::LocatedIn,
        Predicate::PartOf,
        Predicate::Involves,
        Predicate::IssuedBy,
        Predicate::ChairedBy,
        Predicate::AttendedBy,
        Predicate::Inspected,
        Predicate::WorksFor,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Predicate::LocatedIn => "locatedIn",
            Predicate::PartOf => "partOf",
            Predicate::Involves => "involves",
            Predicate::IssuedBy => "issuedBy",
            Predicate::ChairedBy => "chairedBy",
            Predicate::AttendedBy => "attendedBy",
            Predicate::Inspected => "inspected",
            Predicate::WorksFor => "worksFor",
        }
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            Predicate::LocatedIn => "位于",
            Predicate::PartOf => "隶属",
            Predicate::Involves => "涉及企业",
            Predicate::IssuedBy => "发布",
            Predicate::ChairedBy => "主持",
            Predicate::AttendedBy => "出席",
            Predicate::Inspected => "调研",
            Predicate::WorksFor => "就职",
        }
    }
}

/// A resolved entity's identity: its class and canonical name, plus the
/// official administrative code for regions that have one. Two keys that are
/// equal are the same node in the graph.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityKey {
    pub class: Class,
    pub name: String,
    /// GB/T 2260 code for regions and zones found in the gazetteer.
    pub code: Option<String>,
}

impl EntityKey {
    pub fn new(class: Class, name: impl Into<String>) -> Self {
        EntityKey { class, name: name.into(), code: None }
    }
    pub fn with_code(class: Class, name: impl Into<String>, code: impl Into<String>) -> Self {
        EntityKey { class, name: name.into(), code: Some(code.into()) }
    }
}

/// One occurrence of an entity in an article's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// Code-point offsets into the article text as read (before normalisation), end exclusive.
    pub start: usize,
    pub end: usize,
    /// The surface form, with line breaks inside it removed.
    pub text: String,
    pub entity: EntityKey,
    /// Which recogniser or lexicon produced it, for `hetu explain`.
    pub rule: &'static str,
}

/// A statement extracted from one article.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Relation {
    Link { subject: EntityKey, predicate: Predicate, object: EntityKey },
    HoldsPost { official: EntityKey, title: String, organisation: EntityKey },
    TotalInvestment { project: EntityKey, yuan: u64 },
}

/// Metadata and text of one input article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: the input's own id, else derived from the file name (and line).
    pub id: String,
    /// The file it came from (as given on the command line).
    pub source: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub text: String,
}

/// Everything learned from one article.
#[derive(Clone, Debug, Serialize)]
pub struct Extraction {
    pub article: Article,
    /// Headline used as the document's label.
    pub headline: String,
    pub mentions: Vec<Mention>,
    pub relations: Vec<Relation>,
    /// Inferred from the gazetteer (partOf between regions the article names).
    pub inferred: Vec<Relation>,
    /// Other surface forms per entity (skos:altLabel).
    pub aliases: Vec<(EntityKey, String)>,
}

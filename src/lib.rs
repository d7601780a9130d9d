//! hetu (河图): a knowledge-graph builder for Chinese government and party news.
//!
//! Data flows one way, one module a stage:
//! corpus → normalise → segment → recognise → resolve → relate (per article,
//! in `extract`) → graph (petgraph) → rdf → store → query / export / diagram.

pub mod amount;
pub mod analyze;
pub mod corpus;
pub mod diagram;
pub mod error;
pub mod extract;
pub mod gazetteer;
pub mod graph;
pub mod lexicon;
pub mod line_sort;
pub mod model;
pub mod netindex;
pub mod network;
pub mod normalise;
pub mod pipeline;
pub mod push;
pub mod rdf;
pub mod recognise;
pub mod relate;
pub mod resolve;
pub mod segment;
pub mod serve;
pub mod sparql_order;
pub mod store;
pub mod synth;
pub mod validate;
pub mod void;

pub use error::{Error, Result};

//! `hetu push`: send a store's quads (or an N-Quads file) to any SPARQL 1.1
//! Graph Store HTTP Protocol endpoint, in batches, retrying failed batches
//! with a growing pause. Quads keep their named graphs (the batch is posted
//! as `application/n-quads` to the endpoint's dataset URL).

use std::fmt::Write as _;
use std::time::Duration;

use oxigraph::model::Quad;

use crate::error::{Error, Result};

pub struct PushReport {
    pub quads: usize,
    pub batches: usize,
    pub retries: usize,
}

/// Post `quads` to `endpoint` in batches of `batch` quads, reading them as
/// it goes (a store or file of any size is never held whole); each batch is
/// tried up to `attempts` times. An error reading the quads stops the push
/// after the batches already sent.
pub fn push(quads: impl IntoIterator<Item = Result<Quad>>, endpoint: &str, batch: usize, attempts: usize) -> Result<PushReport> {
    let agent = ureq::Agent::new_with_defaults();
    let mut report = PushReport { quads: 0, batches: 0, retries: 0 };
    let mut quads = quads.into_iter().peekable();
    while quads.peek().is_some() {
        let mut body = String::new();
        let mut in_batch = 0;
        while in_batch < batch.max(1) {
            let Some(q) = quads.next() else { break };
            let _ = writeln!(body, "{} .", q?);
            in_batch += 1;
        }
        let mut attempt = 0;
        loop {
            attempt += 1;
            let sent = agent.post(endpoint).header("Content-Type", "application/n-quads").send(body.as_bytes());
            match sent {
                Ok(_) => break,
                Err(e) if attempt < attempts.max(1) && retryable(&e) => {
                    report.retries += 1;
                    std::thread::sleep(Duration::from_millis(200 * (1 << attempt.min(6))));
                }
                Err(e) => {
                    return Err(Error::Other(format!(
                        "{endpoint}: batch {} ({in_batch} quads) failed after {attempt} attempt(s): {e}",
                        report.batches + 1,
                    )));
                }
            }
        }
        report.quads += in_batch;
        report.batches += 1;
    }
    Ok(report)
}

/// Network failures and server errors are worth another try; a 4xx is not.
fn retryable(e: &ureq::Error) -> bool {
    match e {
        ureq::Error::StatusCode(code) => *code >= 500 || *code == 429,
        _ => true,
    }
}

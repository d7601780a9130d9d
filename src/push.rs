//! `hetu push`: send a store's quads (or an N-Quads file) to any SPARQL 1.1
//! Graph Store HTTP Protocol endpoint, in batches, retrying failed batches
//! with a growing pause. Quads keep their named graphs (the batch is posted
//! as `application/n-quads` to the endpoint's dataset URL).

use std::time::Duration;

use oxigraph::model::Quad;

use crate::error::{Error, Result};

pub struct PushReport {
    pub quads: usize,
    pub batches: usize,
    pub retries: usize,
}

/// Post `quads` to `endpoint` in batches of `batch` quads; each batch is
/// tried up to `attempts` times.
pub fn push(quads: &[Quad], endpoint: &str, batch: usize, attempts: usize) -> Result<PushReport> {
    let agent = ureq::Agent::new_with_defaults();
    let mut report = PushReport { quads: 0, batches: 0, retries: 0 };
    for chunk in quads.chunks(batch.max(1)) {
        let body: String = chunk.iter().map(|q| format!("{q} .\n")).collect();
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
                        "{endpoint}: batch {} ({} quads) failed after {attempt} attempt(s): {e}",
                        report.batches + 1,
                        chunk.len()
                    )));
                }
            }
        }
        report.quads += chunk.len();
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

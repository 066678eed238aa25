//! The page extractor on its own, without the importer's layers: prints, as the
//! article-extraction benchmark's output JSON, `rs_trafilatura::extract_bytes`'
//! text for each saved page named on the command line (`ID.html` or
//! `ID.html.gz`). `./x bench extraction` runs it so its table shows what the
//! importer's layers add to the extractor, or cost.
//!
//!   cargo run --release -p importer --example extractor_alone -- html/*.html.gz

use std::collections::BTreeMap;
use std::path::Path;

fn main() {
    let mut output = BTreeMap::new();
    for path in std::env::args().skip(1) {
        let id = Path::new(&path)
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.split('.').next())
            .unwrap_or(&path)
            .to_owned();
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("{path}: {error}");
                std::process::exit(1);
            }
        };
        let bytes = if importer::is_gzip(&bytes) {
            importer::gunzip(&bytes).unwrap_or_else(|error| {
                eprintln!("{path}: {error}");
                std::process::exit(1);
            })
        } else {
            bytes
        };
        // A page the extractor gives up on predicts nothing, as in the benchmark's
        // published outputs.
        let text = rs_trafilatura::extract_bytes(&bytes)
            .map(|page| page.content_text)
            .unwrap_or_default();
        output.insert(id, serde_json::json!({ "articleBody": text }));
    }
    println!(
        "{}",
        serde_json::to_string(&output).expect("a map of strings is JSON")
    );
}

//! `edition-tool schema`: the JSON Schema of the edition format, generated from the
//! data crate's types (`data/edition.schema.json`, `data/index.schema.json`,
//! `data/index-page.schema.json`, `data/search-index.schema.json` and
//! `data/search-chunk.schema.json` hold the
//! committed copies).

use std::process::ExitCode;

use clap::Args;

/// Print the JSON Schema of the edition format, generated from the data types.
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct SchemaArguments {
    /// The schema of a split edition's index instead (`edition-tool split`).
    #[arg(long)]
    index: bool,
    /// The schema of a page file of a paged index (`pages/N.json`) instead.
    #[arg(long)]
    index_page: bool,
    /// The schema of a paged index's search index (`search/chunks.json`) instead.
    #[arg(long)]
    search_index: bool,
    /// The schema of a chunk of a paged index's search index (`search/N.json`) instead.
    #[arg(long)]
    search_chunk: bool,
}

pub fn run(arguments: &SchemaArguments) -> ExitCode {
    let schema = if arguments.index {
        edition::index_json_schema()
    } else if arguments.index_page {
        edition::index_page_json_schema()
    } else if arguments.search_index {
        edition::search_index_json_schema()
    } else if arguments.search_chunk {
        edition::search_chunk_json_schema()
    } else {
        edition::json_schema()
    };
    println!("{schema}");
    ExitCode::SUCCESS
}

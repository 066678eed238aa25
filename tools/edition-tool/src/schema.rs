//! `edition-tool schema`: the JSON Schema of the edition format, generated from the
//! data crate's types (`data/edition.schema.json` and `data/index.schema.json`
//! hold the committed copies).

use std::process::ExitCode;

use clap::Args;

/// Print the JSON Schema of the edition format, generated from the data types.
#[derive(Debug, Args)]
pub struct SchemaArguments {
    /// The schema of a split edition's index instead (`edition-tool split`).
    #[arg(long)]
    index: bool,
}

pub fn run(arguments: &SchemaArguments) -> ExitCode {
    if arguments.index {
        println!("{}", edition::index_json_schema());
    } else {
        println!("{}", edition::json_schema());
    }
    ExitCode::SUCCESS
}

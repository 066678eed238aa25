//! `edition-tool schema`: the JSON Schema of the edition format, generated from the
//! data crate's types (`data/edition.schema.json` holds the committed copy).

use std::process::ExitCode;

pub fn run() -> ExitCode {
    println!("{}", edition::json_schema());
    ExitCode::SUCCESS
}

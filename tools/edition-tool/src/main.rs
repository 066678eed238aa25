//! `edition-tool`: command-line work on edition files.
//!
//! ```text
//! edition-tool import [FILE]... [-o OUT] [--into EDITION] [--explain] …
//!                                  scraped text to an edition (see `import`)
//! edition-tool check FILE...       validate editions; one line per problem, exit 1 if any
//! edition-tool split EDITION -o DIR [--page-size N]
//!                                  an index of headlines (paged beyond N) and a file per article
//! edition-tool schema [--index | --index-page | --search-chunk]
//!                                  print the JSON Schema of the edition format
//! ```

mod check;
mod import;
mod overlay;
mod schema;
mod search_postings;
mod split;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Work on the article viewer's edition files.
#[derive(Debug, Parser)]
#[command(name = "edition-tool", version, arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Import(import::ImportArguments),
    Check(check::CheckArguments),
    Split(split::SplitArguments),
    Schema(schema::SchemaArguments),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Import(arguments) => import::run(&arguments),
        Command::Check(arguments) => check::run(&arguments),
        Command::Split(arguments) => split::run(&arguments),
        Command::Schema(arguments) => schema::run(&arguments),
    }
}

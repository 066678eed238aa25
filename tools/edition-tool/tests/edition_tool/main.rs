//! `edition-tool` run as a user runs it, on files, standard input and broken
//! input. One test program with a module per subcommand, sharing `support`.

mod check;
mod generated_files;
mod import;
mod split;
mod support;

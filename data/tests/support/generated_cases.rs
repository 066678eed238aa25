//! Runs a property over generated inputs and prints how many it tried, for the
//! property tests of the format and of the importer.

use std::cell::Cell;

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Runs `test` on `cases` inputs from `strategy` (or `PROPTEST_CASES` of them)
/// prints how many it ran and returns that count; panics with the shrunk failure.
pub fn run<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> u64 {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(cases);
    let executions = Cell::new(0_u64);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |input| {
        executions.set(executions.get() + 1);
        test(input)
    });
    println!("{name}: {} executions", executions.get());
    if let Err(failure) = result {
        panic!("{name}: {failure}");
    }
    executions.get()
}

#!/usr/bin/env bash
# The development loop: `./x serve` in a scratch copy of the project, then edits
# to a component, a style sheet and the bundled edition, each timed from the
# file's save to the changed text on screen in headless Chromium (the page
# reloads itself). Prints the server's cold start and each edit's time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec node bench/dev-loop.mjs

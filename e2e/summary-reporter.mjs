// A node:test reporter that prints one closing line for the whole suite: the
// counts the tests recorded with `tally()` (browser.mjs), summed over every
// test file, and how many tests passed. Used beside the spec reporter (see ./x).

export default async function* summary(events) {
  const tallies = new Map();
  let passed = 0;
  let failed = 0;
  for await (const { type, data } of events) {
    const isTest = data?.details?.type !== 'suite' && !data?.skip && !data?.todo;
    if (type === 'test:diagnostic') {
      const match = /^tally (.+): (\d+)$/.exec(data.message);
      if (match) tallies.set(match[1], (tallies.get(match[1]) ?? 0) + Number(match[2]));
    } else if (type === 'test:pass' && isTest) {
      passed += 1;
    } else if (type === 'test:fail' && isTest) {
      failed += 1;
    }
  }
  const counts = [...tallies].map(([name, count]) => `${count} ${name}`);
  const verdict = failed === 0 ? `all ${passed} tests passed` : `${failed} of ${passed + failed} tests FAILED`;
  yield `\nend-to-end: ${[...counts, verdict].join(', ')}\n`;
}

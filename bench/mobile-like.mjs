// The mobile-like profile both browser benchmarks use: a slow 4G-like network
// and a CPU four times slower than this machine's.

export const mobileLikeLabel = '1.6 Mbit/s, 150 ms RTT, CPU 4x slower';

/** Throttles `page` of `context` to the mobile-like profile. */
export async function emulateMobileLike(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

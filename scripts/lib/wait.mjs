// Waiting on a condition, for the Node side (the end-to-end support module,
// the benchmarks): the one poll loop. The shell's is `wait_for` in ./tasks.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves to the first truthy value of `probe()` (awaited; a throw counts
 * as falsy), polling every `interval` ms; rejects after `timeout` ms. */
export async function poll(probe, { timeout = 20_000, interval = 100, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch {
      // not yet
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(interval);
  }
}

/** The status of a GET of `url`, or 0 when nothing answers. */
export async function statusOf(url) {
  try {
    const r = await fetch(url);
    await r.body?.cancel();
    return r.status;
  } catch {
    return 0;
  }
}

/** Resolves once `url` answers 2xx. */
export function waitForUrl(url, opts = {}) {
  return poll(async () => {
    const s = await statusOf(url);
    return s >= 200 && s < 300;
  }, { what: `an answer from ${url}`, ...opts });
}

/** Resolves once nothing answers at `url` any more. */
export function waitForDown(url, opts = {}) {
  return poll(async () => (await statusOf(url)) === 0, { what: `${url} to stop answering`, ...opts });
}

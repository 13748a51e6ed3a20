// Shared by the benchmarks: waiting for a server to answer.

/** Resolves once `url` answers 2xx (20 s at most). */
export async function waitFor(url) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answer from ${url}`);
}

// The benchmark's results as Markdown: bytes, Lighthouse by method, the
// server's pages, the 100-item list.
import { kb, table } from '../build/sizes.mjs';

export function markdown(results, methods, runs) {
  const out = [];
  for (const r of results) {
    for (const m of r.sizes) out.push(`### ${r.label}: ${m.what}\n\n${table(m.size)}\n`);
  }
  const metrics = [
    ['score', (v) => `${v}`],
    ['fcp', (v) => `${Math.round(v)} ms`],
    ['lcp', (v) => `${Math.round(v)} ms`],
    ['lcp_vs_floor', (v) => `${v.toFixed(2)}×`],
    ['tbt', (v) => `${Math.round(v)} ms`],
    ['cls', (v) => v.toFixed(3)],
    ['si', (v) => `${Math.round(v)} ms`],
    ['bytes', (v) => `${kb(v)} KB`],
  ];
  for (const method of methods) {
    const of = (r) => (r.byMethod ? r.byMethod[method] : method === methods[0] ? r.pages : null) || {};
    const how = method === 'devtools' ? 'network and CPU throttled while loading' : "Lighthouse's default, simulated from an unthrottled load";
    out.push(`### Lighthouse, mobile, ${method} (${how}; median of ${runs})\n`);
    if (results.length === 1) {
      const cols = ['page', ...metrics.map(([m]) => m)];
      out.push(`| ${cols.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`);
      for (const [page, v] of Object.entries(of(results[0]))) out.push(`| ${page} | ${metrics.map(([m, f]) => f(v[m])).join(' | ')} |`);
    } else {
      out.push(`| page | metric | ${results.map((r) => r.label).join(' | ')} |`, `|---|---|${results.map(() => '---:').join('|')}|`);
      for (const page of Object.keys(of(results.at(-1)))) {
        for (const [m, f] of metrics) out.push(`| ${page} | ${m} | ${results.map((r) => (of(r)[page] ? f(of(r)[page][m]) : '–')).join(' | ')} |`);
      }
    }
    out.push('');
  }
  for (const r of results.filter((r) => r.html)) {
    out.push(`\n### ${r.label}: the server's pages (HTML, with the inline CSS, boot script and embedded data)\n`);
    out.push('| page | raw | brotli -q 11 |', '|---|---:|---:|');
    for (const [name, b] of Object.entries(r.html)) out.push(`| ${name} | ${b.raw} | ${b.brotli} |`);
  }
  out.push(`\n### A 100-item list page: render time (performance timeline, CPU 4x slower, median of ${runs})\n`);
  out.push(`| build | first load | next page (click) |`, `|---|---:|---:|`);
  for (const r of results) {
    out.push(r.hundred ? `| ${r.label} | ${r.hundred.first_load_ms.toFixed(1)} ms | ${r.hundred.next_page_ms.toFixed(1)} ms |` : `| ${r.label} | (not marked in this build) | |`);
  }
  return out.join('\n');
}


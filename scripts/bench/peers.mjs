// Two copies of the server behind nginx (deploy/nginx/tintuc-server.conf as
// scripts/nginx/setup.sh serves it on 127.0.0.1:18101), one killed half
// way through a run of pages nginx has not kept (each request its own
// search): what the clients saw. nginx passes a failed request to the
// other copy (proxy_next_upstream), so the count to read is the errors.
//
//   node scripts/bench/peers.mjs [--dist DIR] [--seconds N]   (./tasks bench runs it)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { waitForUrl } from '../lib/wait.mjs';
import { ROOT } from './util.mjs';
import { WRK_THREADS } from './load.mjs';

const log = (...m) => console.error('[peers]', ...m);
// The ports scripts/nginx/setup.sh renders the recipe with.
const NGINX = 'http://127.0.0.1:18101';
const UPSTREAMS = [18102, 18103];
const BACKEND = 18081;

function start(bin, args, probe) {
  const child = spawn(bin, args, { cwd: ROOT, stdio: 'ignore' });
  return waitForUrl(probe).then(() => child);
}

/** wrk's totals from its report. */
function totals(out) {
  const n = (re) => Number((out.match(re) || [])[1] || 0);
  return {
    requests: n(/(\d+) requests in/),
    rps: n(/Requests\/sec:\s+([\d.]+)/),
    non_2xx: n(/Non-2xx or 3xx responses: (\d+)/),
    socket_errors: (out.match(/Socket errors: (.*)/) || [])[1] || null,
  };
}

export async function peersTest({ dist, seconds = 10 }) {
  execFileSync('bash', ['scripts/nginx/setup.sh'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TINTUC_DIST: dist } });
  const bin = (name) => path.join(ROOT, 'target/server', name);
  const children = [];
  try {
    children.push(await start(bin('demo-backend'), ['--port', `${BACKEND}`], `http://127.0.0.1:${BACKEND}/api/categories`));
    const copies = [];
    for (const port of UPSTREAMS) {
      const args = ['--dist', dist, '--config', 'tests/e2e/config.nginx.json', '--port', `${port}`, '--site-url', NGINX, '--backend', `http://127.0.0.1:${BACKEND}`];
      copies.push(await start(bin('tintuc-server'), args, `http://127.0.0.1:${port}/config.json`));
    }
    children.push(...copies);
    // Copies of an earlier run (the nginx tests', this bench's last) died
    // on these ports moments ago: nginx still holds kept-alive connections
    // to them and marks a copy down for 5 s after one fails. A reload
    // starts workers without either (the old ones finish their requests):
    // the run starts from a steady state, both copies live.
    execFileSync('nginx', ['-s', 'reload']);
    await new Promise((r) => setTimeout(r, 6000));
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tintuc-peers-'));
    const script = path.join(tmp, 'search.lua');
    // Each answer other than 200, by status (wrk counts them, not which).
    const bad = path.join(tmp, 'statuses.txt');
    fs.writeFileSync(
      script,
      `local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
function init() n = 0 end
request = function() n = n + 1; return wrk.format("GET", "/tim-kiem?q=peer${Date.now()}x" .. id .. "x" .. n) end
response = function(status) if status ~= 200 then local f = io.open("${bad}", "a"); f:write(status .. "\\n"); f:close() end end
`,
    );
    const wrk = spawn('wrk', [`-t${WRK_THREADS}`, '-c16', `-d${seconds}s`, '-s', script, `${NGINX}/`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    wrk.stdout.on('data', (d) => (out += d));
    const done = new Promise((r) => wrk.on('exit', r));
    // Half way: one copy dies (SIGKILL: no goodbye to its connections).
    const kill = setTimeout(() => copies[0].kill('SIGKILL'), (seconds * 1000) / 2);
    await done;
    clearTimeout(kill);
    const statuses = {};
    for (const st of fs.existsSync(bad) ? fs.readFileSync(bad, 'utf8').split('\n').filter(Boolean) : []) statuses[st] = (statuses[st] || 0) + 1;
    const r = { ...totals(out), seconds, statuses };
    log(`two copies, one killed at ${seconds / 2} s: ${r.requests} requests, ${r.non_2xx} non-2xx ${JSON.stringify(statuses)}, socket errors ${r.socket_errors || 'none'}`);
    return r;
  } finally {
    for (const c of children) c.kill('SIGKILL');
  }
}

export function peersMarkdown(r) {
  return `Two copies of the server behind nginx's recipe, one killed (SIGKILL) at ${r.seconds / 2} s of a ${r.seconds} s run of pages nginx had not kept (wrk -t${WRK_THREADS} -c16, each request its own search): ${r.requests} requests (${r.rps.toFixed(0)} req/s), **${r.non_2xx} answered other than 2xx** ${JSON.stringify(r.statuses)}, socket errors: ${r.socket_errors || 'none'}.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
  console.log(peersMarkdown(await peersTest({ dist: path.resolve(opt('--dist', 'target/dist-e2e')), seconds: Number(opt('--seconds', '10')) })));
}

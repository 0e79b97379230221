import { benchBrowser } from './browser.ts';

const r = await benchBrowser({
  contacts: Number(process.argv[2] ?? 1000),
  events: Number(process.argv[3] ?? 10000),
  port: 27400,
  navigations: Number(process.argv[4] ?? 20),
});
console.log(JSON.stringify({ ...r, progressSamples: r.progressSamples.length }, null, 1));
process.exit(0);

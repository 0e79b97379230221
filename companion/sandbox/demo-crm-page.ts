/**
 * The demo CRM's static parts: one HTML shell for every route (the script renders the view from the URL, so a deep
 * link and an in-app navigation give the same page), and a small stylesheet. No inline script or style: the CSP is
 * `default-src 'self'`.
 */

export function demoCrmShell(basePath: string): string {
  return `<!doctype html>
<html lang="en" data-base="${basePath}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Contacts · Pipeline CRM (demo)</title>
<link rel="icon" href="${basePath}/favicon.svg">
<link rel="stylesheet" href="${basePath}/app.css">
<script type="module" src="${basePath}/app.js"></script>
</head>
<body>
<header class="topbar">
<a class="brand" href="${basePath}/" data-nav>Pipeline CRM</a>
<nav class="topnav"><a href="${basePath}/" data-nav>Contacts</a><span>Deals</span><span>Reports</span></nav>
<span class="demo-tag">QBM Copilot sandbox · demo data</span>
</header>
<div id="app" aria-live="polite"><p class="loading">Loading…</p></div>
</body>
</html>
`;
}

/** A plain square logo, so browsers do not ask the companion's root for /favicon.ico. */
export const DEMO_CRM_FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#17324d"/><path d="M4 11V5h4a2 2 0 0 1 0 4H4" stroke="#fff" stroke-width="1.6" fill="none"/></svg>';

export const DEMO_CRM_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#f4f6f8}
a{color:#1d5fbf;text-decoration:none}a:hover{text-decoration:underline}
.topbar{display:flex;align-items:center;gap:24px;padding:0 24px;height:52px;background:#17324d;color:#fff}
.topbar a,.topbar span{color:#dbe6f2}.brand{font-weight:700;color:#fff!important;font-size:16px}
.topnav{display:flex;gap:16px}.demo-tag{margin-left:auto;font-size:12px;opacity:.8}
#app{max-width:1180px;margin:0 auto;padding:24px}
.loading{color:#616e7c}
h1{margin:4px 0;font-size:24px}h2{margin:0 0 12px;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#616e7c}
.crumbs{margin:0;color:#616e7c;font-size:12px}.subtitle{margin:0;color:#3e4c59}
.record-header{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:20px}
.pager{display:flex;gap:12px;font-size:13px}
.record-body{display:grid;grid-template-columns:1fr 1fr 300px;gap:16px;align-items:start}
.card,.activity{background:#fff;border:1px solid #d9e2ec;border-radius:6px;padding:16px}
.phones{list-style:none;margin:0 0 12px;padding:0}.phones li{padding:4px 0}
.label{display:inline-block;min-width:56px;color:#616e7c;font-size:12px}
dl{display:grid;grid-template-columns:130px 1fr;gap:8px 12px;margin:0}
dt{color:#616e7c}dd{margin:0}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;background:#e4ebf5;font-size:12px}
.stage-Won{background:#d8f3dc}.stage-Lost{background:#f8d7da}.stage-Negotiation{background:#fff3c4}
.activity ol{list-style:none;margin:0;padding:0}.activity li{padding:8px 0;border-top:1px solid #eef2f6;font-size:13px}
.activity time{display:block;color:#9aa5b1;font-size:11px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d9e2ec}
th,td{text-align:left;padding:8px 12px;border-bottom:1px solid #eef2f6}th{font-size:12px;color:#616e7c;background:#f9fbfc}
.empty{color:#9aa5b1}
@media (max-width:900px){.record-body{grid-template-columns:1fr}}
`;

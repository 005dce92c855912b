/**
 * @module web-style
 * The web app's one stylesheet, served at /assets/style.css: system fonts, light and dark, visible
 * keyboard focus, AA contrast, tables that scroll on a phone, columns that stack below 48rem.
 */

export const WEB_STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4f57; --line: #c4cad3;
  --accent: #0b5cad; --panel: #f4f6f9; --current: #ffd84d;
  --danger: #a4160c; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16181c; --fg: #eceef1; --muted: #b4bac4; --line: #4a505a; --accent: #8cc4ff; --panel: #1f2329;
    --current: #ffd84d; --danger: #ff9b91; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.site-header { border-bottom: 1px solid var(--line); background: var(--panel); }
.site-header nav { max-width: 72rem; margin: 0 auto; padding: 0.6rem 1rem; display: flex; flex-wrap: wrap;
  gap: 0.5rem 1.2rem; align-items: center; }
.site-header .brand { font-weight: 700; font-size: 1.1rem; text-decoration: none; color: var(--fg); }
.site-header form { margin-left: auto; display: flex; gap: 0.4rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.5em; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; margin-top: 0.4em; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2em; }
h3 { font-size: 1.1rem; }
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -100vw; top: 0; background: var(--bg); padding: 0.5rem; }
.skip:focus { left: 0.5rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted, .meta, .reason, .outlet { color: var(--muted); }
.notice { border: 1px solid var(--line); border-left: 4px solid var(--accent); background: var(--panel);
  padding: 0.6rem 0.9rem; margin: 1rem 0; }
.notice.error { border-left-color: var(--danger); }
/* relative: the screen-reader-only text in cells is positioned inside the scroller, not the page. */
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; position: relative; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; color: var(--muted); padding: 0.3rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 0 0.45em; border-radius: 0.3em; font-size: 0.8rem; font-weight: 600;
  vertical-align: middle; background: #e8ebef; color: #2f343b; white-space: nowrap; }
.verdict-conflicting { background: #fde2e1; color: #8a1109; }
.verdict-updated { background: #fff0d1; color: #613b00; }
.verdict-retracted { background: #ece6f6; color: #4b2b86; }
.verdict-corroborated { background: #dcf2e3; color: #135a2c; }
.verdict-single-source { background: #e8ebef; color: #2f343b; }
.story-nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; }
.fact { border-left: 4px solid var(--line); padding: 0.1rem 0 0.1rem 0.9rem; margin: 1rem 0; }
.fact[data-verdict="conflicting"] { border-left-color: #c4281c; }
.fact[data-verdict="updated"] { border-left-color: #b26b00; }
.fact[data-verdict="retracted"] { border-left-color: #6b46b0; }
.fact[data-verdict="corroborated"] { border-left-color: #1f7a3d; }
.fact h4 { margin: 0.4em 0 0.2em; font-size: 1.05rem; }
.claims, .quote-list, .timeline-list, .article-list { padding-left: 1.2rem; }
.claim { margin: 0.45rem 0; }
.claim .sentence { display: block; color: var(--muted); font-size: 0.92rem; overflow-wrap: anywhere; }
.quote { margin: 0.9rem 0; }
.quote blockquote { margin: 0; padding-left: 0.8rem; border-left: 3px solid var(--line); font-style: italic;
  overflow-wrap: anywhere; }
.chart { width: 100%; max-width: 48rem; height: auto; display: block; }
.chart text { fill: var(--fg); font-size: 11px; }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .event { fill: var(--accent); }
.chart .published { fill: #b26b00; }
.chart a:focus-visible circle, .chart a:focus-visible rect { stroke: var(--fg); stroke-width: 3; }
.legend { display: flex; gap: 1.2rem; flex-wrap: wrap; font-size: 0.9rem; color: var(--muted); }
.legend .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; margin-right: 0.3rem; vertical-align: -0.1rem; }
.swatch.event { background: var(--accent); border-radius: 50%; }
.swatch.published { background: #b26b00; }
.source-text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; line-height: 1.7;
  max-width: 46rem; }
mark { background: transparent; color: inherit; border-bottom: 2px dotted var(--muted); }
mark[title] { cursor: help; }
mark.current, mark:target { background: var(--current); color: #1b1b1f; border-bottom: 0; outline: 2px solid #8a5a00;
  outline-offset: 1px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.columns > * { min-width: 0; }
@media (max-width: 48rem) {
  .columns { grid-template-columns: 1fr; }
  h1 { font-size: 1.4rem; }
  th, td { padding: 0.35rem 0.4rem; }
  .site-header form { margin-left: 0; width: 100%; }
  .site-header form input[type="search"] { flex: 1; }
}
form.stacked { display: grid; gap: 0.8rem; max-width: 46rem; }
form.stacked + form.stacked { margin-top: 2rem; }
fieldset { border: 1px solid var(--line); padding: 0.8rem 1rem; margin: 0 0 1rem; }
legend { font-weight: 600; padding: 0 0.3rem; }
label { display: block; font-weight: 600; margin-bottom: 0.2rem; }
.hint { display: block; font-weight: 400; color: var(--muted); font-size: 0.9rem; }
input, textarea, select, button { font: inherit; color: inherit; }
input[type="text"], input[type="url"], input[type="date"], input[type="search"], input[type="password"], textarea, select {
  width: 100%; padding: 0.45rem 0.55rem; border: 1px solid var(--muted); border-radius: 0.3rem; background: var(--bg); }
.site-header input[type="search"] { width: auto; min-width: 0; }
textarea { min-height: 10rem; resize: vertical; }
.field-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.8rem; }
.field-row > * { min-width: 0; }
button { padding: 0.5rem 1rem; border: 1px solid var(--accent); border-radius: 0.3rem; background: var(--accent);
  color: #ffffff; cursor: pointer; font-weight: 600; }
@media (prefers-color-scheme: dark) { button { color: #16181c; } }
button.danger { background: transparent; color: var(--danger); border-color: var(--danger); }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
dl.facts-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
dl.facts-meta dt { font-weight: 600; }
dl.facts-meta dd { margin: 0; overflow-wrap: anywhere; }
`;

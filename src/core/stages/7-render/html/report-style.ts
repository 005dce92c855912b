/**
 * @module report-style
 * The report's stylesheet: system fonts only, light and dark, `:target` highlighting that works without script.
 */

export const REPORT_STYLE = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #4a4f57; --line: #c4cad3;
  --accent: #0b5cad; --panel: #f4f6f9; --mark: #ffe27a; --mark-sentence: #fff3bf; --mark-fg: #1b1b1f; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16181c; --fg: #eceef1; --muted: #b4bac4; --line: #4a505a; --accent: #8cc4ff; --panel: #1f2329;
    --mark-sentence: #4d4220; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 64rem; padding: 1rem; background: var(--bg); color: var(--fg);
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.75rem; margin-top: 0.5em; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -100vw; }
.skip:focus { position: static; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.coverage-line, .reason, .article-meta, .details, .outlet, .origins { color: var(--muted); }
.story-nav ul, .toc ol { padding-left: 1.2rem; }
.story-nav li { display: inline-block; margin-right: 1rem; }
.badge { display: inline-block; padding: 0 0.45em; border-radius: 0.3em; font-size: 0.8rem; font-weight: 600;
  vertical-align: middle; background: #e8ebef; color: #2f343b; }
.verdict-conflicting { background: #fde2e1; color: #8a1109; }
.verdict-updated { background: #fff0d1; color: #613b00; }
.verdict-retracted { background: #ece6f6; color: #4b2b86; }
.verdict-corroborated { background: #dcf2e3; color: #135a2c; }
.fact { border-left: 4px solid var(--line); padding: 0.1rem 0 0.1rem 0.9rem; margin: 1rem 0; }
.fact[data-verdict="conflicting"] { border-left-color: #c4281c; }
.fact h3, .fact h4, .fact h5 { margin-top: 0.4em; }
.claims, .quote-list, .timeline-list, ul.removed { padding-left: 1.2rem; }
.claim { margin: 0.35rem 0; }
.claim .sentence { display: block; color: var(--muted); font-size: 0.9rem; }
.modality { font-style: italic; }
.quote { margin: 0.8rem 0; }
.quote blockquote { margin: 0; padding-left: 0.8rem; border-left: 3px solid var(--line); font-style: italic; }
.quote .attribution { margin: 0.2rem 0; }
.timeline-chart { display: block; width: 100%; height: auto; max-height: 9rem; }
.tl-axis { stroke: var(--line); stroke-width: 2; }
.tl-dot { fill: var(--accent); fill-opacity: 0.85; }
a:focus-visible .tl-dot, a:hover .tl-dot { stroke: var(--fg); stroke-width: 3; }
.timeline-chart text { fill: var(--muted); font-size: 12px; }
.timeline-list time { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: 0.4rem; }
.table-scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0.5rem 0; }
caption { text-align: left; color: var(--muted); padding-bottom: 0.3rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.heat td { text-align: center; min-width: 3.5rem; font-variant-numeric: tabular-nums; }
.heat-1 { background: #e3eefa; color: #10243a; }
.heat-2 { background: #bcd6f2; color: #10243a; }
.heat-3 { background: #7fb0e3; color: #0b1a2b; }
.heat-4 { background: #1f5f9e; color: #ffffff; }
details { margin: 0.4rem 0; }
summary { cursor: pointer; }
.removed .reason { display: inline-block; font-size: 0.8rem; padding: 0 0.4em; border: 1px solid var(--line);
  border-radius: 0.3em; margin-right: 0.4rem; }
.sources-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
.sources-bar h2, .sources-bar h3 { margin-right: auto; }
.sources-bar label { display: flex; align-items: center; gap: 0.4rem; flex: 1 1 16rem; min-width: 0; max-width: 30rem; }
.sources-bar select { flex: 1; min-width: 0; }
.js .sources.is-open .sources-bar h2, .js .sources.is-open .sources-bar h3 { font-size: 1.15rem; flex-basis: 100%; }
.article-meta code { overflow-wrap: anywhere; }
.sources-columns { display: grid; gap: 1.5rem; }
.source-article { background: var(--panel); padding: 0 1rem 0.5rem; border-radius: 0.4rem; }
.source-article header h3, .source-article header h4 { margin-top: 0.8em; }
.article-title { font-weight: 600; }
.article-text p { white-space: pre-line; }
.cite { border-bottom: 1px dotted var(--muted); }
.sent:target, .sent.is-highlighted, .sent:has(.cite:target) { background: var(--mark-sentence); }
.cite:target, .cite.is-highlighted { background: var(--mark); color: var(--mark-fg); box-shadow: 0 0 0 2px var(--mark); }
button, select { font: inherit; padding: 0.25rem 0.6rem; }
@media (min-width: 52rem) { .sources-columns { grid-template-columns: 1fr 1fr; } }
html:not(.js) .js-only { display: none; }
.js .sources:not(.is-open) .sources-columns, .js .sources:not(.is-open) label,
.js .sources:not(.is-open) .sources-close, .js .sources.is-open .sources-open { display: none; }
.js .sources.is-open { position: fixed; inset: 0; z-index: 10; display: flex; flex-direction: column;
  padding: 0.5rem 1rem; background: var(--bg); }
.js .sources.is-open .sources-bar h2, .js .sources.is-open .sources-bar h3 { margin: 0.2rem 0; }
.js .sources.is-open .sources-columns { flex: 1; min-height: 0; overflow: auto; }
.js .sources.is-open .source-article { display: none; }
.js .sources.is-open .source-article.is-left, .js .sources.is-open .source-article.is-right { display: block; }
.js .source-article.is-right { order: 1; }
.js.has-open-panel body { overflow: hidden; }
@media (min-width: 52rem) {
  .js .sources.is-open .sources-columns { overflow: hidden; grid-template-rows: 100%; }
  .js .sources.is-open .source-article { overflow: auto; }
}
@media print { .js-only, .skip { display: none !important; } .js .sources .sources-columns { display: grid !important; } }
`;

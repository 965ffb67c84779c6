/** The sidebar's styles, inside its shadow root: the helpdesk's CSS can't reach in, ours can't leak out. */
export const SIDEBAR_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  --bg: #ffffff; --fg: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #0f766e; --accent-fg: #ffffff;
  --chip: #f0f4f8; --warn: #b45309; --warn-bg: #fff7ed; --mark: #fde68a; --done: #15803d; --focus: #2563eb;
  --bad: #b91c1c; --good: #15803d; --mid: #6b7280;
  position: fixed; top: 0; right: 0; bottom: 0; width: var(--width, 340px); z-index: 2147483646;
  display: flex; flex-direction: column; background: var(--bg); color: var(--fg);
  border-left: 1px solid var(--line); box-shadow: -2px 0 8px rgba(0,0,0,.08);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif;
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #111827; --fg: #e5e7eb; --muted: #9ca3af; --line: #374151; --accent: #2dd4bf; --accent-fg: #042f2e;
    --chip: #1f2937; --warn: #fdba74; --warn-bg: #2a1a0e; --mark: #854d0e; --done: #4ade80; --focus: #93c5fd;
    --bad: #f87171; --good: #4ade80; --mid: #9ca3af; }
}
@media (prefers-reduced-motion: no-preference) { .panel { transition: width .15s ease; } }
.panel.collapsed { width: 40px; }
.resize { position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: ew-resize; }
.resize:focus-visible { outline: 2px solid var(--focus); }
header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; border-bottom: 1px solid var(--line); }
header h2 { font-size: 14px; margin: 0; flex: 1; }
.ticket { padding: 6px 12px; border-bottom: 1px solid var(--line); }
.body { overflow-y: auto; flex: 1; padding: 2px 12px 16px; }
section { margin-top: 12px; }
.section-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
section h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0 0 6px; }
ul, ol { list-style: none; margin: 0; padding: 0; }
.signal { padding: 5px 8px; border-radius: 6px; background: var(--chip); margin-bottom: 4px; }
.signal.thread { opacity: .8; }
.signal-name { border: 0; background: none; padding: 0; font: inherit; font-weight: 600; color: inherit; cursor: pointer; margin-right: 6px; }
.signal .words { font-size: 12px; margin-top: 2px; }
mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 2px; }
.mood .mood-axis { stroke: var(--line); }
.mood .mood-line { fill: none; stroke: var(--muted); stroke-width: 1; }
.mood-bad { fill: var(--bad); } .mood-good { fill: var(--good); } .mood-mid { fill: var(--mid); }
.steps li { display: flex; gap: 6px; align-items: baseline; padding: 1px 0; }
.steps li.next { font-weight: 600; }
.steps li.done { color: var(--muted); }
.steps .tick { width: 14px; color: var(--done); }
.steps li.next .tick { color: var(--accent); }
.prompt { margin: 6px 0 0; padding: 6px 8px; border-left: 3px solid var(--accent); background: var(--chip); }
.suggestion { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; margin-bottom: 6px; }
.suggestion p { margin: 2px 0 6px; white-space: pre-wrap; }
.key { display: inline-block; min-width: 16px; text-align: center; border: 1px solid var(--line); border-radius: 3px; font-size: 10px; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
button { font: inherit; font-size: 12px; border-radius: 5px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); padding: 3px 8px; cursor: pointer; }
button:disabled { opacity: .5; cursor: default; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
button.icon { padding: 2px 8px; }
button.link { border: 0; background: none; padding: 0; color: var(--accent); text-decoration: underline; font-size: 11px; }
button:focus-visible, summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.warning { background: var(--warn-bg); border-left: 3px solid var(--warn); padding: 6px 8px; margin-bottom: 6px; border-radius: 4px; }
.warning .actions { margin-top: 4px; }
.status { color: var(--muted); padding: 8px 0; margin: 0; }
.status.ready { color: var(--done); }
.why { font-size: 11px; color: var(--muted); margin-top: 2px; }
.why summary { cursor: pointer; width: max-content; }
.why .link { margin-top: 2px; }
.kind { font-size: 11px; color: var(--muted); }
`;

/** Styles of <sbk-answer>: scoped to its shadow root, themeable with --sbk-* custom properties. */
import { css } from 'lit'

export const styles = css`
  :host {
    --_primary: var(--sbk-color-primary, #0b5cad);
    --_text: var(--sbk-color-text, #1f2933);
    --_muted: var(--sbk-color-muted, #52606d);
    --_bg: var(--sbk-color-background, #ffffff);
    --_surface: var(--sbk-color-surface, #f5f8fc);
    --_border: var(--sbk-color-border, #c9d3df);
    --_mark: var(--sbk-color-mark, #fff1b8);
    --_error: var(--sbk-color-error, #b42318);
    --_radius: var(--sbk-radius, 8px);
    --_space: var(--sbk-spacing, 12px);
    --_font: var(--sbk-font-family, system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    --_size: var(--sbk-font-size, 16px);
    display: block;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.7;
    color: var(--_text);
    max-width: 100%;
    min-width: 0;
  }
  * { box-sizing: border-box; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; margin: -1px; padding: 0; border: 0;
  }
  .combobox { position: relative; }
  .bar { display: flex; gap: 8px; }
  input {
    flex: 1; min-width: 0; min-height: 48px; padding: 10px 14px;
    font: inherit; color: var(--_text); background: var(--_bg);
    border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  input:focus-visible, button:focus-visible, summary:focus-visible, a:focus-visible {
    outline: 3px solid var(--_primary); outline-offset: 2px;
  }
  button {
    min-height: 48px; min-width: 48px; padding: 0 18px; font: inherit; cursor: pointer;
    border-radius: var(--_radius); border: 1px solid var(--_primary);
    background: var(--_primary); color: #fff;
  }
  button.secondary { background: var(--_bg); color: var(--_primary); }
  [role='listbox'] {
    position: absolute; z-index: 10; left: 0; right: 0; top: calc(100% + 4px);
    margin: 0; padding: 4px 0; list-style: none; background: var(--_bg);
    border: 1px solid var(--_border); border-radius: var(--_radius);
    box-shadow: 0 8px 24px rgb(15 23 42 / 12%); max-height: 60vh; overflow: auto;
  }
  [role='option'] { padding: 10px 14px; cursor: pointer; min-height: 44px; }
  [role='option'][aria-selected='true'], [role='option']:hover { background: var(--_surface); color: var(--_primary); }
  .panel { margin-top: var(--_space); }
  .card {
    background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5); margin-top: var(--_space);
  }
  .answer { border-left: 4px solid var(--_primary); }
  h2, h3 { margin: 0 0 8px; line-height: 1.4; }
  h2 { font-size: 1.15em; }
  h3 { font-size: 1em; color: var(--_muted); font-weight: 600; }
  .heading { color: var(--_muted); font-size: 0.9em; margin: 0 0 8px; }
  p { margin: 0 0 8px; }
  a { color: var(--_primary); }
  .meta { display: flex; flex-wrap: wrap; gap: 12px; font-size: 0.875em; color: var(--_muted); }
  ul.plain { list-style: none; margin: 0; padding: 0; }
  .citation { border-top: 1px solid var(--_border); padding: 8px 0; }
  .citation:first-child { border-top: 0; }
  details summary { cursor: pointer; color: var(--_primary); min-height: 32px; }
  .article-text { background: var(--_surface); padding: 10px 12px; border-radius: calc(var(--_radius) / 2); margin-top: 6px; white-space: pre-line; }
  .result { padding: 10px 0; border-top: 1px solid var(--_border); }
  .result:first-child { border-top: 0; }
  .result a { font-weight: 600; text-decoration: none; }
  .snippet { color: var(--_muted); font-size: 0.925em; margin: 4px 0 0; }
  mark { background: var(--_mark); color: inherit; padding: 0 1px; border-radius: 2px; }
  .related button { margin: 4px 8px 4px 0; min-height: 40px; font-size: 0.925em; background: var(--_surface); color: var(--_primary); border-color: var(--_border); text-align: left; }
  .status { color: var(--_muted); }
  .error { color: var(--_error); }
  .spinner {
    display: inline-block; width: 1em; height: 1em; margin-right: 8px; vertical-align: -0.15em;
    border: 2px solid var(--_border); border-top-color: var(--_primary); border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
  @media (max-width: 480px) {
    .bar button.search { padding: 0 12px; }
    .card { padding: var(--_space); }
  }
`

/**
 * Styles of <sbk-answer>: they stay in its shadow root (adopted stylesheets, so a page's strict CSP
 * does not block them) and are themed through the --sbk-* custom properties documented on the
 * component. Private --_* variables hold each property with its default, in one place.
 */
import { css } from 'lit'

export const styles = css`
  :host {
    --_primary: var(--sbk-color-primary, #0b5cad);
    --_on-primary: var(--sbk-color-primary-contrast, #ffffff);
    --_text: var(--sbk-color-text, #1f2933);
    --_muted: var(--sbk-color-muted, #52606d);
    --_bg: var(--sbk-color-background, #ffffff);
    --_surface: var(--sbk-color-surface, #f3f7fc);
    --_border: var(--sbk-color-border, #d3dce6);
    --_mark: var(--sbk-color-mark, #fff0b3);
    --_error: var(--sbk-color-error, #b42318);
    --_radius: var(--sbk-radius, 8px);
    --_space: var(--sbk-spacing, 16px);
    --_font: var(
      --sbk-font-family,
      -apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans SC',
      'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Segoe UI', Roboto, sans-serif
    );
    --_size: var(--sbk-font-size, 16px);
    display: block;
    min-width: 0;
    max-width: 100%;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.75;
    color: var(--_text);
    text-align: start;
    -webkit-text-size-adjust: 100%;
    overflow-wrap: anywhere;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: border-box; }
  [hidden] { display: none !important; }
  p { margin: 0 0 0.6em; }
  p:last-child { margin-bottom: 0; }
  h2, h3 { margin: 0; font-weight: 600; line-height: 1.45; }
  a { color: var(--_primary); text-underline-offset: 3px; }
  .icon { width: 1.1em; height: 1.1em; flex: none; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0;
  }
  :focus-visible { outline: 3px solid var(--_primary); outline-offset: 2px; }
  .panel:focus { outline: none; }
  button { font: inherit; cursor: pointer; -webkit-tap-highlight-color: transparent; }

  /* ---- search row ---- */
  .combobox { position: relative; }
  .bar { display: flex; gap: 8px; }
  .field { position: relative; flex: 1; min-width: 0; display: flex; align-items: center; }
  .field-icon { position: absolute; left: 14px; display: flex; color: var(--_muted); pointer-events: none; }
  input {
    flex: 1; min-width: 0; width: 100%; min-height: 50px; margin: 0; padding: 10px 48px 10px 44px;
    font: inherit; font-size: max(16px, 1em); /* 16px or more: iOS does not zoom into the field */
    color: var(--_text); background: var(--_bg);
    border: 1px solid var(--_border); border-radius: var(--_radius);
    box-shadow: inset 0 1px 2px rgb(16 42 67 / 6%);
    -webkit-appearance: none; appearance: none;
    transition: border-color 0.15s, box-shadow 0.15s;
  }
  input::placeholder { color: var(--_muted); opacity: 0.85; }
  input::-webkit-search-cancel-button, input::-webkit-search-decoration { -webkit-appearance: none; appearance: none; }
  input:hover { border-color: var(--_muted); }
  /* transparent outline: invisible normally, drawn in Windows high-contrast mode where shadows are not */
  input:focus { outline: 2px solid transparent; border-color: var(--_primary); box-shadow: 0 0 0 3px rgb(11 92 173 / 30%); box-shadow: 0 0 0 3px color-mix(in srgb, var(--_primary) 30%, transparent); }
  .clear {
    position: absolute; right: 2px; width: 46px; height: 46px; display: grid; place-items: center;
    border: 0; border-radius: var(--_radius); background: transparent; color: var(--_muted); padding: 0;
  }
  .clear:hover { color: var(--_text); }
  .submit {
    flex: none; min-height: 50px; min-width: 64px; padding: 0 22px; font-weight: 600; letter-spacing: 0.08em;
    color: var(--_on-primary); background: var(--_primary); border: 1px solid var(--_primary); border-radius: var(--_radius);
  }
  .submit:hover { filter: brightness(1.08); }
  .submit:active { filter: brightness(0.95); }

  /* ---- suggestions ---- */
  [role='listbox'] {
    position: absolute; z-index: 10; left: 0; right: 0; top: calc(100% + 6px);
    margin: 0; padding: 6px 0; list-style: none; background: var(--_bg);
    border: 1px solid var(--_border); border-radius: var(--_radius);
    box-shadow: 0 12px 32px rgb(16 42 67 / 14%), 0 2px 6px rgb(16 42 67 / 8%);
    max-height: min(60vh, 420px); overflow: auto; overscroll-behavior: contain;
  }
  [role='option'] {
    display: flex; align-items: center; gap: 12px; min-height: 46px; padding: 8px 16px;
    cursor: pointer; border-left: 3px solid transparent; line-height: 1.5;
  }
  [role='option'] .option-text { flex: 1; min-width: 0; }
  [role='option'] mark { background: transparent; color: var(--_primary); font-weight: 600; padding: 0; }
  [role='option']:hover { background: var(--_surface); }
  [role='option'][aria-selected='true'] { background: var(--_surface); border-left-color: var(--_primary); color: var(--_primary); }
  .tag {
    flex: none; font-size: 0.75em; line-height: 1; padding: 4px 8px; border-radius: 999px;
    color: var(--_muted); background: var(--_surface); border: 1px solid var(--_border);
  }

  /* ---- results panel ---- */
  .panel { display: grid; gap: 12px; margin-top: 12px; }
  .panel:empty { display: none; }
  .card {
    min-width: 0; background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
  }
  .card-title {
    font-size: 0.9375em; color: var(--_text); margin-bottom: 8px; padding-left: 10px;
    border-left: 3px solid var(--_primary); line-height: 1.2;
  }
  .muted { color: var(--_muted); font-size: 0.875em; }
  ul.plain { list-style: none; margin: 0; padding: 0; }

  .status { color: var(--_muted); }
  .status-title { font-size: 1.0625em; color: var(--_text); margin-bottom: 6px; }
  .loading { display: flex; align-items: center; gap: 10px; animation: appear 0.2s 0.15s both; }
  .error { border-color: var(--_error); border-color: color-mix(in srgb, var(--_error) 45%, var(--_border)); color: var(--_error); display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; }
  .error p { margin: 0; }
  .spinner {
    width: 18px; height: 18px; flex: none; border-radius: 50%;
    border: 2px solid var(--_border); border-top-color: var(--_primary); animation: spin 0.8s linear infinite;
  }
  @keyframes spin { to { transform: rotate(360deg); } }
  @keyframes appear { from { opacity: 0; } }

  button.secondary {
    min-height: 44px; padding: 0 20px; border-radius: var(--_radius);
    color: var(--_primary); background: var(--_bg); border: 1px solid var(--_primary); font-weight: 600;
  }
  button.secondary:hover { background: var(--_surface); }

  /* the answer */
  .answer { border-top: 4px solid var(--_primary); padding-top: calc(var(--_space) * 1.25); }
  .eyebrow {
    display: inline-block; margin: 0 0 8px; padding: 2px 10px; border-radius: 999px; font-size: 0.8125em; font-weight: 600;
    color: var(--_primary); background: var(--_surface); background: color-mix(in srgb, var(--_primary) 9%, var(--_bg)); letter-spacing: 0.05em;
  }
  .answer-title { font-size: 1.25em; color: var(--_text); }
  .answer-heading { margin: 4px 0 0; color: var(--_muted); font-size: 0.9375em; }
  .answer-text { margin-top: 12px; line-height: 1.85; }
  .answer-text .section { padding: 10px 0 10px 14px; border-left: 3px solid var(--_border); }
  .answer-text .section + .section { margin-top: 4px; }
  .answer-text .section.current { border-left-color: var(--_primary); background: linear-gradient(90deg, var(--_surface), transparent); }
  .section-heading { font-size: 1em; margin-bottom: 4px; }
  .notice {
    margin: 12px 0 0; padding: 8px 12px; font-size: 0.875em; color: var(--_muted);
    background: var(--_surface); border-radius: calc(var(--_radius) / 2);
  }
  .answer-meta {
    display: flex; flex-wrap: wrap; align-items: center; gap: 4px 20px; margin-top: 14px; padding-top: 12px;
    border-top: 1px dashed var(--_border);
  }
  .link-button, .source {
    display: inline-flex; align-items: center; gap: 4px; min-height: 44px; padding: 0; border: 0; background: none;
    color: var(--_primary); font-size: 0.9375em; text-decoration: none; font-weight: 500;
  }
  .link-button:hover, .source:hover { text-decoration: underline; }
  .source .icon { width: 0.95em; height: 0.95em; }

  /* disclosures: citations and results */
  .disclosure {
    display: flex; align-items: flex-start; gap: 6px; width: 100%; min-height: 44px; padding: 10px 0; margin: 0;
    text-align: start; color: var(--_primary); background: none; border: 0; line-height: 1.55;
  }
  .disclosure:hover { text-decoration: underline; text-underline-offset: 3px; }
  .chevron { display: flex; padding-top: 0.2em; transition: transform 0.15s; }
  .disclosure[aria-expanded='true'] .chevron { transform: rotate(90deg); }
  .citation + .citation, .result + .result { border-top: 1px solid var(--_border); }
  .citation-name { font-weight: 500; }
  .citation-text {
    margin: 0 0 12px; padding: 12px 14px; line-height: 1.85; background: var(--_surface);
    border-left: 3px solid var(--_primary); border-radius: 0 calc(var(--_radius) / 2) calc(var(--_radius) / 2) 0;
  }
  .citation-text p { text-indent: 2em; }
  .citation-text .source { min-height: 32px; margin-top: 4px; }
  .result-title { font-weight: 600; padding-bottom: 4px; }
  .result-heading { font-weight: 400; color: var(--_muted); font-size: 0.875em; }
  .result-body { padding: 0 0 12px 22px; font-size: 0.9375em; }
  .snippet { color: var(--_muted); }
  mark { background: var(--_mark); color: inherit; padding: 0 1px; border-radius: 2px; }

  /* related questions */
  .chips { display: flex; flex-wrap: wrap; gap: 8px; padding-top: 4px; }
  .chip {
    min-height: 44px; padding: 8px 16px; text-align: start; line-height: 1.4; font-size: 0.9375em;
    color: var(--_primary); background: var(--_bg); border: 1px solid var(--_border); border-radius: 999px;
  }
  .chip:hover { border-color: var(--_primary); background: var(--_surface); }

  @media (max-width: 480px) {
    .card { padding: var(--_space); }
    .submit { padding: 0 16px; letter-spacing: 0.02em; }
    .answer-title { font-size: 1.1875em; }
    .result-body { padding-left: 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner { animation-duration: 2.4s; }
    .loading, .chevron, input { animation: none; transition: none; }
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] { outline: 2px solid Highlight; }
    .submit, .chip, .card { border: 1px solid CanvasText; }
  }
`

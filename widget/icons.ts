/** Inline SVG icons (decorative: aria-hidden), drawn with currentColor so they follow the theme. */
import { html, svg, type SVGTemplateResult } from 'lit'

const icon = (shapes: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${shapes}</svg>`

export const searchIcon = icon(svg`<circle cx="11" cy="11" r="7"></circle><path d="m20 20-3.5-3.5"></path>`)
export const clearIcon = icon(svg`<path d="M18 6 6 18M6 6l12 12"></path>`)
export const chevronIcon = icon(svg`<path d="m9 6 6 6-6 6"></path>`)
export const externalIcon = icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"></path>`)

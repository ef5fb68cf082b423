import { LitElement, html, nothing, type PropertyValues } from 'lit'
import { customElement, property, state } from 'lit/decorators.js'
import { createClient, type AnswerResponse, type Client, type SuggestResponse } from './api.ts'
import { highlightPieces } from './highlight.ts'
import { stringsFor } from './i18n.ts'
import { styles } from './sbk-answer.styles.ts'

/** The origin this module was loaded from: the default API endpoint, so embedding needs no config. */
const SCRIPT_ORIGIN = (() => {
  try {
    return new URL(import.meta.url).origin
  } catch {
    return ''
  }
})()

const SUGGEST_DELAY_MS = 150

type Status = 'idle' | 'loading' | 'answer' | 'empty' | 'error'
let instances = 0

/**
 * @summary A search box that answers citizens' questions with the best passage and the law it rests on.
 *
 * @event sbk-search - A search starts. `detail: { query }`.
 * @event sbk-answer - An answer (or none) arrived. `detail: { query, answer }` (`answer` may be null).
 * @event sbk-select - The user chose a suggestion, result or related question. `detail: { id, url }`.
 *
 * @csspart form - The search row (input and button).
 * @csspart input - The text input (role=combobox).
 * @csspart button - The search button.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart status - Loading, empty and error messages.
 * @csspart retry - The retry button of the error state.
 * @csspart answer - The answer card.
 * @csspart answer-title - The answer's title.
 * @csspart answer-text - The answer passage.
 * @csspart source - The link to the answer's source.
 * @csspart citations - The legal-basis card.
 * @csspart citation - One cited law article.
 * @csspart citation-text - The full text of a cited article.
 * @csspart results - The card of other results.
 * @csspart result - One other result.
 * @csspart mark - A highlighted matched term.
 * @csspart related - The related-questions card.
 * @csspart related-question - One related question button.
 *
 * @cssproperty --sbk-color-primary - Accent colour (links, buttons, focus). Default #0b5cad.
 * @cssproperty --sbk-color-text - Text colour. Default #1f2933.
 * @cssproperty --sbk-color-muted - Secondary text. Default #52606d.
 * @cssproperty --sbk-color-background - Card and input background. Default #fff.
 * @cssproperty --sbk-color-surface - Subtle backgrounds (article text, active option). Default #f5f8fc.
 * @cssproperty --sbk-color-border - Borders. Default #c9d3df.
 * @cssproperty --sbk-color-mark - Highlight of matched terms. Default #fff1b8.
 * @cssproperty --sbk-color-error - Error text. Default #b42318.
 * @cssproperty --sbk-font-family - Font stack (Chinese-first system fonts by default).
 * @cssproperty --sbk-font-size - Base font size. Default 16px.
 * @cssproperty --sbk-radius - Corner radius. Default 8px.
 * @cssproperty --sbk-spacing - Base spacing. Default 12px.
 */
@customElement('sbk-answer')
export class SbkAnswer extends LitElement {
  static override styles = styles

  /** Base URL of the sbk-answer API. Defaults to the origin the widget script was loaded from. */
  @property() endpoint = SCRIPT_ORIGIN
  /** Placeholder of the input; a localized default when unset. */
  @property() placeholder?: string
  /** How many other results to list under the answer (1–20). */
  @property({ type: Number }) limit = 5
  /** Restrict to Q&A passages (`qa`) or law articles (`law`). */
  @property() kind?: 'qa' | 'law'
  /** Language of the widget's own labels: Chinese by default, `en` for English. */
  @property() override lang = ''

  @state() private query = ''
  @state() private suggestions: SuggestResponse['suggestions'] = []
  @state() private open = false
  @state() private active = -1
  @state() private status: Status = 'idle'
  @state() private data?: AnswerResponse
  @state() private announcement = ''

  private readonly uid = `sbk-${++instances}`
  private client!: Client
  private composing = false
  private suggestTimer?: ReturnType<typeof setTimeout>
  private suggestAbort?: AbortController
  private answerAbort?: AbortController
  private lastSearch = ''

  private get t() {
    return stringsFor(this.lang)
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('endpoint') || !this.client) this.client = createClient(this.endpoint || SCRIPT_ORIGIN || location.origin)
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    clearTimeout(this.suggestTimer)
    this.suggestAbort?.abort()
    this.answerAbort?.abort()
  }

  /** Runs a search for `query` (as if the user typed it and pressed Enter). */
  search(query: string) {
    const q = query.trim()
    if (!q) return
    this.query = q
    this.closeSuggestions()
    this.lastSearch = q
    this.answerAbort?.abort()
    const abort = (this.answerAbort = new AbortController())
    this.status = 'loading'
    this.announcement = this.t.loading
    this.emit('sbk-search', { query: q })
    this.client
      .answer(q, abort.signal, { limit: this.limit, kind: this.kind })
      .then((data) => {
        if (abort.signal.aborted) return
        this.data = data
        this.status = data.answer ? 'answer' : 'empty'
        this.announcement = data.answer ? this.t.found(data.answer.title) : this.t.noAnswer
        this.emit('sbk-answer', { query: q, answer: data.answer })
      })
      .catch(() => {
        if (abort.signal.aborted) return
        this.status = 'error'
        this.announcement = this.t.error
      })
  }

  private emit(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  private handleInput(e: InputEvent) {
    this.query = (e.target as HTMLInputElement).value
    // Chinese is typed through an IME: nothing is sent until the composition ends.
    if (this.composing || e.isComposing) return
    this.scheduleSuggest()
  }

  private handleCompositionStart() {
    this.composing = true
    clearTimeout(this.suggestTimer)
  }

  private handleCompositionEnd(e: CompositionEvent) {
    this.composing = false
    this.query = (e.target as HTMLInputElement).value
    this.scheduleSuggest()
  }

  private scheduleSuggest() {
    clearTimeout(this.suggestTimer)
    this.suggestAbort?.abort()
    const q = this.query.trim()
    if (!q) {
      this.closeSuggestions()
      return
    }
    this.suggestTimer = setTimeout(() => {
      const abort = (this.suggestAbort = new AbortController())
      this.client
        .suggest(q, abort.signal)
        .then((r) => {
          if (abort.signal.aborted || this.query.trim() !== q) return
          this.suggestions = r.suggestions
          this.active = -1
          this.open = r.suggestions.length > 0
        })
        .catch(() => {
          // Suggestions are a convenience: a failure just shows none.
          if (!abort.signal.aborted) this.closeSuggestions()
        })
    }, SUGGEST_DELAY_MS)
  }

  private closeSuggestions() {
    clearTimeout(this.suggestTimer)
    this.suggestAbort?.abort()
    this.open = false
    this.active = -1
  }

  private handleKeydown(e: KeyboardEvent) {
    if (e.isComposing || this.composing) {
      // Enter confirms the IME candidate; it must not submit the search.
      if (e.key === 'Enter') e.preventDefault()
      return
    }
    const n = this.suggestions.length
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        if (!this.open && n) this.open = true
        else if (n) this.active = (this.active + 1) % n
        break
      case 'ArrowUp':
        e.preventDefault()
        if (n && this.open) this.active = this.active <= 0 ? n - 1 : this.active - 1
        break
      case 'Home':
        if (this.open && n) {
          e.preventDefault()
          this.active = 0
        }
        break
      case 'End':
        if (this.open && n) {
          e.preventDefault()
          this.active = n - 1
        }
        break
      case 'Enter':
        e.preventDefault()
        if (this.open && this.active >= 0) this.choose(this.active)
        else this.search(this.query)
        break
      case 'Escape':
        if (this.open) {
          e.preventDefault()
          this.closeSuggestions()
        }
        break
      case 'Tab':
        this.closeSuggestions()
        break
    }
  }

  private choose(index: number) {
    const s = this.suggestions[index]
    if (!s) return
    this.emit('sbk-select', { id: s.id, url: null })
    this.search(s.text)
  }

  private handleSubmit(e: Event) {
    e.preventDefault()
    if (!this.composing) this.search(this.query)
  }

  private handleBlur(e: FocusEvent) {
    // Keep the list open while the pointer moves onto it.
    const to = e.relatedTarget as Node | null
    if (!to || !this.renderRoot.contains(to)) setTimeout(() => this.closeSuggestions(), 120)
  }

  private renderSuggestions() {
    const listId = `${this.uid}-listbox`
    return html`<ul id=${listId} role="listbox" part="listbox" aria-label=${this.t.suggestions} ?hidden=${!this.open}>
      ${this.open
        ? this.suggestions.map(
            (s, i) => html`<li
              id=${`${this.uid}-option-${i}`}
              role="option"
              part="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(i)}
            >
              ${s.text}
            </li>`,
          )
        : nothing}
    </ul>`
  }

  private renderStatus() {
    switch (this.status) {
      case 'loading':
        return html`<p class="status card" part="status" aria-busy="true"><span class="spinner" aria-hidden="true"></span>${this.t.loading}</p>`
      case 'empty':
        return html`<div class="card" part="status">
          <h2>${this.t.emptyTitle}</h2>
          <p class="status">${this.t.emptyHint}</p>
        </div>
          ${this.renderResults()}`
      case 'error':
        return html`<div class="card" part="status" role="alert">
          <p class="error">${this.t.error}</p>
          <button class="secondary" part="retry" @click=${() => this.search(this.lastSearch)}>${this.t.retry}</button>
        </div>`
      case 'answer':
        return this.renderAnswer()
      default:
        return nothing
    }
  }

  private renderAnswer() {
    const d = this.data
    const a = d?.answer
    if (!d || !a) return nothing
    const link = safeUrl(a.url, this.endpoint)
    return html`
      <article class="card answer" part="answer" aria-labelledby=${`${this.uid}-answer-title`}>
        <h2 id=${`${this.uid}-answer-title`} part="answer-title">${a.title}</h2>
        ${a.heading ? html`<p class="heading">${a.heading}</p>` : nothing}
        <div part="answer-text">${a.text.split('\n').map((p) => html`<p>${p}</p>`)}</div>
        <div class="meta">
          ${link ? html`<a part="source" href=${link} target="_blank" rel="noopener noreferrer" @click=${() => this.emit('sbk-select', { id: a.id, url: link })}>${this.t.source}</a>` : nothing}
          <span>${this.t.confidence(Math.round(a.confidence * 100))}</span>
        </div>
      </article>
      ${d.citations.length
        ? html`<section class="card" part="citations" aria-label=${this.t.citations}>
            <h3>${this.t.citations}</h3>
            <ul class="plain">
              ${d.citations.map(
                (c) => html`<li class="citation" part="citation">
                  <details>
                    <summary>${c.law} ${c.article}</summary>
                    <div class="article-text" part="citation-text">${c.text}</div>
                    ${safeUrl(c.url, this.endpoint) ? html`<a href=${safeUrl(c.url, this.endpoint)!} target="_blank" rel="noopener noreferrer">${this.t.source}</a>` : nothing}
                  </details>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${this.renderResults()}
      ${d.related.length
        ? html`<section class="card related" part="related" aria-label=${this.t.related}>
            <h3>${this.t.related}</h3>
            ${d.related.map(
              (r) => html`<button part="related-question" @click=${() => {
                this.emit('sbk-select', { id: r.id, url: null })
                this.search(r.title)
              }}>${r.title}</button>`,
            )}
          </section>`
        : nothing}
    `
  }

  private renderResults() {
    // The answer's own article is already shown above.
    const answerDoc = this.data?.answer?.kind === 'qa' ? this.data.answer.id.split('#')[0] : this.data?.answer?.id
    const results = (this.data?.results ?? []).filter((r) => (r.kind === 'qa' ? r.id.split('#')[0] : r.id) !== answerDoc)
    if (!results.length) return nothing
    return html`<section class="card" part="results" aria-label=${this.t.results}>
      <h3>${this.t.results}</h3>
      <ul class="plain">
        ${results.map((r) => {
          const link = safeUrl(r.url, this.endpoint)
          return html`<li class="result" part="result">
            ${link
              ? html`<a href=${link} target="_blank" rel="noopener noreferrer" @click=${() => this.emit('sbk-select', { id: r.id, url: link })}>${r.title}</a>`
              : html`<strong>${r.title}</strong>`}
            <p class="snippet">${highlightPieces(r.snippet, r.highlights).map((p) => (p.mark ? html`<mark part="mark">${p.text}</mark>` : p.text))}</p>
          </li>`
        })}
      </ul>
    </section>`
  }

  override render() {
    const t = this.t
    const listId = `${this.uid}-listbox`
    const activeId = this.open && this.active >= 0 ? `${this.uid}-option-${this.active}` : ''
    return html`
      <form part="form" role="search" @submit=${this.handleSubmit}>
        <label class="visually-hidden" for=${`${this.uid}-input`}>${t.label}</label>
        <div class="combobox">
          <div class="bar">
            <input
              id=${`${this.uid}-input`}
              part="input"
              type="search"
              role="combobox"
              autocomplete="off"
              enterkeyhint="search"
              aria-autocomplete="list"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-controls=${listId}
              aria-activedescendant=${activeId || nothing}
              maxlength="200"
              .value=${this.query}
              placeholder=${this.placeholder ?? t.placeholder}
              @input=${this.handleInput}
              @keydown=${this.handleKeydown}
              @compositionstart=${this.handleCompositionStart}
              @compositionend=${this.handleCompositionEnd}
              @blur=${this.handleBlur}
            />
            <button class="search" part="button" type="submit">${t.search}</button>
          </div>
          ${this.renderSuggestions()}
        </div>
      </form>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="panel" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderStatus()}</div>
    `
  }
}

/** Only http(s) links are rendered; relative API paths are resolved against the endpoint. */
function safeUrl(url: string, endpoint: string): string | undefined {
  try {
    const u = new URL(url, endpoint || location.origin)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined
  } catch {
    return undefined
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sbk-answer': SbkAnswer
  }
}

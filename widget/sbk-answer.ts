import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import { property, query, state } from 'lit/decorators.js'
import { live } from 'lit/directives/live.js'
import { ApiError, createClient, type Answer, type AnswerResponse, type Client, type DocResponse, type Kind, type SearchResult, type Suggestion } from './api.ts'
import { highlightPieces, occurrences } from './highlight.ts'
import { stringsFor } from './i18n.ts'
import { chevronIcon, clearIcon, externalIcon, searchIcon } from './icons.ts'
import { styles } from './sbk-answer.styles.ts'
import { pageUrl, safeUrl } from './urls.ts'

/** The origin this module was loaded from: the default API endpoint, so embedding needs no config. */
const SCRIPT_ORIGIN = (() => {
  try {
    return new URL(import.meta.url).origin
  } catch {
    return ''
  }
})()

/** Wait this long after the last keystroke before asking for suggestions (one request per pause, not per key). */
const SUGGEST_DELAY_MS = 150
/** Give up on a request after this long and show the error state with 重试 (never a stuck spinner). */
const REQUEST_TIMEOUT_MS = 8000
/** Suggestions shown in the list: enough to choose from, short enough for a phone screen. */
const SUGGEST_LIMIT = 8
/** The corpus is Chinese: its text is marked so, even when the labels are English (screen readers pick the voice). */
const CONTENT_LANG = 'zh-CN'
/** Below this confidence (the API's 0–1 share of the question the answer covers) the answer says it may not fit. */
const LOW_CONFIDENCE = 0.5
/** The API accepts 1–20 other results. */
const MAX_LIMIT = 20

type Status = 'idle' | 'loading' | 'answer' | 'empty' | 'error'
type DocState = { status: 'loading' } | { status: 'ok'; doc: DocResponse } | { status: 'error' }

const docIdOf = (id: string) => id.split('#')[0]
const paragraphs = (text: string) => text.split('\n').filter((p) => p.trim() !== '')

/**
 * @summary A search box that answers citizens' questions with the best passage and the law articles it rests on.
 *
 * @event sbk-search - A search starts. `detail: { query }`.
 * @event sbk-answer - An answer arrived. `detail: { query, answer }` (`answer` is null when nothing was relevant enough).
 * @event sbk-select - The user chose a suggestion, related question, result or source link. `detail: { id, url }`
 *   (`url` is null for suggestions and related questions, which start a new search).
 *
 * @csspart form - The search form (label, input row and suggestions).
 * @csspart label - The input's label (visually hidden by default).
 * @csspart field - The input with its icon and clear button.
 * @csspart input - The text input (role=combobox).
 * @csspart clear - The clear button inside the input.
 * @csspart button - The search button.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart option-kind - The 问答/法规 tag of a suggestion.
 * @csspart panel - Everything below the search row.
 * @csspart status - The loading, empty and error messages.
 * @csspart retry - The retry button of the error state.
 * @csspart answer - The answer card.
 * @csspart answer-label - The 「最佳答案」 label above the answer's title.
 * @csspart answer-title - The answer's title.
 * @csspart answer-heading - The section of the document the answer comes from.
 * @csspart answer-text - The answer passage (or the whole article once expanded).
 * @csspart answer-meta - The row with 阅读全文, the source link and the source's name and date.
 * @csspart notice - The note shown with a low-confidence answer.
 * @csspart toggle - Every expand/collapse button (阅读全文, a citation, a result).
 * @csspart source - A link to a source page.
 * @csspart citations - The legal-basis card.
 * @csspart citation - One cited law article.
 * @csspart citation-text - The full text of a cited article.
 * @csspart results - The card of other results.
 * @csspart result - One other result.
 * @csspart result-title - A result's title (a button that expands its full text).
 * @csspart snippet - A result's snippet.
 * @csspart result-text - A result's full text.
 * @csspart mark - A highlighted matched term.
 * @csspart related - The related-questions card.
 * @csspart related-question - One related question (a button that searches for it).
 *
 * @cssproperty --sbk-color-primary - Accent colour: buttons, links, focus ring. Default #0b5cad.
 * @cssproperty --sbk-color-primary-contrast - Text on the accent colour. Default #fff.
 * @cssproperty --sbk-color-text - Text colour. Default #1f2933.
 * @cssproperty --sbk-color-muted - Secondary text. Default #52606d.
 * @cssproperty --sbk-color-background - Card and input background. Default #fff.
 * @cssproperty --sbk-color-surface - Subtle backgrounds (article text, active option). Default #f3f7fc.
 * @cssproperty --sbk-color-border - Borders. Default #d3dce6.
 * @cssproperty --sbk-color-mark - Highlight of matched terms. Default #fff0b3.
 * @cssproperty --sbk-color-error - Error text and border. Default #b42318.
 * @cssproperty --sbk-font-family - Font stack. Default: system UI fonts with PingFang SC, Microsoft YaHei, Noto Sans CJK SC.
 * @cssproperty --sbk-font-size - Base font size. Default 16px.
 * @cssproperty --sbk-radius - Corner radius. Default 8px.
 * @cssproperty --sbk-spacing - Base spacing unit. Default 16px.
 */
export class SbkAnswer extends LitElement {
  static override styles = styles

  /** Base URL of the sbk-answer API. Default: the origin the widget script was loaded from. */
  @property() endpoint = SCRIPT_ORIGIN
  /** Placeholder of the input. Default: a localized example question. */
  @property() placeholder?: string
  /** How many other results to list under the answer, 1–20. Default 5. */
  @property({ type: Number }) limit = 5
  /** Only Q&A passages (`qa`) or only law articles (`law`). Default: both. */
  @property() kind?: Kind
  /** Language of the widget's own labels: `en` for English. Default: Chinese. */
  @property() override lang = ''

  @state() private query = ''
  @state() private suggestions: Suggestion[] = []
  @state() private open = false
  @state() private active = -1
  @state() private status: Status = 'idle'
  @state() private data?: AnswerResponse
  @state() private error?: ApiError
  @state() private announcement = ''
  /** Ids of the disclosures that are open (citations, results, 'full' for the whole answer article). */
  @state() private expanded = new Set<string>()
  /** Documents fetched from /api/docs/:id for the disclosures, by id. */
  @state() private docs = new Map<string, DocState>()

  @query('input') private input!: HTMLInputElement
  @query('.panel') private panel!: HTMLElement

  private client!: Client
  private composing = false
  private suggestTimer?: ReturnType<typeof setTimeout>
  private suggestAbort?: AbortController
  private answerAbort?: AbortController
  private docsAbort?: AbortController
  private lastSearch = ''

  private get t() {
    return stringsFor(this.lang)
  }

  private get apiBase() {
    return this.endpoint || SCRIPT_ORIGIN || location.origin
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('endpoint') || !this.client) this.client = createClient(this.apiBase, { timeoutMs: REQUEST_TIMEOUT_MS })
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('active') && this.active >= 0) this.keepActiveOptionVisible()
  }

  /** Scrolls the list (never the page) so the active option shows when the arrow keys pass the edge. */
  private keepActiveOptionVisible() {
    const list = this.renderRoot.querySelector<HTMLElement>('#listbox')
    const option = this.renderRoot.querySelector<HTMLElement>(`#option-${this.active}`)
    if (!list || !option) return
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    clearTimeout(this.suggestTimer)
    for (const c of [this.suggestAbort, this.answerAbort, this.docsAbort]) c?.abort()
  }

  /** Moves focus to the search input. */
  override focus(options?: FocusOptions) {
    this.input?.focus(options)
  }

  /** Searches for `query`, as if the user had typed it and pressed Enter. */
  search(query: string) {
    const q = query.trim()
    if (!q) return
    this.query = q
    this.lastSearch = q
    this.closeSuggestions()
    this.answerAbort?.abort()
    this.docsAbort?.abort()
    const abort = (this.answerAbort = new AbortController())
    this.docsAbort = new AbortController()
    this.status = 'loading'
    this.error = undefined
    this.expanded = new Set()
    this.docs = new Map()
    this.announcement = this.t.loading
    this.emit('sbk-search', { query: q })
    const kind = this.kind === 'qa' || this.kind === 'law' ? this.kind : undefined
    const limit = Number.isFinite(this.limit) ? Math.min(MAX_LIMIT, Math.max(1, Math.round(this.limit))) : undefined
    this.client.answer(q, abort.signal, { limit, kind }).then(
      (data) => {
        if (abort.signal.aborted) return
        this.data = data
        this.status = data.answer ? 'answer' : 'empty'
        this.announcement = data.answer ? this.t.found(data.answer.title) : this.t.noAnswer
        this.emit('sbk-answer', { query: q, answer: data.answer })
      },
      (e: unknown) => {
        if (abort.signal.aborted) return
        this.data = undefined
        this.error = e instanceof ApiError ? e : undefined
        this.status = 'error'
        this.announcement = this.t.error(this.error)
      },
    )
  }

  private emit(name: 'sbk-search' | 'sbk-answer' | 'sbk-select', detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
  }

  /** A search started from inside the results (related question, retry): the button is gone, so focus the results. */
  private searchFromPanel(query: string) {
    this.search(query)
    this.panel.focus({ preventScroll: true })
    if (this.panel.getBoundingClientRect().top < 0) this.panel.scrollIntoView({ block: 'start' })
  }

  // ---- typing and suggestions ----

  private handleInput(e: InputEvent) {
    this.query = this.input.value
    // What is typed now is what Enter searches for, not an option chosen for the previous text.
    this.active = -1
    // Chinese is typed through an IME: nothing is sent until the composition ends. (The field is
    // bound with live(), so re-rendering never rewrites what the IME is composing.)
    if (this.composing || e.isComposing) return
    this.scheduleSuggest()
  }

  private handleCompositionStart() {
    this.composing = true
    clearTimeout(this.suggestTimer)
    this.suggestAbort?.abort()
  }

  private handleCompositionEnd() {
    this.composing = false
    this.query = this.input.value
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
      // A widget limited to one kind asks for suggestions of that kind only.
      this.client.suggest(q, abort.signal, { limit: SUGGEST_LIMIT, kind: this.kind }).then(
        (r) => {
          if (abort.signal.aborted || this.query.trim() !== q) return
          this.suggestions = r.suggestions
          this.active = -1
          this.open = this.suggestions.length > 0 && this.matches(':focus-within')
        },
        // Suggestions are a convenience: a failure just shows none.
        () => !abort.signal.aborted && this.closeSuggestions(),
      )
    }, SUGGEST_DELAY_MS)
  }

  private closeSuggestions() {
    clearTimeout(this.suggestTimer)
    this.suggestAbort?.abort()
    this.open = false
    this.active = -1
  }

  private handleKeydown(e: KeyboardEvent) {
    // Enter (or any key) while an IME composition is open belongs to the IME: it confirms the
    // candidate and must not search. Safari reports the confirming Enter as keyCode 229.
    if (e.isComposing || this.composing || e.keyCode === 229) {
      if (e.key === 'Enter') e.preventDefault()
      return
    }
    const n = this.open ? this.suggestions.length : 0
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        if (!this.open && this.suggestions.length) {
          this.open = true
          this.active = 0
        } else if (n) this.active = (this.active + 1) % n
        break
      case 'ArrowUp':
        e.preventDefault()
        if (n) this.active = this.active <= 0 ? n - 1 : this.active - 1
        break
      case 'Home':
      case 'End':
        if (n && this.active >= 0) {
          e.preventDefault()
          this.active = e.key === 'Home' ? 0 : n - 1
        }
        break
      case 'Enter':
        e.preventDefault()
        if (n && this.active >= 0) this.choose(this.active)
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

  private handleClear() {
    this.query = ''
    this.suggestions = []
    this.closeSuggestions()
    this.input.focus()
  }

  private handleFocusOut(e: FocusEvent) {
    // Focus staying in the search row (clear, search button) keeps the list; leaving it closes it.
    // A click on an option keeps focus in the input (its mousedown is cancelled), so it is no focusout.
    const to = e.relatedTarget as Node | null
    if (!to || !this.renderRoot.querySelector('.combobox')?.contains(to)) this.closeSuggestions()
  }

  // ---- disclosures ----

  private toggle(id: string, loadDoc?: string) {
    const next = new Set(this.expanded)
    if (next.has(id)) next.delete(id)
    else {
      next.add(id)
      if (loadDoc) this.loadDoc(loadDoc)
    }
    this.expanded = next
  }

  private loadDoc(id: string) {
    const known = this.docs.get(id)
    if (known && known.status !== 'error') return
    const signal = this.docsAbort?.signal ?? new AbortController().signal
    const set = (s: DocState) => {
      if (!signal.aborted) this.docs = new Map(this.docs).set(id, s)
    }
    set({ status: 'loading' })
    this.client.doc(id, signal).then(
      (doc) => set({ status: 'ok', doc }),
      () => set({ status: 'error' }),
    )
  }

  // ---- rendering ----

  override render() {
    const t = this.t
    const activeId = this.open && this.active >= 0 ? `option-${this.active}` : ''
    return html`
      <form part="form" role="search" lang=${t.code} @submit=${this.handleSubmit} @focusout=${this.handleFocusOut}>
        <label part="label" class="visually-hidden" for="input">${t.label}</label>
        <div class="combobox">
          <div class="bar">
            <div class="field" part="field">
              <span class="field-icon">${searchIcon}</span>
              <input
                id="input"
                part="input"
                type="search"
                role="combobox"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                enterkeyhint="search"
                aria-autocomplete="list"
                aria-expanded=${this.open ? 'true' : 'false'}
                aria-controls="listbox"
                aria-activedescendant=${activeId || nothing}
                maxlength="200"
                .value=${live(this.query)}
                placeholder=${this.placeholder || t.placeholder}
                @input=${this.handleInput}
                @keydown=${this.handleKeydown}
                @compositionstart=${this.handleCompositionStart}
                @compositionend=${this.handleCompositionEnd}
              />
              ${this.query
                ? html`<button type="button" class="clear" part="clear" aria-label=${t.clear} title=${t.clear} @click=${this.handleClear}>${clearIcon}</button>`
                : nothing}
            </div>
            <button class="submit" part="button" type="submit">${t.search}</button>
          </div>
          ${this.renderSuggestions()}
        </div>
      </form>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" lang=${t.code}>${this.announcement}</div>
      <div class="panel" part="panel" tabindex="-1" lang=${t.code} aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderPanel()}</div>
    `
  }

  private renderSuggestions() {
    const q = this.query.trim()
    return html`<ul id="listbox" role="listbox" part="listbox" aria-label=${this.t.suggestions} ?hidden=${!this.open}>
      ${this.open
        ? this.suggestions.map(
            (s, i) => html`<li
              id=${`option-${i}`}
              role="option"
              part="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.choose(i)}
            >
              <span class="option-text" lang=${CONTENT_LANG}>${this.marked(s.text, occurrences(s.text, q))}</span>
              ${s.kind ? html`<span class="tag" part="option-kind">${this.t.kind[s.kind]}</span>` : nothing}
            </li>`,
          )
        : nothing}
    </ul>`
  }

  private marked(text: string, spans: readonly (readonly [number, number])[]) {
    return highlightPieces(text, spans).map((p) => (p.mark ? html`<mark part="mark">${p.text}</mark>` : p.text))
  }

  private renderPanel() {
    const t = this.t
    switch (this.status) {
      case 'loading':
        return html`<div class="card status loading" part="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</div>`
      case 'empty':
        return html`<div class="card status empty" part="status">
            <h2 class="status-title">${t.emptyTitle}</h2>
            <p>${t.emptyHint}</p>
          </div>
          ${this.renderResults()}`
      case 'error':
        return html`<div class="card status error" part="status" role="alert">
          <p>${t.error(this.error)}</p>
          <button type="button" class="secondary" part="retry" @click=${() => this.searchFromPanel(this.lastSearch)}>${t.retry}</button>
        </div>`
      case 'answer':
        return html`${this.renderAnswer()}${this.renderCitations()}${this.renderResults()}${this.renderRelated()}`
      default:
        return nothing
    }
  }

  private renderAnswer() {
    const a = this.data?.answer
    if (!a) return nothing
    const t = this.t
    // A Q&A answer is one section of an article: the whole article can be read in place.
    const docId = a.kind === 'law' ? undefined : docIdOf(a.id)
    const full = docId && this.expanded.has('full') ? this.docs.get(docId) : undefined
    const doc = full?.status === 'ok' ? full.doc : undefined
    const link = pageUrl(a.url, this.apiBase)
    return html`<article class="card answer" part="answer" aria-labelledby="answer-title">
      <p class="eyebrow" part="answer-label">${t.bestAnswer}</p>
      <h2 id="answer-title" class="answer-title" part="answer-title" lang=${CONTENT_LANG}>${a.title}</h2>
      ${a.heading ? html`<p class="answer-heading" part="answer-heading" lang=${CONTENT_LANG}>${a.heading}</p>` : nothing}
      ${a.confidence < LOW_CONFIDENCE ? html`<p class="notice" part="notice">${t.lowConfidence}</p>` : nothing}
      <div class="answer-text" part="answer-text" id="answer-text" lang=${CONTENT_LANG}>${doc ? this.renderWholeArticle(doc, a) : paragraphs(a.text).map((p) => html`<p>${p}</p>`)}</div>
      ${full?.status === 'loading' ? html`<p class="muted">${t.fullLoading}</p>` : nothing}
      ${full?.status === 'error' ? html`<p class="muted">${t.fullError}</p>` : nothing}
      <div class="answer-meta" part="answer-meta">
        ${docId
          ? html`<button type="button" class="link-button" part="toggle" aria-expanded=${this.expanded.has('full') ? 'true' : 'false'} aria-controls="answer-text" @click=${() => this.toggle('full', docId)}>
              ${this.expanded.has('full') ? t.hideFull : t.readFull}
            </button>`
          : nothing}
        ${link ? this.sourceLink(a.id, link) : nothing}
        ${doc?.sourceName ? html`<span class="muted">${t.sourceName(doc.sourceName)}</span>` : nothing}
        ${doc?.updated ? html`<span class="muted">${t.updated(doc.updated)}</span>` : nothing}
      </div>
    </article>`
  }

  /** The whole Q&A article, its sections in order, with the answering section marked. */
  private renderWholeArticle(doc: DocResponse, a: Answer) {
    const sections = doc.passages ?? [{ id: a.id, heading: a.heading, text: doc.text ?? a.text }]
    return sections.map(
      (s) => html`<section class=${s.id === a.id ? 'section current' : 'section'}>
        ${s.heading ? html`<h3 class="section-heading">${s.heading}</h3>` : nothing}
        ${paragraphs(s.text).map((p) => html`<p>${p}</p>`)}
      </section>`,
    )
  }

  private sourceLink(id: string, url: string) {
    return html`<a class="source" part="source" href=${url} target="_blank" rel="noopener noreferrer" @click=${() => this.emit('sbk-select', { id, url })}
      >${this.t.source}${externalIcon}</a
    >`
  }

  private renderCitations() {
    const a = this.data?.answer
    // A law-article answer cites itself; its text is already the answer.
    const citations = (this.data?.citations ?? []).filter((c) => c.id !== a?.id)
    if (!citations.length) return nothing
    return html`<section class="card citations" part="citations" aria-labelledby="citations-title">
      <h3 id="citations-title" class="card-title">${this.t.citations}</h3>
      <ul class="plain">
        ${citations.map((c, i) => {
          const key = `citation:${c.id}`
          const open = this.expanded.has(key)
          const link = pageUrl(c.url, this.apiBase)
          return html`<li class="citation" part="citation">
            <button type="button" class="disclosure" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`citation-${i}`} @click=${() => this.toggle(key)}>
              <span class="chevron">${chevronIcon}</span>
              <span class="citation-name" lang=${CONTENT_LANG}>${c.law} ${c.article}</span>
            </button>
            <div id=${`citation-${i}`} class="citation-text" part="citation-text" lang=${CONTENT_LANG} ?hidden=${!open}>
              ${paragraphs(c.text).map((p) => html`<p>${p}</p>`)} ${link ? this.sourceLink(c.id, link) : nothing}
            </div>
          </li>`
        })}
      </ul>
    </section>`
  }

  private renderResults() {
    const a = this.data?.answer
    const results = (this.data?.results ?? []).filter((r) => !a || !sameSource(r, a))
    if (!results.length) return nothing
    return html`<section class="card results" part="results" aria-labelledby="results-title">
      <h3 id="results-title" class="card-title">${this.t.results}</h3>
      <ul class="plain">
        ${results.map((r, i) => this.renderResult(r, i))}
      </ul>
    </section>`
  }

  private renderResult(r: SearchResult, i: number): TemplateResult {
    const key = `result:${r.id}`
    const open = this.expanded.has(key)
    const state = open ? this.docs.get(r.id) : undefined
    const link = pageUrl(r.url, this.apiBase)
    let body: unknown
    if (!open) body = html`<p class="snippet" part="snippet">${this.marked(r.snippet, r.highlights)}</p>`
    else if (state?.status === 'ok') body = paragraphs(state.doc.text ?? r.snippet).map((p) => html`<p>${p}</p>`)
    else if (state?.status === 'error') body = html`<p class="muted">${this.t.fullError}</p><p class="snippet">${r.snippet}</p>`
    else body = html`<p class="muted">${this.t.fullLoading}</p>`
    return html`<li class="result" part="result">
      <button
        type="button"
        class="disclosure result-title"
        part="toggle result-title"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`result-${i}`}
        @click=${() => {
          if (!open) this.emit('sbk-select', { id: r.id, url: safeUrl(r.url, this.apiBase) ?? null })
          this.toggle(key, r.id)
        }}
      >
        <span class="chevron">${chevronIcon}</span>
        <span lang=${CONTENT_LANG}>${r.title}${r.heading ? html`<span class="result-heading"> · ${r.heading}</span>` : nothing}</span>
      </button>
      <div id=${`result-${i}`} class="result-body" lang=${CONTENT_LANG} part=${open ? 'result-text' : nothing}>
        ${body} ${open && link ? this.sourceLink(r.id, link) : nothing}
      </div>
    </li>`
  }

  private renderRelated() {
    const related = this.data?.related ?? []
    if (!related.length) return nothing
    return html`<section class="card related" part="related" aria-labelledby="related-title">
      <h3 id="related-title" class="card-title">${this.t.related}</h3>
      <ul class="plain chips">
        ${related.map(
          (r) => html`<li>
            <button
              type="button"
              class="chip"
              part="related-question"
              lang=${CONTENT_LANG}
              @click=${() => {
                this.emit('sbk-select', { id: r.id, url: null })
                this.searchFromPanel(r.title)
              }}
            >
              ${r.title}
            </button>
          </li>`,
        )}
      </ul>
    </section>`
  }
}

/** A result that is the answer itself, or another section of the answer's own Q&A article. */
function sameSource(r: SearchResult, a: Answer): boolean {
  return r.id === a.id || (r.kind === 'qa' && a.kind !== 'law' && docIdOf(r.id) === docIdOf(a.id))
}

declare global {
  interface HTMLElementTagNameMap {
    'sbk-answer': SbkAnswer
  }
}

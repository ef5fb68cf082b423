/**
 * A scraped lawyer Q&A page (the shape of ../shared/seeds/*.txt) → its parts. Sections are found by
 * their markers (摘要, 延伸阅读, 结语, 法律依据, 声明, 相关法律问题); everything from 推荐律师 on, and
 * the 声明 disclaimer, is site boilerplate and is dropped.
 */
export interface Line {
  text: string
  /** 1-based line in the page. */
  line: number
}

export interface Page {
  title: Line
  summary?: Line
  /** The main answer: intro paragraphs and numbered sections. */
  intro: Line[]
  sections: { heading: Line; paragraphs: Line[] }[]
  extended?: { question: Line; paragraphs: Line[] }
  conclusion?: Line
  legalBasis: { law: Line; quoted: Line[] }[]
  related: { question: Line; answer: Line }[]
  /** How many boilerplate lines were dropped. */
  dropped: number
}

const NUMBERED = /^\d+\s*[.、．]\s*(.+?)[:：]\s*$/
const END_MARKERS = /^(推荐律师|热门法律问题)$/

export function parsePage(source: string): Page {
  const lines: Line[] = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
  const nonEmpty = lines.filter((l) => l.text)
  const page: Page = { title: nonEmpty[0], intro: [], sections: [], legalBasis: [], related: [], dropped: 0 }
  type Mode = 'answer' | 'extended' | 'basis' | 'related' | 'skip'
  let mode: Mode = 'answer'
  let pendingQuestion: Line | undefined

  for (let i = 1; i < nonEmpty.length; i++) {
    const l = nonEmpty[i]
    const t = l.text
    if (END_MARKERS.test(t)) {
      page.dropped += nonEmpty.length - i
      break
    }
    if (t === '律师回答') continue
    if (/^摘要[:：]/.test(t)) {
      page.summary = { text: t.replace(/^摘要[:：]\s*/, ''), line: l.line }
      continue
    }
    if (t === '延伸阅读') {
      mode = 'extended'
      continue
    }
    if (/^结语[:：]/.test(t)) {
      page.conclusion = { text: t.replace(/^结语[:：]\s*/, ''), line: l.line }
      mode = 'skip'
      continue
    }
    if (t === '法律依据') {
      mode = 'basis'
      continue
    }
    if (/^声明[:：]/.test(t)) {
      page.dropped++
      continue
    }
    if (t === '相关法律问题') {
      mode = 'related'
      continue
    }
    switch (mode) {
      case 'answer': {
        const numbered = NUMBERED.exec(t)
        if (numbered) page.sections.push({ heading: { text: numbered[1], line: l.line }, paragraphs: [] })
        else if (page.sections.length) page.sections[page.sections.length - 1].paragraphs.push(l)
        else page.intro.push(l)
        break
      }
      case 'extended':
        if (!page.extended) page.extended = { question: l, paragraphs: [] }
        else page.extended.paragraphs.push(l)
        break
      case 'basis':
        if (/^《[^》]+》$/.test(t)) page.legalBasis.push({ law: { text: t.slice(1, -1), line: l.line }, quoted: [] })
        else if (page.legalBasis.length) page.legalBasis[page.legalBasis.length - 1].quoted.push(l)
        break
      case 'related':
        // An entry is a question line, then its (truncated) answer ending in 查看全文.
        if (/查看全文$/.test(t) && pendingQuestion) {
          page.related.push({ question: pendingQuestion, answer: l })
          pendingQuestion = undefined
        } else pendingQuestion = l
        break
      case 'skip':
        page.dropped++
    }
  }
  return page
}

/** Page parts → Q&A articles (front matter + Markdown body) for corpus/qa/. */
import type { Segmenter } from '../../core/segment/types.ts'
import type { QaFrontMatter } from '../corpus/schema.ts'
import { pinyinSlug } from '../index/slug.ts'
import { cleanAnswer } from './clean.ts'
import { collapse } from './dedupe.ts'
import type { Page } from './parse-page.ts'

export interface Article {
  meta: QaFrontMatter
  body: string
}

export interface ImportOptions {
  /** Where the page came from, relative to the shared folder (source.file). */
  sourceFile: string
  /** Review date written as `updated`. */
  updated: string
  citations: string[]
}

const PLACES = ['北京', '上海', '天津', '重庆', '广州', '深圳', '东莞', '佛山', '珠海', '杭州', '宁波', '南京', '苏州', '无锡', '武汉', '成都', '郑州', '西安', '济南', '青岛', '长沙', '合肥', '福州', '厦门', '沈阳', '大连', '哈尔滨', '长春', '昆明', '南宁', '石家庄', '太原']
const TAGS: [string, RegExp][] = [
  ['社保卡', /社保卡|社会保障卡/],
  ['电子社保卡', /电子社保卡|电子社会保[险障]卡/],
  ['密码', /密码/],
  ['医保', /医保|医疗保险/],
  ['激活', /激活/],
  ['补办', /补办|重新办理|换卡|遗失|损坏/],
  ['异地使用', /异地|外地/],
  ['药店购药', /药店/],
  ['养老金', /养老金/],
]

const regionOf = (title: string) => {
  const place = PLACES.find((p) => title.startsWith(p))
  return place ? `${place}市` : undefined
}
const tagsOf = (text: string) => TAGS.filter(([, re]) => re.test(text)).map(([t]) => t)
const firstSentence = (text: string) => {
  const m = /^.*?[。！？]/.exec(text)
  return (m ? m[0] : text).slice(0, 200)
}
/** The question without its question words, for a readable slug (社保卡无法使用,该怎么办? → 社保卡无法使用). */
const slugSource = (title: string) => title.replace(/[,，]?\s*(?:该|应该)?(?:怎么办|如何办理|如何|怎么样)?\s*[?？]*$/, '')

export function toArticles(page: Page, segmenter: Segmenter, opts: ImportOptions): { articles: Article[]; collapsed: number } {
  const used = new Set<string>()
  const idFor = (title: string) => {
    const base = pinyinSlug(slugSource(title), segmenter).split('-').slice(0, 6).join('-') || 'wenda'
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
  const source = { name: '律师问答页面（导入）', file: opts.sourceFile }
  const mainTitle = page.title.text
  const mainId = idFor(mainTitle)
  // Blank lines between paragraphs, so the Markdown reads as it renders.
  const paragraphs = (ls: { text: string }[]) => ls.flatMap((l, i) => (i ? ['', l.text] : [l.text]))
  const bodyParts = [
    ...paragraphs(page.intro),
    ...page.sections.flatMap((s) => ['', `## ${s.heading.text}`, '', ...paragraphs(s.paragraphs)]),
    ...(page.conclusion ? ['', '## 结语', '', page.conclusion.text] : []),
  ]
  const articles: Article[] = []
  const others: Article[] = []

  if (page.extended) {
    const text = page.extended.paragraphs.map((p) => p.text).join('\n\n')
    const title = page.extended.question.text
    others.push({
      meta: { id: idFor(title), title, summary: firstSentence(text), source, updated: opts.updated, ...(regionOf(title) ? { region: regionOf(title) } : {}), tags: tagsOf(title + text), citations: [], related: [mainId] },
      body: text,
    })
  }
  const { kept, collapsed } = collapse(page.related.map((r) => ({ title: r.question.text, text: cleanAnswer(r.answer.text), line: r.question.line })))
  for (const e of kept) {
    const text = e.texts.join('\n\n')
    others.push({
      meta: { id: idFor(e.title), title: e.title, summary: firstSentence(e.texts[0]), source, updated: opts.updated, ...(regionOf(e.title) ? { region: regionOf(e.title) } : {}), tags: tagsOf(e.title + text), citations: [], related: [mainId] },
      body: text,
    })
  }
  const allText = [mainTitle, ...bodyParts].join('\n')
  articles.push({
    meta: {
      id: mainId,
      title: mainTitle,
      ...(page.summary ? { summary: page.summary.text } : {}),
      source,
      updated: opts.updated,
      ...(regionOf(mainTitle) ? { region: regionOf(mainTitle) } : {}),
      tags: tagsOf(allText),
      citations: opts.citations,
      related: others.map((o) => o.meta.id),
    },
    body: bodyParts.join('\n').trim(),
  })
  return { articles: [...articles, ...others], collapsed }
}

/** The widget's own words: Chinese by default, English with lang="en". */
import type { ApiError } from './api.ts'

export interface Strings {
  /** The BCP 47 tag of these strings, set as `lang` on the widget's own labels. */
  code: string
  label: string
  placeholder: string
  search: string
  clear: string
  suggestions: string
  kind: { qa: string; law: string }
  loading: string
  bestAnswer: string
  source: string
  readFull: string
  hideFull: string
  fullLoading: string
  fullError: string
  sourceName: (name: string) => string
  updated: (date: string) => string
  lowConfidence: string
  citations: string
  results: string
  related: string
  emptyTitle: string
  emptyHint: string
  /** The error state's message for a failed request. */
  error: (e: ApiError | undefined) => string
  retry: string
  /** What the polite live region says when an answer arrives. */
  found: (title: string) => string
  noAnswer: string
}

const zh: Strings = {
  code: 'zh-CN',
  label: '搜索社保问题',
  placeholder: '请输入您的问题，例如：社保卡密码被锁了怎么办',
  search: '搜索',
  clear: '清除输入',
  suggestions: '搜索建议',
  kind: { qa: '问答', law: '法规' },
  loading: '正在查找答案…',
  bestAnswer: '最佳答案',
  source: '查看来源',
  readFull: '阅读全文',
  hideFull: '收起全文',
  fullLoading: '正在加载全文…',
  fullError: '全文暂时无法加载。',
  sourceName: (n) => `来源：${n}`,
  updated: (d) => `更新于 ${d}`,
  lowConfidence: '这条答案与您的问题可能不完全对应，请结合下方其他结果参考。',
  citations: '法律依据',
  results: '其他结果',
  related: '相关问题',
  emptyTitle: '未找到相关答案',
  emptyHint: '请换一种说法，或使用更具体的词语，例如「社保卡 补办」「失业保险金 申领」。也可拨打 12333 人社服务热线咨询。',
  error: (e) =>
    e?.kind === 'timeout'
      ? '服务响应超时，请稍后重试。'
      : e?.status === 429
        ? '查询过于频繁，请稍等片刻再试。'
        : e?.code === 'query_too_long'
          ? '问题太长了，请精简到 200 字以内。'
          : '暂时无法获取答案，请检查网络后重试。',
  retry: '重试',
  found: (t) => `找到答案：${t}`,
  noAnswer: '未找到相关答案',
}

const en: Strings = {
  code: 'en',
  label: 'Search social security questions',
  placeholder: 'Ask a question, e.g. 社保卡密码被锁了怎么办',
  search: 'Search',
  clear: 'Clear',
  suggestions: 'Suggestions',
  kind: { qa: 'Q&A', law: 'Law' },
  loading: 'Looking for an answer…',
  bestAnswer: 'Best answer',
  source: 'View source',
  readFull: 'Read the whole article',
  hideFull: 'Hide the whole article',
  fullLoading: 'Loading the whole article…',
  fullError: 'The whole article could not be loaded.',
  sourceName: (n) => `Source: ${n}`,
  updated: (d) => `Updated ${d}`,
  lowConfidence: 'This answer may not match your question exactly; see the other results below too.',
  citations: 'Legal basis',
  results: 'More results',
  related: 'Related questions',
  emptyTitle: 'No answer found',
  emptyHint: 'Try other words or be more specific, e.g. 「社保卡 补办」. You can also call the 12333 hotline.',
  error: (e) =>
    e?.kind === 'timeout'
      ? 'The answer service did not respond in time. Please try again.'
      : e?.status === 429
        ? 'Too many questions at once. Please wait a moment and try again.'
        : e?.code === 'query_too_long'
          ? 'The question is too long; please keep it under 200 characters.'
          : 'The answer service is unavailable. Please check your connection and try again.',
  retry: 'Retry',
  found: (t) => `Answer found: ${t}`,
  noAnswer: 'No answer found',
}

/** Strings for a `lang` attribute value: English for `en`, `en-GB` …, Chinese otherwise. */
export const stringsFor = (lang: string | null | undefined): Strings => (lang && /^en\b/i.test(lang) ? en : zh)

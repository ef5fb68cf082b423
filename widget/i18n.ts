/** The widget's words: Chinese by default, English with lang="en". */
export interface Strings {
  label: string
  placeholder: string
  search: string
  loading: string
  suggestions: string
  answer: string
  source: string
  citations: string
  showArticle: string
  hideArticle: string
  results: string
  related: string
  emptyTitle: string
  emptyHint: string
  error: string
  retry: string
  clear: string
  found: (title: string) => string
  noAnswer: string
  confidence: (pct: number) => string
}

const zh: Strings = {
  label: '搜索社保问题',
  placeholder: '请输入您的问题，例如：社保卡密码被锁了怎么办',
  search: '搜索',
  loading: '正在查找答案…',
  suggestions: '搜索建议',
  answer: '答案',
  source: '查看来源',
  citations: '法律依据',
  showArticle: '展开条文',
  hideArticle: '收起条文',
  results: '其他结果',
  related: '相关问题',
  emptyTitle: '未找到相关答案',
  emptyHint: '请换一种说法，或使用更具体的词语，例如「社保卡 补办」「失业保险金 申领」。',
  error: '暂时无法获取答案，请稍后重试。',
  retry: '重试',
  clear: '清除',
  found: (t) => `找到答案：${t}`,
  noAnswer: '未找到相关答案',
  confidence: (p) => `匹配度 ${p}%`,
}

const en: Strings = {
  label: 'Search social security questions',
  placeholder: 'Ask a question, e.g. 社保卡密码被锁了怎么办',
  search: 'Search',
  loading: 'Looking for an answer…',
  suggestions: 'Suggestions',
  answer: 'Answer',
  source: 'View source',
  citations: 'Legal basis',
  showArticle: 'Show article',
  hideArticle: 'Hide article',
  results: 'More results',
  related: 'Related questions',
  emptyTitle: 'No answer found',
  emptyHint: 'Try other words, or be more specific, e.g. 「社保卡 补办」.',
  error: 'The answer service is unavailable. Please try again.',
  retry: 'Retry',
  clear: 'Clear',
  found: (t) => `Answer found: ${t}`,
  noAnswer: 'No answer found',
  confidence: (p) => `Match ${p}%`,
}

export const stringsFor = (lang: string | null | undefined): Strings => (lang && lang.toLowerCase().startsWith('en') ? en : zh)

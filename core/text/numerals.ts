/**
 * Chinese ↔ Arabic numerals as used for article numbers (第五十八条 ↔ 第58条) and counts
 * (八年 ↔ 8年). Handles 0–9999 with 十/百/千, 零/〇 and 两, which covers every article
 * number in Chinese law.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const DIGIT_CHARS = '零一二三四五六七八九'

/** 五十八 → 58, 一百零五 → 105, 十四 → 14; undefined for anything else. */
export function chineseToNumber(s: string): number | undefined {
  if (!s) return undefined
  if (/^\d+$/.test(s)) return Number(s)
  let total = 0
  let digit: number | undefined
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]
    } else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]
      digit = undefined
    } else {
      return undefined
    }
  }
  return total + (digit ?? 0)
}

/** 58 → 五十八, 105 → 一百零五, 10 → 十, 110 → 一百一十 (the way article numbers are written). */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`cannot write ${n} in Chinese numerals`)
  if (n === 0) return '零'
  const parts: string[] = []
  const units = ['千', '百', '十', '']
  const values = [1000, 100, 10, 1]
  let pendingZero = false
  let started = false
  for (let i = 0; i < 4; i++) {
    const d = Math.floor(n / values[i]) % 10
    if (d === 0) {
      if (started) pendingZero = true
      continue
    }
    if (pendingZero) parts.push('零')
    pendingZero = false
    // 十四 not 一十四 when 十 leads the number.
    if (!(i === 2 && d === 1 && !started)) parts.push(DIGIT_CHARS[d])
    parts.push(units[i])
    started = true
  }
  return parts.join('')
}

/** Matches an article label in either notation: 第五十八条, 第58条. */
export const ARTICLE_LABEL = /第([0-9]{1,4}|[零〇一二两三四五六七八九十百千]{1,8})条/g

/** 第58条 / 第五十八条 → { number: 58, label: '第五十八条' }. */
export function parseArticleLabel(label: string): { number: number; label: string } | undefined {
  const m = /^第([0-9]{1,4}|[零〇一二两三四五六七八九十百千]{1,8})条$/.exec(label)
  if (!m) return undefined
  const n = chineseToNumber(m[1])
  if (n === undefined || n < 1 || n > 9999) return undefined
  return { number: n, label: `第${numberToChinese(n)}条` }
}

// Quantities written either way meet in Arabic form: 十五年 → 15年, 三十日内 → 30日内, 百分之八十 → 80%.
// Only numerals followed by a unit are rewritten, so words such as 一次性 and 万一 keep their form.
const QUANTITY = /([零〇一二两三四五六七八九十百千]+)(?=年|个|月|日|天|周岁|岁|倍|级|元|小时|周|多[年个月日天])/g
const PERCENT = /百分之([零〇一二两三四五六七八九十百]+)/g

/** Rewrites Chinese-numeral quantities and percentages to Arabic digits. */
export function canonicalQuantities(text: string): string {
  return text
    .replace(PERCENT, (m, n: string) => {
      const v = chineseToNumber(n)
      return v === undefined ? m : `${v}%`
    })
    .replace(QUANTITY, (m: string) => {
      const v = chineseToNumber(m)
      return v === undefined ? m : String(v)
    })
}

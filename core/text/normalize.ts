/**
 * Text normalization shared by the build and the edge, so that corpus terms and query terms
 * meet in the same form: Unicode NFKC (full-width → half-width), traditional → simplified
 * Chinese (OpenCC's t→cn tables via opencc-js, phrase-aware), lower case, whitespace folded.
 */
import { Converter } from 'opencc-js/t2cn'
import { T2S_CHARS, T2S_PHRASES } from './t2s-triggers.ts'

type Convert = (s: string) => string

// Built lazily, once per process / isolate, and only for a text the conversion changes: building
// the converter's tries took a third of loading the index in workerd (about 15 of 45 ms on a slow
// machine), and nearly every question, law and answer is written in simplified characters.
let t2s: Convert | undefined
let triggerChars: Set<number> | undefined

/** Whether traditional → simplified conversion would change the text (core/text/t2s-triggers.ts). */
function convertible(s: string): boolean {
  triggerChars ??= new Set(Array.from(T2S_CHARS, (c) => c.codePointAt(0)!))
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!
    if (c > 0xffff) i++
    if (triggerChars.has(c)) return true
  }
  return T2S_PHRASES.some((p) => s.includes(p))
}

/** Traditional → simplified (OpenCC t → cn); a text it would leave as it is, without the converter. */
export function toSimplified(s: string): string {
  return convertible(s) ? (t2s ??= Converter({ from: 't', to: 'cn' }))(s) : s
}

// Lone surrogates cannot be normalized meaningfully; replace them so nothing downstream throws.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// Control characters (C0, C1 except tab/newline), zero-width and bidi marks carry no meaning.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/** The full normalization for matching: NFKC, traditional → simplified, lower case, spaces folded. */
export function normalizeText(input: string): string {
  const cleaned = input.replace(LONE_SURROGATE, ' ').replace(INVISIBLE, '').normalize('NFKC')
  return toSimplified(cleaned).toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Per-UTF-16-unit normalization that keeps offsets: used to find matched terms inside original
 * text (snippets, highlights). A character whose normalized form has another length is kept as is.
 * Each character's form is computed once per isolate (String.normalize is slow, and passage text
 * is mostly the same few thousand characters); ASCII and CJK Unified Ideographs, which NFKC leaves
 * as they are, need no lookup.
 */
export function normalizeKeepingOffsets(input: string): string {
  let out = ''
  for (const ch of input) {
    const c = ch.charCodeAt(0)
    if (c < 0x80) out += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 0x20) : ch
    else if (c >= 0x4e00 && c <= 0x9fff) out += ch
    else {
      let n = forms.get(ch)
      if (n === undefined) {
        n = ch.normalize('NFKC').toLowerCase()
        if (n.length !== ch.length) n = ch
        if (forms.size >= 10_000) forms.clear()
        forms.set(ch, n)
      }
      out += n
    }
  }
  return out
}

/** normalizeKeepingOffsets's form of each character met so far (bounded: cleared when full). */
const forms = new Map<string, string>()

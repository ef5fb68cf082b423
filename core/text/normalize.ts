/**
 * Text normalization shared by the build and the edge, so that corpus terms and query terms
 * meet in the same form: Unicode NFKC (full-width → half-width), traditional → simplified
 * Chinese (OpenCC's t→cn tables via opencc-js, phrase-aware), lower case, whitespace folded.
 */
import { Converter } from 'opencc-js/t2cn'

type Convert = (s: string) => string

// Built lazily, once per process / isolate: constructing the converter's tries costs a few ms.
let t2s: Convert | undefined
const toSimplified: Convert = (s) => (t2s ??= Converter({ from: 't', to: 'cn' }))(s)

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

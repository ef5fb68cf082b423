/**
 * The build-time segmenter: nodejieba (native cppjieba) with the default dictionaries plus the
 * domain dictionary from corpus/. The edge cannot load native code; core/segment is its pure-TS
 * twin, and test/core/segment-agreement.test.ts proves both give the same words.
 */
import { createRequire } from 'node:module'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Segmenter } from '../../core/segment/types.ts'

const require = createRequire(import.meta.url)

/** The domain dictionary without comments and blank lines, as cppjieba's user-dict loader expects. */
export function readUserDictionary(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
}

let loaded: string | undefined

/**
 * Loads nodejieba once per process with the given user dictionary. nodejieba keeps one global
 * dictionary, so loading a different user dictionary in the same process is refused.
 */
export function loadNodejieba(userDictPath: string): Segmenter {
  const jieba = require('nodejieba') as {
    load(opts: { userDict?: string }): void
    cut(s: string, hmm?: boolean): string[]
    cutForSearch(s: string, hmm?: boolean): string[]
  }
  if (loaded === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'sbk-dict-'))
    const clean = join(dir, 'user.dict.utf8')
    writeFileSync(clean, readUserDictionary(userDictPath).join('\n') + '\n')
    jieba.load({ userDict: clean })
    loaded = userDictPath
  } else if (loaded !== userDictPath) {
    throw new Error(`nodejieba already loaded with ${loaded}; cannot switch to ${userDictPath} in one process`)
  }
  return {
    cut: (s) => jieba.cut(s, true),
    cutForSearch: (s) => jieba.cutForSearch(s, true),
  }
}

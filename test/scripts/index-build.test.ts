/**
 * `npm run index` as a maintainer meets it: every problem reported as file:line: message, a failed
 * build leaves the previous build/ byte for byte, concurrent builds are refused, and the real
 * corpus builds with the promised counts.
 */
import { execFile, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentStore, Manifest } from '../../core/types.ts'

const run = promisify(execFile)
const tsx = join('node_modules', '.bin', 'tsx')

async function index(corpus: string, out: string) {
  try {
    const { stdout, stderr } = await run(tsx, ['scripts/index/cli.ts', '--corpus', corpus, '--out', out], { encoding: 'utf8' })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

/** A small real corpus: one law and the seed's main article, plus the vocabulary files. */
function fixtureCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sbk-corpus-'))
  mkdirSync(join(dir, 'laws/社会法'), { recursive: true })
  mkdirSync(join(dir, 'qa'))
  cpSync('corpus/laws/社会法/社会保险法(2018-12-29).md', join(dir, 'laws/社会法/社会保险法(2018-12-29).md'))
  const main = readFileSync('corpus/qa/shebaoka-wufa-shiyong.md', 'utf8').replace(/related:\n(  - .*\n)+/, 'related: []\n')
  writeFileSync(join(dir, 'qa/shebaoka-wufa-shiyong.md'), main)
  for (const f of ['dictionary.txt', 'synonyms.yaml', 'stopwords.txt', 'question-types.yaml']) cpSync(join('corpus', f), join(dir, f))
  mkdirSync(join(dir, 'asked'))
  cpSync('corpus/asked/中华人民共和国社会保险法.yaml', join(dir, 'asked/中华人民共和国社会保险法.yaml'))
  return dir
}

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? Object.entries(snapshot(join(dir, n))).map(([k, v]) => [`${n}/${k}`, v]) : [[n, readFileSync(join(dir, n), 'base64')]])),
  )

const qa = (fields: string, body = '答案。') => `---\n${fields}\n---\n\n${body}\n`
const good = (id: string) => `id: ${id}\ntitle: 问题${id}\nsource:\n  name: 测试\nupdated: 2024-01-01`

describe('npm run index', () => {
  let corpus: string
  let out: string
  beforeAll(async () => {
    corpus = fixtureCorpus()
    out = join(mkdtempSync(join(tmpdir(), 'sbk-out-')), 'build')
    const r = await index(corpus, out)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
  })

  it('a good build writes every file and a manifest with correct counts', () => {
    const manifest: Manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ laws: 1, articles: 98, qa: 1, documents: 2, passages: 98 + 4 })
    expect(manifest.version).toMatch(/^[0-9a-f]{64}$/)
    expect(Object.keys(manifest.files).sort()).toEqual(['documents.json', 'pinyin.json', 'search-index.json', 'segmenter.json', 'vocabulary.json'])
    const store: DocumentStore = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'))
    expect(store.docs['qa/shebaoka-wufa-shiyong'].kind).toBe('qa')
    expect((store.docs['qa/shebaoka-wufa-shiyong'] as { citations: string[] }).citations).toEqual(['law/shehui-baoxian-fa#4', 'law/shehui-baoxian-fa#5', 'law/shehui-baoxian-fa#58'])
  })

  it('a broken corpus: every problem as file:line: message, exit 1, build/ byte for byte unchanged', async () => {
    const before = snapshot(out)
    const broken = fixtureCorpus()
    const q = (name: string, text: string | Buffer) => writeFileSync(join(broken, 'qa', name), text)
    q('no-end.md', '---\nid: no-end\ntitle: 没有结束\n\n答案。\n')
    q('missing-title.md', qa('id: missing-title\nsource:\n  name: 测试\nupdated: 2024-01-01'))
    q('dup-a.md', qa(good('dup-a')))
    q('dup-b.md', qa(good('dup-a')))
    q('unknown-key.md', qa(`${good('unknown-key')}\nauthor: 某人`))
    q('bad-date.md', qa('id: bad-date\ntitle: 日期\nsource:\n  name: 测试\nupdated: 昨天'))
    q('dangling.md', qa(`${good('dangling')}\ncitations:\n  - 《中华人民共和国社会保险法》第九百条`))
    q('bad-yaml.md', qa('id: bad-yaml\ntitle: [未闭合\nsource:\n  name: 测试'))
    // 社保卡 in GBK.
    q('gbk.md', Buffer.concat([Buffer.from(qa(good('gbk'), '')), Buffer.from([0xc9, 0xe7, 0xb1, 0xa3, 0xbf, 0xa8, 0x0a])]))
    const r = await index(broken, out)
    expect(r.code).toBe(1)
    const lines = r.stderr.split('\n')
    const expectLine = (re: RegExp) => expect(lines.some((l) => re.test(l)), `${re} in\n${r.stderr}`).toBe(true)
    expectLine(/qa\/no-end\.md:1: front matter is opened with --- but never closed/)
    expectLine(/qa\/missing-title\.md:\d+: missing required field "title"/)
    expectLine(/qa\/dup-b\.md:2: duplicate id "dup-a" \(also in .*dup-a\.md\)/)
    expectLine(/qa\/dup-b\.md:2: id "dup-a" must match the file name "dup-b\.md"/)
    expectLine(/qa\/unknown-key\.md:7: unknown field "author"/)
    expectLine(/qa\/bad-date\.md:6: updated: must be a date YYYY-MM-DD/)
    expectLine(/qa\/bad-yaml\.md:4: invalid YAML/)
    expectLine(/qa\/gbk\.md:\d+: not valid UTF-8/)
    expect(snapshot(out)).toEqual(before)
    expect(readdirSync(join(out, '..')).filter((n) => n !== 'build')).toEqual([])
  })

  it('a dangling citation names the file and the line of the citation', async () => {
    const broken = fixtureCorpus()
    writeFileSync(join(broken, 'qa', 'dangling.md'), qa(`${good('dangling')}\ncitations:\n  - 《中华人民共和国社会保险法》第五十八条\n  - 《中华人民共和国社会保险法》第九百条`))
    const r = await index(broken, join(mkdtempSync(join(tmpdir(), 'sbk-out-')), 'build'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/qa\/dangling\.md:9: citation "《中华人民共和国社会保险法》第九百条" does not resolve: 第九百条 is not in that law/)
  })

  it('a question type whose pattern does not compile names the file and its line', async () => {
    const broken = fixtureCorpus()
    // {thing} (a word of the question, filled in per query) is valid in an answer, and only there.
    const types = "- type: kinds\n  cues: 几种\n  answer: '{thing}、{thing}'\n- type: duration\n  cues: '{thing}'\n  answer: (日内\n"
    writeFileSync(join(broken, 'question-types.yaml'), types)
    const r = await index(broken, join(mkdtempSync(join(tmpdir(), 'sbk-out-')), 'build'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/question-types\.yaml:5: 1\.cues: not a valid regular expression/)
    expect(r.stderr).toMatch(/question-types\.yaml:6: 1\.answer: not a valid regular expression/)
    expect(r.stderr).not.toMatch(/0\.answer/)
  })

  it('two colloquial phrases that read the same once quantities are in one form name the file and the line', async () => {
    const broken = fixtureCorpus()
    writeFileSync(join(broken, 'synonyms.yaml'), 'colloquial:\n  满十六岁: 年满十六周岁\n  老外: 外国人\n  满16岁: 年满十六周岁\n')
    const r = await index(broken, join(mkdtempSync(join(tmpdir(), 'sbk-out-')), 'build'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/synonyms\.yaml:4: colloquial\.满16岁: the same phrase as another entry \(满16岁\)/)
  })

  it("how citizens ask for an article is indexed with it, from the law's file in asked/", () => {
    const store: DocumentStore = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'))
    const asked = readFileSync('corpus/asked/中华人民共和国社会保险法.yaml', 'utf8')
    const first = /^第十六条:\n {2}- (.+)$/m.exec(asked)?.[1]
    expect(first).toBeTruthy()
    expect(store.passages['law/shehui-baoxian-fa#16'].asked).toContain(first)
  })

  it('an asked file for a law not in the corpus, or for an article the law lacks, names the file and the line', async () => {
    const broken = fixtureCorpus()
    writeFileSync(join(broken, 'asked/中华人民共和国社会保险法.yaml'), '# how citizens ask\n第十六条:\n  - 社保交满几年能领养老金\n第九百条:\n  - 没有这一条\n第十七条: []\n')
    writeFileSync(join(broken, 'asked/社会保险发.yaml'), '第一条:\n  - 错字的法名\n')
    const r = await index(broken, join(mkdtempSync(join(tmpdir(), 'sbk-out-')), 'build'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/asked\/中华人民共和国社会保险法\.yaml:4: 中华人民共和国社会保险法 has no 第九百条/)
    expect(r.stderr).toMatch(/asked\/中华人民共和国社会保险法\.yaml:6: 第十七条: at least one question/)
    expect(r.stderr).toMatch(/asked\/社会保险发\.yaml:1: no law titled 社会保险发 in the corpus/)
  })

  it('an empty corpus is an error, not an empty index', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sbk-empty-'))
    for (const f of ['dictionary.txt', 'synonyms.yaml', 'stopwords.txt', 'question-types.yaml']) cpSync(join('corpus', f), join(empty, f))
    const r = await index(empty, join(mkdtempSync(join(tmpdir(), 'sbk-out-')), 'build'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/the corpus is empty/)
  })

  it('a second build while one holds the lock is refused with a clear message', async () => {
    const lock = `${out}.lock`
    writeFileSync(lock, String(process.pid))
    try {
      const r = await index(corpus, out)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/another index build \(pid \d+\) is running/)
    } finally {
      writeFileSync(lock, '999999999')
    }
    // A lock left by a dead process is taken over.
    const r = await index(corpus, out)
    expect(r.code).toBe(0)
  })

  it('the committed corpus: ≥ 15 laws, ≥ 1,000 articles, the seed article linked', () => {
    const manifest: Manifest = JSON.parse(readFileSync('build/manifest.json', 'utf8'))
    expect(manifest.laws).toBeGreaterThanOrEqual(15)
    expect(manifest.articles).toBeGreaterThanOrEqual(1000)
    const store: DocumentStore = JSON.parse(readFileSync('build/documents.json', 'utf8'))
    expect(store.passages['law/shehui-baoxian-fa#58'].text.split('\n')).toHaveLength(3)
    expect(store.passages['law/shehui-baoxian-fa#58'].title).toBe('中华人民共和国社会保险法 第五十八条')
  })
})

describe('a build killed with SIGKILL midway', () => {
  it('leaves the previous build working, and the next build cleans up and succeeds', async () => {
    const corpus = fixtureCorpus()
    const out = join(mkdtempSync(join(tmpdir(), 'sbk-kill-')), 'build')
    expect((await index(corpus, out)).code).toBe(0)
    const before = snapshot(out)
    // Kill at several points of a ~2–3 s build: reading, linking, indexing, writing.
    for (const delayMs of [300, 900, 1500, 2100]) {
      // The build itself in this process (not behind tsx's launcher), so SIGKILL hits the build.
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/index/cli.ts', '--corpus', corpus, '--out', out], { stdio: 'ignore' })
      const exited = new Promise((r) => child.once('exit', r))
      await new Promise((r) => setTimeout(r, delayMs))
      child.kill('SIGKILL')
      await exited
      // Either untouched, or (killed after the swap) a complete build of the same corpus.
      const after = snapshot(out)
      if (JSON.stringify(after) !== JSON.stringify(before)) {
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
        expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).passages).toBe(102)
      }
    }
    const r = await index(corpus, out)
    expect(r.code).toBe(0)
    expect(readdirSync(join(out, '..')).sort()).toEqual(['build'])
  }, 120_000)
})

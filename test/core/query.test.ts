/** The query pipeline turns what citizens type into the terms the index holds. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createQueryAnalyzer } from '../../core/query/analyze.ts'
import { indexHolds, type PinyinData } from '../../core/query/pinyin.ts'
import { PostingsIndex, type PostingsData } from '../../core/search/postings.ts'
import { ASKED_FIELD } from '../../core/search/options.ts'
import { loadNodejieba } from '../../scripts/segment/nodejieba.ts'
import { loadVocabulary } from '../../scripts/vocabulary/load.ts'

const { vocabulary } = loadVocabulary('corpus')
const analyze = createQueryAnalyzer(loadNodejieba('corpus/dictionary.txt'), vocabulary!)
/** With the built pinyin table, as the services run: whether the index holds a word then counts. */
const withPinyin = createQueryAnalyzer(loadNodejieba('corpus/dictionary.txt'), vocabulary!, { pinyin: () => JSON.parse(readFileSync('build/pinyin.json', 'utf8')) })

describe('query pipeline', () => {
  it('drops question words and keeps the domain words whole', () => {
    const q = analyze('社保卡密码被锁了怎么办？')
    expect(q.terms).toContain('社保卡')
    expect(q.terms).toContain('密码')
    expect(q.terms).toContain('锁')
    expect(q.terms).not.toContain('怎么办')
    expect(q.terms).not.toContain('了')
    // 合法 only asks the question (合法吗); the laws use it inside 合法权益.
    expect(analyze('入职时公司收押金合法吗').terms).not.toContain('合法')
  })

  it('full-width, traditional and upper-case input gives the same terms as the plain form', () => {
    expect(analyze('社保卡密碼被鎖').terms).toEqual(analyze('社保卡密码被锁').terms)
    expect(analyze('ＳＢＫ　补办').terms).toEqual(analyze('sbk 补办').terms)
  })

  it('article numbers in Arabic numerals become the law’s own form', () => {
    const q = analyze('社会保险法第58条')
    expect(q.terms).toContain('第五十八条')
    expect(q.articles).toEqual([58])
  })

  it('synonyms and colloquial words add the legal wording as expansions', () => {
    const q = analyze('社保卡丢了')
    expect(q.expansions).toContain('社会保障卡')
    expect(q.covers['社会保障卡']).toContain('社保卡')
    const foreigner = analyze('老外要交社保吗')
    expect(foreigner.expansions).toContain('外国人')
  })

  it('the kind of answer a question asks for comes from corpus/question-types.yaml', () => {
    const [timeLimit] = analyze('工伤认定申请要在多久之内提出').answerTypes
    expect(timeLimit.test('应当自事故伤害发生之日起30日内')).toBe(true)
    expect(timeLimit.test('职工有下列情形之一的，应当认定为工伤')).toBe(false)
    // 多少天 asks for a time, not an amount.
    expect(analyze('辞职要提前多少天通知公司').answerTypes.map((r) => r.test('提前三十日以书面形式通知'))).toEqual([true])
    expect(analyze('社保卡密码被锁了').answerTypes).toEqual([])
    // When a law takes effect: the article that says 自…起施行, not one that only mentions 施行.
    const effective = analyze('工伤保险条例什么时候生效').answerTypes
    expect(effective.some((r) => r.test('本条例自2004年1月1日起施行。'))).toBe(true)
    expect(effective.filter((r) => r.test('本条例施行前已受到事故伤害的职工，按照本条例的规定执行。'))).toHaveLength(0)
    // Which department is in charge: the article that gives a department its field of work (…负责…工作).
    const charge = analyze('工伤保险归哪个部门管').answerTypes
    expect(charge.filter((r) => r.test('国务院社会保险行政部门负责全国的工伤保险工作。'))).toHaveLength(2)
    expect(charge.filter((r) => r.test('由社会保险行政部门负责。'))).toHaveLength(1)
    // Whether something is legal: the article that forbids it, not the penalty for it.
    const legal = analyze('招未满十六岁的童工违法吗')
    expect(legal.answerTypes.map((r) => r.test('禁止用人单位招用未满十六周岁的未成年人。'))).toEqual([true])
    expect(legal.answerTypes.map((r) => r.test('由劳动行政部门责令改正，处以罚款。'))).toEqual([false])
    // 会怎么处理 asks what happens to whoever did it: the penalty.
    expect(analyze('挪用社保基金会怎么处理').answerTypes.some((r) => r.test('依法给予处分'))).toBe(true)
    // What a term means: the article that defines it (…，是指…).
    const meaning = analyze('非全日制用工是什么意思').answerTypes
    expect(meaning.map((r) => r.test('非全日制用工，是指以小时计酬为主……的用工形式。'))).toEqual([true])
    expect(meaning.map((r) => r.test('非全日制用工双方当事人可以订立口头协议。'))).toEqual([false])
    // Where a fund's money comes from: the article saying what it is made of, not one on how it is spent.
    const source = analyze('工伤保险基金的钱从哪里来').answerTypes
    expect(source.some((r) => r.test('工伤保险基金由用人单位缴纳的工伤保险费、工伤保险基金的利息和依法纳入工伤保险基金的其他资金构成。'))).toBe(true)
    expect(source.some((r) => r.test('工伤保险基金存入社会保障基金财政专户，用于本条例规定的工伤保险待遇。'))).toBe(false)
    // Where to report something: the article on reports and complaints.
    const report = analyze('发现单位骗工伤保险可以举报吗').answerTypes
    expect(report.some((r) => r.test('任何组织或者个人有权对违反本条例规定的行为进行举报。'))).toBe(true)
    // Whether a service costs money: the article saying it is free or may not be charged for.
    const fee = analyze('查社保缴费记录要收费吗').answerTypes
    expect(fee.some((r) => r.test('社会保险经办机构免费向用人单位和个人提供查询核对社会保险缴费和享受社会保险待遇记录'))).toBe(true)
    // 交钱 asks who pays contributions, not whether a service is free.
    expect(analyze('工伤保险个人需要交钱吗').answerTypes.some((r) => r.test('免费'))).toBe(false)
    // Whom to apply to, where to go: the article naming the office one applies to.
    const where = analyze('工伤认定找谁申请').answerTypes
    expect(where.some((r) => r.test('应当向统筹地区社会保险行政部门提出工伤认定申请'))).toBe(true)
    expect(analyze('工伤认定要多久').answerTypes.some((r) => r.test('应当向统筹地区社会保险行政部门提出工伤认定申请'))).toBe(false)
  })

  it('a question asking the kinds of a thing wants a passage naming several of them in full', () => {
    // The thing is the word after the cue (哪几种社会保险) or before it (军人保险有哪几种): each kind ends in its head, 保险.
    const kinds = (q: string, text: string) => analyze(q).answerTypes.filter((r) => r.test(text)).length
    const lists = '国家建立基本养老保险、基本医疗保险、工伤保险、失业保险、生育保险等社会保险制度。'
    const funds = '社会保险基金包括基本养老保险基金、基本医疗保险基金、工伤保险基金、失业保险基金和生育保险基金。'
    expect(kinds('国家有哪几种社会保险', lists)).toBe(2) // a list, and one of kinds of 保险
    expect(kinds('国家有哪几种社会保险', funds)).toBe(1) // a list of funds only
    expect(kinds('军人保险有哪几种', '军人伤亡保险、退役养老保险、退役医疗保险和随军未就业的军人配偶保险')).toBe(2)
    // 分为/由 and 组成 belong to the cue, not to the thing: 基本养老金 (…养老金和…养老金).
    expect(kinds('基本养老金由哪几部分组成', '基本养老金由统筹养老金和个人账户养老金组成。')).toBe(1)
    expect(kinds('劳动合同分为哪几种', '劳动合同分为固定期限劳动合同、无固定期限劳动合同和以完成一定工作任务为期限的劳动合同。')).toBe(2)
    // Nothing named around the cue: only the plain list type.
    expect(analyze('哪几种').answerTypes).toHaveLength(1)
  })

  it('words of an equivalents group are synonyms (full weight); colloquial wording is not', () => {
    expect(analyze('职工医保谁来缴费').synonyms).toContain('缴纳')
    const q = analyze('老外要交社保吗')
    expect(q.expansions).toContain('外国人')
    expect(q.synonyms).not.toContain('外国人')
    // 喝醉 and 醉酒 are the same word; 受伤 is what the laws call 伤害.
    expect(analyze('喝醉了受伤算工伤吗').synonyms).toContain('醉酒')
    expect(analyze('干活时被机器弄伤了算工伤吗').expansions).toEqual(expect.arrayContaining(['伤害', '工作']))
    // The laws call the medical insurance card a 医疗保障凭证, and others 他人.
    expect(analyze('医保卡可以借给别人用吗').expansions).toEqual(expect.arrayContaining(['医疗保障', '凭证', '他人']))
    // An abbreviation in the domain dictionary means its full name; 怎么回事 asks nothing.
    const abbreviation = analyze('新农合是怎么回事')
    expect(abbreviation.synonyms).toEqual(expect.arrayContaining(['新型农村', '合作医疗']))
    expect(abbreviation.terms).not.toContain('回事')
  })

  it('a colloquial phrase inside a longer one already matched adds nothing more', () => {
    expect(analyze('下班路上被车撞了').expansions).not.toContain('就业')
    expect(analyze('在中国上班要交社保吗').expansions).toContain('就业')
  })

  it('a colloquial word inside a mis-cut the index does not hold covers it (要交 → 缴纳)', () => {
    const q = withPinyin('在中国上班要交社保吗')
    expect(q.terms).toContain('要交')
    expect(q.covers['缴纳']).toContain('要交')
    // A word the index holds is not covered by a colloquial word it happens to contain.
    expect(withPinyin('交通事故算工伤吗').covers['缴纳'] ?? []).not.toContain('交通')
  })

  it('a colloquial phrase that starts or ends inside a word the index holds is not matched', () => {
    // 不满十六岁 is under sixteen: 满十六岁 (→ 年满十六周岁) starts inside 不满.
    expect(withPinyin('满十六岁多久内要去办身份证').expansions).toContain('年满')
    expect(withPinyin('不满十六岁可以办身份证吗').expansions).not.toContain('年满')
    // A mis-cut the index does not hold does not stop a phrase (要交 in 要交社保).
    expect(withPinyin('老外要交社保吗').covers['缴纳']).toContain('社保')
  })

  it('a colloquial phrase with a quantity matches it in either numeral form', () => {
    // 满十六岁 → 年满十六周岁 is written with Chinese numerals; 未满18岁 → 未成年工 with digits.
    for (const q of ['满十六岁多久内要去办身份证', '满16岁多久内要去办身份证']) expect(withPinyin(q).expansions).toContain('年满')
    for (const q of ['未满十八岁能打工吗', '未满18岁能打工吗']) expect(withPinyin(q).expansions).toContain('未成年工')
    // … and still not where it starts inside a word the index holds (不满16岁 is under sixteen).
    expect(withPinyin('不满16岁可以办身份证吗').expansions).not.toContain('年满')
  })

  it("a question's form (多少钱, 多久) is told from what it is about", () => {
    const q = withPinyin('失业金一个月能领多少钱')
    expect(q.form).toEqual(expect.arrayContaining(['多少', '钱']))
    expect(q.form).not.toContain('失业金')
    // 标准 stands in for 多少钱 alone, so it is form too.
    expect(withPinyin('苹果手机多少钱').form).toEqual(expect.arrayContaining(['多少', '钱', '标准']))
    expect(withPinyin('工伤认定申请时限').form).toEqual(['时限'])
  })

  it('a query of only question words has no terms', () => {
    expect(analyze('怎么办呢').terms).toEqual([])
    expect(analyze('的').terms).toEqual([])
  })

  it('never throws on hostile input', () => {
    for (const s of ['\uD800', '\u0000\u202E', '😀'.repeat(50), '<script>alert(1)</script>', 'a'.repeat(10_000)]) {
      expect(() => analyze(s)).not.toThrow()
    }
  })
})

describe('indexHolds (typo detection without a set of all words)', () => {
  it("is true exactly for the Chinese words of 2+ characters the built index holds in the corpus's own texts", () => {
    const pinyin: PinyinData = JSON.parse(readFileSync('build/pinyin.json', 'utf8'))
    const data: PostingsData = JSON.parse(readFileSync('build/search-index.json', 'utf8'))
    const index = new PostingsIndex(data)
    const terms = data.terms.filter((t) => index.holdsOutside(t, ASKED_FIELD))
    // How citizens ask (corpus/asked/) adds colloquial mis-cuts that are not words of the corpus.
    expect(index.has('要交') && !index.holdsOutside('要交', ASKED_FIELD)).toBe(true)
    const han = terms.filter((t) => /^\p{Script=Han}{2,}$/u.test(t))
    expect(han.length).toBeGreaterThan(1000)
    const listed = new Set(Object.values(pinyin.words).flat())
    expect(new Set(han)).toEqual(listed)
    for (const w of han) expect(indexHolds(w, pinyin), w).toBe(true)
    const held = new Set(terms)
    // Words made of the index's own characters that it does not hold: reversed words, one-off typos.
    const others = [...han.map((w) => [...w].reverse().join('')), '补尝金', '密码锁', '社保卡卡'].filter((w) => !held.has(w))
    expect(others.length).toBeGreaterThan(500)
    for (const w of others) expect(indexHolds(w, pinyin), w).toBe(false)
  })
})

describe('sound-alikes', () => {
  it('are not offered for a word people type as it is, in how they ask for an article (手机 is not 收集)', () => {
    const index = new PostingsIndex(JSON.parse(readFileSync('build/search-index.json', 'utf8')))
    const pinyin = JSON.parse(readFileSync('build/pinyin.json', 'utf8'))
    const options = { pinyin, indexHas: (t: string) => index.holdsOutside(t, ASKED_FIELD) }
    // 手机 is in no law's text, only in the questions of corpus/asked/.
    expect(index.has('手机') && !index.holdsOutside('手机', ASKED_FIELD)).toBe(true)
    const typed = createQueryAnalyzer(loadNodejieba('corpus/dictionary.txt'), vocabulary!, { ...options, typed: (t) => index.has(t) })
    const textOnly = createQueryAnalyzer(loadNodejieba('corpus/dictionary.txt'), vocabulary!, options)
    expect(textOnly('苹果手机多少钱').expansions).toContain('收集')
    expect(typed('苹果手机多少钱').expansions).not.toContain('收集')
    // A typo still finds its word.
    expect(typed('社保卡密马被锁').expansions).toContain('密码')
  })
})

describe('the pinyin table is parsed only when a question needs it', () => {
  it('not for words the index holds; once for a typo or pinyin; the same terms as with the table given outright', () => {
    const text = readFileSync('build/pinyin.json', 'utf8')
    const index = new PostingsIndex(JSON.parse(readFileSync('build/search-index.json', 'utf8')))
    let parses = 0
    const lazy = createQueryAnalyzer(loadNodejieba('corpus/dictionary.txt'), vocabulary!, {
      pinyin: () => (parses++, JSON.parse(text)),
      indexHas: (t) => index.holdsOutside(t, ASKED_FIELD),
    })
    const eager = createQueryAnalyzer(loadNodejieba('corpus/dictionary.txt'), vocabulary!, { pinyin: JSON.parse(text) })
    const same = (q: string) => expect(lazy(q), q).toEqual(eager(q))
    for (const q of ['社保卡密码被锁了怎么办', '工伤认定申请时限', '交通事故算工伤吗', '失业保险金怎么领']) same(q)
    expect(parses).toBe(0)
    // 要交 (a mis-cut of 要 + 交), 密马, sbk: words the index does not hold.
    for (const q of ['在中国上班要交社保吗', '社保卡密马被锁', 'sbk 补办', 'shebaoka']) same(q)
    expect(parses).toBe(1)
  })
})

/**
 * The front matter a maintainer writes, validated with zod. A Q&A article is
 * `corpus/qa/<id>.md`: YAML front matter, then the answer as Markdown. `## ` headings split the
 * answer into passages (each is answerable on its own); text before the first heading is the
 * first passage.
 */
import { z } from 'zod'

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug: letters, digits and single hyphens')

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL')

/** `YYYY-MM-DD`; YAML may already have parsed it to a Date. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
)

/** A citation as people write it: 《中华人民共和国社会保险法》第五十八条 (the 《》 may be omitted; 第58条 is accepted). */
const citation = z.string().min(3).regex(/第[0-9一二三四五六七八九十百千零〇两]+条/, 'must name an article: 《法律名称》第N条')

export const qaFrontMatter = z
  .object({
    /** Unique, stable id; also the file name (`corpus/qa/<id>.md`). */
    id: slug,
    /** The question as a citizen asks it; the article's title. */
    title: z.string().trim().min(2).max(200),
    /** One or two sentences: the short answer (摘要). */
    summary: z.string().trim().min(1).max(1000).optional(),
    /** Where the text comes from. `url` when it has one; `file` for an imported page. */
    source: z
      .object({
        name: z.string().trim().min(1),
        url: httpUrl.optional(),
        file: z.string().min(1).optional(),
      })
      .strict(),
    /** Last reviewed, YYYY-MM-DD. */
    updated: isoDate,
    /** Region the answer applies to (e.g. 东莞市), when it is not national. */
    region: z.string().trim().min(1).optional(),
    tags: z.array(z.string().trim().min(1)).default([]),
    /** Law articles the answer rests on. */
    citations: z.array(citation).default([]),
    /** Ids of other Q&A articles worth reading next. */
    related: z.array(slug).default([]),
  })
  .strict()

export type QaFrontMatter = z.infer<typeof qaFrontMatter>

/** Front matter of a law file in `corpus/laws/`: where the official text was taken from. */
export const lawFrontMatter = z
  .object({
    source: z
      .object({
        name: z.string().min(1),
        path: z.string().min(1),
        commit: z.string().regex(/^[0-9a-f]{40}$/).optional(),
        url: httpUrl,
        license: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict()

export type LawFrontMatter = z.infer<typeof lawFrontMatter>

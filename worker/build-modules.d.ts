/** The build output, imported as text modules (wrangler.toml [[rules]] type = "Text"). */
declare module '*/build/search-index.json' {
  const text: string
  export default text
}
declare module '*/build/documents.json' {
  const text: string
  export default text
}
declare module '*/build/segmenter.json' {
  const text: string
  export default text
}
declare module '*/build/vocabulary.json' {
  const text: string
  export default text
}
declare module '*/build/manifest.json' {
  const text: string
  export default text
}
declare module '*/build/widget.json' {
  const text: string
  export default text
}
declare module '*/build/pinyin.json' {
  const text: string
  export default text
}

/**
 * "Did you mean": a query's words replaced by the closest words of the documents a typo-tolerant
 * search found, by trigram similarity (the measure pg_trgm uses, so the suggestion agrees with the
 * matches the database found). Works only from words the caller's own site returned, so a
 * suggestion never names a product of the other site.
 */
function trigrams(word: string): Set<string> {
  const padded = `  ${word.toLowerCase()} `
  const grams = new Set<string>()
  for (let i = 0; i < padded.length - 2; i++) grams.add(padded.slice(i, i + 3))
  return grams
}

/** pg_trgm's similarity(): shared trigrams over all distinct trigrams of both words. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a)
  const tb = trigrams(b)
  let shared = 0
  for (const gram of ta) if (tb.has(gram)) shared++
  const total = ta.size + tb.size - shared
  return total ? shared / total : 0
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
}

/**
 * The query with each word that is not in `vocabulary` replaced by its most similar vocabulary
 * word (similarity >= 0.3), or null when nothing changes.
 */
export function didYouMean(query: string, vocabulary: Iterable<string>): string | null {
  const known = new Set<string>()
  for (const text of vocabulary) for (const word of words(text)) if (word.length > 2) known.add(word)
  let changed = false
  const corrected = words(query).map((word) => {
    if (known.has(word) || word.length < 3) return word
    let best: { word: string; score: number } | null = null
    for (const candidate of known) {
      const score = trigramSimilarity(word, candidate)
      if (score >= 0.3 && (!best || score > best.score)) best = { word: candidate, score }
    }
    if (!best) return word
    changed = true
    return best.word
  })
  return changed ? corrected.join(" ") : null
}

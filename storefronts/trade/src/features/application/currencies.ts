/** The currencies a company may order in: those of the shop's regions, each once. */
export function currencyOptions(
  regions: ReadonlyArray<{ currency_code?: string | null; name?: string | null }>,
): Array<{ value: string; label: string }> {
  const seen = new Map<string, string[]>();
  for (const region of regions) {
    const code = region.currency_code?.toLowerCase();
    if (!code) continue;
    seen.set(code, [...(seen.get(code) ?? []), region.name ?? ""].filter(Boolean));
  }
  return [...seen.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, names]) => ({
      value: code,
      label: names.length ? `${code.toUpperCase()} (${names.join(", ")})` : code.toUpperCase(),
    }));
}

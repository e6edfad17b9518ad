/** `1 brief`, `3 briefs`: a count with the word that fits it. */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** `3 min read`: the reading time the pipeline worked out (src/citations/text-facts/reading-time.ts). */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}

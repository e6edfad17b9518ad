// rehype-citation's bundle imports Node's deprecated `punycode` built-in (DEP0040) for fetch code unused here;
// patches/rehype-citation+2.3.2.patch points it at the userland package, so importing it prints no warning.
import { Cite } from 'rehype-citation';
import type { CslStyle } from './styles.ts';

// Only the part of citation-js's CSL plugin configuration used here; its declared type is `{}`.
interface TemplateRegister {
  get(name: string): string;
  has(name: string): boolean;
  add(name: string, xml: string): void;
}

// The two CSL features that make one entry depend on the others in the same bibliography:
// `disambiguate-add-year-suffix` (two 2026 entries by one author become 2026a and 2026b) and
// `subsequent-author-substitute` (a repeated author becomes "———"). Our lists are numbered and each entry
// is cached and reused on its own, so an entry must read the same whatever its neighbours are.
const NEIGHBOUR_DEPENDENT = /\s(?:disambiguate-add-year-suffix|subsequent-author-substitute)="[^"]*"/g;

/**
 * The name of a copy of `style` in which every entry is formatted independently of the others (see above),
 * registered in citation-js's template registry the first time it is asked for. That registry is citation-js's
 * own process-wide state; adding a template under a name of ours leaves the original styles untouched.
 */
export function getIndependentStyle(style: CslStyle): string {
  const templates = (
    Cite.plugins as unknown as { config: { get(name: '@csl'): { templates: TemplateRegister } } }
  ).config.get('@csl').templates;
  const name = `footnoted-${style}`;
  if (!templates.has(name)) templates.add(name, templates.get(style).replace(NEIGHBOUR_DEPENDENT, ''));
  return name;
}

import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parseIsoDate } from '../../src/lib/date-problems.ts';
import { withoutEmpty } from './without-empty.ts';

/**
 * Reads a source's details from its page: Open Graph tags (`og:title`, `og:site_name`,
 * `article:published_time`), the JSON-LD of a `NewsArticle` or `Article` (`headline`, `author`, `publisher`,
 * `datePublished`), the `author` meta tag and the `<title>`.
 */

/** What a page says about itself; dates as `YYYY-MM-DD`. */
export interface PageDetails {
  title?: string;
  publisher?: string;
  author?: string;
  date?: string;
}

/** Schema.org types of a news story or an article. */
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|ScholarlyArticle|Report)$/;

/** The details a page gives about itself. */
export function readPageDetails(html: string): PageDetails {
  const { meta, title, jsonLd } = collectHead(fromHtml(html));
  const article = jsonLd.flatMap(flattenGraph).find((node) => [node['@type']].flat().some(isArticleType));
  const published = meta.get('article:published_time') ?? text(article?.datePublished) ?? meta.get('date');
  return withoutEmpty({
    title: meta.get('og:title') ?? text(article?.headline) ?? title,
    publisher: meta.get('og:site_name') ?? nameOf(article?.publisher),
    author: nameOf(article?.author) ?? notAddress(meta.get('author') ?? meta.get('article:author')),
    date: toDay(published),
  });
}

function collectHead(tree: Root) {
  const meta = new Map<string, string>();
  const jsonLd: unknown[] = [];
  let title: string | undefined;
  visit(tree, 'element', (node: Element) => {
    const { property, name, content, type } = node.properties;
    if (node.tagName === 'meta' && typeof content === 'string') {
      const key = String(property ?? name ?? '').toLowerCase();
      if (key && content.trim() && !meta.has(key)) meta.set(key, content.trim());
    } else if (node.tagName === 'title') {
      title ??= innerText(node);
    } else if (node.tagName === 'script' && type === 'application/ld+json') {
      jsonLd.push(parseJson(innerText(node) ?? ''));
    }
  });
  return { meta, title, jsonLd };
}

type JsonObject = Record<string, unknown>;

function flattenGraph(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flattenGraph);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as JsonObject;
  return [node, ...flattenGraph(node['@graph'])];
}

function isArticleType(type: unknown): boolean {
  return typeof type === 'string' && ARTICLE_TYPES.test(type);
}

/** A name, or several: `"Ann Lee"`, `{ "name": "Ann Lee" }`, `[{ "name": "A" }, { "name": "B" }]` → `A, B`. */
function nameOf(value: unknown): string | undefined {
  const names = [value]
    .flat()
    .map((item) => (typeof item === 'object' && item ? (item as JsonObject).name : item));
  const texts = names.map(text).filter((name): name is string => name !== undefined);
  return texts.length > 0 ? texts.join(', ') : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().replace(/\s+/g, ' ') : undefined;
}

function notAddress(value: string | undefined): string | undefined {
  return value && !/^https?:/.test(value) ? value : undefined;
}

function toDay(value: string | undefined): string | undefined {
  const day = value?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && parseIsoDate(day) ? day : undefined;
}

function innerText(node: Element): string | undefined {
  const value = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return text(value);
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

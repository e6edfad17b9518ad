import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatSourceDate, getSourceDomain, type BriefSource } from '../../citations/index.ts';
import { smartenText } from '../../typography/index.ts';

/**
 * One source in the news style, as news sites list theirs: the title is the link, then one line of facts,
 * `<a href="…">Title</a> Publisher via AFP · Author · 19 May 2026 · host`. Two nodes, as in the source cards:
 * source-list.css sets the title on its own line, so no element is spent on the line of facts.
 * Our own code, not the CSL engine's: it costs microseconds, and loads nothing.
 */
export function formatNewsReference(source: BriefSource): ElementContent[] {
  const title = smartenText(source.title.trim()) || source.url;
  const facts = getNewsFacts(source);
  const heading = source.url ? createLink(source.url, title) : text(title);
  return facts ? [heading, text(` ${facts}`)] : [heading];
}

/**
 * The facts after the title, each only when the source has it, joined by middle dots: the publisher (with
 * `via` the agency behind the story), the author, the date as the cards write it, and the host a reader will
 * land on when it is not the publisher's name already (sources from link definitions are published by it).
 */
export function getNewsFacts(source: BriefSource): string {
  const publisher = smartenText(source.publisher.trim());
  const host = getSourceDomain(source.url);
  const facts = [
    getOutlet(publisher, smartenText(source.agency?.trim() ?? '')),
    smartenText(source.author?.trim() ?? ''),
    formatSourceDate(source.date) ?? '',
    host !== undefined && !isSameName(host, publisher) ? host : '',
  ];
  return facts.filter((fact) => fact !== '').join(' · ');
}

/** `Publisher via Agency`; only one of them when the other is missing or the same ("AFP via AFP"). */
function getOutlet(publisher: string, agency: string): string {
  if (agency === '' || isSameName(agency, publisher)) return publisher;
  return publisher === '' ? agency : `${publisher} via ${agency}`;
}

function isSameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function createLink(url: string, title: string): Element {
  return h('a', { href: url, rel: ['noopener', 'noreferrer'] }, title);
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-build.ts';
import { EXPECTED_GROUPS } from '../helpers/first-brief-facts.ts';
import { renderBriefFile } from '../helpers/render-brief.ts';

const FIRST_BRIEF = join(PROJECT_ROOT, 'content/briefs/2026-05-19-us-china-ai-dialogue.md');

const EXPECTED_URLS = [
  'https://wp.globalpulseonline.com/sino-us-cooperation-on-ai-on-the-table/',
  'https://ground.news/article/beijing-says-china-us-should-work-together-to-promote-ai-governance',
  'https://aisafetychina.substack.com/p/china-us-launch-ai-dialogue-chinese',
  'http://en.people.cn/n3/2026/0604/c90000-20463809.html',
  'https://www.digitaljournal.com/world/ai-rivalry-overshadows-push-for-guardrails-at-xi-trump-talks-experts/article',
];

const attribute = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');

describe('the first brief, rendered through the site’s Markdown processor', () => {
  let tree: Root;
  const byId = (id: string) => select(`[id="${id}"]`, tree);
  const targetOf = (link: Element) => byId(attribute(link, 'href').slice(1));

  beforeAll(async () => {
    tree = fromHtml((await renderBriefFile(FIRST_BRIEF)).html, { fragment: true });
  });

  it('links each of its 12 citation groups to exactly the sources its brackets name', () => {
    const groups = selectAll('sup.source-refs', tree).map((group) =>
      selectAll('a[role="doc-noteref"]', group).map((link) =>
        Number(String(targetOf(link)?.properties.id).split('-').at(-1)),
      ),
    );
    expect(groups).toEqual(EXPECTED_GROUPS);
  });

  it('lists its 5 sources in order, each linking to its URL', () => {
    const entries = selectAll('[role="doc-endnotes"] ol > li', tree);
    expect(entries).toHaveLength(5);
    entries.forEach((entry, index) => {
      const links = selectAll('a[rel="noopener noreferrer"]', entry).map((link) => attribute(link, 'href'));
      expect(links).toEqual([EXPECTED_URLS[index]]);
    });
  });

  it('gives each source a back-link to each citation group that cites it, in order', () => {
    const entries = selectAll('[role="doc-endnotes"] ol > li', tree);
    const groups = selectAll('sup.source-refs', tree);
    entries.forEach((entry, index) => {
      const sourceNumber = index + 1;
      const citing = groups.filter((group) =>
        selectAll('a[role="doc-noteref"]', group).some((link) => targetOf(link) === entry),
      );
      const backTargets = selectAll('a[role="doc-backlink"]', entry).map((link) => targetOf(link));
      expect(backTargets).toEqual(citing);
      expect(citing).toHaveLength(EXPECTED_GROUPS.filter((group) => group.includes(sourceNumber)).length);
    });
  });
});

describe('the first brief’s source cards', () => {
  it('tell the reader when a claim’s sources are one outlet: the Sun Chenghao claim rests on two AFP reports', async () => {
    const tree = fromHtml((await renderBriefFile(FIRST_BRIEF)).html, { fragment: true });
    const groups = selectAll('sup.source-refs', tree);
    const cardOf = (index: number) => {
      const button = select('button', groups[index] ?? { type: 'root', children: [] });
      return select(`[id="${String(button?.properties.popoverTarget)}"]`, tree);
    };
    const text = (index: number) => JSON.stringify(cardOf(index));
    expect(text(9)).toContain('2 of 5 sources · both from one outlet, AFP');
    expect(text(0)).toContain('5 of 5 sources');
    expect(text(0)).not.toContain('one outlet');
  });
});

import { describe, expect, it } from 'vitest';
import type { BriefData } from '../../src/lib/brief-schema.ts';
import type { PublishedEntry } from '../../src/lib/brief-sources.ts';
import { buildOutletIndex } from '../../src/lib/outlets.ts';
import type { CitedSentence } from '../../src/citations/claims/cited-sentences.ts';
import { RENDER_DATA_KEY, type RenderData } from '../../src/render-data/types.ts';
import type { BriefSource } from '../../src/citations/index.ts';

/** A brief as the content layer gives it, with the render data the pipeline would have stored. */
function makeBrief(
  id: string,
  sources: BriefSource[],
  citedSentences: CitedSentence[],
  claimCount = citedSentences.length,
): PublishedEntry {
  const renderData: RenderData = {
    messages: [],
    sources: undefined,
    idPrefix: `b${id}-`,
    citedSentences,
    claimCount,
    firstSentence: `Brief ${id} begins.`,
    readingMinutes: 1,
  };
  const data = { title: `Brief ${id}`, date: new Date('2026-05-19'), draft: false, sources } as BriefData;
  return { id, data, rendered: { metadata: { [RENDER_DATA_KEY]: renderData } } };
}

const afp = { title: 'Wire story', publisher: 'Agence France-Presse', url: 'https://afp.example/1' };
const carried = {
  title: 'Carried story',
  publisher: 'Ground News',
  agency: 'AFP',
  url: 'https://ground.example/1',
};
const reuters = { title: 'Reuters story', publisher: 'Reuters', url: 'https://reuters.example/1' };

describe('buildOutletIndex', () => {
  const first = makeBrief(
    '1',
    [afp, carried, reuters],
    [
      { group: 1, refs: [1, 2], text: 'Talks began.', coverage: 'own' },
      { group: 2, refs: [3], text: 'They will last two days.', coverage: 'own' },
      { group: 3, refs: [2, 3], text: 'Both sides were hopeful.', coverage: 'paragraph' },
    ],
    // One more sentence that nothing backs: counted, never listed.
    4,
  );
  const second = makeBrief('2', [reuters], [{ group: 1, refs: [1], text: 'Markets rose.', coverage: 'own' }]);
  const outlets = buildOutletIndex([first, second]);

  it('finds every publisher and every wire service, sorted by name', () => {
    expect(outlets.map((outlet) => [outlet.slug, outlet.name])).toEqual([
      ['afp', 'AFP'],
      ['ground-news', 'Ground News'],
      ['reuters', 'Reuters'],
    ]);
  });

  it('treats a wire service named as publisher or as agency, in any spelling, as one outlet', () => {
    const wire = outlets.find((outlet) => outlet.slug === 'afp');
    expect(wire?.briefs.map((item) => item.sources.map((own) => own.number))).toEqual([[1, 2]]);
    expect(wire?.sourceCount).toBe(2);
  });

  it('lists each sentence the outlet backs, with the outlet’s numbers and its group’s anchor', () => {
    const wire = outlets.find((outlet) => outlet.slug === 'afp');
    expect(wire?.briefs[0]?.sentences).toEqual([
      { text: 'Talks began.', refs: [1, 2], anchor: 'b1-cite-1' },
      { text: 'Both sides were hopeful.', refs: [2], anchor: 'b1-cite-3' },
    ]);
    expect(wire?.sentenceCount).toBe(2);
    expect(wire?.briefs[0]?.claimCount).toBe(4);
  });

  it('counts the briefs and sentences of an outlet across briefs, keeping the briefs’ order', () => {
    const outlet = outlets.find((entry) => entry.slug === 'reuters');
    expect(outlet?.briefs.map((item) => item.brief.id)).toEqual(['1', '2']);
    expect(outlet?.sentenceCount).toBe(3);
  });

  it('builds the index of a list once: every page of a build gets the same list', () => {
    const briefs = [first, second];
    expect(buildOutletIndex(briefs)).toBe(buildOutletIndex(briefs));
    expect(buildOutletIndex([second])).not.toBe(buildOutletIndex([second]));
  });

  it('lists a brief rendered without the citation stage by its sources alone', () => {
    const plain = { ...makeBrief('3', [reuters], []), rendered: undefined };
    const [outlet] = buildOutletIndex([plain]);
    expect(outlet?.briefs).toEqual([
      { brief: plain, sources: [{ number: 1, source: reuters }], sentences: [], claimCount: 0 },
    ]);
  });
});

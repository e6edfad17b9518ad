import { describe, expect, it } from 'vitest';
import { checkAddresses, getBriefId } from '../../../src/lib/checks/check-addresses.ts';

describe('getBriefId', () => {
  it("gives Astro's glob loader ids: lowercased, spaces as -, punctuation dropped, folders kept", () => {
    const ids = [
      'A Brief.md',
      'sub/Nested Brief.md',
      'world/index.md',
      'Café & Co!.md',
      '2026-05-23-中美对话.md',
    ];
    expect(ids.map((name) => getBriefId('/briefs', `/briefs/${name}`))).toEqual([
      'a-brief',
      'sub/nested-brief',
      'world',
      'café--co',
      '2026-05-23-中美对话',
    ]);
  });
});

describe('checkAddresses', () => {
  it('reports each file of a clash at its first line, naming the others and the address', () => {
    const files = ['/b/A Brief.md', '/b/a-brief.md', '/b/other.md', '/b/x/index.md', '/b/x.md'];
    expect(
      checkAddresses('/b', files).map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`),
    ).toEqual([
      '/b/A Brief.md:1:1: error: "a-brief.md" would publish at the same address, /briefs/a-brief/: rename one of the files',
      '/b/a-brief.md:1:1: error: "A Brief.md" would publish at the same address, /briefs/a-brief/: rename one of the files',
      '/b/x/index.md:1:1: error: "x.md" would publish at the same address, /briefs/x/: rename one of the files',
      '/b/x.md:1:1: error: "x/index.md" would publish at the same address, /briefs/x/: rename one of the files',
    ]);
  });

  it('reports nothing when every brief has its own address', () => {
    expect(checkAddresses('/b', ['/b/one.md', '/b/two.md', '/b/sub/one.md'])).toEqual([]);
  });
});

import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDisplayPath } from '../../../src/lib/diagnostics.ts';
import { formatSourcingReport } from '../../../scripts/report/format-report.ts';
import { readBriefs } from '../../../scripts/report/read-briefs.ts';
import { buildSourcingReport, type SourcingReport } from '../../../scripts/report/sourcing-report.ts';
import { PROJECT_ROOT } from '../../helpers/astro-build.ts';

const DIR = 'tests/fixtures/briefs-report';
const STRIKE = `${DIR}/2026-05-20-harbour-strike.md`;
const TALKS = `${DIR}/world/2026-05-21-harbour-talks.md`;
const UNION = 'https://union.example/statement';

let report: SourcingReport;

beforeAll(async () => {
  const { briefs, problems } = await readBriefs(join(PROJECT_ROOT, DIR));
  expect(problems).toEqual([]);
  report = buildSourcingReport(briefs, (file) => getDisplayPath(file, PROJECT_ROOT));
});

describe('the sourcing report of the fixture briefs', () => {
  it('counts sentences, and not headings, captions or an editor’s note', () => {
    expect(report.briefs.map(({ file, sentences, cited }) => ({ file, sentences, cited }))).toEqual([
      { file: STRIKE, sentences: 6, cited: 4 },
      { file: TALKS, sentences: 2, cited: 2 },
    ]);
  });

  it('lists the uncited sentences with file, line, column and text, marking quotes', () => {
    expect(report.briefs[0]?.uncited).toEqual([
      { file: STRIKE, line: 23, column: 1, text: 'The port authority gave no figures.', quote: false },
      {
        file: STRIKE,
        line: 23,
        column: 37,
        text: 'A spokesman said the port would “stay open for emergencies”.',
        quote: true,
      },
    ]);
  });

  it('lists claims resting on one source, the closing group’s included', () => {
    expect(
      report.briefs[0]?.singleSource.map(({ line, column, text, sources }) => [line, column, text, sources]),
    ).toEqual([
      [21, 51, 'Shipping stopped within hours.', [3]],
      [21, 82, 'The union called it “a last resort”.', [3]],
      [28, 3, 'Talks are set for Thursday.', [3]],
    ]);
  });

  it('lists claims whose sources all come from one outlet (two AFP stories), naming it', () => {
    expect(report.briefs[0]?.singleOutlet).toEqual([
      {
        file: STRIKE,
        line: 21,
        column: 1,
        text: 'Dock workers walked out at dawn on Monday.',
        sources: [1, 2],
        outlet: 'AFP',
      },
    ]);
    expect(report.briefs[1]?.singleOutlet).toEqual([]);
  });

  it('counts the claims each source backs, for sources from link definitions too', () => {
    expect(report.briefs.map((brief) => brief.sources.map((s) => [s.number, s.publisher, s.claims]))).toEqual(
      [
        [
          [1, 'Harbour Herald', 1],
          [2, 'Coast Daily', 1],
          [3, 'Dock Workers Union', 3],
        ],
        [
          [1, 'union.example', 2],
          [2, 'port.example', 1],
        ],
      ],
    );
    expect(report.briefs.map((brief) => [brief.title, brief.draft])).toEqual([
      ['Dock workers strike at the harbour', false],
      ['Harbour talks begin', true],
    ]);
  });

  it('sums the whole site, joining a source cited by two briefs by its URL', () => {
    const { sources, ...totals } = report.site;
    expect(totals).toEqual({
      briefs: 2,
      sentences: 8,
      cited: 6,
      uncited: 2,
      singleSource: 4,
      singleOutlet: 1,
    });
    expect(sources.map((s) => [s.url, s.claims, s.briefs])).toEqual([
      [UNION, 5, 2],
      ['https://coast-daily.example/port-strike', 1, 1],
      ['https://harbour-herald.example/strike', 1, 1],
      ['https://port.example/talks', 1, 1],
    ]);
  });

  it('prints the same findings as text, each at file:line:column', () => {
    const lines = formatSourcingReport(report);
    expect(lines.slice(0, 7)).toEqual([
      `${STRIKE}: Dock workers strike at the harbour`,
      '  6 sentences: 4 cited, 2 uncited, 3 resting on one source, 1 from one outlet',
      `  ${STRIKE}:23:1: uncited: The port authority gave no figures.`,
      `  ${STRIKE}:23:37: uncited quote: A spokesman said the port would “stay open for emergencies”.`,
      `  ${STRIKE}:21:51: one source [3]: Shipping stopped within hours.`,
      `  ${STRIKE}:21:82: one source [3]: The union called it “a last resort”.`,
      `  ${STRIKE}:28:3: one source [3]: Talks are set for Thursday.`,
    ]);
    expect(lines).toContain(
      `  ${STRIKE}:21:1: one outlet, AFP [1, 2]: Dock workers walked out at dawn on Monday.`,
    );
    expect(lines).toContain(`${TALKS}: Harbour talks begin (draft)`);
    expect(lines).toContain(
      'Whole site: 2 briefs, 8 sentences: 6 cited, 2 uncited, 4 resting on one source, 1 from one outlet',
    );
    expect(lines).toContain(`    Dock Workers Union: 5 claims in 2 briefs · ${UNION}`);
  });
});

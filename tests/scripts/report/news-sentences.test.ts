import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDisplayPath } from '../../../src/lib/diagnostics.ts';
import { readBriefs } from '../../../scripts/report/read-briefs.ts';
import { buildSourcingReport, type SourcingReport } from '../../../scripts/report/sourcing-report.ts';
import { PROJECT_ROOT } from '../../helpers/astro-build.ts';

// Briefs made of short excerpts of real news text (each brief's sources are where the text comes from): the
// sentences readers see there are the claims the report must count, in English, Croatian, Japanese, Chinese.
const DIR = 'tests/fixtures/briefs-news-sentences';

let report: SourcingReport;

beforeAll(async () => {
  const { briefs, problems } = await readBriefs(join(PROJECT_ROOT, DIR));
  expect(problems).toEqual([]);
  report = buildSourcingReport(briefs, (file) => getDisplayPath(file, PROJECT_ROOT));
});

/** The single-source claims of one brief, as `line:column: text`. */
function singleSource(name: string): string[] {
  const brief = report.briefs.find((entry) => entry.file === `${DIR}/${name}.md`);
  return (brief?.singleSource ?? []).map(({ line, column, text }) => `${line}:${column}: ${text}`);
}

describe('claims of real news text in the sourcing report', () => {
  it('ends a sentence at the broadcaster NOS, so each claim resting on one source is listed', () => {
    expect(singleSource('2026-05-22-plasterk-nos')).toEqual([
      '12:1: Plasterk’s candidacy to become prime minister is “no longer tenable,” sources close to the new PVV, VVD, NSC and BBB political coalition told broadcaster NOS.',
      '12:160: At best, the scandal casts a dark shadow on Plasterk’s management of the patent process involving a new cancer treatment.',
      '14:1: The current phase is “the highest alarm level,” sources told NOS.',
    ]);
    expect(singleSource('2026-05-22-nos-studio')).toEqual([
      '14:1: Nizozemski mediji javljaju da je uhićen naoružani muškarac koji je upao u državnu televizijsku kuću NOS.',
      '14:106: Ušavši s pištoljem na televiziju, u studiju je tražio da govori uživo u programu.',
    ]);
  });

  it('keeps a quoted question with its attribution, and a quotation of several sentences whole', () => {
    expect(singleSource('2026-05-22-pelosi-reelection')).toEqual([
      '13:1: “Donald Trump?” Tapper prompted.',
      '15:1: “You’re leading the way… Are you going to run for re-election?” Tapper asked.',
      '17:1: “You think I’m going to make an announcement right here and now?”',
      '17:67: Pelosi appeared to be taken aback.',
      '17:102: “Yeah. Why not? You’re going to run for re-election, though, yes?” Tapper asked again, prompting a laugh from Pelosi.',
    ]);
    expect(singleSource('2026-05-22-warren-why-now')[0]).toBe(
      '12:1: “Why now, why not a month ago, why not a month from now?” she said of the U.S. airstrike that she believes “moves us closer to war.”',
    );
    expect(singleSource('2026-05-22-vermeulen-nos')).toEqual([
      '16:229: “You now have to determine, and that will happen really soon, what the extent is and what is going on. Then you can do something about it.”',
      '20:1: An external confidential adviser is now taking stock of “the nature and impact of the signals”.',
      '20:97: After that, the NOS will decide whether further steps are necessary.',
    ]);
  });

  it('never splits a decimal number, and ends a sentence before a trailing ellipsis', () => {
    expect(singleSource('2026-05-22-manila-inflation').map((claim) => claim.split(': ')[0])).toEqual([
      '12:1',
      '14:1',
      '14:135',
      '16:1',
    ]);
    expect(singleSource('2026-05-22-uk-inflation').slice(2)).toEqual([
      '16:1: The largest pressure on CPI came from food, clothing, and recreation and culture.',
      '16:83: Despite the price of oil rising…',
    ]);
  });

  it('reads Japanese and Chinese sentence ends, a Japanese quotation with its particle', () => {
    expect(singleSource('2026-05-22-xi-press-conference')).toEqual([
      '14:1: 習近平総書記は会見で、「新たな旅は栄光と夢に満ちた遠征だ。青写真が描かれ、出発の角笛が鳴っている。我々は果敢に奮闘努力し、毅然として前へ進み、より輝かしい明日を切り開いていく」と抱負を語りました。',
    ]);
    const wang = report.briefs.find((brief) => brief.file.endsWith('wang-yi-pandemic.md'));
    expect(singleSource('2026-05-22-wang-yi-pandemic')).toEqual([
      '20:1: 王毅说,今年的记者会仍然是一场以视频方式同大家见面的特殊记者会。',
    ]);
    expect(wang?.singleOutlet.map(({ column, outlet }) => [column, outlet])).toEqual([
      [37, '新华社'],
      [68, '新华社'],
      [124, '新华社'],
    ]);
  });

  it('gives the same totals through npm run report', () => {
    const result = spawnSync('npm', ['run', '--silent', 'report', '--', '--json'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, BRIEFS_DIR: DIR },
      encoding: 'utf8',
    });
    const { site } = JSON.parse(result.stdout) as SourcingReport;
    expect({ ...site, sources: site.sources.length }).toEqual({
      briefs: 9,
      sentences: 31,
      cited: 31,
      uncited: 0,
      singleSource: 25,
      singleOutlet: 3,
      sources: 11,
    });
    expect(result.status).toBe(0);
  });
});

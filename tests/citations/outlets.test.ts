import { describe, expect, it } from 'vitest';
import {
  describeSingleOutlet,
  getSharedOutletName,
  groupByOutlet,
  isSingleOutlet,
  normaliseOutletName,
} from '../../src/citations/outlets.ts';

const AFP_ON_GROUND = { publisher: 'Ground News', agency: 'AFP' };
const AFP_ON_DIGITAL = { publisher: 'Digital Journal', agency: 'AFP' };
const REUTERS = { publisher: 'Reuters' };
const REUTERS_ON_YAHOO = { publisher: 'Yahoo News', agency: 'Reuters' };
const GLOBAL_PULSE = { publisher: 'Global Pulse' };

describe('isSingleOutlet', () => {
  it('is true for two stories of one wire service on two sites', () => {
    expect(isSingleOutlet([AFP_ON_GROUND, AFP_ON_DIGITAL])).toBe(true);
  });

  it('is true when a publisher is another source’s agency', () => {
    expect(isSingleOutlet([REUTERS, REUTERS_ON_YAHOO])).toBe(true);
  });

  it('is true for two stories of one publisher, whatever the case, spacing or a leading "The"', () => {
    expect(isSingleOutlet([{ publisher: 'The Guardian' }, { publisher: ' guardian ' }])).toBe(true);
  });

  it('reads the full names of the big agencies as their short ones', () => {
    expect(isSingleOutlet([AFP_ON_GROUND, { publisher: 'X', agency: 'Agence France-Presse' }])).toBe(true);
  });

  it('is false for sources of different outlets, and for a single source', () => {
    expect(isSingleOutlet([AFP_ON_GROUND, GLOBAL_PULSE])).toBe(false);
    expect(isSingleOutlet([AFP_ON_GROUND])).toBe(false);
    expect(isSingleOutlet([])).toBe(false);
  });

  it('joins outlets through a shared name, and ignores empty names', () => {
    const chain = [AFP_ON_GROUND, { publisher: 'Ground News' }, { publisher: 'Other', agency: 'AFP' }];
    expect(isSingleOutlet(chain)).toBe(true);
    expect(isSingleOutlet([{ publisher: '' }, { publisher: '' }])).toBe(false);
  });
});

describe('groupByOutlet', () => {
  it('returns the indexes of each outlet’s sources, in order of first appearance', () => {
    expect(groupByOutlet([GLOBAL_PULSE, AFP_ON_GROUND, REUTERS, AFP_ON_DIGITAL, REUTERS_ON_YAHOO])).toEqual([
      [0],
      [1, 3],
      [2, 4],
    ]);
  });

  it('merges two outlets that a later source links', () => {
    expect(groupByOutlet([{ publisher: 'A' }, { publisher: 'B' }, { publisher: 'A', agency: 'B' }])).toEqual([
      [0, 1, 2],
    ]);
  });
});

describe('naming the outlet for readers', () => {
  it('names the shared agency, else the shared publisher', () => {
    expect(getSharedOutletName([AFP_ON_GROUND, AFP_ON_DIGITAL])).toBe('AFP');
    expect(getSharedOutletName([REUTERS, { publisher: 'reuters' }])).toBe('Reuters');
    expect(getSharedOutletName([AFP_ON_GROUND, GLOBAL_PULSE])).toBeUndefined();
  });

  it('says it in a short note for a source card', () => {
    expect(describeSingleOutlet([AFP_ON_GROUND, AFP_ON_DIGITAL])).toBe('both from one outlet, AFP');
    expect(describeSingleOutlet([REUTERS, REUTERS_ON_YAHOO, { publisher: 'Reuters' }])).toBe(
      'all 3 from one outlet, Reuters',
    );
    expect(describeSingleOutlet([GLOBAL_PULSE])).toBeUndefined();
  });

  it('normalises names for comparison only', () => {
    expect(normaliseOutletName('  The  Associated Press ')).toBe('ap');
    expect(normaliseOutletName('The Times')).toBe('times');
  });
});

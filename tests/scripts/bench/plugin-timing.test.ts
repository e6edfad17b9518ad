import remarkParse from 'remark-parse';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatTally, timePlugin, type Tally } from '../../../scripts/bench/plugin-timing.ts';

// A plugin that appends its option to the file's data, so the test sees it still ran with its options.
const markSync: Plugin<[string]> = function markSync(label) {
  return (_tree, file) => {
    file.data.marks = [...((file.data.marks as string[] | undefined) ?? []), label];
  };
};
// The same with unified's callback style: a transformer of three parameters.
const markWithCallback: Plugin<[string]> = function markWithCallback(label) {
  return (_tree, file, next) => {
    file.data.marks = [...((file.data.marks as string[] | undefined) ?? []), label];
    next();
  };
};

describe('plugin timing', () => {
  it('times every transformer run under its plugin name, and keeps what each plugin does', async () => {
    const tally: Tally = new Map();
    const wrap = (plugin: Plugin<[string]>, label: string) => {
      const [attacher, options] = timePlugin(tally, [plugin as never, label]) as [Plugin<[string]>, string];
      return [attacher, options] as const;
    };
    const processor = unified()
      .use(remarkParse)
      .use(...wrap(markSync, 'a'))
      .use(...wrap(markWithCallback, 'b'));
    for (const text of ['One.', 'Two.']) {
      const file = new VFile(text);
      await processor.run(processor.parse(file), file);
      expect(file.data.marks).toEqual(['a', 'b']);
    }
    expect([...tally].map(([name, { calls }]) => [name, calls])).toEqual([
      ['markSync', 2],
      ['markWithCallback', 2],
    ]);
    expect(formatTally(new Map([['x', { ms: 12.4, cpuMs: 4.6, calls: 3 }]]))).toEqual([
      '[profile] x: 12 ms, 5 ms CPU, 3 calls',
    ]);
  });
});

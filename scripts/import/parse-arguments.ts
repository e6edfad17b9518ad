import { parseArgs } from 'node:util';
import { parseIsoDate } from '../../src/lib/date-problems.ts';

/** What `npm run import -- FILE [--title "Headline"] [--date YYYY-MM-DD] [--fetch]` asks for. */
export interface ImportArguments {
  /** The pasted text's file, or `-` for standard input. */
  file: string;
  title?: string;
  date?: string;
  fetch: boolean;
}

/** How to call the command, printed with any mistake in the arguments. */
export const USAGE = 'Usage: npm run import -- FILE|- [--title "Headline"] [--date YYYY-MM-DD] [--fetch]';

/** Reads the command's arguments; a mistake gives a message (to print with USAGE) instead. */
export function parseImportArguments(argv: readonly string[]): ImportArguments | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        date: { type: 'string' },
        fetch: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return { error: 'give one file to import, or - to read standard input' };
  const date = values.date;
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && parseIsoDate(date))) {
    return { error: `--date ${date} is not a date: write it as YYYY-MM-DD` };
  }
  if (values.title !== undefined && !values.title.trim()) return { error: '--title is empty' };
  return { file: positionals[0] ?? '-', title: values.title, date, fetch: values.fetch };
}

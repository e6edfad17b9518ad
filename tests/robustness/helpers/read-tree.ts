import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `folder`, by path relative to it (sorted), with its bytes. */
export function readTree(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(folder, path)).isFile())
    .sort();
  return new Map(files.map((path) => [path, readFileSync(join(folder, path))]));
}

/** The paths whose bytes differ between two trees, or that only one of them has. */
export function diffTrees(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.filter((path) => {
    const left = a.get(path);
    const right = b.get(path);
    return !left || !right || !left.equals(right);
  });
}

// `npx tsx scripts/release/normalize-zips.ts <release dir>` (run by `npm run release`): rewrites the
// release's zips with sorted entries dated by the last commit (scripts/release/reproducible.ts).
import path from 'node:path';
import { root } from '../lib/setup.mjs';
import { commitTime, rewriteZips } from './reproducible';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx scripts/release/normalize-zips.ts <release dir>');
  process.exit(1);
}
const time = commitTime(root);
for (const file of rewriteZips(dir, time)) console.log(`  ${path.basename(file)}: entries sorted, dated ${time.toISOString()}`);

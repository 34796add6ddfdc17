// Merges message entries into the English catalogue: node scripts/add-messages.mjs entries.json
// Keeps keys sorted so concurrent additions stay easy to review.
import { readFileSync, writeFileSync } from 'node:fs';

const catalogue = new URL('../_locales/en/messages.json', import.meta.url);
const additions = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const current = JSON.parse(readFileSync(catalogue, 'utf8'));
const merged = { ...current, ...additions };
const sorted = Object.fromEntries(Object.keys(merged).sort().map((key) => [key, merged[key]]));
writeFileSync(catalogue, JSON.stringify(sorted, null, 2) + '\n');
console.log(`catalogue: ${Object.keys(sorted).length} messages (${Object.keys(additions).length} added or updated)`);

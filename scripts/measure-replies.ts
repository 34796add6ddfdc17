// npm run measure:replies [-- REPLIES.tsv CONVERSATIONS.jsonl OUT.txt]: the reply writer's figures on an annotated set.
// Defaults to the blind sets in test/fixtures; the reflective replies go to OUT for a person to read.
// --misses also prints each concrete draft whose replies lost the point, with the replies (for development sets only:
// reading a blind set's misses makes it a development set).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadLanguage } from '../src/analysis/reframe';
import { conversationReport, measureConversations, measureReplies, parseConversations, parseReplyRows, replyReport } from './measure-replies-lib';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const [replies = 'test/fixtures/replies-blind6.tsv', conversations = 'test/fixtures/conversations-blind6.jsonl', out = 'test/.build/reflections.txt'] = args.filter((arg) => arg !== '--misses');
await loadLanguage();
if (existsSync(replies)) {
  const figures = measureReplies(parseReplyRows(readFileSync(replies, 'utf8')));
  console.log(`replies (${replies})`);
  for (const line of replyReport(figures)) console.log(`  ${line}`);
  if (showMisses) for (const miss of figures.missed) console.log(`\n# ${miss.id}: ${miss.draft}\n${miss.replies.map((reply) => `  - ${reply}`).join('\n')}`);
} else console.log(`no ${replies}`);
if (existsSync(conversations)) {
  const figures = measureConversations(parseConversations(readFileSync(conversations, 'utf8')));
  console.log(`conversations (${conversations})`);
  for (const line of conversationReport(figures)) console.log(`  ${line}`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, figures.reflections.join('\n'));
  console.log(`  reflective replies for a person to read: ${out}`);
} else console.log(`no ${conversations}`);

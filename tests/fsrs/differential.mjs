// Differential test: our scheduler (yaddas_fsrs_trace) against ts-fsrs, the reference
// implementation, over many random review sequences with random gaps.
// Usage: node differential.mjs TRACE_PROGRAM [SEQUENCES] [REVIEWS] [SEED]
import { spawnSync } from 'node:child_process';
import { createEmptyCard, fsrs, State } from 'ts-fsrs';

const [trace, sequencesArg = '500', reviewsArg = '20', seedArg = '20261125'] =
  process.argv.slice(2);
if (!trace) {
  console.error('usage: node differential.mjs TRACE_PROGRAM [SEQUENCES] [REVIEWS] [SEED]');
  process.exit(2);
}
const sequences = Number(sequencesArg);
const reviews = Number(reviewsArg);

// A small seeded generator (mulberry32), so that a failure can be reproduced.
let seed = Number(seedArg) >>> 0;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(random() * n);

const f = fsrs({ enable_fuzz: false });
const input = [];
const expected = [];
for (let s = 0; s < sequences; s++) {
  // Any second of 2024–2026, so calendar-day boundaries fall everywhere.
  let now = 1704067200 + pick(3 * 365 * 86400);
  let card = createEmptyCard(new Date(now * 1000));
  const items = [];
  const states = [];
  for (let i = 0; i < reviews; i++) {
    if (i > 0) {
      const kind = random();
      const due = Math.floor(card.due.getTime() / 1000);
      if (kind < 0.3) now = Math.max(now, due); // on time
      else if (kind < 0.5) now += pick(600 * 60); // the same day or the next, in minutes
      else if (kind < 0.6) now += pick(120); // at once
      else now += 86400 * (1 + pick(90)) + pick(86400); // days later, any time of day
    }
    // Mostly the grades the app uses (again, hard, good), sometimes easy.
    const r = random();
    const rating = r < 0.3 ? 1 : r < 0.5 ? 2 : r < 0.95 ? 3 : 4;
    card = f.next(card, new Date(now * 1000), rating).card;
    items.push(now, rating);
    states.push(card);
  }
  input.push(`${reviews} ${items.join(' ')}`);
  expected.push(states);
}

const run = spawnSync(trace, [], { input: input.join('\n') + '\n', maxBuffer: 1 << 28 });
if (run.status !== 0) {
  console.error(`${trace} failed (${run.status}): ${run.stderr}`);
  process.exit(1);
}
const lines = run.stdout.toString().trim().split('\n');
if (lines.length !== sequences * reviews) {
  console.error(`expected ${sequences * reviews} states, got ${lines.length}`);
  process.exit(1);
}

const close = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
let failures = 0;
for (const line of lines) {
  const [s, i, phase, step, stability, difficulty, due, days] = line.split(' ').map(Number);
  const card = expected[s][i];
  const dueSeconds = Math.floor(card.due.getTime() / 1000);
  const problems = [];
  if (phase !== card.state) problems.push(`state ${phase} != ${State[card.state]}`);
  if (step !== card.learning_steps) problems.push(`step ${step} != ${card.learning_steps}`);
  if (!close(stability, card.stability)) problems.push(`stability ${stability} != ${card.stability}`);
  if (!close(difficulty, card.difficulty)) problems.push(`difficulty ${difficulty} != ${card.difficulty}`);
  if (due !== dueSeconds) problems.push(`due ${due} != ${dueSeconds}`);
  if (days !== card.scheduled_days) problems.push(`interval ${days} != ${card.scheduled_days} days`);
  if (problems.length > 0) {
    failures++;
    if (failures <= 20) console.error(`sequence ${s}, review ${i}: ${problems.join(', ')}`);
  }
}
const total = sequences * reviews;
if (failures > 0) {
  console.error(`${failures} of ${total} reviews differ from ts-fsrs`);
  process.exit(1);
}
console.log(`${total} reviews (${sequences} sequences × ${reviews}) agree with ts-fsrs`);

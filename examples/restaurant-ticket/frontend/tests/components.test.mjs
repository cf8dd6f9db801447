// Component tests (stream C, agent-c1): node --test, no dependencies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { apiPath, csvLink, fetchAllocations, fetchWorkingDays } from '../src/api_client.js';
import { allocationTable, escapeHtml, euros } from '../src/allocation_table.js';
import { initialState, reducer } from '../src/store.js';

const mock = JSON.parse(readFileSync(new URL('../mocks/allocations.json', import.meta.url)));

test('api paths fill placeholders and refuse a bad month', () => {
  assert.equal(apiPath('/employees/{matricule}/working-days', { matricule: 'PAR000001', month: '2025-01' }),
    '/employees/PAR000001/working-days?month=2025-01');
  assert.equal(csvLink('2025-02'), '/allocations.csv?month=2025-02');
  assert.throws(() => apiPath('/allocations', { month: '2025-13' }), /YYYY-MM/);
  assert.throws(() => apiPath('/employees/{matricule}/working-days', { month: '2025-01' }), /matricule/);
});

test('fetching allocations reads the mock the API contract describes', async () => {
  const fake = async (url) => ({ ok: url === '/allocations?month=2025-01', status: 200, json: async () => mock.body });
  assert.deepEqual(await fetchAllocations('2025-01', fake), mock.body.allocations);
  await assert.rejects(fetchAllocations('2025-02', async () => ({ ok: false, status: 500 })), /HTTP 500/);
  const days = async () => ({ ok: true, json: async () => ({ working_days: 22 }) });
  assert.equal(await fetchWorkingDays('LYO000001', '2025-01', days), 22);
});

test('the table escapes names, totals tickets and has accessible headers', () => {
  const html = allocationTable('2025-01', [...mock.body.allocations, { matricule: 'X', name: '<b>', tickets: 1, employer_cents: 5 }]);
  assert.match(html, /<caption>Restaurant tickets for 2025-01<\/caption>/);
  assert.match(html, /&lt;b&gt;/);
  assert.match(html, /<td>44<\/td>/);
  assert.match(html, /scope="col"/);
  assert.equal(escapeHtml(`"'&`), '&quot;&#39;&amp;');
  assert.equal(euros(123450), '1\u00a0234,50\u00a0€');
});

test('the store ignores answers for a month no longer selected', () => {
  let state = reducer(initialState, { type: 'month/selected', month: '2025-01' });
  assert.equal(state.status, 'loading');
  assert.equal(reducer(state, { type: 'allocations/loaded', month: '2024-12', allocations: [1] }), state);
  state = reducer(state, { type: 'allocations/loaded', month: '2025-01', allocations: mock.body.allocations });
  assert.equal(state.status, 'ready');
  assert.equal(reducer(state, { type: 'allocations/failed', error: 'x' }).status, 'error');
  assert.equal(reducer(state, { type: 'unknown' }), state);
});

function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

test('style guide colour pairs reach WCAG AA contrast', () => {
  const tokens = JSON.parse(readFileSync(new URL('../design/tokens.json', import.meta.url)));
  for (const [fg, bg] of tokens.pairs) {
    const [a, b] = [luminance(tokens.color[fg]), luminance(tokens.color[bg])].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    assert.ok(ratio >= 4.5, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`);
  }
});

import type { OutboxItem } from '@cpd-lens/core';
import { describe, expect, it } from 'vitest';
import { deliveryReason, whenSayable } from '../src/internal/scoring.ts';

/** An item the last attempt did not deliver, as core stores it (`message` absent: written by a version before issue 25). */
function item(lastError: string, message?: OutboxItem['lastErrorMessage']): OutboxItem {
  return {
    id: 'req-1',
    endpoint: 'https://school.example/cpd',
    body: {} as OutboxItem['body'],
    status: 'failed',
    attempts: 1,
    nextAttemptAt: 0,
    createdAt: '2026-12-01T10:00:00.000Z',
    lastError,
    lastProblem: 'refused',
    ...(message ? { lastErrorMessage: message } : {}),
  };
}

describe('why a document was not delivered, in the widget’s language (issue 25)', () => {
  const refused = item("the school's system refused it (422): Dates clash", { key: 'delivery.refused-status-said', params: { status: 422, detail: 'Dates clash' } });

  it('says core’s reason in Welsh once core’s Welsh is loaded (nothing before, so no English shows first)', async () => {
    expect(deliveryReason(refused, 'en')).toBe("the school's system refused it (422): Dates clash");
    expect(deliveryReason(refused, 'cy')).toBeUndefined();
    await whenSayable('cy');
    expect(deliveryReason(refused, 'cy')).toBe('gwrthododd system yr ysgol ef (422): “Dates clash”');
  });

  it('shows the English an older version stored, and a key this version does not know, rather than nothing', async () => {
    await whenSayable('cy');
    expect(deliveryReason(item('the intranet wants you to sign in again'), 'cy')).toBe('the intranet wants you to sign in again');
    expect(deliveryReason(item('a newer reason', { key: 'delivery.from-the-future' }), 'cy')).toBe('a newer reason');
    expect(deliveryReason({ ...item(''), lastError: undefined }, 'cy')).toBe('');
  });
});

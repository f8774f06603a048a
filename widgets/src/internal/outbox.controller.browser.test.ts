import type { ImpactEvaluation, OutboxItem } from '@cpd-lens/core';
import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../impact-evaluation/impact-evaluation.ts';
import type { Locale } from './i18n.ts';
import { OutboxDriver, type StorageState } from './outbox-driver.ts';
import { OutboxController } from './outbox.controller.ts';

let databases = 0;
/** A database of the test's own: drivers are one per database and page. */
const freshDb = () => `cpd-lens-test-${Date.now()}-${databases++}`;

const evaluation = (id: string): ImpactEvaluation => ({ schemaVersion: 1, id, courseTitle: 'Early reading', completedAt: '2026-11-20T00:00:00.000Z', objectiveIds: [], levels: { reaction: { rating: 4 } } });

/** The receiver: confirms each document by echoing its id, or refuses it with `status`. */
function receiver(status = 200): void {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
    const id = (JSON.parse(String(init?.body)) as { id: string }).id;
    return new Response(JSON.stringify(status === 200 ? { id } : { message: 'not accepted' }), { status, headers: { 'content-type': 'application/json' } });
  });
}

/** Tells every view of a driver about storage trouble, as the store does when the database fails. */
const troubleOn = (driver: OutboxDriver, state: StorageState) => (driver as unknown as { onTrouble(s: StorageState): void }).onTrouble(state);

/** The smallest element that sends documents: what the outbox told it, and its storage state rendered. */
class OutboxHostElement extends LitElement {
  static override properties = { dbName: {}, lang: {} };
  declare dbName: string;
  items: OutboxItem['status'][] = [];
  storageCalls = 0;
  readonly outbox = new OutboxController(this, (item) => void this.items.push(item.status), () => void this.storageCalls++);
  get locale(): Locale {
    return this.lang === 'cy' ? 'cy' : 'en';
  }
  override render() {
    return html`<p>${this.outbox.storage?.layer ?? 'no trouble'}</p>`;
  }
}
customElements.define('test-outbox-host', OutboxHostElement);

async function mount(lang = 'en'): Promise<OutboxHostElement> {
  const el = new OutboxHostElement();
  el.dbName = freshDb();
  el.lang = lang;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('OutboxController', () => {
  it('takes the page’s driver for the host’s database while connected', async () => {
    const el = await mount();
    expect(el.outbox.driver).toBe(OutboxDriver.for(el.dbName));
  });

  it('passes each change of a document to the host: queued, then sent', async () => {
    receiver();
    const el = await mount();
    await el.outbox.driver!.submit(evaluation('ev-sent-1'), { url: `${location.origin}/api/cpd-evaluations` });
    await vi.waitFor(() => expect(el.items.at(-1)).toBe('sent'));
    expect(el.items[0]).toBe('pending');
  });

  it('reflects this device’s storage state and renders the host again', async () => {
    const el = await mount();
    expect(el.shadowRoot!.textContent).toContain('no trouble');
    troubleOn(el.outbox.driver!, { layer: 'memory', trouble: 'blocked' });
    expect(el.outbox.storage).toEqual({ layer: 'memory', trouble: 'blocked' });
    expect(el.storageCalls).toBe(1);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('memory');
  });

  it('hears nothing more once the host leaves the page', async () => {
    receiver();
    const el = await mount();
    const driver = el.outbox.driver!;
    el.remove();
    await driver.submit(evaluation('ev-after-leaving'), { url: `${location.origin}/api/cpd-evaluations` });
    troubleOn(driver, { layer: 'local', trouble: 'quota' });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(el.items).toEqual([]);
    expect(el.storageCalls).toBe(0);
  });

  it('fetches the delivery code once, after the first render', async () => {
    const prefetch = vi.spyOn(OutboxDriver.prototype, 'prefetch');
    const el = await mount();
    expect(prefetch).toHaveBeenCalledTimes(1);
    el.requestUpdate();
    await el.updateComplete;
    expect(prefetch).toHaveBeenCalledTimes(1);
  });

  it('says why a document was refused in English at once', async () => {
    receiver(400);
    const el = await mount();
    const item = await el.outbox.driver!.submit(evaluation('ev-refused'), { url: `${location.origin}/api/cpd-evaluations` });
    await vi.waitFor(() => expect(el.items.at(-1)).toBe('failed'));
    const failed = (await el.outbox.driver!.get(item.id))!;
    const again = vi.fn();
    expect(el.outbox.reason(failed, again)).toBe(failed.lastError);
    expect(again).not.toHaveBeenCalled();
  });

  it('in Welsh, says the reason only once core’s Welsh is here, then asks again', async () => {
    receiver(400);
    const el = await mount('cy');
    const item = await el.outbox.driver!.submit(evaluation('ev-refused-cy'), { url: `${location.origin}/api/cpd-evaluations` });
    await vi.waitFor(() => expect(el.items.at(-1)).toBe('failed'));
    const failed = (await el.outbox.driver!.get(item.id))!;
    expect(failed.lastErrorMessage).toBeDefined();
    const again = vi.fn();
    expect(el.outbox.reason(failed, again)).toBeUndefined();
    await vi.waitFor(() => expect(again).toHaveBeenCalledTimes(1));
    const reason = el.outbox.reason(failed, again);
    expect(reason).toBeTruthy();
    expect(reason).not.toBe(failed.lastError);
  });
});

describe('the impact evaluation’s outbox', () => {
  it('shows this device’s storage trouble, and stops listening once removed', async () => {
    const el = document.createElement('cpd-impact-evaluation');
    el.setAttribute('db-name', freshDb());
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await el.updateComplete;
    const driver = OutboxDriver.for(el.dbName);
    expect(el.shadowRoot!.querySelector('[part="storage-notice"]')).toBeNull();
    troubleOn(driver, { layer: 'memory', trouble: 'blocked' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="storage-notice"]')?.textContent).toMatch(/\S/);
    el.remove();
    const update = vi.spyOn(el, 'requestUpdate');
    troubleOn(driver, { layer: 'memory', trouble: 'quota' });
    expect(update).not.toHaveBeenCalled();
  });
});

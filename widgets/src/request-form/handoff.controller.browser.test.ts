import { encodeHandoff, HANDOFF_ASK, type Handoff } from '@cpd-lens/core';
import { LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HandoffController, type Notice } from './handoff.controller.ts';

const handoff = (title = 'Early reading'): Handoff => ({ v: 1, course: { title }, targets: [], objectiveIds: [] });

/** The smallest element a hand-off is for: what it applied, saved and said. */
class HandoffHostElement extends LitElement {
  applied: string[] = [];
  saves = 0;
  notices: Notice[] = [];
  readonly handoff = new HandoffController(this, {
    apply: (value) => void this.applied.push(value.course.title),
    save: async () => void this.saves++,
    notice: (notice) => void this.notices.push(notice),
  });
}
customElements.define('test-handoff-host', HandoffHostElement);

function mount(): HandoffHostElement {
  const el = new HandoffHostElement();
  document.body.append(el);
  return el;
}

/** Plays CPD Lens's bridge on this page: answers a request for a hand-off on the port it came with. */
function bridge(answer: (token: string) => string): () => void {
  const listener = (event: MessageEvent) => {
    if (event.data?.type === HANDOFF_ASK) event.ports[0]?.postMessage(answer(event.data.token as string));
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}

const page = location.href.split('#')[0]!;
beforeEach(() => history.replaceState(null, '', page));
afterEach(() => {
  document.body.replaceChildren();
  history.replaceState(null, '', page);
});

describe('HandoffController', () => {
  it('applies a link in the address once, saves it, then takes it out of the address', async () => {
    history.replaceState(null, '', encodeHandoff(handoff()));
    const el = mount();
    await el.handoff.settle(el.handoff.arrive());
    expect(el.applied).toEqual(['Early reading']);
    expect(el.saves).toBe(1);
    expect(location.hash).toBe('');
    expect(el.handoff.applied).not.toBe('');
  });

  it('applies the same link only once, and a new one again', async () => {
    const el = mount();
    const link = encodeHandoff(handoff());
    expect(await el.handoff.from(link)).toBe(true);
    expect(await el.handoff.from(link)).toBe(false);
    expect(await el.handoff.from(encodeHandoff(handoff('Maths mastery')))).toBe(true);
    expect(el.applied).toEqual(['Early reading', 'Maths mastery']);
  });

  it('says a damaged link is broken and changes nothing', async () => {
    const el = mount();
    expect(await el.handoff.from('#cpd-request=%%%')).toBe(false);
    expect(el.applied).toEqual([]);
    expect(el.notices[0]?.key).toBe('form.handoffBroken');
  });

  it('takes a token out of the address at once and applies what CPD Lens answers for it', async () => {
    const token = 'a'.repeat(32);
    const stop = bridge((asked) => (asked === token ? JSON.stringify(handoff('From the token')) : ''));
    history.replaceState(null, '', `#cpd-request-token=${token}`);
    const el = mount();
    const arrival = el.handoff.arrive();
    expect(location.hash).toBe(''); // single use: gone before anything else happens
    await el.handoff.settle(arrival);
    stop();
    expect(el.applied).toEqual(['From the token']);
    expect(el.saves).toBe(1);
  });

  it('says so when CPD Lens has nothing for a token', async () => {
    const stop = bridge(() => '');
    history.replaceState(null, '', `#cpd-request-token=${'b'.repeat(32)}`);
    const el = mount();
    await el.handoff.settle(el.handoff.arrive());
    stop();
    expect(el.notices).toEqual([{ key: 'form.handoffGone' }]);
  });

  it('applies a link that arrives while connected, and none once disconnected', async () => {
    const el = mount();
    const spy = vi.spyOn(el.handoff, 'from');
    location.hash = encodeHandoff(handoff()).slice(1);
    await vi.waitFor(() => expect(el.applied).toEqual(['Early reading']));
    el.remove();
    location.hash = encodeHandoff(handoff('After leaving')).slice(1);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(el.applied).toEqual(['Early reading']);
  });
});

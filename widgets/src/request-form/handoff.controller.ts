import type { Handoff } from '@cpd-lens/core';
import { HANDOFF_ASK, HANDOFF_TOKEN_KEY } from '@cpd-lens/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageKey } from '../internal/i18n.ts';
import { loadScoring } from '../internal/scoring.ts';

/** What marks a CPD Lens hand-off in an address (core's `HANDOFF_KEY`): only then is its decoder loaded. */
export const HANDOFF_MARK = 'cpd-request=';

/** A line the form shows where it opens: a message key and its placeholders. */
export type Notice = { key: MessageKey; params?: Record<string, string> };

/** The hand-off fragment in the page's address, or ''. */
const handoffInAddress = (): string => (location.hash.includes(HANDOFF_MARK) ? location.hash : '');

/** The opaque hand-off token in the page's address (issue 20), or ''. */
const TOKEN = new RegExp(`[#&]${HANDOFF_TOKEN_KEY}=([0-9a-f]{32})(?:&|$)`);
const tokenInAddress = (): string => TOKEN.exec(location.hash)?.[1] ?? '';

/** Drops the fragment from the page's address and this tab's history entry. */
const dropFragment = (): void => history.replaceState(history.state, '', location.href.split('#')[0]);

/**
 * Asks CPD Lens (its bridge on this page) for the hand-off with this token, or without one for a
 * hand-off opened in this tab whose address a sign-in redirect dropped. The answer comes on a port of
 * the form's own, so the page's other `message` listeners never see it: '' when CPD Lens has none.
 */
function askExtension(token: string): Promise<string | undefined> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    if (token) setTimeout(resolve, 5000); // without the extension nobody answers
    port1.onmessage = (e) => resolve(typeof e.data === 'string' ? e.data : '');
    postMessage({ type: HANDOFF_ASK, token }, '/', [port2]);
  });
}

/** What the page's address brought when the form opened: a hand-off link, a token, and CPD Lens's answer to come. */
export interface Arrival {
  fragment: string;
  token: string;
  asked: Promise<string | undefined>;
  /** The scoring engine, loading when a link came: a hand-off's fees need it. */
  engine: Promise<unknown> | undefined;
}

/** What the form does with a hand-off. */
export interface HandoffOptions {
  /** Fills the form from a valid hand-off (its course, dates, costs, targets). */
  apply(handoff: Handoff): void;
  /** Saves the draft, which then holds the hand-off. */
  save(): Promise<void>;
  /** Tells the member of staff about a hand-off that is broken or gone. */
  notice(notice: Notice): void;
}

/**
 * CPD Lens hand-offs to the request form: a link (`#cpd-request=…`) in the page's address or pasted into
 * the course link, applied once per link; or an opaque token (issue 20) for which the extension's bridge
 * answers with the hand-off. What a hand-off carries (PD targets, score) leaves the address as soon as the
 * draft holds it.
 */
export class HandoffController implements ReactiveController {
  /** The last link applied (a key of it), kept with the draft: reloading the same link changes nothing. */
  applied = '';
  private declare readonly options: HandoffOptions;

  // Keeps no state the form renders: what a hand-off changes, the form's own properties show (via `apply`).
  constructor(host: ReactiveControllerHost, options: HandoffOptions) {
    this.options = options;
    host.addController(this);
  }

  /** Applies a link that arrives in the address while the form is open. */
  hostConnected(): void {
    globalThis.addEventListener('hashchange', this.onHashChange);
  }

  /** Stops watching the address. */
  hostDisconnected(): void {
    globalThis.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    void this.take(handoffInAddress());
  };

  /** Reads the address as the form opens: a token leaves it at once (single use), and CPD Lens is asked. */
  arrive(): Arrival {
    const token = tokenInAddress();
    if (token) dropFragment();
    const asked = askExtension(token);
    const fragment = handoffInAddress();
    return { fragment, token, asked, engine: fragment ? loadScoring() : undefined };
  }

  /** Applies what arrived: the address's link first, then CPD Lens's answer (awaited only for a token). */
  async settle({ fragment, token, asked }: Arrival): Promise<void> {
    await this.take(fragment);
    if (token) await this.answer(await asked, token);
    else void asked.then((json) => this.answer(json, ''));
  }

  /**
   * Applies the hand-off in the page's address, saves it with the draft at once, then takes it out of
   * the address (issue 20): the PD targets and score it carries must not stay in the address bar, this
   * tab's history entry, or what the page's other scripts read from `location` later. Until the draft
   * holds it, the address does, so a reload in between loses nothing.
   */
  private async take(fragment: string): Promise<void> {
    if (!fragment) return;
    if (await this.from(fragment)) await this.options.save();
    if (location.hash === fragment) dropFragment();
  }

  /** Applies the hand-off CPD Lens answered with and saves it with the draft; says so when a token found none. */
  private async answer(json: string | undefined, token: string): Promise<void> {
    if (!json) return void (token && this.options.notice({ key: 'form.handoffGone' }));
    const read = (await loadScoring()).readHandoffJson(json);
    if (!read.ok) return;
    this.options.apply(read.value);
    await this.options.save();
  }

  /** Applies a hand-off link once: true when the form changed. */
  // Its decoding comes with the scoring engine, which judges it anyway, so a page without a hand-off
  // downloads neither (issue 14's budget).
  async from(fragment: string): Promise<boolean> {
    if (!fragment.includes(HANDOFF_MARK)) return false;
    const { decodeHandoff } = await loadScoring();
    const decoded = decodeHandoff(fragment);
    if (!decoded) return false;
    if (!decoded.ok) {
      this.options.notice({ key: 'form.handoffBroken', params: { reason: decoded.problems.map((p) => `${p.path} ${p.message}`.trim()).join('; ') } });
      return false;
    }
    const key = fragment.length > 200 ? `${fragment.length}:${fragment.slice(-120)}` : fragment;
    if (key === this.applied) return false;
    this.options.apply(decoded.value);
    this.applied = key;
    return true;
  }
}

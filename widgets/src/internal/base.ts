import type { StaffGroup } from '@cpd-lens/core';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Problem } from '@cpd-lens/core';
import { CpdErrorEvent } from '../events/cpd-error.ts';
import { checkConfig, loadConfig, type SchoolConfig } from './config.ts';
import { loadLocale, localeOf, problemText, translate, type Locale, type MessageKey } from './i18n.ts';

/** Elements that follow the page's language, re-rendered when `<html lang>` changes. */
const followers = new Set<CpdElement>();
let observer: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (observer || typeof MutationObserver !== 'function') return;
  observer = new MutationObserver(() => followers.forEach((el) => el.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * What every CPD Lens widget shares: the school's configuration (from `config-src`, the `config`
 * property and the `endpoint` attribute), shown as plain-English problems when wrong, never a
 * crash; and the language, from the element's `lang`, else the nearest ancestor's, else the page's.
 */
export class CpdElement extends LitElement {
  static override properties = {
    configSrc: { attribute: 'config-src' },
    config: { attribute: false },
    endpoint: {},
    lang: { reflect: true },
    _config: { state: true },
    _configProblems: { state: true },
    _configLoading: { state: true },
  };

  /** URL of the school's JSON configuration file. */
  declare configSrc: string | undefined;
  /** The school's configuration as an object (wins over `config-src`). */
  declare config: SchoolConfig | undefined;
  /** The endpoint requests are POSTed to; overrides the configuration's `endpoint`. */
  declare endpoint: string | undefined;
  declare lang: string;
  declare _config: SchoolConfig | undefined;
  declare _configProblems: Problem[];
  declare _configLoading: boolean;

  /** Whether this widget can work without any configuration (the score card can, with the default policy). */
  protected configOptional = false;

  constructor() {
    super();
    this._configProblems = [];
    this._configLoading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followers.add(this);
    watchDocumentLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followers.delete(this);
  }

  /** 'cy' or 'en', from the nearest `lang`. */
  get locale(): Locale {
    const own = this.getAttribute('lang');
    if (own) return localeOf(own);
    const holder = this.parentElement?.closest('[lang]') ?? document.documentElement;
    return localeOf(holder.getAttribute('lang'));
  }

  /** Text in the widget's language. */
  t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.locale, key, params);
  }

  /** Waits for the Welsh table before rendering in Welsh (loaded on demand), so a Welsh page never shows English first. */
  protected override async scheduleUpdate(): Promise<unknown> {
    const loading = loadLocale(this.locale);
    if (loading) await loading;
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config') || changed.has('configSrc') || changed.has('endpoint')) void this.resolveConfig();
  }

  /** Works out the effective configuration. Called when any of its sources changes. */
  private async resolveConfig(): Promise<void> {
    let result: { ok: true; value: SchoolConfig | undefined } | { ok: false; problems: Problem[] };
    if (this.config) {
      result = checkConfig(this.config);
    } else if (this.configSrc) {
      this._configLoading = true;
      result = await loadConfig(this.configSrc);
      this._configLoading = false;
    } else {
      result = { ok: true, value: undefined };
    }
    if (result.ok && this.endpoint) {
      const merged = checkConfig({ ...(result.value ?? { schemaVersion: 1 }), endpoint: this.endpoint });
      result = merged.ok ? merged : { ok: false, problems: merged.problems.map((p) => ({ ...p, path: p.path === 'endpoint' ? 'endpoint attribute' : p.path })) };
    }
    if (result.ok && !result.value && !this.configOptional) {
      result = { ok: false, problems: [{ path: '', message: 'no configuration: set config-src, the config property or the endpoint attribute' }] };
    }
    if (result.ok) {
      this._configProblems = [];
      this._config = result.value;
      this.configChanged(result.value);
    } else {
      this._configProblems = result.problems;
      this._config = undefined;
      this.dispatchEvent(new CpdErrorEvent('config', `${this.localName}: configuration problems: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`));
    }
  }

  /** Hook for subclasses: the configuration has been (re)loaded and is valid. */
  protected configChanged(_config: SchoolConfig | undefined): void {}

  /** The admin-facing box shown instead of the widget when its configuration is wrong. */
  renderConfigProblems(): TemplateResult | typeof nothing {
    if (this._configLoading) return html`<p role="status">${this.t('config.loading')}</p>`;
    if (!this._configProblems.length) return nothing;
    return html`<div class="error-summary" part="config-error" role="alert">
      <h2>${this.t('config.title')}</h2>
      <p>${this.t('config.help')}</p>
      <ul>
        ${this._configProblems.map((p) => html`<li>${p.path ? `${p.path} ` : ''}${problemText(this.locale, p.message)}</li>`)}
      </ul>
    </div>`;
  }
}

/**
 * The member of staff a widget's documents belong to, from the element's `staff-id` and `staff-group`
 * attributes (the intranet fills them from its sign-in): what the budget's "who gets CPD" and `cpd record`
 * need. A value that is not a valid id or group is left out rather than refused.
 */
export function staffOf(el: Element): { staffId?: string; staffGroup?: StaffGroup } {
  const id = el.getAttribute('staff-id')?.trim() ?? '';
  const group = el.getAttribute('staff-group')?.trim().toLowerCase() as StaffGroup;
  return { staffId: /^\w[\w.:-]{0,119}$/.test(id) ? id : undefined, staffGroup: ['teaching', 'support', 'leadership'].includes(group) ? group : undefined };
}

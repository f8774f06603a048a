import type { Settings } from '../settings/settings.ts';
import { mergeManaged, type ManagedConfig } from './config.ts';
import { readManaged } from './read.ts';

/** The member of staff's settings with what the school pushed merged in, and what the school pushed. */
export interface EffectiveSettings {
  settings: Settings;
  managed: ManagedConfig;
}

/** Settings in force: the school's pushed request-form address, cover rate, policy address and nation over the member of staff's own. */
export async function withManaged(settings: Settings): Promise<EffectiveSettings> {
  const { config } = await readManaged();
  const { value } = mergeManaged(
    { requestFormUrl: settings.requestFormUrl, supplyCoverDayRate: settings.supplyCoverDayRate, policyUrl: settings.policyUrl, nation: settings.nation },
    config,
  );
  const merged: Settings = { ...settings };
  for (const key of ['requestFormUrl', 'supplyCoverDayRate', 'policyUrl', 'nation'] as const) {
    if (value[key] === undefined) delete merged[key];
    else (merged as Record<string, unknown>)[key] = value[key];
  }
  return { settings: merged, managed: config };
}

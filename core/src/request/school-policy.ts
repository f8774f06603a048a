import type { Policy } from '../model/policy.ts';
import { defaultPolicy } from '../policy/default-policy.ts';
import type { SchoolConfig } from './config.ts';

/** The policy a school's requests are judged against: its own, else the default. Apart from `config.ts` so that only judging carries the default policy's text. */
export function schoolPolicy(config?: SchoolConfig): Policy {
  return config?.policy ?? defaultPolicy;
}

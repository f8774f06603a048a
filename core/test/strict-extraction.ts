/** Every test extracts strictly: a bug in extraction fails the test instead of reading as "no course". */
import { STRICT_EXTRACTION } from '../src/extract/types.ts';

(globalThis as { [STRICT_EXTRACTION]?: boolean })[STRICT_EXTRACTION] = true;

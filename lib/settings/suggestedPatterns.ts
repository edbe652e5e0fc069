import { WORDINGS } from '../detection/wordings';

/**
 * Wordings other systems show (docs/domain.md#wordings-across-systems), offered in the options page
 * as extra patterns, off by default. What each one means (its name, its desk steps): lib/detection/wordings.ts.
 */
export const SUGGESTED_PATTERNS: readonly string[] = Object.values(WORDINGS);

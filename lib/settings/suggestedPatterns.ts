import { WORDINGS } from '../detection/wordings';

/**
 * Wordings other systems show (docs/domain.md#wordings-across-systems), offered in the options page
 * as extra patterns, off by default. The desk steps name each one (lib/detection/wordings.ts).
 */
export const SUGGESTED_PATTERNS: readonly string[] = Object.values(WORDINGS);

/** Wordings other systems show (docs/domain.md#wordings-across-systems); offered in the options page as extra patterns, off by default. */
export const SUGGESTED_PATTERNS: readonly string[] = [
  '無効（新しい資格あり）',
  '該当資格なし',
  '該当なし',
  '該当条件なし',
  '複数該当',
];

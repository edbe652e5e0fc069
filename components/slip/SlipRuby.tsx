import type { ComponentChildren } from 'preact';

/**
 * Message text with furigana: 「{処方箋|しょほうせん}」 becomes <ruby>処方箋<rt>しょほうせん</rt></ruby>.
 * The readings live in the message files beside the words they belong to; English has none.
 */
const RUBY = /\{([^{}|]+)\|([^{}]+)\}/g;

export function RubyText({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let rest = 0;
  for (const m of text.matchAll(RUBY)) {
    parts.push(text.slice(rest, m.index));
    parts.push(
      <ruby key={m.index}>
        {m[1]}
        <rt>{m[2]}</rt>
      </ruby>,
    );
    rest = m.index + m[0].length;
  }
  parts.push(text.slice(rest));
  return <>{parts}</>;
}

/**
 * Generated parts of hand-written documents live between two marker comments; the generator
 * replaces what is between them and a unit test checks that the committed text is current.
 */

function markers(name: string): { begin: string; end: string } {
  return {
    begin: `<!-- BEGIN GENERATED ${name}: npx tsx scripts/policy-templates.ts -->`,
    end: `<!-- END GENERATED ${name} -->`,
  };
}

function bounds(document: string, name: string): { start: number; end: number } {
  const { begin, end } = markers(name);
  const start = document.indexOf(begin);
  const stop = document.indexOf(end);
  if (start < 0 || stop < start) throw new Error(`The document has no generated section "${name}" (${begin} … ${end}).`);
  return { start: start + begin.length, end: stop };
}

export function generatedSection(document: string, name: string): string {
  const { start, end } = bounds(document, name);
  return document.slice(start, end);
}

export function replaceGeneratedSection(document: string, name: string, body: string): string {
  const { start, end } = bounds(document, name);
  return `${document.slice(0, start)}\n${body.trimEnd()}\n${document.slice(end)}`;
}

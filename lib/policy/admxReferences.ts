/**
 * Cross-checks an ADMX file against one of its ADML files, which the XML schema cannot do: every
 * $(string.x) and $(presentation.x) the ADMX names must be defined in the ADML, the ADML must
 * define nothing the ADMX does not use, and every presentation control must point at an element
 * of the ADMX (Group Policy editors refuse or show blanks otherwise).
 */

function all(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '');
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, i) => values.indexOf(value) !== i))];
}

export function admxAdmlProblems(admx: string, adml: string): string[] {
  const usedStrings = new Set(all(/\$\(string\.([^)]+)\)/g, admx));
  const usedPresentations = new Set(all(/\$\(presentation\.([^)]+)\)/g, admx));
  const elementIds = new Set(all(/<(?:boolean|decimal|text|enum|list|longDecimal|multiText)\s[^>]*\bid="([^"]+)"/g, admx));
  const strings = all(/<string\s+id="([^"]+)"/g, adml);
  const presentations = all(/<presentation\s+id="([^"]+)"/g, adml);
  const refIds = all(/\brefId="([^"]+)"/g, adml);

  const problems: string[] = [];
  for (const id of duplicates(strings)) problems.push(`ADML defines string "${id}" twice`);
  for (const id of duplicates(presentations)) problems.push(`ADML defines presentation "${id}" twice`);
  for (const id of usedStrings) if (!strings.includes(id)) problems.push(`string "${id}" is used by the ADMX but missing from the ADML`);
  for (const id of strings) if (!usedStrings.has(id)) problems.push(`string "${id}" is in the ADML but not used by the ADMX`);
  for (const id of usedPresentations) {
    if (!presentations.includes(id)) problems.push(`presentation "${id}" is used by the ADMX but missing from the ADML`);
  }
  for (const id of presentations) {
    if (!usedPresentations.has(id)) problems.push(`presentation "${id}" is in the ADML but not used by the ADMX`);
  }
  for (const id of refIds) if (!elementIds.has(id)) problems.push(`control refId "${id}" matches no element of the ADMX`);
  for (const id of elementIds) if (!refIds.includes(id)) problems.push(`element "${id}" of the ADMX has no control in the ADML`);
  return problems;
}

// Parses data/synonyms.txt (`concept | member / member ...`) into canonical synonym groups, with file:line problems.
import { canonical, type SynonymGroup } from '../core/search-text.js';
import type { ProblemList } from './problems.js';

export const SYNONYMS_FILE = 'data/synonyms.txt';

export interface ParsedGroup extends SynonymGroup {
  line: number;
}

export function parseSynonyms(text: string, problems: ProblemList, file = SYNONYMS_FILE): ParsedGroup[] {
  const groups: ParsedGroup[] = [];
  const concepts = new Map<string, number>();
  const owners = new Map<string, { concept: string; line: number }>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const body = raw.trim();
    if (body === '' || body.startsWith('#')) return;
    const bar = body.indexOf('|');
    const concept = bar > 0 ? body.slice(0, bar).trim() : '';
    if (!/^[a-z][a-z0-9-]*$/.test(concept)) {
      problems.add(file, line, 'expected "concept | member / member ...", with a lower-case concept name');
      return;
    }
    const earlier = concepts.get(concept);
    if (earlier !== undefined) problems.add(file, line, `concept "${concept}" is already defined at line ${earlier}`);
    concepts.set(concept, line);
    const members: string[] = [];
    for (const rawMember of body.slice(bar + 1).split('/')) {
      const shown = rawMember.trim();
      const member = canonical(shown);
      if (member === '') {
        problems.add(file, line, `empty member${shown === '' ? '' : ` "${shown}"`} in "${concept}"`);
        continue;
      }
      const owner = owners.get(member);
      if (owner && owner.concept !== concept) {
        problems.add(file, line, `"${shown}" is also in "${owner.concept}" (line ${owner.line}); a word can mean one thing only`);
        continue;
      }
      if (members.includes(member)) {
        problems.add(file, line, `"${shown}" appears twice in "${concept}"`);
        continue;
      }
      owners.set(member, { concept, line });
      members.push(member);
    }
    if (members.length < 2) problems.add(file, line, `"${concept}" needs at least two members to be a synonym group`);
    else groups.push({ line, concept, members });
  });
  return groups;
}

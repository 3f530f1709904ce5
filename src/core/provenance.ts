// What `chaterr --version` says: the tool's version, then each source the catalogue was built from, with its date or version.
import { CATALOGUE_FACTS } from './facts.generated.js';

/** The first line stays the bare version, so scripts that read `--version | head -1` keep working. */
export function versionText(toolVersion: string): string {
  const sources = CATALOGUE_FACTS.sources.map((s) => `  ${s.title}: ${s.version} (${s.url})`);
  const { readings, guided } = CATALOGUE_FACTS;
  return [toolVersion, `catalogue: ${readings} readings, ${guided} with guidance of their own; built from:`, ...sources].join('\n');
}

export interface VersionFacts {
  version: string;
  catalogue: { readings: number; guided: number; sources: Array<{ id: string; title: string; version: string; url: string }> };
}

/**
 * The same facts as one value, for `--version --json`: only what its contract names. The whole facts table also
 * wrote `catalogue.usersig`, the codes `usersig` reports, which no contract promised and a data change would move.
 */
export function versionFacts(toolVersion: string): VersionFacts {
  const { readings, guided, sources } = CATALOGUE_FACTS;
  return { version: toolVersion, catalogue: { readings, guided, sources: sources.map(({ id, title, version, url }) => ({ id, title, version, url })) } };
}

// What `chaterr --version` says: the tool's version, then each source the catalogue was built from, with its date or version.
import { CATALOGUE_FACTS } from './facts.generated.js';

/** The first line stays the bare version, so scripts that read `--version | head -1` keep working. */
export function versionText(toolVersion: string): string {
  const sources = CATALOGUE_FACTS.sources.map((s) => `  ${s.title}: ${s.version} (${s.url})`);
  const { readings, guided } = CATALOGUE_FACTS;
  return [toolVersion, `catalogue: ${readings} readings, ${guided} with guidance of their own; built from:`, ...sources].join('\n');
}

/** The same facts as one value, for `--version --json`. */
export function versionFacts(toolVersion: string): { version: string; catalogue: typeof CATALOGUE_FACTS } {
  return { version: toolVersion, catalogue: CATALOGUE_FACTS };
}

// Collects validation problems with file:line so the generator can report them all at once.

export interface Problem {
  file: string;
  line: number;
  message: string;
}

export class ProblemList {
  readonly problems: Problem[] = [];
  /** Things worth telling (such as a merged duplicate row) that do not fail validation. */
  readonly notices: Problem[] = [];

  add(file: string, line: number, message: string): void {
    this.problems.push({ file, line, message });
  }

  notice(file: string, line: number, message: string): void {
    this.notices.push({ file, line, message });
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

import type { z } from 'zod';

/** A problem in one claims-db file, phrased so a maintainer can fix it. */
export interface FileIssue {
  file: string;
  /** Dotted path to the field, e.g. "sources.0.url"; empty for the whole file. */
  field: string;
  reason: string;
}

/** Turns zod's issues into file/field/reason lines. */
export function issuesFromZod(file: string, error: z.ZodError): FileIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.map(String).join('.'),
    reason: issue.message,
  }));
}

export function formatIssue({ file, field, reason }: FileIssue): string {
  return `${file}: ${field || '(file)'}: ${reason}`;
}

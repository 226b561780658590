/** The fixed verdict scale shown to readers, strongest first. Kept free of zod so the content script stays small. */
export const VERDICTS = ['false', 'misleading', 'disputed', 'needs-context'] as const;
export type Verdict = (typeof VERDICTS)[number];

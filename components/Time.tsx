/** A date and time in the reader's locale, machine-readable too. */
export default function Time({ at }: { at: string | number }) {
  const d = new Date(at);
  return <time dateTime={d.toISOString()}>{d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })}</time>;
}

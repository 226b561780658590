import type { ComponentChildren } from 'preact';
import { useT } from './I18nProvider';

interface Props {
  /** The control's id; the hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  /** The control; give it `{...describedBy(id, hint, error)}`. */
  children: ComponentChildren;
}

/** The aria attributes tying a control to its hint and error message. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}

/** A labelled form control with its hint and error message (the error first, so it is read first). */
export default function FormField({ id, label, required, hint, error, children }: Props) {
  const t = useT();
  return (
    <div class="field">
      <label for={id}>
        {label}
        {!required && <span class="optional">{t.optional}</span>}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

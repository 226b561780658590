import type { ComponentChildren } from 'preact';

export interface Choice<V extends string> {
  value: V;
  label: ComponentChildren;
  /** A sentence under the label, read out with it (aria-describedby). */
  hint?: string;
}

interface Props<V extends string> {
  /** The radio group's name; also the prefix of the hints' ids. */
  name: string;
  legend: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}

/** A labelled group of radio buttons, each with an optional hint. */
export default function ChoiceGroup<V extends string>({ name, legend, value, choices, onChange }: Props<V>) {
  return (
    <fieldset class="choices">
      <legend>{legend}</legend>
      {choices.map((c) => {
        const hintId = c.hint ? `${name}-${c.value}-hint` : undefined;
        return (
          <div class="choice" key={c.value}>
            <input
              type="radio"
              id={`${name}-${c.value}`}
              name={name}
              value={c.value}
              checked={value === c.value}
              aria-describedby={hintId}
              onChange={() => onChange(c.value)}
            />
            <label for={`${name}-${c.value}`}>{c.label}</label>
            {c.hint && (
              <p class="hint" id={hintId}>
                {c.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

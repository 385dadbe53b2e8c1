// A labelled drop-down: the label wraps the select, so a click on the words opens it and the
// select's accessible name is the label.

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  testId: string;
  /** '' where nothing is chosen yet (an empty list, a value still loading). */
  value: V | '';
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  title?: string;
  /** Added to the label's `field` class. */
  className?: string;
}

export function SelectField<V extends string>({ label, testId, value, options, onChange, disabled, title, className }: Props<V>) {
  return (
    <label className={className ? `field ${className}` : 'field'}>
      <span className="field__label">{label}</span>
      <select
        data-testid={testId}
        value={value}
        disabled={disabled}
        title={title}
        // the select offers only the options' values
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

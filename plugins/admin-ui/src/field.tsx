import { Hint, Label, Select, Text } from "@medusajs/ui"
import { useId, type ReactNode } from "react"

/** What Field hands its control so that the label, the error and the hint are tied to it. */
export type FieldControlProps = {
  id: string
  "aria-invalid"?: true
  "aria-describedby"?: string
}

/**
 * A labelled form control with its error (or, without one, its hint) below. The control is given by
 * a function receiving `id` and the aria attributes, so any control fits (Input, Textarea, Select.Trigger):
 *
 *   <Field label="Reason" error={error}>{(control) => <Textarea {...control} value={reason} ... />}</Field>
 */
export const Field = ({
  label,
  error,
  hint,
  size,
  className,
  children,
}: {
  label: ReactNode
  error?: string
  hint?: ReactNode
  /** "xsmall" for the compact fields of a filter bar or an inline form. */
  size?: "xsmall" | "small"
  className?: string
  children: (control: FieldControlProps) => ReactNode
}) => {
  const id = useId()
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined
  return (
    <div className={`flex flex-col ${size === "xsmall" ? "gap-y-1" : "gap-y-2"} ${className ?? ""}`}>
      <Label htmlFor={id} size={size} weight="plus">
        {label}
      </Label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error ? (
        <Hint id={`${id}-error`} variant="error">
          {error}
        </Hint>
      ) : hint ? (
        <Text id={`${id}-hint`} size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      ) : null}
    </div>
  )
}

/** An option of a SelectField. */
export type SelectOption = { value: string; label: ReactNode }

/**
 * A labelled Select over `options` (a Field around @medusajs/ui's Select): the filters of a list,
 * a currency, a payment term. `triggerClassName` sizes the trigger (e.g. "w-44").
 */
export const SelectField = ({
  label,
  value,
  onValueChange,
  options,
  placeholder,
  error,
  hint,
  size,
  className,
  triggerClassName,
  ariaLabel,
}: {
  label: ReactNode
  value: string
  onValueChange: (value: string) => void
  options: readonly SelectOption[]
  placeholder?: string
  error?: string
  hint?: ReactNode
  size?: "xsmall" | "small"
  className?: string
  triggerClassName?: string
  /** The trigger's own accessible name, when the visible label is too short to say it. */
  ariaLabel?: string
}) => (
  <Field label={label} error={error} hint={hint} size={size} className={className}>
    {(control) => (
      <Select size={size === "xsmall" ? "small" : "base"} value={value} onValueChange={onValueChange}>
        <Select.Trigger {...control} className={triggerClassName} aria-label={ariaLabel}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    )}
  </Field>
)

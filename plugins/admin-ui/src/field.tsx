import { Hint, Label, Text } from "@medusajs/ui"
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

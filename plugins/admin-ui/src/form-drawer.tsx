import { Button, Drawer, Textarea, toast } from "@medusajs/ui"
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react"
import { Field } from "./field"
import { errorMessage } from "./format"

/** How a page opens and closes a drawer: what a drawer component takes besides its record. */
export type DrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
}

type FormDrawerProps = DrawerProps & {
  /** Called each time the drawer opens (not while it stays open): reset the form here. */
  onOpen?: () => void
  title: ReactNode
  /** Read by screen readers only: what the form does. */
  description: ReactNode
  /**
   * Validates and sends the form. Returns the request (e.g. a mutation's `mutateAsync(...)`), or
   * nothing when a field is invalid (the fields then show why and the drawer stays as it is).
   */
  onSubmit: () => Promise<unknown> | undefined
  /** The toast once the request succeeded; the drawer then closes. */
  success: string
  successDescription?: string
  /** The toast's title when the request failed (its description is the API's message); the drawer stays open. */
  failure: string
  submitLabel: ReactNode
  submitVariant?: "primary" | "danger"
  /** Spacing of the body's children: "gap-y-4" (default) or "gap-y-6" for forms of several groups. */
  bodyClassName?: string
  children: ReactNode
}

/**
 * A side drawer holding one form, like the dashboard's edit drawers: title, fields, and a footer with
 * Cancel and the submit button. It owns what every such form does after submit: the pending state,
 * a toast, and closing on success. Validation is the caller's: the form has noValidate, so errors are
 * shown by the fields, not by the browser.
 */
export const FormDrawer = ({
  open,
  onOpenChange,
  onOpen,
  title,
  description,
  onSubmit,
  success,
  successDescription,
  failure,
  submitLabel,
  submitVariant = "primary",
  bodyClassName = "gap-y-4",
  children,
}: FormDrawerProps) => {
  const [submitting, setSubmitting] = useState(false)
  // The latest onOpen, so the reset runs on opening only and never while the merchant types.
  const onOpenRef = useRef(onOpen)
  onOpenRef.current = onOpen
  useEffect(() => {
    if (open) {
      onOpenRef.current?.()
    }
  }, [open])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const request = onSubmit()
    if (!request) {
      return
    }
    setSubmitting(true)
    try {
      await request
      toast.success(success, successDescription ? { description: successDescription } : undefined)
      onOpenChange(false)
    } catch (error) {
      toast.error(failure, { description: errorMessage(error) })
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" noValidate>
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="sr-only">{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className={`flex flex-col overflow-y-auto ${bodyClassName}`}>{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" variant={submitVariant} type="submit" isLoading={submitting}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

/**
 * A FormDrawer asking for one text, a reason or a comment (reject, decline, decide), which the
 * other side is told. `children` come before the field: what the action does. The text is sent trimmed.
 */
export const ReasonDrawer = ({
  label = "Reason",
  required = true,
  requiredMessage = "Reason is required",
  maxLength,
  rows = 5,
  onSubmit,
  children,
  ...drawer
}: Omit<FormDrawerProps, "onSubmit" | "onOpen" | "bodyClassName"> & {
  label?: string
  required?: boolean
  requiredMessage?: string
  /** The server's limit on the text. */
  maxLength: number
  rows?: number
  onSubmit: (text: string) => Promise<unknown>
}) => {
  const [text, setText] = useState("")
  const [error, setError] = useState<string>()

  const submit = () => {
    const trimmed = text.trim()
    if (required && !trimmed) {
      setError(requiredMessage)
      return undefined
    }
    setError(undefined)
    return onSubmit(trimmed)
  }

  return (
    <FormDrawer
      {...drawer}
      onOpen={() => {
        setText("")
        setError(undefined)
      }}
      onSubmit={submit}
    >
      {children}
      <Field label={label} error={error}>
        {(control) => (
          <Textarea
            {...control}
            rows={rows}
            maxLength={maxLength}
            aria-required={required ? "true" : undefined}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
    </FormDrawer>
  )
}

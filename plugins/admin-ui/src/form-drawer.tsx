import { Button, Drawer } from "@medusajs/ui"
import { useEffect, useRef, type FormEvent, type ReactNode } from "react"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Called each time the drawer opens (not while it stays open): reset the form here. */
  onOpen?: () => void
  title: ReactNode
  /** Read by screen readers only: what the form does. */
  description: ReactNode
  /** Called on submit, after the browser's own submission is prevented. */
  onSubmit: () => void
  submitLabel: ReactNode
  submitVariant?: "primary" | "danger"
  isSubmitting?: boolean
  /** Spacing of the body's children: "gap-y-4" (default) or "gap-y-6" for forms of several groups. */
  bodyClassName?: string
  children: ReactNode
}

/**
 * A side drawer holding one form, like the dashboard's edit drawers: title, fields, and a footer
 * with Cancel and the submit button (which shows the pending state). Validation is the caller's:
 * the form has noValidate, so errors are shown by the fields, not by the browser.
 */
export const FormDrawer = ({
  open,
  onOpenChange,
  onOpen,
  title,
  description,
  onSubmit,
  submitLabel,
  submitVariant = "primary",
  isSubmitting = false,
  bodyClassName = "gap-y-4",
  children,
}: FormDrawerProps) => {
  // The latest onOpen, so the reset runs on opening only and never while the merchant types.
  const onOpenRef = useRef(onOpen)
  onOpenRef.current = onOpen
  useEffect(() => {
    if (open) {
      onOpenRef.current?.()
    }
  }, [open])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
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
            <Button size="small" variant={submitVariant} type="submit" isLoading={isSubmitting}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** `@hybrid/email/providers/smtp`: the SMTP notification provider (see ./service.ts). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })

import crypto from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  CreateAccountHolderInput,
  CreateAccountHolderOutput,
  DeleteAccountHolderInput,
  DeleteAccountHolderOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrieveAccountHolderInput,
  RetrieveAccountHolderOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { ON_ACCOUNT_PROVIDER_ID } from "../../constants"

/**
 * What the provider keeps in the payment's `data`. No money moves: an on-account order is an invoice
 * the company pays later; `captured_at` is when the merchant recorded that payment.
 */
export type OnAccountPaymentData = {
  reference: string
  authorized_at?: string
  captured_at?: string
  canceled_at?: string
  refunded_amount?: string
}

/**
 * "Pay on account" for trade companies with net payment terms, registered as
 * `pp_on-account_on-account`.
 *
 * Authorizing never contacts anyone and always succeeds: whether a company may buy on account (net
 * terms, credit limit minus exposure) is decided before authorization, in the cart-completion hook
 * (src/workflows/hooks/complete-cart.ts), under a lock on the company row. Capturing records that the
 * company paid the invoice.
 */
export class OnAccountPaymentProvider extends AbstractPaymentProvider {
  static identifier = ON_ACCOUNT_PROVIDER_ID

  constructor(cradle: Record<string, unknown>, config: Record<string, unknown> = {}) {
    super(cradle, config)
  }

  async initiatePayment(_input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const reference = `onacc_${crypto.randomUUID()}`
    const data: OnAccountPaymentData = { reference }
    return { id: reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return {
      data: { ...input.data, authorized_at: new Date().toISOString() },
      status: PaymentSessionStatus.AUTHORIZED,
    }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, captured_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, canceled_at: new Date().toISOString() } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as Partial<OnAccountPaymentData>
    const previous = Number(data.refunded_amount ?? 0)
    return { data: { ...data, refunded_amount: String(previous + Number(input.amount)) } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<OnAccountPaymentData>
    if (data.canceled_at) {
      return { status: PaymentSessionStatus.CANCELED, data: input.data }
    }
    if (data.captured_at) {
      return { status: PaymentSessionStatus.CAPTURED, data: input.data }
    }
    if (data.authorized_at) {
      return { status: PaymentSessionStatus.AUTHORIZED, data: input.data }
    }
    return { status: PaymentSessionStatus.PENDING, data: input.data }
  }

  /** The account holder is the Medusa customer itself: there is no third-party account. */
  async createAccountHolder(input: CreateAccountHolderInput): Promise<CreateAccountHolderOutput> {
    return { id: input.context.customer.id }
  }

  async retrieveAccountHolder(input: RetrieveAccountHolderInput): Promise<RetrieveAccountHolderOutput> {
    return { id: input.id }
  }

  async deleteAccountHolder(_input: DeleteAccountHolderInput): Promise<DeleteAccountHolderOutput> {
    return { data: {} }
  }

  /** Nothing calls back: there is no third party behind this provider. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default OnAccountPaymentProvider

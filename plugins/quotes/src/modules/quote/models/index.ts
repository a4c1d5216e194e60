export { Quote } from "./quote"
export { QuoteEvent } from "./quote-event"
export { QuoteLine } from "./quote-line"
export { QuoteMessage } from "./quote-message"

// Medusa's app start calls process.send(port) for its CLI parent; in a Vitest fork that channel
// belongs to Vitest, so the message must go nowhere.
process.send = (() => true) as typeof process.send;

import { BlockList, isIP } from "node:net"

/**
 * The caller's address for throttling. Medusa sets Express's `trust proxy` to 1 unconditionally,
 * so `req.ip` is whatever the last `X-Forwarded-For` entry says: any client could pick a new
 * address per request and escape a per-IP limit. The throttles therefore read the socket address
 * and walk `X-Forwarded-For` only through proxies the operator trusts, set with `TRUST_PROXY`:
 *
 * - unset, empty or `false` (the default): the socket address, `X-Forwarded-For` is ignored;
 * - a number `n`: trust `n` hops of proxies in front of the backend (e.g. `1` behind one load balancer);
 * - a comma-separated list of addresses, CIDR ranges and the names `loopback`, `linklocal`,
 *   `uniquelocal` (e.g. `loopback` when the storefronts and the backend share a host, or
 *   `10.0.0.0/8`): each trusted hop is skipped, the first untrusted address is the client.
 */
export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; list: BlockList }

const NAMED_RANGES: Record<string, Array<[string, number, "ipv4" | "ipv6"]>> = {
  loopback: [
    ["127.0.0.0", 8, "ipv4"],
    ["::1", 128, "ipv6"],
  ],
  linklocal: [
    ["169.254.0.0", 16, "ipv4"],
    ["fe80::", 10, "ipv6"],
  ],
  uniquelocal: [
    ["10.0.0.0", 8, "ipv4"],
    ["172.16.0.0", 12, "ipv4"],
    ["192.168.0.0", 16, "ipv4"],
    ["fc00::", 7, "ipv6"],
  ],
}

/** Parses a TRUST_PROXY value (see `TrustProxy`); throws naming the entry it cannot read. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim()
  if (!text || text === "false" || text === "0") {
    return { kind: "none" }
  }
  if (/^\d+$/.test(text)) {
    return { kind: "hops", hops: Number(text) }
  }
  const list = new BlockList()
  for (const raw of text.split(",")) {
    const entry = raw.trim()
    if (!entry) {
      continue
    }
    const named = NAMED_RANGES[entry.toLowerCase()]
    if (named) {
      for (const [network, prefix, family] of named) {
        list.addSubnet(network, prefix, family)
      }
      continue
    }
    const [address, prefix] = entry.split("/")
    const family = isIP(address ?? "")
    if (!family) {
      throw new Error(`TRUST_PROXY: "${entry}" is not an address, a CIDR range or loopback/linklocal/uniquelocal`)
    }
    const type = family === 4 ? "ipv4" : "ipv6"
    if (prefix === undefined) {
      list.addAddress(address!, type)
    } else {
      list.addSubnet(address!, Number(prefix), type)
    }
  }
  return { kind: "list", list }
}

let cached: { value: string | undefined; trust: TrustProxy } | null = null

/** `parseTrustProxy(process.env.TRUST_PROXY)`, parsed again only when the variable changes. */
export function trustProxyFromEnv(): TrustProxy {
  const value = process.env.TRUST_PROXY
  if (!cached || cached.value !== value) {
    cached = { value, trust: parseTrustProxy(value) }
  }
  return cached.trust
}

/** `::ffff:127.0.0.1` (IPv4 on a dual-stack socket) as `127.0.0.1`. */
function plain(address: string): string {
  const trimmed = address.trim()
  return trimmed.startsWith("::ffff:") && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address)
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6")
}

/** The request as far as the client address is concerned (an Express / Medusa request fits). */
export type AddressedRequest = {
  headers: Record<string, string | string[] | undefined>
  socket?: { remoteAddress?: string }
}

/**
 * The client's address: the socket's peer, or, through the trusted proxies of `trust`, the
 * address the nearest untrusted hop was seen from in `X-Forwarded-For`.
 */
export function clientIp(req: AddressedRequest, trust: TrustProxy = trustProxyFromEnv()): string {
  const peer = plain(req.socket?.remoteAddress ?? "unknown")
  if (trust.kind === "none") {
    return peer
  }
  const header = req.headers["x-forwarded-for"]
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").map(plain).filter(Boolean)
  // Nearest first: the socket peer, then X-Forwarded-For from right to left.
  const chain = [peer, ...forwarded.reverse()]
  if (trust.kind === "hops") {
    return chain[Math.min(trust.hops, chain.length - 1)]!
  }
  let index = 0
  while (index < chain.length - 1 && trusted(trust.list, chain[index]!)) {
    index += 1
  }
  return chain[index]!
}

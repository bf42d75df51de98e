import { BlockList, isIP } from 'node:net'

/** Set by `cms/scripts/server.mjs` from the TCP connection; a client cannot choose these values. */
export const PEER_HEADER = 'x-doorstart-peer'
export const FORWARDED_FOR_HEADER = 'x-doorstart-forwarded-for'

const unmapped = (address: string): string => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1')

/** `TRUSTED_PROXIES`: addresses or CIDR ranges (`10.0.0.0/8, 2001:db8::/32, 127.0.0.1`). */
export const parseTrustedProxies = (value: string | undefined): BlockList => {
  const list = new BlockList()
  for (const entry of (value ?? '').split(',').map((item) => item.trim()).filter(Boolean)) {
    const [address = '', prefix] = entry.split('/')
    const family = isIP(address) === 6 ? 'ipv6' : isIP(address) === 4 ? 'ipv4' : null
    if (!family) throw new Error(`TRUSTED_PROXIES: not an IP address or range: ${entry}`)
    if (prefix === undefined) list.addAddress(address, family)
    else list.addSubnet(address, Number(prefix), family)
  }
  return list
}

const isTrusted = (list: BlockList, address: string): boolean => {
  const family = isIP(address)
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/** IPv6 clients get a /64 each, so they cannot rotate through the addresses of their own network. */
const bucketOf = (address: string): string => {
  if (isIP(address) !== 6) return address
  const [head = '', tail = ''] = address.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`
}

let trusted: { source: string | undefined; list: BlockList } | null = null
const trustedProxies = (): BlockList => {
  if (!trusted || trusted.source !== process.env.TRUSTED_PROXIES) {
    trusted = { source: process.env.TRUSTED_PROXIES, list: parseTrustedProxies(process.env.TRUSTED_PROXIES) }
  }
  return trusted.list
}

/**
 * The address a request really came from: the TCP peer, or, when the peer is a proxy listed in
 * `TRUSTED_PROXIES`, the address that proxy put into `X-Forwarded-For` (walking right to left
 * through trusted proxies only). A client-supplied `X-Forwarded-For` counts for nothing unless it
 * arrived through a trusted proxy. `null` when the request did not come over HTTP through the
 * Doorstart server (the local API).
 */
export const clientAddress = (headers: Headers | undefined, list: BlockList = trustedProxies()): string | null => {
  const [peer, token] = (headers?.get(PEER_HEADER) ?? '').split(';')
  if (!peer || !process.env.DOORSTART_PEER_TOKEN || token !== process.env.DOORSTART_PEER_TOKEN) return null
  const chain = [
    ...(headers?.get(FORWARDED_FOR_HEADER) ?? '').split(',').map(unmapped).filter((entry) => isIP(entry) !== 0),
    unmapped(peer),
  ]
  let index = chain.length - 1
  while (index > 0 && isTrusted(list, chain[index]!)) index -= 1
  return bucketOf(chain[index]!)
}

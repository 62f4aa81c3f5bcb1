/**
 * Whether a URL fragment is a provider link (it has a `v=` key) rather than an ordinary `#section`
 * anchor. Cheap on purpose: pages call it before deciding to load the link code at all.
 * @param hash `location.hash`, with or without its `#`
 */
export const isProviderLink = (hash: string): boolean => /(^#?|&)v=/.test(hash);

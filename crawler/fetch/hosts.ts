// Which hosts a source may reach. Patterns are exact hosts (with port when not default) or
// `*.example.com`, which matches example.com and every subdomain of it.

export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) {
    const base = p.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === p;
}

export function isHostAllowed(url: string, allowed: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch (e) {
    if (e instanceof TypeError) return false;
    throw e;
  }
  return allowed.some((p) => hostMatches(u.host, p) || hostMatches(u.hostname, p));
}

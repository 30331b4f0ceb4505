/**
 * Level order as evidence. An estimate from few matches (a county's small extracts, a rare level)
 * can come out saying a "similar" last name is worse news than a different one, or that the last
 * four digits of an SSN are better news than all nine. We take neither: an exact agreement is the
 * strongest a field can show (it contains the last four, the shared part, the year), and any
 * agreement is at least as likely among matches, relative to non-matches, as none. So along each such chain of levels the likelihood ratio m/u must not rise.
 * Where the estimate breaks that, adjacent levels are pooled (pool-adjacent-violators, weighted by
 * u): they share the ratio Σm/Σu, and the field's m still sums to what it did.
 */

/** Chains of levels, strongest first, along which evidence can only weaken. */
export function levelChains(levelNames: readonly string[]): number[][] {
  const last = levelNames.length - 1;
  if (last < 1) return [];
  const chains: number[][] = [];
  for (let level = 1; level < last; level++) chains.push([0, level, last]);
  if (last === 1) chains.push([0, 1]);
  // Jaro–Winkler "close" is a nearer spelling than "similar".
  const close = levelNames.indexOf('close');
  const similar = levelNames.indexOf('similar');
  if (close > 0 && similar > close) chains.push([0, close, similar, last]);
  return chains;
}

/** m adjusted so that m/u does not rise along any chain; u is the well-estimated side and stays. */
export function orderedM(
  m: readonly number[],
  u: readonly number[],
  chains: readonly (readonly number[])[],
): number[] {
  const adjusted = [...m];
  // Chains share their ends, so pooling one can break another: repeat until none is broken.
  for (let pass = 0; pass < 20; pass++) {
    let changed = false;
    for (const chain of chains) changed = poolChain(adjusted, u, chain) || changed;
    if (!changed) break;
  }
  return adjusted;
}

/** One pass of pool-adjacent-violators on the ratio m/u along a chain; true when it pooled. */
function poolChain(m: number[], u: readonly number[], chain: readonly number[]): boolean {
  const blocks: { levels: number[]; m: number; u: number }[] = [];
  for (const level of chain) {
    blocks.push({ levels: [level], m: m[level] ?? 0, u: u[level] ?? 0 });
    while (blocks.length > 1) {
      const weaker = blocks[blocks.length - 1] as (typeof blocks)[number];
      const stronger = blocks[blocks.length - 2] as (typeof blocks)[number];
      // Compare m_s/u_s < m_w/u_w without dividing by a u of 0 (ratio unbounded: never a violation
      // by the stronger level).
      if (stronger.m * weaker.u >= weaker.m * stronger.u - 1e-15) break;
      blocks.splice(blocks.length - 2, 2, {
        levels: [...stronger.levels, ...weaker.levels],
        m: stronger.m + weaker.m,
        u: stronger.u + weaker.u,
      });
    }
  }
  let changed = false;
  for (const block of blocks) {
    if (block.levels.length === 1 || block.u === 0) continue;
    const ratio = block.m / block.u;
    for (const level of block.levels) {
      const next = ratio * (u[level] ?? 0);
      if (Math.abs(next - (m[level] ?? 0)) > 1e-15) changed = true;
      m[level] = next;
    }
  }
  return changed;
}

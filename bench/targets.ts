/**
 * Each family's target (issue 10, item 4; item 3 for forums) against what was
 * measured: the goal, the measured figures that decide it, and whether it is
 * met. `met` is undefined when the figures cannot tell (the reference
 * neither proved an optimum nor gave a bound to compare with).
 */
import type { Target } from './families';
import type { ReferenceResult } from './highs-reference';
import type { SolverFigures } from './measure';

export interface Verdict {
  goal: string;
  measured: string;
  met: boolean | undefined;
}

const pct = (x: number) => `${(100 * x).toFixed(2)} %`;
const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;

/** True when HiGHS proved its optimum. */
const proven = (r: ReferenceResult | undefined): r is ReferenceResult & { value: number } => r?.kind === 'mip' && r.status === 'optimal' && r.value !== undefined;

/** Judges one family. `fair` says whether coverage comes first; `capSeconds` is HiGHS's time cap. */
export function judge(target: Target, s: SolverFigures & { rssMb: number }, r: ReferenceResult | undefined, fair: boolean, capSeconds: number): Verdict {
  const value = s.value ?? 0;
  switch (target.kind) {
    case 'proven':
      return {
        goal: `< ${ms(target.maxMs)}, proven optimal`,
        measured: `${ms(s.ms)}${s.warmMs === undefined ? '' : ` (warm: ${ms(s.warmMs)})`}, ${s.optimal ? 'proven optimal' : 'not proven optimal'}`,
        met: s.ms < target.maxMs && s.optimal === true,
      };
    case 'exact': {
      const goal = `< ${ms(target.maxMs)}, = exact optimum`;
      if (!proven(r)) {
        // Without HiGHS's optimum, only the solver's own proof can show it.
        return { goal, measured: `${ms(s.ms)}, ${s.optimal ? 'proven optimal by the solver' : 'not proven'}; HiGHS: ${r?.status ?? 'not run'}`, met: s.optimal ? s.ms < target.maxMs : undefined };
      }
      const same = value === r.value && (!fair || s.covered === r.covered);
      return { goal, measured: `${ms(s.ms)}, ${same ? '= optimum' : `${pct(value / r.value)} of the optimum${fair ? `, covered ${s.covered} vs ${r.covered}` : ''}`}`, met: s.ms < target.maxMs && same };
    }
    case 'versusProof': {
      const goal = `≤ ${target.timeShare} × HiGHS's time to proof, ≥ ${pct(target.valueShare)} of the optimum${fair ? ', coverage = optimum' : ''}`;
      if (!proven(r)) {
        // HiGHS's time to proof exceeds its cap; the optimum lies between its best schedule and its bound.
        const bound = r?.valueBound;
        const checks = [
          s.ms / 1000 <= target.timeShare * capSeconds ? true : undefined,
          bound !== undefined && value >= target.valueShare * bound ? true : r?.value !== undefined && value < target.valueShare * r.value ? false : undefined,
          !fair || (r?.coverageBound !== undefined && (s.covered ?? 0) >= r.coverageBound) ? true : r?.covered !== undefined && (s.covered ?? 0) < r.covered ? false : undefined,
        ];
        return {
          goal,
          measured: `${ms(s.ms)}; HiGHS not proven in ${capSeconds} s${bound === undefined ? '' : `, ${pct(value / bound)} of its bound`}${r?.value === undefined ? '' : `, ${pct(value / r.value)} of its best`}`,
          met: checks.includes(false) ? false : checks.every((c) => c === true) ? true : undefined,
        };
      }
      const share = s.ms / 1000 / r.seconds;
      const ratio = value / r.value;
      const coverage = !fair || s.covered === r.covered;
      return {
        goal,
        measured: `${share.toFixed(2)} × (${ms(s.ms)} vs ${r.seconds.toFixed(1)} s), ${pct(ratio)} of the optimum${fair ? `, covered ${s.covered} vs ${r.covered}` : ''}`,
        met: share <= target.timeShare && ratio >= target.valueShare && coverage,
      };
    }
    case 'versusBound': {
      const bound = r?.valueBound;
      const goal = `< ${ms(target.maxMs)}, RSS < ${target.maxRssMb} MB, ≥ ${pct(target.valueShare)} of an LP bound`;
      const fits = s.ms < target.maxMs && s.rssMb < target.maxRssMb;
      // Without HiGHS's LP bound, the solver's own bound (also a true upper bound) is the reference.
      const against = bound ?? s.upperBound;
      const which = bound === undefined ? "the solver's own bound (none from HiGHS)" : `HiGHS's ${r!.aggregated ? 'pair-by-pair ' : ''}${r!.kind === 'lp' ? 'LP' : 'MIP'} bound`;
      const share = against === undefined ? undefined : value / against;
      return {
        goal,
        measured: `${ms(s.ms)}, ${Math.round(s.rssMb)} MB, ${share === undefined ? 'no bound' : `${pct(share)} of ${which}`}`,
        met: share === undefined ? undefined : fits && share >= target.valueShare,
      };
    }
    case 'forum': {
      const placed = s.meetings === s.required;
      // HiGHS's least idle time, when proven, checks the solver's proof.
      const least = r?.status === 'optimal' ? r.idle : undefined;
      const agrees = least === undefined || s.idle === least;
      return {
        goal: `all required meetings placed, idle proven minimal, < ${ms(target.maxMs)}`,
        measured: `${ms(s.ms)}, ${s.meetings ?? 0}/${s.required} placed, idle ${s.idle ?? '–'} (lower bound ${s.idleLowerBound ?? '–'})${s.idleOptimal ? ', proven minimal' : ''}${least === undefined ? '' : agrees ? `, = HiGHS's least` : `, HiGHS's least is ${least}`}`,
        met: placed && s.idleOptimal === true && agrees && s.ms < target.maxMs,
      };
    }
    case 'none':
      return { goal: '(scaling point)', measured: ms(s.ms), met: undefined };
  }
}

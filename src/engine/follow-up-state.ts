/**
 * Where a promise stands, apart from the parser (engine/follow-ups.ts): the sidebar in every
 * page needs this, and not the parser's tables, which would be built at start-up there.
 */
export type FollowUpState = 'pending' | 'kept' | 'late';

/** What a state is once time has passed: pending past due is late, whatever was last said. */
export function stateAt(p: { state: FollowUpState; due: number }, now: number): FollowUpState {
  return p.state === 'pending' && now > p.due ? 'late' : p.state;
}

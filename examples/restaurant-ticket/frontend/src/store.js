// State management (stream B, agent-b2): a reducer, Redux style, no library.

/** The state before anything is loaded. */
export const initialState = Object.freeze({ month: null, status: 'idle', allocations: [], error: null });

/** Next state for an action; unknown actions leave the state unchanged. */
export function reducer(state, action) {
  switch (action.type) {
    case 'month/selected':
      return { ...state, month: action.month, status: 'loading', error: null };
    case 'allocations/loaded':
      if (action.month !== state.month) return state; // a stale answer for another month
      return { ...state, status: 'ready', allocations: action.allocations };
    case 'allocations/failed':
      return { ...state, status: 'error', error: action.error };
    default:
      return state;
  }
}

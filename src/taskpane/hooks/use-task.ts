import { useCallback, useRef, useState } from 'react';
import { PANEL } from '../../core/messages/pane';

export type TaskStatus = 'idle' | 'running' | 'done' | 'error';

export interface Task<A extends unknown[], T> {
  status: TaskStatus;
  result?: T;
  /** Indonesian message of the last failure. */
  error?: string;
  run: (...args: A) => Promise<void>;
  clearError: () => void;
}

/**
 * Runs an async service call and keeps its state for rendering: `{status, result, error, run}`.
 * A failure becomes `error` (shown in a MessageBar); it is never swallowed. Only the latest run's
 * outcome is kept when runs overlap.
 */
export function useTask<A extends unknown[], T>(fn: (...args: A) => Promise<T>): Task<A, T> {
  const [state, setState] = useState<{ status: TaskStatus; result?: T; error?: string }>({ status: 'idle' });
  const latest = useRef(0);
  const run = useCallback(
    async (...args: A) => {
      const id = ++latest.current;
      setState((s) => ({ status: 'running', result: s.result }));
      try {
        const result = await fn(...args);
        if (id === latest.current) setState({ status: 'done', result });
      } catch (error) {
        if (id === latest.current)
          setState((s) => ({ status: 'error', result: s.result, error: errorMessage(error) }));
      }
    },
    [fn],
  );
  const clearError = useCallback(
    () => setState((s) => ({ ...s, error: undefined, status: s.status === 'error' ? 'idle' : s.status })),
    [],
  );
  return { ...state, run, clearError };
}

/** The adapters' errors, which already speak Indonesian to the user. */
const ADAPTER_ERRORS = new Set(['ExcelAdapterError', 'XlsxReadError', 'XlsxWriteError']);

/** The message to show for a failure: an adapter's own, else "unexpected" with the detail. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && ADAPTER_ERRORS.has(error.name)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `${PANEL.errUnknown}: ${detail}`;
}

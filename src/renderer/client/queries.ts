import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../api/contract';
import { invoke } from './client';

/** Query keys are [method, input]: one cache entry per distinct call. */
export function useApi<M extends Method>(method: M, input: Input<M>) {
  return useQuery<Output<M>>({
    queryKey: [method, input],
    queryFn: () => invoke(method, input),
  });
}

/** A mutation that refreshes the named queries (and what undo would revert) once it succeeds. */
export function useApiMutation<M extends Method>(method: M, invalidates: readonly Method[]) {
  const queryClient = useQueryClient();
  return useMutation<Output<M>, Error, Input<M>>({
    mutationFn: (input) => invoke(method, input),
    onSuccess: () => refreshAfterChange(queryClient, invalidates),
  });
}

/** After a change: refetch the queries showing it, and what undo would now revert. */
export function refreshAfterChange(
  queryClient: QueryClient,
  methods: readonly Method[],
): Promise<unknown> {
  return Promise.all(
    [...methods, 'history.lastChange'].map((key) =>
      queryClient.invalidateQueries({ queryKey: [key] }),
    ),
  );
}

import { useMutation, useQuery } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../api/contract';
import { invoke } from './client';

/** Query keys are [method, input]: one cache entry per distinct call. */
export function useApi<M extends Method>(method: M, input: Input<M>) {
  return useQuery<Output<M>>({
    queryKey: [method, input],
    queryFn: () => invoke(method, input),
  });
}

/** A change; once it succeeds, invoke has refreshed every query that reads what it changed. */
export function useApiMutation<M extends Method>(method: M) {
  return useMutation<Output<M>, Error, Input<M>>({
    mutationFn: (input) => invoke(method, input),
  });
}

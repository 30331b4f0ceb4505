import { localIsoDate } from '../../../core/isoDate';

export const today = (): string => localIsoDate(new Date());

/**
 * A date field holding a date half typed (the browser then reports its value as empty): true, so
 * the form asks for the rest rather than sending the date as left out.
 */
export function halfTypedDate(id: string): boolean {
  const input = document.getElementById(id);
  return input instanceof HTMLInputElement && input.validity.badInput;
}

/** The name of an id in a list of named records, or "#id" when it is not there. */
export function nameOf(list: readonly { id: number; name: string }[], id: number): string {
  return list.find((item) => item.id === id)?.name ?? `#${id}`;
}

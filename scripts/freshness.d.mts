export function mtimeOf(file: string): number;
export function newestMtime(target: string, skip?: readonly string[]): number;

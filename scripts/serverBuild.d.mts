export const serverOutDir: string;
export function ensureServerBuilt(log?: (line: string) => void): Promise<void>;

/** Lengths are whole minutes in storage; people read hours (always quarter hours here). */
export const hours = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

export const count = (value: number) => value.toLocaleString('en-US');

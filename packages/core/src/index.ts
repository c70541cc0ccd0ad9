export const version = '0.1.0';
export function hello(): string { return 'hi'; }

export function messageIds(ftl: string): string[];
export function keysFileFor(ftl: string): string;

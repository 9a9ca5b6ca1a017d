export const noLiteralString: Record<string, unknown>;

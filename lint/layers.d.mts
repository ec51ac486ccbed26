export const LAYERS: string[][];
export function folderOf(file: string, srcRoot: string): string | null;
export function violation(from: string, to: string): string | null;
declare const plugin: { meta: { name: string }; rules: Record<string, unknown> };
export default plugin;

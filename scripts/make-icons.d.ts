/** Types of scripts/make-icons.js (plain CommonJS so it runs with `node` alone). */
export declare const ICON_SIZES: readonly number[];
export declare function drawIcon(size: number): Buffer;
export declare function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export declare function iconPath(size: number): string;

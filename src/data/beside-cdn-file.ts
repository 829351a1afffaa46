/**
 * The address of a file beside the CDN file (`dist/ofsted-widgets.js`): its authority, findings and national files.
 * The CDN file imports this module (through preload-page.ts), so the build keeps it in that file, and `import.meta.url`
 * is the file's address even when the code asking lives in a chunk of `dist/cdn/`.
 */
export const besideCdnFile = (path: string): string => new URL(path, import.meta.url).href;

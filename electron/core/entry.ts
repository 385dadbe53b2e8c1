import { pathToFileURL } from 'node:url';

/** True when the module with this import.meta.url is the script node was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  return process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === moduleUrl;
}

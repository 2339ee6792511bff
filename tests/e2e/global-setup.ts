import type { TestProject } from 'vitest/node';
import { serveDir } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built renderer once for all e2e files. */
export default async function setup(project: TestProject) {
  const server = await serveDir('dist-web');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

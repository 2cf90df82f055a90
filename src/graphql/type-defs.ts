/** Reads the SDL in schema/, one file per domain. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';

export function loadTypeDefs(schemaDir = path.join(projectRoot, 'schema')): string[] {
  return fs
    .readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(schemaDir, file), 'utf8'));
}

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.external).toBeNull();
    expect(config.embeddedBoltPort).toBe(7687);
    expect(config.dataDir).toBe(path.join(projectRoot, '.diplograph'));
    expect(config.editorToken).toBeNull();
  });

  it('reads an external Neo4j with credentials and database', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' });
    expect(config.external).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', username: 'neo4j', password: 'pw', database: 'news' });
  });

  it.each([
    ['PORT', 'eighty', 'PORT="eighty" is not valid: expected a port number from 1 to 65535'],
    ['PORT', '70000', 'PORT="70000" is not valid'],
    ['DIPLOGRAPH_NEO4J_PORT', '-1', 'DIPLOGRAPH_NEO4J_PORT="-1" is not valid'],
    ['NEO4J_URI', 'http://localhost:7474', 'NEO4J_URI="http://localhost:7474" is not valid: expected a URI with one of the schemes'],
    ['DIPLOGRAPH_EDITOR_TOKEN', 'short', 'DIPLOGRAPH_EDITOR_TOKEN="…" is not valid: expected a token of at least 16 characters'],
    ['DIPLOGRAPH_NEO4J_HEAP', 'lots', 'DIPLOGRAPH_NEO4J_HEAP="lots" is not valid: expected a size such as 512m or 2g'],
  ])('rejects %s=%s naming the variable, the value and what is allowed', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});

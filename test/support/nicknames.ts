/** The shipped nickname table, as the linkage engine takes it. */
import fs from 'node:fs';
import path from 'node:path';
import { nicknameTable } from '../../src/core/linkage/standardize';
import { resourcesFolder } from '../../src/server/paths';

export const shippedNicknames = nicknameTable(
  (
    JSON.parse(
      fs.readFileSync(path.join(resourcesFolder, 'linkage', 'nicknames-v1.json'), 'utf8'),
    ) as { nicknames: Record<string, string[]> }
  ).nicknames,
);
